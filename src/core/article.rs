//! Article: the main content root, its paragraph blocks, and the page's metadata.
//!
//! The content finder follows Readability.js's scoring (see
//! [`crate::core::heuristics::article`] for every constant and where it came from), adapted
//! to the page arena so that it runs in a few linear passes without touching the DOM:
//!
//! 1. **Skip** (forward pass; the arena is pre-order, so a parent's flag is known before its
//!    children): clutter, hidden nodes, active content, and — on the first attempt — page
//!    chrome by tag, role or class/id ("unlikely candidates").
//! 2. **Measure** (reverse pass, children before parents): text length with whitespace runs
//!    counted once, commas, link text, whether an element holds block elements, and the
//!    counts the clean-up needs (paragraphs, images, list items, inputs, embeds).
//! 3. **Score**: every paragraph-like unit of 25+ characters scores `1 + commas +
//!    min(len / 100, 3)` and hands it to five ancestors with decreasing shares; candidates
//!    start from a tag score plus a class/id weight and end multiplied by `1 − link density`.
//! 4. **Choose**: the best candidate, promoted to a shared ancestor of near-equal rivals or to
//!    a better-scoring parent, joined by siblings that score well or read like paragraphs; a
//!    semantic element (`<article>`, `[itemprop=articleBody]`, `.entry-content`, …) replaces
//!    it when that element holds nearly all of its paragraph text.
//! 5. **Clean and cut into blocks** (one walk of the root): boxes that are not article text
//!    (share bars, related lists, ads, bylines, the headline, Readability's conditional
//!    clean-up) become `excluded`; the rest is cut into paragraph blocks.
//!
//! When the result is short the analysis is retried with fewer rules, as Readability.js does,
//! and the attempt with the most text wins.

mod json;
mod meta;
// The tests parse HTML with the native adapter, which the wasm build does not have.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod walk_tests;

use crate::core::clutter::Clutter;
use crate::core::heuristics::article as h;
use crate::core::heuristics::clutter::{INLINE_TAGS, PROSE_BLOCK_TAGS};
use crate::core::heuristics::limits::HEADING_TEXT_MAX_BYTES;
use crate::core::model::{Element, NodeData, NodeId, Page};

pub use meta::metadata;

/// The article found on a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// The element that holds the article body.
    pub root: NodeId,
    /// Paragraph-level blocks in reading order (`p`, `li`, `blockquote`, headings, …): the
    /// units quotes are searched in and the reader text is made of. No block contains another.
    pub blocks: Vec<NodeId>,
    /// Nodes inside `root` that are not part of the article (share bars, inline ads, …),
    /// left out of the reader view along with the clutter.
    pub excluded: Vec<NodeId>,
    /// Captions: shown with their pictures in the reader view, but not part of the article's
    /// text (nor searched for quotes), as article-body benchmarks and readers expect.
    pub captions: Vec<NodeId>,
}

/// The page's metadata, from `<meta>`, JSON-LD and the markup.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    /// Article title as the page declares it for machines (`og:title`, JSON-LD, `<title>`
    /// without the site name; Readability.js's order).
    pub title: Option<String>,
    /// The headline a reader sees on the page (its `<h1>`, when that is the same story as
    /// the declared title), else the title: what the reader header shows.
    pub headline: Option<String>,
    /// Author(s).
    pub byline: Option<String>,
    /// Publication time as the page declares it (`<meta>`, JSON-LD, `<time datetime>`), as
    /// given (ISO 8601 when available).
    pub published_time: Option<String>,
    /// The publication day as `YYYY-MM-DD`: the declared time's day, else the date the page
    /// shows in words ("Updated on July 9, 2025"), else the last modification's; what the
    /// reader header shows.
    pub date: Option<String>,
    /// Name of the publishing site.
    pub site_name: Option<String>,
    /// Language (`lang` of `<html>`).
    pub lang: Option<String>,
    /// Text direction (`dir`).
    pub dir: Option<String>,
    /// A short summary.
    pub excerpt: Option<String>,
    /// Limits the metadata reading reached (a huge JSON-LD block, author list or byline).
    pub limits: Vec<crate::core::heuristics::limits::Reached>,
}

// ---------------------------------------------------------------------------------------
// Small matchers (no regex crate: the core must stay small for wasm).

/// Whether `hay` contains the lower-case ASCII `needle`, ignoring ASCII case.
pub(crate) fn contains_ci(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.is_empty() || h.len() < n.len() {
        return n.is_empty();
    }
    let first = n[0];
    (0..=h.len() - n.len()).any(|i| {
        h[i].to_ascii_lowercase() == first
            && h[i + 1..i + n.len()]
                .iter()
                .zip(&n[1..])
                .all(|(a, b)| a.to_ascii_lowercase() == *b)
    })
}

/// Whether one of `hay`'s tokens (split at anything but ASCII letters and digits) equals one
/// of `tokens`, ignoring ASCII case.
pub(crate) fn has_token_ci(hay: &str, tokens: &[&str]) -> bool {
    hay.split(|c: char| !c.is_ascii_alphanumeric())
        .any(|t| !t.is_empty() && tokens.iter().any(|k| t.eq_ignore_ascii_case(k)))
}

/// Characters of `s` with each whitespace run counted once (what a reader sees); 0 when it
/// is all whitespace.
#[cfg(all(test, not(target_arch = "wasm32")))]
fn visible_len(s: &str) -> u32 {
    TextCounts::of(s).visible
}

fn in_list(name: &str, list: &[&str]) -> bool {
    list.contains(&name)
}

/// Elements the page hides: `hidden`, `aria-hidden="true"`, inline `display:none` /
/// `visibility:hidden`.
pub(crate) fn is_hidden(e: &Element) -> bool {
    if e.attr("hidden").is_some() || e.attr("aria-hidden").is_some_and(|v| v.trim() == "true") {
        return true;
    }
    e.attr("style").is_some_and(|style| {
        contains_squeezed(style, "display:none") || contains_squeezed(style, "visibility:hidden")
    })
}

/// An image that draws a formula whose MathML twin stands beside it for screen readers
/// (MediaWiki's `mwe-math-fallback-image`, MathJax's SVG output): `aria-hidden` there hides
/// the picture from assistive technology only, and the MathML is what a reader view drops.
pub(crate) fn is_math_fallback(page: &Page, id: NodeId) -> bool {
    let Some(parent) = page.parent(id) else {
        return false;
    };
    page.name(id) == "img"
        && page
            .children(parent)
            .iter()
            .any(|&sib| sib != id && page.descendants(sib).any(|d| page.name(d) == "math"))
}

/// A part of the page that React streams after its shell (`<div hidden id="S:…">`, see
/// [`h::STREAMED_SEGMENT_ID_PREFIX`]): hidden only until React's inline script moves it into
/// place, so it is content a browser shows, not a hidden node.
fn is_streamed_segment(e: &Element) -> bool {
    e.name == "div"
        && e.attr("hidden").is_some()
        && e.id()
            .strip_prefix(h::STREAMED_SEGMENT_ID_PREFIX)
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_hexdigit()))
}

/// Whether `hay` contains the lower-case ASCII `needle` when ASCII whitespace is ignored on
/// both sides and case in `hay` (inline styles write `display: none`, `DISPLAY:NONE`, …).
fn contains_squeezed(hay: &str, needle: &str) -> bool {
    let h = hay.as_bytes();
    let n = needle.as_bytes();
    (0..h.len()).any(|start| {
        let mut it = h[start..]
            .iter()
            .filter(|b| !b.is_ascii_whitespace())
            .map(|b| b.to_ascii_lowercase());
        !h[start].is_ascii_whitespace() && n.iter().all(|&c| it.next() == Some(c))
    })
}

/// Bits saying which word lists a `class` or `id` value matches, computed once per element
/// (one scan of the value against all lists at once, instead of one scan per word).
mod word {
    pub const UNLIKELY: u16 = 1;
    pub const MAYBE: u16 = 1 << 1;
    pub const POSITIVE: u16 = 1 << 2;
    pub const NEGATIVE: u16 = 1 << 3;
    pub const BOX: u16 = 1 << 4;
    pub const BYLINE: u16 = 1 << 5;
    pub const CAPTION: u16 = 1 << 6;
    pub const COMMENT: u16 = 1 << 7;
    pub const SHARE: u16 = 1 << 8;
    pub const AD: u16 = 1 << 9;
}

