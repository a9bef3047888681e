//! The fuzz harness bodies, in one place: the fuzz targets in `fuzz/fuzz_targets/` call
//! them on generated inputs, `tests/fuzz_corpus.rs` on every saved corpus file (on stable,
//! in CI). Each runs the whole pipeline through the public API and panics when an
//! invariant breaks, which is what both libFuzzer and `cargo test` report.

pub mod safety;

use clearpress::core::analysis::{analyze, Analysis};
use clearpress::core::model::{NodeData, NodeId, Page, FLAT_ELEMENT, FLAT_TEXT};
use clearpress::core::plan::{plan_from, Plan};
use clearpress::core::report;

/// A page URL for the HTML target, so relative links and images go through URL resolution.
const BASE_URL: &str = "https://news.example.org/2024/05/story.html?ref=home#top";

/// Bytes → decoding (BOM, `<meta>` prescan, UTF-8, detector, binary sniffing, as the CLI
/// reads a file) → html5ever → model → analyses → plan, report, reader HTML and `clean`.
pub fn html_pipeline(data: &[u8]) {
    let Ok(decoded) = clearpress::native::decode::decode(data) else {
        return;
    };
    let Ok(mut parsed) = clearpress::native::parse(&decoded.text) else {
        return;
    };
    parsed.page.url = Some(BASE_URL.to_string());
    let a = check_page(&parsed.page);
    // `clean` as the CLI does it (the page serialized once, the nodes cut out of the text),
    // and the same cut made on the tree.
    // The CLI's model, built while the tree is freed, is the same.
    let (lean, _) = clearpress::native::parse_page(decoded.text.clone()).expect("parses again");
    assert_eq!(
        lean.digest(),
        parsed.page.digest(),
        "the freeing walk changed the model"
    );
    let (page, markup, _) =
        clearpress::native::parse_for_clean(decoded.text).expect("parses for clean too");
    let nodes = markup.clean_nodes(&page, &a.clutter);
    assert_eq!(nodes, parsed.clean_nodes(&parsed.page, &a.clutter));
    let cleaned = markup.without(&nodes);
    assert!(cleaned.contains("<html"), "clean lost the document");
    assert_eq!(
        cleaned,
        parsed.serialize_without(&nodes),
        "the two cuts differ"
    );
}

/// Fuzz bytes → flat snapshot → [`Page::from_flat`] → the same checks as the HTML target
/// when the snapshot is accepted. See [`flat_input`] for the byte layout.
pub fn flat_pipeline(data: &[u8]) {
    let input = flat_input(data);
    let Ok(mut page) = Page::from_flat(&input.structure, &input.strings) else {
        return;
    };
    page.url = input.url;
    check_page(&page);
}

/// Runs every analysis and checks what must hold for any page.
fn check_page(page: &Page) -> Analysis {
    let a = analyze(page);
    let plan = plan_from(page, &a, None);
    check_plan(page, &plan);
    let plan_json = serde_json::to_string(&plan).expect("the plan serialises");
    serde_json::from_str::<serde_json::Value>(&plan_json).expect("the plan's JSON parses");

    let r = report::report(page, &a);
    let json = serde_json::to_string(&r).expect("the report serialises");
    let value: serde_json::Value = serde_json::from_str(&json).expect("the report's JSON parses");
    assert_eq!(value["nodes"].as_u64(), Some(page.len() as u64));
    assert_eq!(r.quotes.len(), plan.quotes.len());
    if let Err(e) = safety::check(&r.reader.content_html) {
        panic!("content_html is not safe: {e}");
    }

    // The web adapter sends the model as a flat snapshot: every page must survive the trip.
    if !has_nul(page) {
        let (structure, strings) = page.to_flat();
        match Page::from_flat(&structure, &strings) {
            Ok(back) => assert_eq!(
                back.digest(),
                page.digest(),
                "flat round trip changed the page"
            ),
            Err(e) => panic!("a page's own flat snapshot was rejected: {e}"),
        }
    }
    a
}

/// A text or attribute holding NUL cannot travel in the NUL-separated snapshot; the browser
/// never produces one from parsed HTML and html5ever replaces or drops them.
fn has_nul(page: &Page) -> bool {
    page.ids().any(|id| match &page.node(id).data {
        NodeData::Text(t) => t.contains('\u{0}'),
        NodeData::Element(e) => {
            e.name.contains('\u{0}')
                || e.attrs
                    .iter()
                    .any(|(n, v)| n.contains('\u{0}') || v.contains('\u{0}'))
        }
        NodeData::Document => false,
    })
}

