//! Hand-written expectations for every fixture page (`tests/fixtures/<case>/expect.json`):
//! what a person reading the page says must go, must stay, and who said what.
//!
//! These are the acceptance tests of the core, run through the `clearpress` CLI so its
//! contract (`clean`, `clutter --json`, `reader --json`, `quotes --json`) is what is checked;
//! `golden.rs` separately pins the exact native output so the browser adapter can be compared
//! with it.

#![cfg(not(target_arch = "wasm32"))]

use clearpress::core::model::collapse_whitespace;
use clearpress::native;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::Value;
use std::path::Path;
use std::process::Command;

/// `clutter --json` items (the fields checked here).
#[derive(Deserialize)]
struct Clutter {
    kind: String,
    text: String,
}

/// `reader --json` (the fields checked here).
#[derive(Deserialize)]
struct Reader {
    title: Option<String>,
    byline: Option<String>,
    lang: Option<String>,
    text: String,
}

/// `quotes --json` items.
#[derive(Deserialize)]
struct Quote {
    text: String,
    speaker: Option<String>,
    kind: String,
}

/// Runs `clearpress ARGS` and returns its standard output, which must be a success.
fn cli(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_clearpress"))
        .args(args)
        .output()
        .expect("clearpress runs");
    assert!(out.status.success(), "clearpress {args:?} failed");
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn cli_json<T: DeserializeOwned>(cmd: &str, page: &str) -> T {
    serde_json::from_str(&cli(&[cmd, page, "--json"])).expect("valid JSON of the contract")
}

mod common;
use common::{case_name, fixture_dirs};

fn strs(v: &Value, key: &str) -> Vec<String> {
    v[key]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(collapse_whitespace))
                .collect()
        })
        .unwrap_or_default()
}

/// Checks one fixture and returns every failed expectation (so one run shows them all).
fn check(case: &Path) -> Vec<String> {
    let name = case_name(case);
    let page = case.join("page.html");
    let page = page.to_str().expect("UTF-8 path");
    let expect: Value = serde_json::from_str(
        &std::fs::read_to_string(case.join("expect.json")).expect("expect.json"),
    )
    .expect("expect.json is JSON");
    let clutter: Vec<Clutter> = cli_json("clutter", page);
    let reader: Reader = cli_json("reader", page);
    let quotes: Vec<Quote> = cli_json("quotes", page);
    let clean_page = native::parse(&cli(&["clean", page])).expect("clean output parses");
    let clean_text = clean_page.page.collapsed_text(clean_page.page.body());
    let reader_text = collapse_whitespace(&reader.text);
    let mut fails = Vec::new();
    let mut fail = |s: String| fails.push(format!("{name}: {s}"));

    for key in ["title", "byline", "lang"] {
        let want = expect[key].as_str().map(collapse_whitespace);
        let got = match key {
            "title" => reader.title.clone(),
            "byline" => reader.byline.clone(),
            _ => reader.lang.clone(),
        };
        if want.is_some() && want != got.as_deref().map(collapse_whitespace) {
            fail(format!("{key}: want {want:?}, got {got:?}"));
        }
    }
    for item in expect["clutter"].as_array().into_iter().flatten() {
        let kind = item["kind"].as_str().unwrap_or("");
        let text = collapse_whitespace(item["contains"].as_str().unwrap_or(""));
        let hit = clutter
            .iter()
            .any(|c| c.text.contains(&text) && c.kind == kind);
        if !hit {
            fail(format!("clutter {kind} {text:?} not reported"));
        }
        if clean_text.contains(&text) {
            fail(format!("clutter {text:?} still in `clean` output"));
        }
    }
    for p in strs(&expect, "paragraphs") {
        if !reader_text.contains(&p) {
            fail(format!("paragraph missing from reader text: {p:.60}"));
        }
        if !clean_text.contains(&p) {
            fail(format!("paragraph missing from `clean` output: {p:.60}"));
        }
    }
    for (key, kind) in [("statements", "statement"), ("fragments", "fragment")] {
        for item in expect[key].as_array().into_iter().flatten() {
            let text = collapse_whitespace(item["contains"].as_str().unwrap_or(""));
            let speaker = item["speaker"].as_str().unwrap_or("");
            let found = quotes
                .iter()
                .find(|q| collapse_whitespace(&q.text).contains(&text));
            match found {
                None => fail(format!("{key}: no quote containing {text:.50?}")),
                Some(q) if q.kind != kind => fail(format!("{key}: {text:.40?} is {:?}", q.kind)),
                Some(q) if !q.speaker.as_deref().unwrap_or("").contains(speaker) => fail(format!(
                    "{key}: {text:.40?} speaker {:?}, want {speaker}",
                    q.speaker
                )),
                Some(_) => {}
            }
        }
    }
    if let Some(t) = &reader.title {
        if reader
            .text
            .split("\n\n")
            .any(|b| collapse_whitespace(b) == *t)
        {
            fail("headline repeated in the article text".into());
        }
    }
    // The text is the paragraphs and little else.
    let wanted: usize = strs(&expect, "paragraphs").iter().map(String::len).sum();
    if wanted > 0 && reader_text.len() > wanted * 5 / 4 + 200 {
        fail(format!(
            "article text has {} chars for {wanted} expected",
            reader_text.len()
        ));
    }
    for s in strs(&expect, "scare") {
        let trim = |t: &str| {
            collapse_whitespace(t)
                .trim_matches(|c: char| c.is_ascii_punctuation())
                .to_string()
        };
        match quotes.iter().find(|q| trim(&q.text) == trim(&s)) {
            None => fail(format!("scare quote {s:?} not found")),
            Some(q) if q.kind != "scare" => fail(format!("scare quote {s:?} is {:?}", q.kind)),
            Some(_) => {}
        }
    }
    fails
}

#[test]
fn every_fixture_meets_its_expectations() {
    let fails: Vec<String> = fixture_dirs().iter().flat_map(|c| check(c)).collect();
    assert!(
        fails.is_empty(),
        "{} expectation(s) failed:\n{}",
        fails.len(),
        fails.join("\n")
    );
}

#[test]
fn expectations_are_not_empty() {
    // A fixture whose expect.json lists nothing would pass vacuously.
    for case in fixture_dirs() {
        let expect: Value = serde_json::from_str(
            &std::fs::read_to_string(case.join("expect.json")).expect("expect.json"),
        )
        .expect("JSON");
        for key in ["clutter", "paragraphs", "statements"] {
            let n = expect[key].as_array().map(Vec::len).unwrap_or(0);
            assert!(n > 0, "{}: {key} is empty", case.display());
        }
    }
}
