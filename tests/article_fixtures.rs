//! Article extraction on the fixture pages: every expected paragraph is in the reader text,
//! the headline and byline are in the metadata, not in the text, and nothing outside the
//! article (comments, fundraising) leaks into it.

#![cfg(not(target_arch = "wasm32"))]

use clearpress::core::analysis::analyze;
use clearpress::core::model::collapse_whitespace;
use clearpress::core::report;
use clearpress::native;
use serde_json::Value;
use std::path::Path;

const CASES: &[&str] = &[
    "seed-wordpress-wpdiscuz",
    "givewp-native-comments",
    "disqus-patreon-blog",
];

#[test]
fn fixtures_extract_their_article() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut fails = Vec::new();
    for case in CASES {
        let (Ok(html), Ok(expect)) = (
            std::fs::read_to_string(dir.join(case).join("page.html")),
            std::fs::read_to_string(dir.join(case).join("expect.json")),
        ) else {
            continue; // fixture not written yet
        };
        let expect: Value = serde_json::from_str(&expect).expect("expect.json is JSON");
        let parsed = native::parse(&html).expect("fixture parses");
        let a = analyze(&parsed.page);
        assert!(a.article.is_some(), "{case}: no article");
        let r = report::reader(&parsed.page, &a);
        let text = collapse_whitespace(&r.text);
        for p in expect["paragraphs"].as_array().into_iter().flatten() {
            let p = collapse_whitespace(p.as_str().unwrap_or(""));
            if !text.contains(&p) {
                fails.push(format!("{case}: missing paragraph {p:.60}"));
            }
        }
        for (key, got) in [
            ("title", &r.title),
            ("byline", &r.byline),
            ("lang", &r.lang),
        ] {
            let want = expect[key].as_str().map(collapse_whitespace);
            if want.is_some() && want.as_deref() != got.as_deref() {
                fails.push(format!("{case}: {key} {got:?}, want {want:?}"));
            }
        }
        if let Some(t) = &r.title {
            if r.text.split("\n\n").any(|b| collapse_whitespace(b) == *t) {
                fails.push(format!("{case}: headline repeated in the text"));
            }
        }
        // The text is the paragraphs and little else: at most 25% more characters.
        let wanted: usize = expect["paragraphs"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(|p| collapse_whitespace(p).len())
            .sum();
        if wanted > 0 && text.len() > wanted * 5 / 4 + 200 {
            fails.push(format!(
                "{case}: text has {} chars for {wanted} expected",
                text.len()
            ));
        }
    }
    assert!(fails.is_empty(), "{}", fails.join("\n"));
}