/// Words by their first byte, each with its [`word`] bit, and which first two bytes occur.
struct WordTable {
    buckets: Vec<Vec<(&'static [u8], u16)>>,
    /// Bit `a * 256 + b`: some word starts with bytes `a`, `b` (lower case): most positions
    /// of a class value start no word, and one bit test tells so before the bucket is read.
    pairs: Vec<u64>,
    /// First bytes of one-byte words (none today; kept exact should a list get one).
    short: Vec<bool>,
}

impl WordTable {
    fn may_start(&self, a: u8, b: Option<u8>) -> bool {
        self.short.get(a as usize).copied().unwrap_or(false)
            || b.is_some_and(|b| {
                let bit = a as usize * 256 + b.to_ascii_lowercase() as usize;
                self.pairs
                    .get(bit / 64)
                    .is_some_and(|w| w & (1 << (bit % 64)) != 0)
            })
    }
}

/// Substring lists by first byte, built once.
fn word_table() -> &'static WordTable {
    static TABLE: std::sync::OnceLock<WordTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = WordTable {
            buckets: vec![Vec::new(); 256],
            pairs: vec![0; 256 * 256 / 64],
            short: vec![false; 256],
        };
        let lists: [(&[&'static str], u16); 7] = [
            (h::UNLIKELY_CANDIDATES, word::UNLIKELY),
            (h::MAYBE_CANDIDATE, word::MAYBE),
            (h::POSITIVE, word::POSITIVE),
            (h::NEGATIVE, word::NEGATIVE),
            (h::BOX_PATTERNS, word::BOX),
            (h::BYLINE_PATTERNS, word::BYLINE),
            (h::CAPTION_PATTERNS, word::CAPTION),
        ];
        for (list, bit) in lists {
            for w in list {
                let w = w.as_bytes();
                let Some(&b) = w.first() else { continue };
                let a = b.to_ascii_lowercase() as usize;
                t.buckets[a].push((w, bit));
                match w.get(1) {
                    Some(&c) => {
                        let pair = a * 256 + c as usize;
                        t.pairs[pair / 64] |= 1 << (pair % 64);
                    }
                    None => t.short[a] = true,
                }
            }
        }
        t
    })
}

/// The [`word`] bits of one `class` or `id` value.
fn word_bits(v: &str) -> u16 {
    if v.is_empty() {
        return 0;
    }
    let table = word_table();
    let hb = v.as_bytes();
    let mut bits = 0u16;
    for i in 0..hb.len() {
        let a = hb[i].to_ascii_lowercase();
        if !table.may_start(a, hb.get(i + 1).copied()) {
            continue;
        }
        let Some(bucket) = table.buckets.get(a as usize) else {
            continue;
        };
        for &(w, bit) in bucket {
            if bits & bit == 0
                && hb.len() - i >= w.len()
                && hb[i + 1..i + w.len()]
                    .iter()
                    .zip(&w[1..])
                    .all(|(a, b)| a.to_ascii_lowercase() == *b)
            {
                bits |= bit;
            }
        }
    }
    for (tokens, bit) in [
        (h::NEGATIVE_TOKENS, word::NEGATIVE),
        (h::COMMENT_TOKENS, word::COMMENT),
        (h::SHARE_TOKENS, word::SHARE),
        (h::AD_TOKENS, word::AD),
    ] {
        if bits & bit == 0 && has_token_ci(v, tokens) {
            bits |= bit;
        }
    }
    bits
}

/// [`word_bits`] of `class` and `id` values, each distinct whitespace-separated token
/// scanned once per page: sites repeat the same few classes on hundreds of elements (in ever
/// new combinations, so whole values repeat less), and the scan is the costliest step of
/// [`base`]. No listed word holds whitespace, so a value's bits are its tokens' bits.
#[derive(Default)]
struct WordBitsMemo<'p>(std::collections::HashMap<&'p str, u16>);

impl<'p> WordBitsMemo<'p> {
    fn of(&mut self, v: &'p str) -> u16 {
        v.split_ascii_whitespace()
            .map(|t| *self.0.entry(t).or_insert_with(|| word_bits(t)))
            .fold(0, |a, b| a | b)
    }
}

/// The class/id weight of an element from its word bits (Readability.js `_getClassWeight`:
/// class and id each count once).
fn class_weight(bits: u32) -> f32 {
    let mut w = 0.0;
    for v in [bits as u16, (bits >> 16) as u16] {
        if v & word::NEGATIVE != 0 {
            w -= h::CLASS_WEIGHT;
        }
        if v & word::POSITIVE != 0 {
            w += h::CLASS_WEIGHT;
        }
    }
    w
}

/// Whether the class or the id has any of `mask`'s bits.
fn has_word(bits: u32, mask: u16) -> bool {
    (bits as u16 | (bits >> 16) as u16) & mask != 0
}

// ---------------------------------------------------------------------------------------
// Per-page measurements.

/// Which of Readability.js's rules an attempt applies.
#[derive(Debug, Clone, Copy)]
struct Flags {
    strip_unlikely: bool,
    weight_classes: bool,
    clean_conditionally: bool,
}

/// Facts that do not depend on the attempt.
struct Base {
    /// Visible length of each text node (0 for elements and whitespace-only text).
    tlen: Vec<u32>,
    /// Commas in each text node.
    tcommas: Vec<u32>,
    /// Brackets (`[`, `]`) in each text node.
    tbrackets: Vec<u32>,
    /// Characters of each text node that are neither whitespace nor
    /// [`h::EDIT_TOOL_MARKS`]: what a reader reads.
    tplain: Vec<u32>,
    /// Inside clutter, or hidden by the page.
    gone: Vec<bool>,
    /// Clutter roots and hidden roots (outermost only are reported).
    gone_root: Vec<bool>,
    /// Element matches the unlikely-candidate rules by itself.
    unlikely: Vec<bool>,
    /// Element is a comment thread by its class/id: skipped on every attempt.
    comments: Vec<bool>,
    /// [`word`] bits of each element: the class's in the low half, the id's in the high.
    words: Vec<u32>,
    /// Node has a `figure` ancestor.
    in_figure: Vec<bool>,
}

fn base(page: &Page, clutter: &[Clutter]) -> Base {
    let n = page.len();
    let mut b = Base {
        tlen: vec![0; n],
        tcommas: vec![0; n],
        tbrackets: vec![0; n],
        tplain: vec![0; n],
        gone: vec![false; n],
        gone_root: vec![false; n],
        unlikely: vec![false; n],
        comments: vec![false; n],
        words: vec![0; n],
        in_figure: in_figure(page),
    };
    for c in clutter {
        if let Some(g) = b.gone_root.get_mut(c.node.index()) {
            *g = true;
        }
    }
    let mut words = WordBitsMemo::default();
    // Inside a table or code block the unlikely rules do not apply (Readability.js).
    let mut protected = vec![false; n];
    for id in page.ids() {
        let i = id.index();
        let parent = page.parent(id).map(|p| p.index());
        let parent_gone = parent.is_some_and(|p| b.gone[p]);
        let parent_protected = parent.is_some_and(|p| protected[p]);
        match &page.node(id).data {
            NodeData::Text(t) => {
                let c = TextCounts::of(t);
                b.tlen[i] = c.visible;
                if c.visible > 0 {
                    (b.tcommas[i], b.tbrackets[i], b.tplain[i]) = (c.commas, c.brackets, c.plain);
                }
            }
            NodeData::Element(e) => {
                if is_hidden(e) && !is_math_fallback(page, id) && !is_streamed_segment(e) {
                    b.gone_root[i] = true;
                }
                let name = e.name.as_str();
                protected[i] = parent_protected || matches!(name, "table" | "code" | "pre");
                let iw = match words.of(e.id()) {
                    w if w != 0 && id_names_own_text(page, id, e.id()) => 0,
                    w => w,
                };
                let cw = words.of(e.attr("class").unwrap_or(""));
                b.words[i] = cw as u32 | (iw as u32) << 16;
                if !parent_protected && !matches!(name, "body" | "a" | "html" | "main" | "article")
                {
                    let unlikely_word = |w: u16| w & word::UNLIKELY != 0 && w & word::MAYBE == 0;
                    b.unlikely[i] = in_list(name, h::UNLIKELY_TAGS)
                        || e.attr("role").is_some_and(|r| {
                            h::UNLIKELY_ROLES
                                .iter()
                                .any(|u| r.trim().eq_ignore_ascii_case(u))
                        })
                        || unlikely_word(cw)
                        || unlikely_word(iw);
                    b.comments[i] = has_word(b.words[i], word::COMMENT);
                }
            }
            NodeData::Document => {}
        }
        b.gone[i] = parent_gone || b.gone_root[i];
    }
    b
}

