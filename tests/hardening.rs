//! Pathological pages (issue 5): paths that used to be quadratic give the same answers as on
//! small pages, and each limit of `heuristics::limits` cuts the work with a note in the
//! report. Speed itself is measured by `./build.sh bench`, never here; these tests check
//! results only, on inputs large enough that the old code would have needed minutes.
//! Native only: the pages are parsed with the html5ever adapter.
#![cfg(not(target_arch = "wasm32"))]

use clearpress::core::analysis::{analyze, Analysis};
use clearpress::core::heuristics::limits::{
    BYLINE_MAX_CHARS, JSON_LD_MAX_AUTHORS, JSON_LD_MAX_BYTES, QUOTES_PER_BLOCK_MAX, TITLE_PARTS_MAX,
};
use clearpress::core::model::{Page, PageBuilder};
use clearpress::core::{plan, report};
use std::fmt::Write as _;

fn parse(html: &str) -> Page {
    clearpress::native::parse(html)
        .expect("test page parses")
        .page
}

fn page_with(head: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><title>Council budget</title>{head}</head>\
         <body><article><h1>Council budget</h1>{body}</article></body></html>"
    )
}

fn limits_of(a: &Analysis) -> Vec<&str> {
    a.limits.iter().map(|l| l.limit).collect()
}

/// `n` attributed quotes in one paragraph, each after an emoji (two UTF-16 units, four bytes)
/// so that byte and UTF-16 offsets differ more with every quote.
fn quote_paragraph(n: usize) -> String {
    let mut p = String::from("<p>");
    for i in 0..n {
        let _ = write!(p, "😀 “Point {i} is settled,” said Ann Lee. ");
    }
    p + "</p>"
}

#[test]
fn many_quotes_in_one_block_are_placed_exactly() {
    let n = 3000;
    let page = parse(&page_with("", &quote_paragraph(n)));
    let a = analyze(&page);
    assert_eq!(a.quotes.len(), n);
    assert!(a.limits.is_empty(), "{:?}", a.limits);
    for (i, q) in a.quotes.iter().enumerate() {
        assert_eq!(q.quote.text, format!("Point {i} is settled,"));
        let [seg] = q.segments[..] else {
            panic!("quote {i} has {} segments", q.segments.len());
        };
        // The old way, one count from the node's start, on a sample (it is quadratic).
        if i % 97 == 0 || i == n - 1 {
            let t = page.text(seg.node).expect("a text node");
            let u16_at = |b: usize| t[..b].encode_utf16().count() as u32;
            assert_eq!(
                (seg.start16, seg.end16),
                (u16_at(seg.start), u16_at(seg.end))
            );
            assert!(t[seg.start..seg.end].starts_with('“'));
        }
    }
}

#[test]
fn quotes_past_the_block_limit_are_the_first_ones_with_a_note() {
    // Bare quoted words (the cheapest quotes to analyse: this runs unoptimised).
    let mut p = String::from("<p>");
    for i in 0..QUOTES_PER_BLOCK_MAX + 50 {
        let _ = write!(p, "“w{i}” ");
    }
    let page = parse(&page_with("", &(p + "</p>")));
    let a = analyze(&page);
    assert_eq!(a.quotes.len(), QUOTES_PER_BLOCK_MAX);
    assert_eq!(
        a.quotes.last().map(|q| q.quote.text.as_str()),
        Some(format!("w{}", QUOTES_PER_BLOCK_MAX - 1).as_str())
    );
    assert_eq!(limits_of(&a), ["quotes_per_block_max"]);
    // The note reaches the CLI report and the popup's plan.
    let r = serde_json::to_value(report::report(&page, &a)).expect("json");
    assert_eq!(r["limits"][0]["limit"], "quotes_per_block_max");
    let p = serde_json::to_value(plan::plan_from(&page, &a, None)).expect("json");
    assert_eq!(p["summary"]["limits"][0]["value"], QUOTES_PER_BLOCK_MAX);
}

