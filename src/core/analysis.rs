//! Runs the three analyses over a page and ties their results to nodes.
//!
//! Quotes are found in block texts (plain strings); this module maps each quote back to the
//! text nodes it covers, in UTF-16 offsets, because that is what a DOM `Text` node counts in.

use crate::core::article::{self, Article, Metadata};
use crate::core::clutter::{self, Clutter};
use crate::core::heuristics::limits::{Reached, QUOTES_PER_BLOCK_MAX, QUOTE_SEARCH_MAX_BYTES};
use crate::core::heuristics::quotes::marks::DOUBLE_QUOTE_PAIRS;
use crate::core::model::{NodeId, Page};
use crate::core::quotes::{self, Quote};

/// A piece of a quote inside one text node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    /// The text node.
    pub node: NodeId,
    /// Start in UTF-16 code units within the node's text.
    pub start16: u32,
    /// End (exclusive) in UTF-16 code units.
    pub end16: u32,
    /// Start in bytes within the node's text.
    pub start: usize,
    /// End (exclusive) in bytes.
    pub end: usize,
}

/// A quote with the nodes it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlacedQuote {
    /// What the quote analysis found.
    pub quote: Quote,
    /// The block (paragraph) it is in.
    pub block: NodeId,
    /// The text-node pieces it covers, marks included, in document order.
    pub segments: Vec<Segment>,
}

/// Everything clearpress decided about one page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Analysis {
    /// Nodes to hide.
    pub clutter: Vec<Clutter>,
    /// The article, when the page has one.
    pub article: Option<Article>,
    /// Page metadata.
    pub meta: Metadata,
    /// Quotes in the article's blocks.
    pub quotes: Vec<PlacedQuote>,
    /// `removed[i]`: node `i` is inside clutter or an excluded node (arena-indexed).
    pub removed: Vec<bool>,
    /// Limits the page reached ([`crate::core::heuristics::limits`]): where the results
    /// cover only part of the page.
    pub limits: Vec<Reached>,
}

impl Analysis {
    /// Whether node `id` is hidden clutter or excluded from the article.
    pub fn is_removed(&self, id: NodeId) -> bool {
        self.removed.get(id.index()).copied().unwrap_or(false)
    }

    /// The visible text of block `block`: its text nodes minus removed subtrees, with the
    /// byte offset at which each text node starts in the result.
    pub fn block_text(&self, page: &Page, block: NodeId) -> (String, Vec<(NodeId, usize)>) {
        block_text(page, &self.removed, block)
    }
}

/// Marks every node inside one of `roots` (arena order is pre-order, so parents come first
/// and one pass suffices).
pub fn removed_mask(page: &Page, roots: impl IntoIterator<Item = NodeId>) -> Vec<bool> {
    let mut mask = vec![false; page.len()];
    for r in roots {
        if let Some(m) = mask.get_mut(r.index()) {
            *m = true;
        }
    }
    for id in page.ids() {
        if let Some(p) = page.parent(id) {
            if mask[p.index()] {
                mask[id.index()] = true;
            }
        }
    }
    mask
}

fn block_text(page: &Page, removed: &[bool], block: NodeId) -> (String, Vec<(NodeId, usize)>) {
    let mut text = String::new();
    let mut pieces = Vec::new();
    for n in page.descendants(block) {
        if removed.get(n.index()).copied().unwrap_or(false) {
            continue;
        }
        if let Some(t) = page.text(n) {
            pieces.push((n, text.len()));
            text.push_str(t);
        } else if page.name(n) == "br" {
            // A line break separates words even though no text node holds the break.
            text.push('\n');
        }
    }
    (text, pieces)
}

/// Runs clutter, article and quote analyses.
pub fn analyze(page: &Page) -> Analysis {
    let clutter = clutter::find_clutter(page);
    let article = article::find_article(page, &clutter);
    let meta = article::metadata(page, article.as_ref());
    let excluded = article.iter().flat_map(|a| a.excluded.iter().copied());
    let removed = removed_mask(page, clutter.iter().map(|c| c.node).chain(excluded));
    let mut limits = meta.limits.clone();
    let quotes = match &article {
        Some(a) => place_quotes(page, &removed, a, meta.lang.as_deref(), &mut limits),
        None => Vec::new(),
    };
    Analysis {
        clutter,
        article,
        meta,
        quotes,
        removed,
        limits,
    }
}