/// Whether `id_attr` is `id`'s own text written as an anchor ("Community" as `id="Community"`,
/// "Eich CEO promotion controversy" as `id="Eich_CEO_promotion_controversy"`): wikis and
/// Markdown renderers name a section's anchor after its heading, and such an id says what the
/// section is about, not what the element is for, so its words (`community`, `promo`) are
/// not read as a role. Only the element's own text children are compared, so the check costs
/// nothing on deep pages.
fn id_names_own_text(page: &Page, id: NodeId, id_attr: &str) -> bool {
    let squeeze = |s: &str| -> Vec<char> {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let anchor = squeeze(id_attr);
    if anchor.is_empty() {
        return false;
    }
    let own: String = page
        .children(id)
        .iter()
        .filter_map(|&c| page.text(c))
        .collect();
    squeeze(&own) == anchor
}

/// What [`base`] counts in a text node, in one pass over its characters (text is most of a
/// page's bytes, and four passes were a tenth of the article analysis).
struct TextCounts {
    /// [`visible_len`].
    visible: u32,
    /// Characters of [`h::COMMAS`].
    commas: u32,
    /// `[` and `]`.
    brackets: u32,
    /// Characters that are neither whitespace nor [`h::EDIT_TOOL_MARKS`].
    plain: u32,
}

impl TextCounts {
    fn of(t: &str) -> TextCounts {
        let mut c = TextCounts {
            visible: 0,
            commas: 0,
            brackets: 0,
            plain: 0,
        };
        let (mut in_ws, mut any) = (false, false);
        for ch in t.chars() {
            if ch.is_whitespace() {
                c.visible += u32::from(!in_ws);
                in_ws = true;
                continue;
            }
            (in_ws, any) = (false, true);
            c.visible += 1;
            if ch.is_ascii_alphanumeric() {
                c.plain += 1;
                continue;
            }
            c.commas += u32::from(h::COMMAS.contains(&ch));
            c.brackets += u32::from(matches!(ch, '[' | ']'));
            c.plain += u32::from(!h::EDIT_TOOL_MARKS.contains(&ch));
        }
        if !any {
            c.visible = 0;
        }
        c
    }
}

/// Which nodes have a `figure` ancestor: one pass down the arena (pre-order, parents first)
/// instead of an ancestor walk per element, which is quadratic in the nesting depth.
fn in_figure(page: &Page) -> Vec<bool> {
    let mut inside = vec![false; page.len()];
    for id in page.ids() {
        if let Some(p) = page.parent(id) {
            inside[id.index()] = inside[p.index()] || page.name(p) == "figure";
        }
    }
    inside
}

/// Measurements for one attempt.
struct Stats {
    skip: Vec<bool>,
    text: Vec<u32>,
    link: Vec<f32>,
    commas: Vec<u32>,
    blocky: Vec<bool>,
    n_p: Vec<u32>,
    n_img: Vec<u32>,
    n_li: Vec<u32>,
    n_input: Vec<u32>,
    n_embed: Vec<u32>,
    heading: Vec<u32>,
    /// Text inside `ul`/`ol` elements in the subtree (the element itself included).
    list: Vec<u32>,
    /// Text of scored paragraphs in the subtree.
    para: Vec<u32>,
    /// Brackets in the subtree's text.
    brackets: Vec<u32>,
    /// Readable characters of the subtree's text (see `Base::tplain`).
    plain: Vec<u32>,
    /// Readable characters of links to an edit form ([`is_edit_link`]) in the subtree.
    edit: Vec<u32>,
}

impl Stats {
    fn link_density(&self, i: usize) -> f32 {
        let t = self.text[i];
        if t == 0 {
            0.0
        } else {
            (self.link[i] / t as f32).min(1.0)
        }
    }
}

fn measure(page: &Page, base: &Base, flags: Flags) -> Stats {
    let n = page.len();
    let mut s = Stats {
        skip: vec![false; n],
        text: vec![0; n],
        link: vec![0.0; n],
        commas: vec![0; n],
        blocky: vec![false; n],
        n_p: vec![0; n],
        n_img: vec![0; n],
        n_li: vec![0; n],
        n_input: vec![0; n],
        n_embed: vec![0; n],
        heading: vec![0; n],
        list: vec![0; n],
        para: vec![0; n],
        brackets: vec![0; n],
        plain: vec![0; n],
        edit: vec![0; n],
    };
    for id in page.ids() {
        let i = id.index();
        let parent_skip = page.parent(id).is_some_and(|p| s.skip[p.index()]);
        s.skip[i] = parent_skip
            || base.gone[i]
            || match page.element(id) {
                Some(e) => {
                    in_list(&e.name, h::SKIP_TAGS)
                        || base.comments[i]
                        || (flags.strip_unlikely && base.unlikely[i])
                }
                None => false,
            };
    }
    for id in (0..page.len() as u32).rev().map(NodeId) {
        let i = id.index();
        if s.skip[i] {
            continue;
        }
        let Some(p) = page.parent(id).map(NodeId::index) else {
            continue;
        };
        match &page.node(id).data {
            NodeData::Text(_) => {
                s.text[i] = base.tlen[i];
                s.commas[i] = base.tcommas[i];
                s.brackets[i] = base.tbrackets[i];
                s.plain[i] = base.tplain[i];
            }
            NodeData::Element(e) => {
                let name = e.name.as_str();
                match name {
                    "a" => {
                        let w = if e
                            .attr("href")
                            .is_some_and(|h| h.trim_start().starts_with('#'))
                        {
                            h::HASH_LINK_WEIGHT
                        } else {
                            1.0
                        };
                        s.link[i] = s.text[i] as f32 * w;
                        if e.attr("href").is_some_and(is_edit_link) {
                            s.edit[i] = s.plain[i];
                        }
                    }
                    "p" => s.n_p[i] += 1,
                    // A formula drawn as a picture is text, not an illustration.
                    "img" if !is_math_fallback(page, id) => s.n_img[i] += 1,
                    "li" => s.n_li[i] += 1,
                    "input" => s.n_input[i] += 1,
                    "embed" | "object" | "iframe" | "video" => s.n_embed[i] += 1,
                    "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => s.heading[i] = s.text[i],
                    "ul" | "ol" => s.list[i] = s.text[i],
                    _ => {}
                }
                if in_list(name, h::BLOCK_LEVEL) {
                    s.blocky[p] = true;
                }
            }
            NodeData::Document => {}
        }
        s.text[p] += s.text[i];
        s.commas[p] += s.commas[i];
        s.link[p] += s.link[i];
        s.blocky[p] |= s.blocky[i];
        s.n_p[p] += s.n_p[i];
        s.n_img[p] += s.n_img[i];
        s.n_li[p] += s.n_li[i];
        s.n_input[p] += s.n_input[i];
        s.n_embed[p] += s.n_embed[i];
        s.brackets[p] = s.brackets[p].saturating_add(s.brackets[i]);
        s.plain[p] = s.plain[p].saturating_add(s.plain[i]);
        s.edit[p] = s.edit[p].saturating_add(s.edit[i]);
        // Nested headings and lists count their text once per level: with thousands of
        // levels the sums can pass `u32::MAX`, so they saturate instead of wrapping.
        s.heading[p] = s.heading[p].saturating_add(s.heading[i]);
        s.list[p] = s.list[p].saturating_add(s.list[i]);
    }
    s
}

/// Whether `href` opens a page's edit form ([`h::EDIT_ACTIONS`] as a query parameter), and
/// is not a link to a page that does not exist yet ([`h::EDIT_LINK_NOT`]).
fn is_edit_link(href: &str) -> bool {
    let Some((_, query)) = href.split_once('?') else {
        return false;
    };
    let query = query.split('#').next().unwrap_or(query);
    let params = || query.split(['&', ';']).map(str::trim);
    params().any(|p| h::EDIT_ACTIONS.iter().any(|a| p.eq_ignore_ascii_case(a)))
        && !params().any(|p| h::EDIT_LINK_NOT.iter().any(|a| p.eq_ignore_ascii_case(a)))
}

/// Whether a child counts as loose inline content of a mixed container: text, or an
/// element with no block inside that is not itself a block.
fn is_inline(page: &Page, s: &Stats, c: NodeId) -> bool {
    match page.element(c) {
        None => page.text(c).is_some(),
        Some(e) => !s.blocky[c.index()] && !in_list(&e.name, h::BLOCK_LEVEL),
    }
}

/// Loose inline text length and commas among `id`'s children.
fn loose_text(page: &Page, s: &Stats, id: NodeId) -> (u32, u32) {
    let (mut len, mut commas) = (0, 0);
    for &c in page.children(id) {
        if !s.skip[c.index()] && is_inline(page, s, c) {
            len += s.text[c.index()];
            commas += s.commas[c.index()];
        }
    }
    (len, commas)
}

// ---------------------------------------------------------------------------------------
// Scoring.

struct Scores {
    /// Candidate scores; NaN when the element was never initialised.
    score: Vec<f32>,
    candidates: Vec<NodeId>,
}

impl Scores {
    fn get(&self, id: NodeId) -> Option<f32> {
        self.score.get(id.index()).copied().filter(|v| !v.is_nan())
    }

    fn init(&mut self, page: &Page, base: &Base, id: NodeId, flags: Flags) {
        let i = id.index();
        if !self.score[i].is_nan() {
            return;
        }
        let Some(e) = page.element(id) else { return };
        let tag = h::TAG_SCORES
            .iter()
            .find(|(n, _)| *n == e.name)
            .map_or(0.0, |(_, v)| *v);
        let weight = if flags.weight_classes {
            class_weight(base.words[i])
        } else {
            0.0
        };
        self.score[i] = tag + weight;
        self.candidates.push(id);
    }
}

fn score(page: &Page, base: &Base, s: &mut Stats, flags: Flags) -> Scores {
    let mut sc = Scores {
        score: vec![f32::NAN; page.len()],
        candidates: Vec::new(),
    };
    for id in page.ids() {
        let i = id.index();
        if s.skip[i] {
            continue;
        }
        let Some(e) = page.element(id) else { continue };
        let name = e.name.as_str();
        // (first ancestor to credit, text length, commas)
        let unit = if in_list(name, h::SCORE_TAGS) {
            page.parent(id).map(|p| (p, s.text[i], s.commas[i], id))
        } else if in_list(name, h::CONTAINER_TAGS) {
            if !s.blocky[i] {
                page.parent(id).map(|p| (p, s.text[i], s.commas[i], id))
            } else {
                // Loose text in a mixed container scores as a paragraph of its own, as
                // Readability.js wraps it in a `<p>`.
                let (len, commas) = loose_text(page, s, id);
                Some((id, len, commas, id))
            }
        } else {
            None
        };
        let Some((first, len, commas, holder)) = unit else {
            continue;
        };
        if len < h::MIN_PARAGRAPH_CHARS {
            continue;
        }
        s.para[holder.index()] += len;
        let points =
            1.0 + commas as f32 + (len / h::CHARS_PER_POINT).min(h::MAX_LENGTH_POINTS) as f32;
        let mut anc = Some(first);
        for level in 0..h::SCORE_LEVELS {
            let Some(a) = anc else { break };
            // Candidates must be elements with an element parent (not `<html>`).
            if page.element(a).is_none() || page.parent(a).and_then(|p| page.element(p)).is_none() {
                break;
            }
            sc.init(page, base, a, flags);
            let share = match level {
                0 => 1.0,
                1 => 0.5,
                l => 1.0 / (l as f32 * h::LEVEL_DIVIDER),
            };
            sc.score[a.index()] += points * share;
            anc = page.parent(a);
        }
    }
    // Paragraph text per subtree, for the semantic-hint and protection rules.
    for id in (0..page.len() as u32).rev().map(NodeId) {
        if let Some(p) = page.parent(id) {
            // Nested paragraphs (a scripted DOM allows them) count text once per level.
            let v = s.para[id.index()];
            s.para[p.index()] = s.para[p.index()].saturating_add(v);
        }
    }
    for &c in &sc.candidates {
        let ld = s.link_density(c.index());
        sc.score[c.index()] *= 1.0 - ld;
    }
    sc
}

/// The chosen root and the children of it left out by the sibling step.
struct Choice {
    root: NodeId,
    excluded_siblings: Vec<NodeId>,
}

impl Choice {
    /// Paragraph text of the chosen content: the root's, less the siblings left out of it.
    fn para(&self, s: &Stats) -> u32 {
        let out: u32 = self
            .excluded_siblings
            .iter()
            .map(|c| s.para[c.index()])
            .sum();
        s.para[self.root.index()].saturating_sub(out)
    }
}

/// The element before `id` among its siblings, when only whitespace lies between them.
/// Found from the arena's order (pre-order: the node just before `id` is its parent or the
/// last node of the sibling before it), not by searching the parent's children, which costs
/// as many steps as there are siblings.
fn previous_element(page: &Page, id: NodeId) -> Option<NodeId> {
    let parent = page.parent(id)?;
    let mut at = id;
    loop {
        let mut sibling = NodeId(u32::try_from(at.index().checked_sub(1)?).ok()?);
        if sibling == parent {
            return None;
        }
        while page.parent(sibling)? != parent {
            sibling = page.parent(sibling)?;
        }
        match page.text(sibling) {
            Some(t) if t.trim().is_empty() => at = sibling,
            Some(_) => return None,
            None => return Some(sibling),
        }
    }
}

fn element_children<'a>(
    page: &'a Page,
    s: &'a Stats,
    id: NodeId,
) -> impl Iterator<Item = NodeId> + 'a {
    page.children(id)
        .iter()
        .copied()
        .filter(|&c| page.element(c).is_some() && !s.skip[c.index()])
}

