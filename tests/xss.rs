//! The reader view can execute nothing a page author wrote: every vector of `tests/xss/`
//! (DOMPurify's fixture payloads plus clearpress's own) is placed inside a paragraph of a
//! realistic news article, the page goes through the same functions as `clearpress reader
//! --json`, and its `content_html` is parsed with html5ever and checked against the
//! renderer's allow-list and a fixed policy, then serialised, re-parsed and checked again
//! (mutation XSS). See `tests/harness/safety.rs` for the checks.

#![cfg(not(target_arch = "wasm32"))]

#[path = "harness/safety.rs"]
mod safety;

use clearpress::core::analysis::analyze;
use clearpress::core::report;
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
struct Vector {
    title: Option<String>,
    payload: String,
}

fn load(file: &str) -> Vec<Vector> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/xss")
        .join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// A regional news article with the usual chrome around it; `{MARKER}` and `{VECTOR}` sit
/// in the third paragraph of the body.
const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbour bridge to reopen in spring, council says | The Riverside Courier</title>
<meta property="og:site_name" content="The Riverside Courier">
<meta name="author" content="Dana Whitfield">
</head><body>
<header class="site-header"><a href="/">The Riverside Courier</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<main><article class="story">
<h1>Harbour bridge to reopen in spring, council says</h1>
<p class="byline">By Dana Whitfield, transport reporter</p>
<p>The harbour bridge, closed since the storm in October, will reopen to cars and buses in the spring, the city council said on Tuesday after engineers finished their inspection of the damaged pier.</p>
<p>“The repairs are on schedule and within the budget we set in November,” said Maria Okafor, who chairs the council’s transport committee. Commuters have faced detours of up to forty minutes each way.</p>
<p>{MARKER} Engineers replaced two bearings and the expansion joint on the northern span, {VECTOR} and the work on the southern approach is expected to end in March, according to the council’s latest report.</p>
<p>Local businesses near the ferry terminal, which lost much of their trade during the closure, welcomed the news. “We have waited a long time for this,” said Tom Reyes, who runs a café on Quay Street.</p>
<p>The council will hold a public meeting on the reopening plans next Thursday at the town hall, and residents can send questions in advance through its website.</p>
</article></main>
<footer><p>© 2024 The Riverside Courier. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>"#;

/// Checks one vector and returns why it failed, if it did.
fn check_vector(i: usize, v: &Vector) -> Result<(), String> {
    let marker = format!("Vector number {i} sits here.");
    let html = PAGE
        .replace("{MARKER}", &marker)
        .replace("{VECTOR}", &v.payload);
    let mut page = clearpress::native::parse(&html)
        .map_err(|e| format!("page does not parse: {e}"))?
        .page;
    page.url = Some("https://courier.example/news/2024/harbour-bridge".into());
    let reader = report::reader(&page, &analyze(&page));
    // The vector must have been in what the reader shows, or the check proves nothing.
    if !reader.content_html.contains(&marker) {
        return Err(format!(
            "its paragraph was not extracted:\n  {}",
            reader.content_html
        ));
    }
    safety::check(&reader.content_html)
}

fn run(file: &str) -> usize {
    let vectors = load(file);
    let failures: Vec<String> = vectors
        .iter()
        .enumerate()
        .filter_map(|(i, v)| {
            check_vector(i, v).err().map(|e| {
                let title = v.title.as_deref().unwrap_or("untitled");
                format!("{file} #{i} ({title}): {e}\n  payload: {}", v.payload)
            })
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} vectors failed:\n{}",
        failures.len(),
        vectors.len(),
        failures.join("\n")
    );
    vectors.len()
}

#[test]
fn dompurify_payloads_leave_nothing_executable() {
    assert_eq!(run("dompurify-payloads.json"), 223);
}

#[test]
fn clearpress_vectors_leave_nothing_executable() {
    // URL schemes, lazy images, srcset, cite, formaction, raw-text elements, SVG/MathML and
    // CSS (tests/xss/README.md).
    assert!(run("clearpress-vectors.json") >= 80);
}

#[test]
fn the_checker_rejects_what_it_must() {
    for bad in [
        "<p onclick=\"x()\">a</p>",
        "<script>x()</script>",
        "<a href=\"java&#x09;script:x()\">a</a>",
        "<a href=\" &#x01;vbscript:x\">a</a>",
        "<img src=\"data:image/svg+xml,x\">",
        "<p style=\"color:red\">a</p>",
        "<svg><a>x</a></svg>",
        "<iframe></iframe>",
        "<form></form>",
        "<base href=\"/\">",
        "<span>not a quote</span>",
        "<!-- a comment -->",
        "<div>not on the list</div>",
    ] {
        assert!(safety::check(bad).is_err(), "accepted {bad}");
    }
    for good in [
        "<p>a <a href=\"https://e.org/x?y=1:2\">b</a> <img src=\"/a.jpg\" alt=\"\"></p>",
        "<blockquote cite=\"mailto:a@b.c\"><p>q</p></blockquote>",
        "<p><span class=\"cp-quote\" data-q=\"0\" data-kind=\"statement\" title=\"Ann\">“x”</span></p>",
        "<p>&lt;script&gt; as text</p>",
    ] {
        assert_eq!(safety::check(good), Ok(()), "rejected {good}");
    }
}