fn place_quotes(
    page: &Page,
    removed: &[bool],
    article: &Article,
    lang: Option<&str>,
    limits: &mut Vec<Reached>,
) -> Vec<PlacedQuote> {
    let texts: Vec<(String, Vec<(NodeId, usize)>)> = article
        .blocks
        .iter()
        .map(|&b| block_text(page, removed, b))
        .collect();
    let paragraphs: Vec<&str> = texts
        .iter()
        .enumerate()
        .map(|(i, (t, _))| searched_part(t, i, limits))
        .collect();
    let found = quotes::find_quotes_in(&paragraphs, lang);
    let mut out = Vec::with_capacity(found.len());
    // Quotes come paragraph by paragraph; each block's UTF-16 map is built once.
    let mut i = 0;
    while i < found.len() {
        let pi = found[i].paragraph;
        let n = found[i..].iter().take_while(|q| q.paragraph == pi).count();
        let group = found.get(i..i + n).unwrap_or(&[]);
        i += n;
        let (Some(&block), Some((text, pieces))) = (article.blocks.get(pi), texts.get(pi)) else {
            continue;
        };
        let map = Utf16Map::new(text, pieces, group.iter().flat_map(|q| [q.start, q.end]));
        for q in group {
            out.push(PlacedQuote {
                segments: segments_for(page, pieces, &map, q.start, q.end),
                quote: q.clone(),
                block,
            });
        }
    }
    out
}

/// The part of block `i`'s text the quote search reads: all of it, or its first
/// [`QUOTE_SEARCH_MAX_BYTES`] (cut at a space), or — past [`QUOTES_PER_BLOCK_MAX`]
/// quotation marks — up to the mark that starts the quote over the bound; so the quotes
/// found are the block's first ones and each is whole.
fn searched_part<'a>(text: &'a str, i: usize, limits: &mut Vec<Reached>) -> &'a str {
    let text = byte_capped(text, i, limits);
    // Each quote has an opening and a closing mark; any double mark counts, so the bound
    // holds whatever the style. Single marks are not counted: most are apostrophes.
    let is_mark = |c: char| DOUBLE_QUOTE_PAIRS.iter().any(|&(o, e)| c == o || c == e);
    let cut = text
        .char_indices()
        .filter(|&(_, c)| is_mark(c))
        .nth(2 * QUOTES_PER_BLOCK_MAX)
        .map(|(at, _)| at);
    match cut {
        Some(at) => {
            limits.push(Reached::new(
                "quotes_per_block_max",
                QUOTES_PER_BLOCK_MAX,
                format!("block {i}: quotes searched in its first {at} bytes only"),
            ));
            text.get(..at).unwrap_or(text)
        }
        None => text,
    }
}

/// `text`, or its first [`QUOTE_SEARCH_MAX_BYTES`] up to the last whitespace, with a note.
fn byte_capped<'a>(text: &'a str, i: usize, limits: &mut Vec<Reached>) -> &'a str {
    if text.len() <= QUOTE_SEARCH_MAX_BYTES {
        return text;
    }
    let mut end = QUOTE_SEARCH_MAX_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = text.get(..end).unwrap_or("");
    let cut = head.rfind(char::is_whitespace).unwrap_or(end);
    limits.push(Reached::new(
        "quote_search_max_bytes",
        QUOTE_SEARCH_MAX_BYTES,
        format!(
            "block {i}: quotes searched in its first {cut} of {} bytes only",
            text.len()
        ),
    ));
    head.get(..cut).unwrap_or(head)
}

/// UTF-16 offsets of selected byte offsets of a block's text (quote bounds and text-node
/// starts and ends), found in one pass over the text instead of one count per quote from
/// the start of its node, which made a block with many quotes quadratic.
struct Utf16Map {
    /// (byte offset in the block text, UTF-16 offset in the block text), by byte offset.
    at: Vec<(usize, u32)>,
}