fn choose(page: &Page, s: &Stats, sc: &Scores) -> Choice {
    let body = page.body();
    let mut ranked: Vec<(f32, NodeId)> = sc
        .candidates
        .iter()
        .filter_map(|&c| sc.get(c).map(|v| (v, c)))
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranked.truncate(h::TOP_CANDIDATES);
    let Some(&(top_score, mut top)) = ranked.first() else {
        return Choice {
            root: body,
            excluded_siblings: Vec::new(),
        };
    };
    if top == body || page.name(top) == "html" {
        return Choice {
            root: body,
            excluded_siblings: Vec::new(),
        };
    }
    // Near-equal rivals sharing an ancestor: the article is split, take the ancestor.
    let rivals: Vec<NodeId> = ranked[1..]
        .iter()
        .filter(|(v, _)| top_score > 0.0 && v / top_score >= h::ALTERNATIVE_SHARE)
        .map(|&(_, c)| c)
        .collect();
    if rivals.len() >= h::MIN_ALTERNATIVES {
        let mut parent = page.parent(top);
        while let Some(p) = parent {
            if p == body || page.element(p).is_none() {
                break;
            }
            let holding = rivals
                .iter()
                .filter(|&&r| page.is_inclusive_ancestor(p, r))
                .count();
            if holding >= h::MIN_ALTERNATIVES {
                top = p;
                break;
            }
            parent = page.parent(p);
        }
    }
    // Climb while a parent scores better.
    let mut last = sc.get(top).unwrap_or(0.0);
    let threshold = last * h::CLIMB_STOP_SHARE;
    let mut parent = page.parent(top);
    while let Some(p) = parent {
        if p == body || page.element(p).is_none() {
            break;
        }
        let Some(ps) = sc.get(p) else {
            parent = page.parent(p);
            continue;
        };
        if ps < threshold {
            break;
        }
        if ps > last {
            top = p;
            break;
        }
        last = ps;
        parent = page.parent(p);
    }
    // An only child says nothing the parent does not.
    while let Some(p) = page.parent(top) {
        if p == body || page.element(p).is_none() || element_children(page, s, p).count() != 1 {
            break;
        }
        top = p;
    }
    // Siblings.
    let top_score = sc.get(top).unwrap_or(0.0);
    let Some(parent) = page.parent(top).filter(|&p| page.element(p).is_some()) else {
        return Choice {
            root: top,
            excluded_siblings: Vec::new(),
        };
    };
    let threshold = (top_score * h::SIBLING_SHARE).max(h::SIBLING_MIN_SCORE);
    let top_class = page
        .element(top)
        .and_then(|e| e.attr("class"))
        .unwrap_or("");
    let mut joined = 0usize;
    let mut left_out = Vec::new();
    for &c in page.children(parent) {
        if c == top {
            continue;
        }
        let i = c.index();
        let Some(e) = page.element(c) else {
            if s.text[i] > 0 && !s.skip[i] {
                left_out.push(c);
            }
            continue;
        };
        if s.skip[i] {
            continue;
        }
        let bonus = match e.attr("class") {
            Some(cl) if !cl.is_empty() && cl == top_class => top_score * h::SIBLING_SHARE,
            _ => 0.0,
        };
        let mut append = sc.get(c).is_some_and(|v| v + bonus >= threshold);
        if !append && e.name == "p" {
            let (len, ld) = (s.text[i], s.link_density(i));
            if len > h::SIBLING_LONG_CHARS && ld < h::SIBLING_LINK_DENSITY {
                append = true;
            } else if len > 0 && len <= h::SIBLING_LONG_CHARS && ld == 0.0 {
                let t = page.collapsed_text(c);
                append = t.ends_with('.') || t.contains(". ");
            }
        }
        if append {
            joined += 1;
        } else {
            left_out.push(c);
        }
    }
    if joined == 0 {
        Choice {
            root: top,
            excluded_siblings: Vec::new(),
        }
    } else {
        Choice {
            root: parent,
            excluded_siblings: left_out,
        }
    }
}

