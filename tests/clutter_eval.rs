//! The labelled clutter set (`tests/clutter/`, see its README): for every page, the clutter
//! regions by kind and the article text that must stay, as text snippets.
//!
//! - clutter recall: the share of labelled clutter text (in characters) that is hidden — not in
//!   the page once clutter is removed (what `clearpress clean` serves), and not in the reader
//!   text;
//! - article retention: the share of labelled article text still there, on the page and in
//!   the reader text.
//!
//! Both per kind and overall. The figures are printed (and, under `./build.sh eval`, appended
//! to its figures file); the test fails when one is below its `clutter.*` floor in
//! `tests/eval/floors.tsv`, the floors file every eval is gated on. Snippets are compared with
//! all whitespace removed, so line breaks and element boundaries do not matter.
//!
//! `cargo test --test clutter_eval -- --nocapture` shows the figures and every missed snippet.

#![cfg(not(target_arch = "wasm32"))]

// The evals' figures file; only `record` is used here.
#[allow(dead_code)]
#[path = "../examples/common/figures.rs"]
mod figures;

use clearpress::core::analysis::{analyze, removed_mask};
use clearpress::core::model::Page;
use clearpress::core::report;
use clearpress::native::parse;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Elements whose text a reader never sees.
const NOT_TEXT: &[&str] = &["head", "script", "style", "noscript", "template"];

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The visible text of the page without its clutter, whitespace removed.
fn page_text(page: &Page, clutter: &[clearpress::core::clutter::Clutter]) -> String {
    let removed = removed_mask(page, clutter.iter().map(|c| c.node));
    let mut silent = vec![false; page.len()];
    let mut out = String::new();
    for id in page.ids() {
        let parent_silent = page.parent(id).is_some_and(|p| silent[p.index()]);
        silent[id.index()] = parent_silent || NOT_TEXT.contains(&page.name(id));
        if silent[id.index()] || removed[id.index()] {
            continue;
        }
        if let Some(t) = page.text(id) {
            out.push_str(t);
        }
    }
    squash(&out)
}

/// Characters found and total, per figure name.
#[derive(Default)]
struct Tally(BTreeMap<String, (usize, usize)>);

impl Tally {
    fn add(&mut self, name: &str, hit: bool, weight: usize) {
        let e = self.0.entry(name.to_string()).or_default();
        e.0 += if hit { weight } else { 0 };
        e.1 += weight;
    }

    fn share(&self, name: &str) -> Option<f64> {
        self.0
            .get(name)
            .filter(|e| e.1 > 0)
            .map(|&(hit, all)| hit as f64 / all as f64)
    }
}

fn set_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/clutter")
}

/// Label files of the set, sorted.
fn labels() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(set_dir())
        .expect("tests/clutter")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    v.sort();
    v
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s.as_str().map(str::to_string))
        .collect()
}

/// Scores one page into `t`, and returns the misses for the report.
fn score_page(label: &Path, t: &mut Tally) -> Vec<String> {
    let name = label.file_stem().unwrap_or_default().to_string_lossy();
    let spec: Value =
        serde_json::from_str(&std::fs::read_to_string(label).expect("label")).expect("label JSON");
    let html = std::fs::read_to_string(label.with_extension("html")).expect("page");
    let page = parse(&html).expect("parse").page;
    let a = analyze(&page);
    let on_page = page_text(&page, &a.clutter);
    let reader = squash(&report::reader(&page, &a).text);
    let mut misses = Vec::new();
    for c in spec["clutter"].as_array().into_iter().flatten() {
        let kind = c["kind"].as_str().unwrap_or("?");
        let text = squash(c["text"].as_str().unwrap_or(""));
        let n = text.chars().count();
        for (view, hay) in [("page", &on_page), ("reader", &reader)] {
            let hidden = !hay.contains(&text);
            t.add(&format!("clutter.recall.{view}.{kind}"), hidden, n);
            t.add(&format!("clutter.recall.{view}.all"), hidden, n);
            if !hidden {
                misses.push(format!("{name}: {kind} still on the {view}: {text}"));
            }
        }
    }
    for s in strings(&spec["article"]) {
        let text = squash(&s);
        let n = text.chars().count();
        for (view, hay) in [("page", &on_page), ("reader", &reader)] {
            let kept = hay.contains(&text);
            t.add(&format!("clutter.retention.{view}"), kept, n);
            if !kept {
                misses.push(format!("{name}: article lost from the {view}: {text}"));
            }
        }
    }
    misses
}

/// The `clutter.*` lines of `tests/eval/floors.tsv` (`figure<TAB>min|max<TAB>value<TAB>what`):
/// figure → (at most?, value).
fn floors() -> BTreeMap<String, (bool, f64)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval/floors.tsv");
    let text = std::fs::read_to_string(path).expect("tests/eval/floors.tsv");
    text.lines()
        .filter(|l| l.starts_with("clutter."))
        .filter_map(|l| {
            let mut f = l.split('\t');
            let name = f.next()?.to_string();
            let at_most = f.next()? == "max";
            Some((name, (at_most, f.next()?.trim().parse().ok()?)))
        })
        .collect()
}

#[test]
fn labelled_set_has_forty_pages_with_both_kinds() {
    let all = labels();
    assert!(all.len() >= 40, "{} labelled pages", all.len());
    for l in &all {
        assert!(l.with_extension("html").exists(), "{l:?} has no page");
    }
}

#[test]
fn clutter_recall_and_article_retention_meet_the_floors() {
    let mut t = Tally::default();
    let mut misses = Vec::new();
    for l in labels() {
        misses.extend(score_page(&l, &mut t));
    }
    for m in &misses {
        eprintln!("  {m}");
    }
    for name in t.0.keys() {
        if let Some(s) = t.share(name) {
            eprintln!("{name}\t{s:.4}");
            // Only `./build.sh eval` collects figures; a plain `cargo test` leaves no file.
            if std::env::var_os("EVAL_FIGURES").is_some() {
                figures::record(name, s);
            }
        }
    }
    let floors = floors();
    assert!(
        !floors.is_empty(),
        "tests/eval/floors.tsv has no clutter.* floors"
    );
    for (name, &(at_most, floor)) in &floors {
        let got = t.share(name).unwrap_or(0.0);
        let ok = if at_most { got <= floor } else { got >= floor };
        assert!(ok, "{name} = {got:.4}, beyond its floor {floor}");
    }
}