fn check_plan(page: &Page, plan: &Plan) {
    let len = page.len() as u32;
    let is_element = |n: u32| n < len && page.element(NodeId(n)).is_some();
    for h in &plan.hide {
        assert!(
            is_element(h.node),
            "hidden node {} is not an element",
            h.node
        );
    }
    if let Some(root) = plan.article {
        assert!(is_element(root), "article root {root} is not an element");
        let ancestors: Vec<u32> = page.ancestors(NodeId(root)).map(|n| n.0).collect();
        assert_eq!(plan.path, ancestors, "path is not the article's ancestors");
        for &x in &plan.excluded {
            assert!(x < len, "excluded node {x} out of range");
            assert!(
                page.is_inclusive_ancestor(NodeId(root), NodeId(x)),
                "excluded node {x} is outside the article"
            );
        }
    } else {
        assert!(plan.path.is_empty() && plan.excluded.is_empty() && plan.quotes.is_empty());
    }
    let mut prev: Option<[u32; 5]> = None;
    let mut lasts = vec![0; plan.quotes.len()];
    for &p in &plan.pieces {
        let [node, start, end, quote, last] = p;
        assert!(node < len, "quote piece node {node} out of range");
        let text = page.text(NodeId(node)).expect("quote piece is a text node");
        let units = text.encode_utf16().count() as u32;
        assert!(
            start < end && end <= units,
            "piece {start}..{end} of {units}"
        );
        if let Some(q) = prev {
            assert!(
                (q[0], q[2]) <= (node, start),
                "pieces {q:?} and {p:?} out of order or overlapping"
            );
        }
        assert!((quote as usize) < plan.quotes.len(), "piece of no quote");
        lasts[quote as usize] += last;
        prev = Some(p);
    }
    assert!(
        lasts.iter().all(|&n| n <= 1),
        "a quote with two last pieces"
    );
    let s = &plan.summary;
    assert_eq!(s.hidden, plan.hide.len());
    assert_eq!(s.quotes, plan.quotes.len());
    assert!(s.fundraising + s.comments <= s.hidden && s.statements <= s.quotes);
}

/// A flat snapshot decoded from fuzz bytes.
pub struct FlatInput {
    /// Two numbers per node (parent, tag), as `dom.js` sends them.
    pub structure: Vec<u32>,
    /// NUL-separated strings.
    pub strings: String,
    /// The page URL.
    pub url: Option<String>,
}

/// Decodes fuzz bytes into a snapshot. Bit 0 of the first byte picks the layout:
///
/// - 0, raw: a little-endian `u32` word count `n`, `n` words of structure, then the URL, a
///   NUL, and the strings (lossy UTF-8). Reaches every error path of `from_flat`; seeds made
///   from real pages ([`raw_flat_bytes`]) keep mutations mostly well-formed.
/// - 1, shaped: a little-endian `u16` node count, two bytes per node, then the URL and NUL
///   and string pieces. Byte one of a node says how many levels to close before it (so the
///   tree is always pre-order and can be as deep as it is long), byte two whether it is text
///   or an element and how many attributes it has. Strings missing from the input come from
///   a small vocabulary of the names the analyses read, so most inputs are accepted.
pub fn flat_input(data: &[u8]) -> FlatInput {
    match data.split_first() {
        Some((mode, rest)) if mode & 1 == 0 => raw_flat(rest),
        Some((_, rest)) => shaped_flat(rest),
        None => FlatInput {
            structure: Vec::new(),
            strings: String::new(),
            url: None,
        },
    }
}

fn split_url(rest: &[u8]) -> (Option<String>, String) {
    let text = String::from_utf8_lossy(rest);
    match text.split_once('\u{0}') {
        Some((url, strings)) => ((!url.is_empty()).then(|| url.to_string()), strings.into()),
        None => (None, text.into_owned()),
    }
}