/// Widens a root without excluded siblings to ancestors whose other children read like
/// article text too: mostly paragraphs, few links, no teaser cards of other stories.
fn climb_by_text(page: &Page, s: &Stats, choice: &mut Choice) {
    if !choice.excluded_siblings.is_empty() {
        return;
    }
    let other = other_articles_para(page, s);
    let mut root = choice.root;
    while let Some(p) = page.parent(root) {
        if !page
            .element(p)
            .is_some_and(|e| e.name != "body" && e.name != "html")
        {
            break;
        }
        let (pi, ri) = (p.index(), root.index());
        let extra_text = s.text[pi].saturating_sub(s.text[ri]) as f32;
        // The paragraphs of teaser cards (other stories) are not this story's.
        let others: u32 = page
            .children(p)
            .iter()
            .filter(|&&c| c != root)
            .map(|c| other[c.index()])
            .sum();
        let extra_para = s.para[pi].saturating_sub(s.para[ri]).saturating_sub(others) as f32;
        let extra_link = (s.link[pi] - s.link[ri]).max(0.0);
        if extra_text > 0.0
            && (extra_para < h::CLIMB_PARA_SHARE * extra_text
                || extra_link > h::CLIMB_LINK_SHARE * extra_text)
        {
            break;
        }
        root = p;
    }
    choice.root = root;
}

/// Paragraph text inside teaser cards in each subtree: `<article>` elements with no more
/// than a standfirst of text ([`h::TEASER_MAX_CHARS`]). HTML defines `<article>` as one
/// self-contained composition, so such a card beside the root previews another story; a
/// longer one is rather a part of this page (an item of a list article).
fn other_articles_para(page: &Page, s: &Stats) -> Vec<u32> {
    let mut out = vec![0u32; page.len()];
    for id in (0..page.len() as u32).rev().map(NodeId) {
        let i = id.index();
        if page.name(id) == "article" {
            out[i] = if s.para[i] <= h::TEASER_MAX_CHARS {
                s.para[i]
            } else {
                0
            };
        }
        if let Some(p) = page.parent(id) {
            out[p.index()] = out[p.index()].saturating_add(out[i]);
        }
    }
    out
}

/// Whether an element names the article body by markup.
fn is_hint(e: &Element) -> bool {
    e.name == "article"
        || e.attr("itemprop")
            .is_some_and(|v| contains_ci(v, "articlebody"))
        || e.attr("class").is_some_and(|c| {
            c.split_ascii_whitespace()
                .any(|t| h::HINT_CLASSES.iter().any(|k| t.eq_ignore_ascii_case(k)))
        })
}

/// Replaces the root by a semantic element holding nearly all of its paragraph text.
fn apply_hints(page: &Page, s: &Stats, choice: &mut Choice) {
    let root = choice.root;
    let root_para = choice.para(s);
    if root_para == 0 {
        return;
    }
    // Narrow: the deepest hint inside the root that holds most of its paragraph text.
    let mut best: Option<NodeId> = None;
    for id in page.descendants(root).skip(1) {
        let i = id.index();
        if s.skip[i] || s.para[i] == 0 {
            continue;
        }
        let Some(e) = page.element(id) else { continue };
        if is_hint(e) && s.para[i] as f32 >= h::HINT_SHARE * root_para as f32 {
            if choice
                .excluded_siblings
                .iter()
                .any(|&x| page.is_inclusive_ancestor(x, id))
            {
                continue;
            }
            best = Some(id);
        }
    }
    if let Some(b) = best {
        choice.root = b;
        choice.excluded_siblings.clear();
        return;
    }
    // Widen: a hint around the root that adds little paragraph text.
    for a in page.ancestors(root) {
        let Some(e) = page.element(a) else { break };
        if e.name == "body" {
            break;
        }
        if is_hint(e) && root_para as f32 >= h::HINT_WIDEN_SHARE * s.para[a.index()] as f32 {
            choice.root = a;
            choice.excluded_siblings.clear();
            return;
        }
    }
}

/// Narrows a root that holds several `<article>` elements to the one with the page's
/// headline (its title's text, or the `<h1>`) when every other is a teaser card: no more
/// paragraph text than [`h::TEASER_MAX_CHARS`] or than the story itself. A short post
/// followed by "you may also like" cards of other posts, each an `<article>` of one
/// paragraph, adds up to more paragraph text than the post itself, so scoring alone picks
/// their common parent.
fn narrow_to_headline_article(page: &Page, s: &Stats, titles: &[String], choice: &mut Choice) {
    let root = choice.root;
    // Every `<article>` in the root with its own paragraph text: without the articles
    // nested in it (a theme that leaves one unclosed nests the cards after it).
    let mut articles: Vec<(NodeId, u32)> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    for id in page.descendants(root).skip(1) {
        if page.name(id) != "article" || s.skip[id.index()] {
            continue;
        }
        while open
            .last()
            .is_some_and(|&k| !page.is_inclusive_ancestor(articles[k].0, id))
        {
            open.pop();
        }
        let para = s.para[id.index()];
        if let Some(&k) = open.last() {
            articles[k].1 = articles[k].1.saturating_sub(para);
        }
        open.push(articles.len());
        articles.push((id, para));
    }
    if articles.len() < 2 {
        return;
    }
    // A teaser's link may repeat the title; the `<h1>` is the story's own.
    let has_h1 = |a: NodeId| page.descendants(a).any(|d| page.name(d) == "h1");
    let mut with: Vec<NodeId> = articles
        .iter()
        .map(|a| a.0)
        .filter(|&a| has_h1(a))
        .collect();
    if with.is_empty() {
        with = articles
            .iter()
            .map(|a| a.0)
            .filter(|&a| holds_title(page, a, titles))
            .collect();
    }
    let [story] = with[..] else { return };
    let story_para = s.para[story.index()];
    if story_para > 0
        && articles.iter().all(|&(o, own)| {
            page.is_inclusive_ancestor(story, o)
                || own <= h::TEASER_MAX_CHARS.max(story_para.saturating_sub(1))
        })
    {
        choice.root = story;
        choice.excluded_siblings.clear();
    }
}

