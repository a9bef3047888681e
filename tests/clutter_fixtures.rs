//! Clutter on the fixture pages: every expected clutter string lies inside a reported node of
//! its kind, and no article paragraph lies inside any reported node.

#![cfg(not(target_arch = "wasm32"))]

use clearpress::core::clutter::{find_clutter, ClutterKind};
use clearpress::core::model::collapse_whitespace;
use clearpress::native::parse;
use std::path::Path;

fn kind_name(k: ClutterKind) -> &'static str {
    match k {
        ClutterKind::Fundraising => "fundraising",
        ClutterKind::Comments => "comments",
    }
}

#[test]
fn fixtures_clutter_matches_expectations() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut failures = Vec::new();
    let mut cases = 0;
    for entry in entries.flatten() {
        let case = entry.path();
        let (Ok(html), Ok(expect)) = (
            std::fs::read_to_string(case.join("page.html")),
            std::fs::read_to_string(case.join("expect.json")),
        ) else {
            continue;
        };
        cases += 1;
        let name = case.file_name().unwrap().to_string_lossy().to_string();
        let expect: serde_json::Value = serde_json::from_str(&expect).expect("expect.json");
        let page = parse(&html).expect("parse").page;
        let clutter = find_clutter(&page);
        let texts: Vec<(&str, String)> = clutter
            .iter()
            .map(|c| {
                (
                    kind_name(c.kind),
                    collapse_whitespace(&page.text_content(c.node)),
                )
            })
            .collect();
        // Text the model never holds (noscript content) cannot be checked here.
        let body = collapse_whitespace(&page.text_content(page.body()));
        for item in expect["clutter"].as_array().into_iter().flatten() {
            let (kind, want) = (
                item["kind"].as_str().unwrap(),
                item["contains"].as_str().unwrap(),
            );
            if body.contains(want) && !texts.iter().any(|(k, t)| *k == kind && t.contains(want)) {
                failures.push(format!("{name}: {kind} {want:?} not hidden"));
            }
        }
        for p in expect["paragraphs"].as_array().into_iter().flatten() {
            let p = collapse_whitespace(p.as_str().unwrap());
            if let Some((k, _)) = texts.iter().find(|(_, t)| t.contains(&p)) {
                failures.push(format!("{name}: paragraph hidden as {k}: {p:.60}"));
            }
        }
        for c in &clutter {
            eprintln!(
                "{name}: {:?} <{}> {} :: {:.80}",
                c.kind,
                page.name(c.node),
                c.reason,
                collapse_whitespace(&page.text_content(c.node))
            );
        }
    }
    assert!(cases > 0 || !dir.exists());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
