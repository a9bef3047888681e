//! Runs the three analyses over a page and ties their results to nodes.
//!
//! Quotes are found in block texts (plain strings); this module maps each quote back to the
//! text nodes it covers, in UTF-16 offsets, because that is what a DOM `Text` node counts in.

use crate::core::article::{self, Article, Metadata};
use crate::core::clutter::{self, Clutter};
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
    let quotes = match &article {
        Some(a) => place_quotes(page, &removed, a, meta.lang.as_deref()),
        None => Vec::new(),
    };
    Analysis {
        clutter,
        article,
        meta,
        quotes,
        removed,
    }
}

fn utf16_len(s: &str) -> u32 {
    s.encode_utf16().count() as u32
}

fn place_quotes(
    page: &Page,
    removed: &[bool],
    article: &Article,
    lang: Option<&str>,
) -> Vec<PlacedQuote> {
    let texts: Vec<(String, Vec<(NodeId, usize)>)> = article
        .blocks
        .iter()
        .map(|&b| block_text(page, removed, b))
        .collect();
    let paragraphs: Vec<&str> = texts.iter().map(|(t, _)| t.as_str()).collect();
    quotes::find_quotes_in(&paragraphs, lang)
        .into_iter()
        .filter_map(|q| {
            let block = *article.blocks.get(q.paragraph)?;
            let (_, pieces) = texts.get(q.paragraph)?;
            let segments = segments_for(page, pieces, q.start, q.end);
            Some(PlacedQuote {
                quote: q,
                block,
                segments,
            })
        })
        .collect()
}

fn segments_for(page: &Page, pieces: &[(NodeId, usize)], start: usize, end: usize) -> Vec<Segment> {
    let mut out = Vec::new();
    for &(node, at) in pieces {
        let Some(t) = page.text(node) else { continue };
        let (lo, hi) = (start.max(at), end.min(at + t.len()));
        if lo >= hi {
            continue;
        }
        let (a, b) = (lo - at, hi - at);
        let (Some(before), Some(inner)) = (t.get(..a), t.get(a..b)) else {
            continue;
        };
        let start16 = utf16_len(before);
        out.push(Segment {
            node,
            start16,
            end16: start16 + utf16_len(inner),
            start: a,
            end: b,
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
        let segs = segments_for(&p, &pieces, start, end);
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