/// Takes in the photograph a story opens with when it sits just before the root, beside it
/// in the same parent (a lead image is often placed outside the text column): the root
/// becomes the parent, with its other children left out. Returns the pictures taken in.
/// Between the picture and the root may stand short lines (byline, dateline), left out
/// like the other siblings: the reader header shows them.
fn lead_media(
    page: &Page,
    base: &Base,
    s: &Stats,
    titles: &[String],
    choice: &mut Choice,
) -> Vec<NodeId> {
    if !choice.excluded_siblings.is_empty() {
        return Vec::new();
    }
    let root = choice.root;
    let Some(parent) = page.parent(root).filter(|&p| {
        page.element(p)
            .is_some_and(|e| e.name != "body" && e.name != "html")
    }) else {
        return Vec::new();
    };
    let children = page.children(parent);
    let Some(at) = children.iter().position(|&c| c == root) else {
        return Vec::new();
    };
    let mut lead = Vec::new();
    for &c in children[..at].iter().rev() {
        let i = c.index();
        if page.element(c).is_none() {
            if s.text[i] > 0 {
                break;
            }
            continue;
        }
        if s.skip[i] || s.text[i] == 0 && s.n_img[i] == 0 {
            continue;
        }
        if is_lead_media(page, base, s, c) && !holds_title(page, c, titles) {
            lead.push(c);
        } else if !lead.is_empty() || s.text[i] >= h::BYLINE_MAX_CHARS || s.n_img[i] > 0 {
            break;
        }
    }
    if lead.is_empty() {
        return lead;
    }
    choice.excluded_siblings = children
        .iter()
        .copied()
        .filter(|&c| c != root && !lead.contains(&c))
        .filter(|&c| !s.skip[c.index()] && s.text[c.index()] > 0 || page.element(c).is_some())
        .collect();
    choice.root = parent;
    lead
}

/// A picture with at most a caption: an image that is not an icon, short text and no
/// heading, few links, no box or unlikely-candidate words.
fn is_lead_media(page: &Page, base: &Base, s: &Stats, id: NodeId) -> bool {
    let i = id.index();
    if s.n_img[i] == 0
        || s.text[i] > h::LEAD_CAPTION_MAX_CHARS
        || s.heading[i] > 0
        || s.link_density(i) > h::BOX_LINK_DENSITY
        || base.unlikely[i]
        || has_word(base.words[i], word::BOX | word::AD | word::COMMENT)
    {
        return false;
    }
    page.descendants(id).any(|d| {
        page.element(d)
            .is_some_and(|e| e.name == "img" && !is_icon(e) && !s.skip[d.index()])
    })
}

/// Whether the text of `id` includes the page's title: a story header (title, standfirst,
/// picture), not a captioned picture.
fn holds_title(page: &Page, id: NodeId, titles: &[String]) -> bool {
    page.descendants(id).any(|d| {
        let Some(t) = page.text(d) else {
            return false;
        };
        let t = crate::core::model::collapse_whitespace(t);
        t.chars().count() >= h::TITLE_LINE_MIN_CHARS && titles.iter().any(|x| x.contains(&t))
    })
}

/// An image whose markup declares it smaller than a photograph.
fn is_icon(e: &Element) -> bool {
    ["width", "height"].iter().any(|a| {
        e.attr(a)
            .and_then(|v| v.trim().trim_end_matches("px").parse::<u32>().ok())
            .is_some_and(|px| px < h::LEAD_IMAGE_MIN_PX)
    })
}

// ---------------------------------------------------------------------------------------
// Clean-up and blocks.

/// Work left for [`Walk::walk`]'s explicit stack.
#[derive(Debug, Clone, Copy)]
enum Task {
    /// Walk the node (`in_block`: inside an emitted block already).
    Visit(NodeId, bool),
    /// Check a child for exclusion, then walk it.
    Child(NodeId, bool),
}

/// Queues `id`'s children for [`Walk::walk`], last first so the first is popped first.
fn push_children(page: &Page, id: NodeId, in_block: bool, stack: &mut Vec<Task>) {
    stack.extend(
        page.children(id)
            .iter()
            .rev()
            .map(|&c| Task::Child(c, in_block)),
    );
}

struct Walk<'a> {
    page: &'a Page,
    base: &'a Base,
    s: &'a Stats,
    flags: Flags,
    root_para: u32,
    titles: &'a [String],
    blocks: Vec<NodeId>,
    excluded: Vec<NodeId>,
    /// Why each `excluded` node was left out, in the same order.
    reasons: Vec<&'static str>,
    text: u32,
}