#[test]
fn ordinary_pages_have_no_limits_field() {
    let page = parse(&page_with("", &quote_paragraph(3)));
    let a = analyze(&page);
    let r = serde_json::to_value(report::report(&page, &a)).expect("json");
    assert!(r.get("limits").is_none());
    let p = serde_json::to_value(plan::plan_from(&page, &a, None)).expect("json");
    assert!(p["summary"].get("limits").is_none());
}

/// A JSON-LD article whose authors are `names`, as plain strings (JSON-LD allows either a
/// string or a `Person`), which keeps 64k of them under the block size limit.
fn json_ld_with_authors(names: impl Iterator<Item = String>) -> String {
    let authors: Vec<String> = names.map(|n| format!("\"{n}\"")).collect();
    format!(
        "<script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\
         \"headline\":\"Council budget\",\"author\":[{}]}}</script>",
        authors.join(",")
    )
}

const BODY: &str = "<p>The council met on Tuesday and agreed on a budget for the coming year, \
                    after a debate over schools, roads and the library that ran past midnight.</p>";

#[test]
fn a_long_json_ld_author_list_is_deduplicated_and_capped() {
    // 64k entries, each name twice: the old `Vec::contains` needed about half a minute.
    let ld = json_ld_with_authors((0..64_000).map(|i| format!("A {}", i / 2)));
    let page = parse(&page_with(&ld, BODY));
    let a = analyze(&page);
    let byline = a.meta.byline.clone().expect("a byline");
    let names: Vec<&str> = byline.trim_end_matches('…').split(", ").collect();
    let expected: Vec<String> = (0..names.len()).map(|i| format!("A {i}")).collect();
    assert_eq!(names, expected, "each author once, in order");
    assert!(names.len() <= JSON_LD_MAX_AUTHORS);
    assert!(byline.chars().count() <= BYLINE_MAX_CHARS + 1);
    assert!(limits_of(&a).contains(&"json_ld_max_authors"));
}

#[test]
fn a_short_author_list_keeps_every_name_once_without_a_note() {
    let names = ["Ann Lee", "Bo Chen", "Ann Lee", "Cy Diaz", "Bo Chen"];
    let ld = json_ld_with_authors(names.iter().map(|n| n.to_string()));
    let a = analyze(&parse(&page_with(&ld, BODY)));
    assert_eq!(a.meta.byline.as_deref(), Some("Ann Lee, Bo Chen, Cy Diaz"));
    assert!(a.limits.is_empty(), "{:?}", a.limits);
}

#[test]
fn a_long_byline_is_cut_after_a_whole_name() {
    let names: Vec<String> = (0..60)
        .map(|i| format!("Correspondent Number {i:02} Smith"))
        .collect();
    let ld = json_ld_with_authors(names.iter().cloned());
    let a = analyze(&parse(&page_with(&ld, BODY)));
    let byline = a.meta.byline.clone().expect("a byline");
    assert!(byline.ends_with('…'), "{byline}");
    assert!(byline.chars().count() <= BYLINE_MAX_CHARS + 1);
    let kept: Vec<&str> = byline.trim_end_matches('…').split(", ").collect();
    assert_eq!(kept, names[..kept.len()]);
    assert_eq!(limits_of(&a), ["byline_max_chars"]);
}

/// A story whose byline box holds `depth` byline boxes, one in another (a flat snapshot has
/// no depth limit), the innermost showing `shown`.
fn nested_bylines(depth: usize, shown: &str) -> Page {
    let mut b = PageBuilder::new();
    b.open("html", vec![]);
    b.open("body", vec![]);
    b.open("article", vec![]);
    b.open("h1", vec![]);
    b.text("Council budget");
    b.close();
    for _ in 0..3 {
        b.open("p", vec![]);
        b.text("The council met on Tuesday and agreed on a budget for the coming year, after a long debate over schools and roads.");
        b.close();
    }
    for _ in 0..depth {
        b.open("div", vec![("class".into(), "byline".into())]);
    }
    b.text(shown);
    b.finish()
}

