//! Golden reports: the native pipeline's full report for every fixture page, pinned in
//! `tests/fixtures/<case>/report.json`.
//!
//! The goldens are what the browser adapter must reproduce (`tests/web.rs` compares its
//! report with them), so they pin adapter parity, not correctness — the hand-written
//! expectations in `expect.json` are checked by `tests/expectations.rs`. After an intended
//! change of the core, regenerate them with `UPDATE_GOLDEN=1 cargo test --test golden` and
//! review the diff.

#![cfg(not(target_arch = "wasm32"))]

use clearpress::core::analysis::analyze;
use clearpress::core::model::Page;
use clearpress::core::report;
use clearpress::native;
use serde_json::Value;
use std::path::Path;

mod common;
use common::{case_name, fixture_dirs};

fn native_report(case: &Path) -> report::Report {
    let source = std::fs::read_to_string(case.join("page.html")).expect("page.html is UTF-8");
    let parsed = native::parse(&source).expect("fixture parses as HTML");
    report::report(&parsed.page, &analyze(&parsed.page))
}

/// The report as it is written to `report.json`: pretty JSON with a final newline.
fn golden_text(r: &report::Report) -> String {
    serde_json::to_string_pretty(r).expect("report encodes") + "\n"
}

/// Names the top-level fields (and clutter/quote items) that differ, for a readable failure.
fn differences(expected: &Value, actual: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let keys = ["digest", "nodes", "clutter", "reader", "quotes"];
    for key in keys {
        let (e, a) = (&expected[key], &actual[key]);
        if e == a {
            continue;
        }
        match (e.as_array(), a.as_array()) {
            (Some(ea), Some(aa)) => {
                if ea.len() != aa.len() {
                    out.push(format!(
                        "{key}: {} items expected, {} found",
                        ea.len(),
                        aa.len()
                    ));
                }
                for (i, (x, y)) in ea.iter().zip(aa).enumerate().filter(|(_, (x, y))| x != y) {
                    out.push(format!("{key}[{i}]:\n  expected {x}\n  found    {y}"));
                }
            }
            _ => match (e.as_object(), a.as_object()) {
                (Some(eo), Some(ao)) => {
                    for (k, v) in eo {
                        if ao.get(k) != Some(v) {
                            out.push(format!(
                                "{key}.{k}:\n  expected {v}\n  found    {}",
                                ao.get(k).unwrap_or(&Value::Null)
                            ));
                        }
                    }
                }
                _ => out.push(format!("{key}: expected {e}, found {a}")),
            },
        }
    }
    if out.is_empty() && expected != actual {
        out.push("the reports differ outside the compared fields".into());
    }
    out
}

#[test]
fn native_reports_match_goldens() {
    let update = std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1");
    let mut failures = Vec::new();
    for case in fixture_dirs() {
        let name = case_name(&case);
        let report = native_report(&case);
        let text = golden_text(&report);
        let path = case.join("report.json");
        if update {
            std::fs::write(&path, &text).expect("write report.json");
            eprintln!("wrote {}", path.display());
            continue;
        }
        let Ok(golden) = std::fs::read_to_string(&path) else {
            failures.push(format!(
                "{name}: no report.json (run UPDATE_GOLDEN=1 cargo test --test golden)"
            ));
            continue;
        };
        let expected: Value = serde_json::from_str(&golden).expect("report.json is JSON");
        let actual: Value = serde_json::from_str(&text).expect("report is JSON");
        for d in differences(&expected, &actual) {
            failures.push(format!("{name}: {d}"));
        }
    }
    assert!(
        failures.is_empty(),
        "native reports differ from the goldens (if intended, regenerate with \
         UPDATE_GOLDEN=1 cargo test --test golden and review the diff):\n{}",
        failures.join("\n")
    );
}

#[test]
fn flat_encoding_round_trips_every_fixture() {
    for case in fixture_dirs() {
        let source = std::fs::read_to_string(case.join("page.html")).expect("page.html");
        let page = native::parse(&source).expect("fixture parses").page;
        let (structure, strings) = page.to_flat();
        let back = Page::from_flat(&structure, &strings).expect("snapshot decodes");
        assert_eq!(
            back,
            page,
            "{}: flat round trip changed the model",
            case_name(&case)
        );
        assert_eq!(back.digest(), page.digest());
    }
}

/// The browser test embeds the fixtures with `include_str!`, so it must list every one:
/// a fixture missing there would silently lose its parity check.
#[test]
fn browser_test_covers_every_fixture() {
    let web = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/web.rs"))
        .expect("tests/web.rs");
    for case in fixture_dirs() {
        let name = case_name(&case);
        assert!(
            web.contains(&format!("fixture!(\"{name}\")")),
            "tests/web.rs does not list fixture {name}: add fixture!(\"{name}\") to FIXTURES"
        );
    }
}