fn raw_flat(data: &[u8]) -> FlatInput {
    let (count, rest) = match data.split_first_chunk::<4>() {
        Some((c, rest)) => (u32::from_le_bytes(*c) as usize, rest),
        None => (0, data),
    };
    let count = count.min(rest.len() / 4);
    let (words, tail) = rest.split_at(count * 4);
    let structure = words
        .chunks_exact(4)
        .map(|w| u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
        .collect();
    let (url, strings) = split_url(tail);
    FlatInput {
        structure,
        strings,
        url,
    }
}

/// The inverse of the raw layout, for seeding the corpus with real pages.
pub fn raw_flat_bytes(page: &Page) -> Vec<u8> {
    let (structure, strings) = page.to_flat();
    let mut out = vec![0u8];
    out.extend_from_slice(&(structure.len() as u32).to_le_bytes());
    for w in &structure {
        out.extend_from_slice(&w.to_le_bytes());
    }
    out.extend_from_slice(page.url.as_deref().unwrap_or("").as_bytes());
    out.push(0);
    out.extend_from_slice(strings.as_bytes());
    out
}

const NAMES: &[&str] = &[
    "p",
    "div",
    "article",
    "main",
    "section",
    "span",
    "a",
    "h1",
    "h2",
    "blockquote",
    "q",
    "em",
    "br",
    "img",
    "script",
    "aside",
    "footer",
    "header",
    "nav",
    "ul",
    "li",
    "table",
    "td",
    "time",
    "meta",
    "title",
    "body",
    "html",
    "head",
    "iframe",
    "form",
    "figure",
    "pre",
    "svg",
];
const ATTRS: &[&str] = &[
    "class",
    "id",
    "href",
    "src",
    "data-src",
    "srcset",
    "type",
    "role",
    "style",
    "hidden",
    "aria-hidden",
    "itemprop",
    "rel",
    "name",
    "content",
    "property",
    "lang",
    "dir",
    "cite",
];
const VALUES: &[&str] = &[
    "comments",
    "donate",
    "application/ld+json",
    "author",
    "article-body",
    "javascript:alert(1)",
    "/img/a.jpg 1x, /img/b.jpg 2x",
    "display:none",
    "true",
    "{\"@type\":\"NewsArticle\",\"author\":{\"name\":\"Ann Lee\"}}",
    "https://example.org/x",
];
const TEXTS: &[&str] = &[
    "“We will not stop,” said the mayor, Ann Lee, on Tuesday.",
    "Donate now: $25 of $10,000 raised",
    " ",
    "\"Quoted\" text with a 'scare' word and «guillemets» in it.",
    "Leave a comment",
    "Er sagte: „Das ist gut.“",
];

fn shaped_flat(data: &[u8]) -> FlatInput {
    let (count, rest) = match data.split_first_chunk::<2>() {
        Some((c, rest)) => (u16::from_le_bytes(*c) as usize, rest),
        None => (0, data),
    };
    let count = count.min(rest.len() / 2);
    let (nodes, tail) = rest.split_at(count * 2);
    let (url, given) = split_url(tail);
    let mut pieces = given.split('\u{0}').filter(|s| !s.is_empty());
    let mut strings: Vec<String> = Vec::new();
    let mut structure = Vec::with_capacity(count * 2);
    // The open elements, innermost last; the document (0) is never closed.
    let mut open: Vec<u32> = vec![0];
    for (i, pair) in nodes.chunks_exact(2).enumerate() {
        let (close, kind) = (pair[0] as usize, pair[1]);
        let keep = open.len() - close % open.len();
        open.truncate(keep.max(1));
        let parent = open.last().copied().unwrap_or(0);
        let pick = |list: &[&'static str], salt: usize| -> &'static str {
            list[(kind as usize + salt + i) % list.len()]
        };
        if kind & 1 == 1 {
            structure.extend([parent, FLAT_TEXT]);
            strings.push(pieces.next().unwrap_or(pick(TEXTS, 0)).to_string());
        } else {
            let attrs = u32::from(kind >> 1) & 3;
            structure.extend([parent, (attrs << 2) | FLAT_ELEMENT]);
            strings.push(pieces.next().unwrap_or(pick(NAMES, 0)).to_string());
            for a in 0..attrs as usize {
                strings.push(pieces.next().unwrap_or(pick(ATTRS, a)).to_string());
                strings.push(pieces.next().unwrap_or(pick(VALUES, a)).to_string());
            }
            open.push(i as u32 + 1);
        }
    }
    FlatInput {
        structure,
        strings: strings.join("\u{0}"),
        url,
    }
}