#[test]
fn bylines_nested_in_bylines_are_read_within_a_bound() {
    // Every box shows the name: the outermost is read first and gives it.
    let a = analyze(&nested_bylines(20_000, "By Ann Lee"));
    assert_eq!(a.meta.byline.as_deref(), Some("Ann Lee"));
    assert!(a.limits.is_empty(), "{:?}", a.limits);
    // No box gives a byline (the line is far too long for one), so each is read in turn:
    // whole, that was the square of the nesting; now the search stops at its bound.
    let long = "word ".repeat(200);
    let a = analyze(&nested_bylines(20_000, &long));
    assert_eq!(a.meta.byline, None);
    assert_eq!(limits_of(&a), ["byline_read_nodes_max"]);
    // A few nested boxes stay well within it.
    let a = analyze(&nested_bylines(50, &long));
    assert_eq!(a.meta.byline, None);
    assert!(a.limits.is_empty(), "{:?}", a.limits);
}

#[test]
fn a_huge_json_ld_block_is_skipped_with_a_note() {
    let filler = "x".repeat(JSON_LD_MAX_BYTES);
    let ld = format!(
        "<meta name=\"author\" content=\"Ann Lee\"><script type=\"application/ld+json\">\
         {{\"@type\":\"NewsArticle\",\"author\":{{\"name\":\"Jo Block\"}},\
         \"description\":\"{filler}\"}}</script>"
    );
    let a = analyze(&parse(&page_with(&ld, BODY)));
    assert_eq!(a.meta.byline.as_deref(), Some("Ann Lee"));
    assert_eq!(limits_of(&a), ["json_ld_max_bytes"]);
}

#[test]
fn a_title_of_many_parts_is_not_split() {
    let parts: Vec<String> = (0..TITLE_PARTS_MAX + 5)
        .map(|i| format!("Part {i}"))
        .collect();
    let html = format!(
        "<html><head><title>{}</title></head><body><article><h2>Part 3</h2>{BODY}</article></body></html>",
        parts.join(" | ")
    );
    let a = analyze(&parse(&html));
    assert_ne!(a.meta.title.as_deref(), Some("Part 3"));
    assert_eq!(limits_of(&a), ["title_parts_max"]);
    // With few parts the part that is a heading is still the title.
    let html = html.replace(&parts[8..].join(" | "), "Part 8");
    let a = analyze(&parse(&html));
    assert_eq!(a.meta.title.as_deref(), Some("Part 3"));
    assert!(a.limits.is_empty());
}

#[test]
fn role_descriptions_resolve_on_a_page_of_many_people() {
    // Every sentence introduces two new people and a description of one of them; the old
    // search re-read the whole paragraph per candidate per description.
    let n = 1500;
    let mut p = String::from("<p>");
    for i in 0..n {
        let _ = write!(
            p,
            "Turkish President Recep Erdogan{i} met Ann Lee{i}. \
             “Point {i} is settled,” said the Turkish leader. "
        );
    }
    let a = analyze(&parse(&page_with("", &(p + "</p>"))));
    assert_eq!(a.quotes.len(), n);
    for (i, q) in a.quotes.iter().enumerate() {
        assert_eq!(
            q.quote.speaker.as_deref(),
            Some(format!("Recep Erdogan{i}").as_str())
        );
    }
}

#[test]
fn a_huge_paragraph_is_searched_for_quotes_up_to_the_limit() {
    use clearpress::core::heuristics::limits::QUOTE_SEARCH_MAX_BYTES;
    let sentence = "The council met again on Tuesday and talked about the roads. ";
    let filler = sentence.repeat(QUOTE_SEARCH_MAX_BYTES / sentence.len() + 1000);
    let body =
        format!("<p>“We start today,” said Ann Lee. {filler}“We end today,” said Bo Chen.</p>");
    let a = analyze(&parse(&page_with("", &body)));
    let texts: Vec<&str> = a.quotes.iter().map(|q| q.quote.text.as_str()).collect();
    assert_eq!(texts, ["We start today,"]);
    assert_eq!(limits_of(&a), ["quote_search_max_bytes"]);
}