impl Walk<'_> {
    /// Whether `id` (inside the root) is not article content; records why.
    fn excluded(&mut self, id: NodeId) -> bool {
        match self.exclusion(id) {
            Some(why) => {
                self.reasons.push(why);
                true
            }
            None => false,
        }
    }

    /// Whether `e`'s markup names it a byline (`rel=author`, `itemprop=author`, a byline word).
    fn marks_byline(&self, id: NodeId, e: &Element) -> bool {
        e.attr("rel") == Some("author")
            || e.attr("itemprop").is_some_and(|v| contains_ci(v, "author"))
            || has_word(self.base.words[id.index()], word::BYLINE)
    }

    /// Whether a short line holds an inline byline and goes on after it ("Par <a
    /// rel=author>X</a> — publié le …"): the whole credit line goes, not the name alone out
    /// of its sentence. With only a lead-in beside it ("By <a>X</a>") the name alone goes,
    /// as in Readability.js.
    fn holds_inline_byline(&self, id: NodeId) -> bool {
        self.page.children(id).iter().any(|&c| {
            let extra = self.s.text[id.index()].saturating_sub(self.s.text[c.index()]);
            extra > h::BYLINE_LEAD_IN_MAX_CHARS
                && self
                    .page
                    .element(c)
                    .is_some_and(|e| in_list(&e.name, INLINE_TAGS) && self.marks_byline(c, e))
        })
    }

    /// Whether the inline element `id` is part of a sentence its paragraph goes on with ("as
    /// <a>X</a> reported last week"): left out, it would leave "as reported last week". An
    /// author box's `<div>` ("Email X", "View all posts by X") is not a sentence.
    fn in_sentence(&self, id: NodeId, name: &str) -> bool {
        let Some(parent) = self.page.parent(id) else {
            return false;
        };
        let prose = self
            .page
            .element(parent)
            .is_some_and(|p| in_list(&p.name, PROSE_BLOCK_TAGS));
        let extra = self.s.text[parent.index()].saturating_sub(self.s.text[id.index()]);
        prose && in_list(name, INLINE_TAGS) && extra > h::BYLINE_LEAD_IN_MAX_CHARS
    }

    /// Why `id` (inside the root) is not article content, if it is not.
    fn exclusion(&self, id: NodeId) -> Option<&'static str> {
        let (page, s) = (self.page, self.s);
        let i = id.index();
        let e = page.element(id)?;
        let name = e.name.as_str();
        let words = self.base.words[i];
        if s.skip[i] {
            // Skipped subtrees are left out; report the visible ones so the page hides them
            // too (a bare `<script>` hides nothing, a JSON-LD one would leak into block text).
            let visible = !matches!(name, "style" | "template" | "noscript" | "link" | "meta")
                && (name != "script" || !page.children(id).is_empty());
            return visible.then_some(if self.base.comments[i] {
                "comments"
            } else if self.base.unlikely[i] {
                "unlikely"
            } else {
                "skipped"
            });
        }
        if self.is_post_embed(id) {
            return None;
        }
        if in_list(name, h::UNLIKELY_TAGS) || name == "form" && self.small(i) {
            return Some("chrome tag");
        }
        let protected = s.para[i] as f32 >= h::PROTECT_SHARE * self.root_para as f32;
        let text = s.text[i];
        let ld = s.link_density(i);
        if !protected {
            let boxed = has_word(words, word::BOX | word::AD) && !self.is_photo(id, name);
            if boxed && (ld > h::BOX_LINK_DENSITY || text < h::BOX_SHORT_CHARS) {
                return Some("box");
            }
            if text < h::SHARE_MAX_CHARS && has_word(words, word::SHARE) {
                return Some("share");
            }
            if text < h::BYLINE_MAX_CHARS
                && (self.marks_byline(id, e) && !self.in_sentence(id, name)
                    || self.holds_inline_byline(id))
            {
                return Some("byline");
            }
        }
        // All the tool says is in links to the edit form; its brackets set it apart from a
        // link in the text (a bare link is left to the other rules).
        if s.edit[i] > 0
            && s.plain[i] == s.edit[i]
            && s.brackets[i] > 0
            && !self.in_sentence(id, name)
        {
            return Some("edit link");
        }
        if h::EXCLUDE_CAPTIONS
            && s.n_img[i] == 0
            && (name == "figcaption"
                || text < h::BOX_SHORT_CHARS && has_word(words, word::CAPTION)
                || self.is_list_caption(id, name))
        {
            return Some(CAPTION_REASON);
        }
        if matches!(name, "h1" | "h2") {
            if self.flags.weight_classes && class_weight(words) < 0.0 {
                return Some("negative heading");
            }
            if name == "h1" || s.n_p[i] == 0 {
                let t = page
                    .collapsed_text_within(id, HEADING_TEXT_MAX_BYTES)
                    .unwrap_or_default();
                if !t.is_empty()
                    && self.titles.iter().any(|x| {
                        x.eq_ignore_ascii_case(&t) || (name == "h1" && x.contains(t.as_str()))
                    })
                {
                    return Some("headline");
                }
            }
        }
        if self.flags.clean_conditionally
            && !protected
            && in_list(name, h::CLEAN_TAGS)
            && s.blocky[i]
        {
            return self.clean_conditionally(id, e).then_some("conditional");
        }
        None
    }

    /// A figure or picture holding an image and few links: a photograph of the article,
    /// whatever its class says (`fig--has-shares` names the share buttons on the photo, not
    /// a share bar). A card linking elsewhere is mostly link text and stays a box.
    fn is_photo(&self, id: NodeId, name: &str) -> bool {
        let i = id.index();
        in_list(name, h::PHOTO_TAGS)
            && self.s.n_img[i] > 0
            && self.s.link_density(i) <= h::BOX_LINK_DENSITY
    }

    /// A social media post the article quotes, as the platform's embed code writes it before
    /// its script turns it into a frame: a `blockquote` with the post's text, author and link
    /// ([`h::POST_EMBED_CLASSES`]), or a box holding only that blockquote. Kept as a quote,
    /// whatever its link density or its wrapper's class.
    fn is_post_embed(&self, id: NodeId) -> bool {
        let (page, s) = (self.page, self.s);
        let embed = |n: NodeId| {
            page.element(n).is_some_and(|e| {
                e.name == "blockquote"
                    && e.classes().any(|c| {
                        h::POST_EMBED_CLASSES
                            .iter()
                            .any(|k| c.eq_ignore_ascii_case(k))
                    })
            })
        };
        if embed(id) {
            return true;
        }
        let mut kids = element_children(page, s, id);
        kids.next().is_some_and(embed) && kids.next().is_none()
    }

    /// A list whose items each hold one element and which has as many images as items: a
    /// gallery, kept (Readability.js's `_cleanConditionally` keeps "simple lists of images"
    /// by the same counts).
    fn is_picture_list(&self, id: NodeId) -> bool {
        let (page, s) = (self.page, self.s);
        let i = id.index();
        s.n_img[i] > 0
            && s.n_img[i] == s.n_li[i]
            && element_children(page, s, id).all(|c| element_children(page, s, c).count() <= 1)
    }

    /// A list of one short item right after a photograph: the photo's caption, which some
    /// publishing systems print as a list (a newspaper's photo-essay template follows each
    /// `<figure>` with `<ul><li><p>caption</p></li></ul>`), not a list of the story.
    fn is_list_caption(&self, id: NodeId, name: &str) -> bool {
        let (page, s) = (self.page, self.s);
        let i = id.index();
        let mut items = element_children(page, s, id);
        let one_item =
            items.next().is_some_and(|li| page.name(li) == "li") && items.next().is_none();
        matches!(name, "ul" | "ol")
            && one_item
            && (1..=h::LEAD_CAPTION_MAX_CHARS).contains(&s.text[i])
            && s.link_density(i) <= h::BOX_LINK_DENSITY
            && previous_element(page, id).is_some_and(|p| self.is_photo(p, page.name(p)))
    }

    fn small(&self, i: usize) -> bool {
        (self.s.para[i] as f32) < h::PROTECT_SHARE * self.root_para as f32
    }

    /// Readability.js's `_cleanConditionally`, on our counts.
    fn clean_conditionally(&self, id: NodeId, e: &Element) -> bool {
        let s = self.s;
        let i = id.index();
        let name = e.name.as_str();
        if name == "table" && is_data_table(self.page, id) {
            return false;
        }
        let weight = if self.flags.weight_classes {
            class_weight(self.base.words[i])
        } else {
            0.0
        };
        if weight < 0.0 {
            return true;
        }
        if s.commas[i] >= h::CLEAN_MIN_COMMAS {
            return false;
        }
        let mut is_list = matches!(name, "ul" | "ol");
        if !is_list && s.text[i] > 0 {
            is_list = s.list[i] as f32 / s.text[i] as f32 > 0.9;
        }
        if is_list && self.is_picture_list(id) {
            return false;
        }
        let p = s.n_p[i] as f32;
        let img = s.n_img[i] as f32;
        let li = s.n_li[i] as f32 - 100.0;
        let input = s.n_input[i] as f32;
        let len = s.text[i];
        let heading_density = if len == 0 {
            0.0
        } else {
            s.heading[i] as f32 / len as f32
        };
        let ld = s.link_density(i);
        let in_figure = || self.base.in_figure[i];
        (img > 1.0 && p / img < 0.5 && !in_figure())
            || (!is_list && li > p)
            || input > (p / 3.0).floor()
            || (!is_list
                && heading_density < 0.9
                && len < h::CLEAN_MIN_CHARS
                && (img == 0.0 || img > 2.0)
                && !in_figure())
            || (!is_list && weight < h::CLASS_WEIGHT && ld > h::CLEAN_LINK_DENSITY)
            || (weight >= h::CLASS_WEIGHT && ld > h::CLEAN_LINK_DENSITY_WEIGHTED)
            || (s.n_embed[i] == 1 && len < h::CLEAN_EMBED_CHARS)
            || s.n_embed[i] > 1
    }

    /// Walks the subtree at `id`: records exclusions and, unless inside a block already,
    /// emits blocks.
    ///
    /// An explicit stack instead of recursion: a page can nest elements far deeper than the
    /// call stack allows (the wasm stack overflowed at about 7,500 levels). Tasks are popped
    /// in the order the recursive walk made its calls, so blocks, exclusions and reasons come
    /// out in the same order.
    fn walk(&mut self, id: NodeId, in_block: bool) {
        let mut stack = vec![Task::Visit(id, in_block)];
        while let Some(task) = stack.pop() {
            match task {
                Task::Visit(id, in_block) => self.visit(id, in_block, &mut stack),
                Task::Child(c, in_block) => self.child(c, in_block, &mut stack),
            }
        }
    }

    /// One node of [`Walk::walk`]: emits it if it is a block and queues what to walk next.
    fn visit(&mut self, id: NodeId, in_block: bool, stack: &mut Vec<Task>) {
        let (page, s) = (self.page, self.s);
        let i = id.index();
        if self.base.gone[i] {
            return;
        }
        match page.element(id) {
            None => {
                if !in_block && page.text(id).is_some() && s.text[i] > 0 && !s.skip[i] {
                    self.emit(id);
                }
                return;
            }
            Some(_) if !in_block => {}
            Some(_) => return push_children(page, id, true, stack),
        }
        if !s.blocky[i] {
            if s.text[i] > 0 {
                self.emit(id);
                push_children(page, id, true, stack);
            }
            return;
        }
        let (loose, _) = loose_text(page, s, id);
        let block_tag = page
            .element(id)
            .is_some_and(|e| in_list(&e.name, h::BLOCK_TAGS));
        if loose > 0 && (loose * 2 >= s.text[i] || block_tag && loose * 4 >= s.text[i]) {
            self.emit(id);
            return push_children(page, id, true, stack);
        }
        push_children(page, id, false, stack);
    }

    /// A child reached by [`Walk::walk`]: left out when it is gone, a text inside a block or
    /// an excluded element (recorded), else visited.
    fn child(&mut self, c: NodeId, in_block: bool, stack: &mut Vec<Task>) {
        let is_element = self.page.element(c).is_some();
        if self.base.gone[c.index()] || in_block && !is_element {
            return;
        }
        if is_element && self.excluded(c) {
            self.excluded.push(c);
            return;
        }
        stack.push(Task::Visit(c, in_block));
    }

    fn emit(&mut self, id: NodeId) {
        self.blocks.push(id);
        self.text += self.s.text[id.index()];
    }
}