impl Utf16Map {
    /// The map for the text-node starts of `pieces`, the text's end, and `bounds`.
    fn new(
        text: &str,
        pieces: &[(NodeId, usize)],
        bounds: impl Iterator<Item = usize>,
    ) -> Utf16Map {
        let mut want: Vec<usize> = pieces.iter().map(|&(_, at)| at).collect();
        want.extend(bounds);
        want.push(text.len());
        want.sort_unstable();
        want.dedup();
        let mut at = Vec::with_capacity(want.len());
        let (mut byte, mut u16s) = (0usize, 0u32);
        let mut chars = text.char_indices().peekable();
        for w in want {
            while let Some(&(b, c)) = chars.peek() {
                if b >= w {
                    break;
                }
                byte = b + c.len_utf8();
                u16s += c.len_utf16() as u32;
                chars.next();
            }
            // An offset inside a character (none are, but offsets come from elsewhere) maps to
            // the end of that character.
            if byte >= w {
                at.push((w, u16s));
            }
        }
        Utf16Map { at }
    }

    fn get(&self, byte: usize) -> Option<u32> {
        let i = self.at.binary_search_by_key(&byte, |&(b, _)| b).ok()?;
        self.at.get(i).map(|&(_, u)| u)
    }
}

fn segments_for(
    page: &Page,
    pieces: &[(NodeId, usize)],
    map: &Utf16Map,
    start: usize,
    end: usize,
) -> Vec<Segment> {
    let mut out = Vec::new();
    // Pieces are in text order: skip those that end before the quote, stop past its end.
    let first =
        pieces.partition_point(|&(node, at)| at + page.text(node).map_or(0, str::len) <= start);
    for &(node, at) in pieces.get(first..).unwrap_or(&[]) {
        if at >= end {
            break;
        }
        let Some(t) = page.text(node) else { continue };
        let (lo, hi) = (start.max(at), end.min(at + t.len()));
        if lo >= hi || !t.is_char_boundary(lo - at) || !t.is_char_boundary(hi - at) {
            continue;
        }
        let (Some(base), Some(a16), Some(b16)) = (map.get(at), map.get(lo), map.get(hi)) else {
            continue;
        };
        out.push(Segment {
            node,
            start16: a16 - base,
            end16: b16 - base,
            start: lo - at,
            end: hi - at,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_split_across_text_nodes_in_utf16() {
        let mut p = Page::new();
        let para = p.append_element(p.root(), "p", vec![]);
        let a = p.append_text(para, "He said “😀 one ");
        let em = p.append_element(para, "em", vec![]);
        let b = p.append_text(em, "two”.");
        let (text, pieces) = block_text(&p, &vec![false; p.len()], para);
        let start = text.find('“').expect("open");
        let end = text.find('”').expect("close") + '”'.len_utf8();
        let map = Utf16Map::new(&text, &pieces, [start, end].into_iter());
        let segs = segments_for(&p, &pieces, &map, start, end);
        assert_eq!(segs.len(), 2);
        assert_eq!((segs[0].node, segs[0].start16, segs[0].end16), (a, 8, 16));
        assert_eq!((segs[1].node, segs[1].start16, segs[1].end16), (b, 0, 4));
    }

    #[test]
    fn line_breaks_separate_words() {
        let mut p = Page::new();
        let para = p.append_element(p.root(), "p", vec![]);
        p.append_text(para, "first line");
        p.append_element(para, "br", vec![]);
        let second = p.append_text(para, "second");
        let (text, pieces) = block_text(&p, &vec![false; p.len()], para);
        assert_eq!(text, "first line\nsecond");
        assert_eq!(pieces[1], (second, 11));
    }

    #[test]
    fn removed_mask_covers_subtrees() {
        let mut p = Page::new();
        let d = p.append_element(p.root(), "div", vec![]);
        let inner = p.append_element(d, "span", vec![]);
        let t = p.append_text(inner, "x");
        let other = p.append_element(p.root(), "p", vec![]);
        let m = removed_mask(&p, [d]);
        assert!(m[d.index()] && m[inner.index()] && m[t.index()] && !m[other.index()]);
    }
}