/// Readability.js's `_markDataTables`: header markup, or the size of a table of data.
fn is_data_table(page: &Page, id: NodeId) -> bool {
    let Some(e) = page.element(id) else {
        return false;
    };
    if e.attr("role") == Some("presentation") || e.attr("datatable") == Some("0") {
        return false;
    }
    if e.attr("summary").is_some() {
        return true;
    }
    let mut rows = 0u32;
    let mut columns = 0u32;
    for d in page.descendants(id).skip(1) {
        match page.name(d) {
            "caption" | "thead" | "tfoot" | "th" | "col" | "colgroup" => return true,
            // A table inside a table is layout.
            "table" => return false,
            "tr" => {
                rows += 1;
                columns = columns.max(row_width(page, d));
            }
            _ => {}
        }
    }
    if rows <= 1 || columns <= 1 {
        return false;
    }
    rows >= h::DATA_TABLE_MIN_ROWS
        || columns >= h::DATA_TABLE_MIN_COLUMNS
        || rows * columns > h::DATA_TABLE_MIN_CELLS
}

/// The number of columns a row spans (`colspan` counted).
fn row_width(page: &Page, tr: NodeId) -> u32 {
    page.children(tr)
        .iter()
        .filter_map(|&c| page.element(c))
        .filter(|e| matches!(e.name.as_str(), "td" | "th"))
        .map(|e| {
            e.attr("colspan")
                .and_then(|v| v.trim().parse::<u32>().ok())
                .unwrap_or(1)
                .clamp(1, 1000)
        })
        .sum()
}

/// Title strings a headline inside the article would duplicate.
fn title_strings(page: &Page) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(t) = page.first_element("title") {
        let t = page.collapsed_text(t);
        if !t.is_empty() {
            out.push(t);
        }
    }
    for id in page.ids() {
        let Some(e) = page.element(id) else { continue };
        if e.name == "body" {
            break;
        }
        if e.name == "meta"
            && e.attr("property")
                .or_else(|| e.attr("name"))
                .is_some_and(|p| {
                    p.eq_ignore_ascii_case("og:title") || p.eq_ignore_ascii_case("twitter:title")
                })
        {
            if let Some(c) = e.attr("content") {
                let c = crate::core::model::collapse_whitespace(c);
                if !c.is_empty() {
                    out.push(c);
                }
            }
        }
    }
    out
}

/// An article with the reason for each exclusion (same order as `excluded`).
type Explained = (Article, Vec<&'static str>);

/// One attempt: the article under `flags`, with its block text length.
fn attempt(page: &Page, base: &Base, flags: Flags, titles: &[String]) -> Option<(Explained, u32)> {
    let mut s = measure(page, base, flags);
    let sc = score(page, base, &mut s, flags);
    let mut choice = choose(page, &s, &sc);
    climb_by_text(page, &s, &mut choice);
    apply_hints(page, &s, &mut choice);
    narrow_to_headline_article(page, &s, titles, &mut choice);
    let lead = lead_media(page, base, &s, titles, &mut choice);
    let root = choice.root;
    let root_para = choice.para(&s);
    let mut w = Walk {
        page,
        base,
        s: &s,
        flags,
        root_para,
        titles,
        blocks: Vec::new(),
        excluded: choice.excluded_siblings.clone(),
        reasons: vec!["sibling"; choice.excluded_siblings.len()],
        text: 0,
    };
    if s.skip[root.index()] {
        return None;
    }
    if choice.excluded_siblings.is_empty() {
        w.walk(root, false);
    } else {
        for &c in page.children(root) {
            if choice.excluded_siblings.contains(&c) || base.gone[c.index()] {
                continue;
            }
            // A lead picture's text is its caption: shown with it, not read as the story.
            if lead.contains(&c) {
                w.excluded.push(c);
                w.reasons.push(CAPTION_REASON);
                continue;
            }
            if page.element(c).is_some() && w.excluded(c) {
                w.excluded.push(c);
                continue;
            }
            w.walk(c, false);
        }
    }
    let text = w.text;
    let article = Article {
        root,
        blocks: w.blocks,
        excluded: w.excluded,
        captions: Vec::new(),
    };
    Some(((article, w.reasons), text))
}

/// Finds the article body, skipping clutter. `None` when the page has no readable article.
pub fn find_article(page: &Page, clutter: &[Clutter]) -> Option<Article> {
    let (mut article, reasons) = find_article_explained(page, clutter)?;
    // The walk leaves captions out of the text like any exclusion; the view keeps them.
    let (captions, excluded): (Vec<_>, Vec<_>) = article
        .excluded
        .iter()
        .zip(reasons.iter().chain(std::iter::repeat(&"")))
        .partition(|(_, why)| **why == CAPTION_REASON);
    article.captions = captions.into_iter().map(|(n, _)| *n).collect();
    article.excluded = excluded.into_iter().map(|(n, _)| *n).collect();
    Some(article)
}

/// The exclusion reason the walk gives captions.
const CAPTION_REASON: &str = "caption";

/// [`find_article`] plus the rule that excluded each node of `Article::excluded` (same
/// order): for the evaluation harness and for debugging a page.
pub fn find_article_explained(page: &Page, clutter: &[Clutter]) -> Option<Explained> {
    if page.is_empty() {
        return None;
    }
    let base = base(page, clutter);
    let titles = title_strings(page);
    let mut best: Option<(Explained, u32)> = None;
    let all = Flags {
        strip_unlikely: true,
        weight_classes: true,
        clean_conditionally: true,
    };
    let tries = [
        all,
        Flags {
            strip_unlikely: false,
            ..all
        },
        Flags {
            strip_unlikely: false,
            weight_classes: false,
            ..all
        },
        Flags {
            strip_unlikely: false,
            weight_classes: false,
            clean_conditionally: false,
        },
    ];
    for flags in tries {
        if let Some((a, text)) = attempt(page, &base, flags, &titles) {
            let enough = text >= h::RETRY_CHARS;
            if best.as_ref().map_or(true, |(_, t)| text > *t) {
                best = Some((a, text));
            }
            if enough {
                break;
            }
        }
    }
    let (article, text) = best?;
    (text >= h::MIN_ARTICLE_CHARS || reads_whole_page(page, &base, text)).then_some(article)
}

/// Whether `text` characters of block text are the page's whole text, or nearly
/// ([`h::SHORT_PAGE_SHARE`]): a page that is nothing but a note or a few headings over
/// pictures is read whole, however short, as Readability.js does; a short fragment of a
/// longer page (a home page's teaser, an error box) is still no article.
fn reads_whole_page(page: &Page, base: &Base, text: u32) -> bool {
    if text == 0 {
        return false;
    }
    let all: u32 = page
        .descendants(page.body())
        .filter(|n| !base.gone[n.index()])
        .map(|n| base.tlen[n.index()])
        .sum();
    text as f32 >= all as f32 * h::SHORT_PAGE_SHARE
}
