//! HTML text → html5ever tree (a [`Dom`]), parsed as scraper's `Html::parse_document` would
//! (scripting enabled), with:
//!
//! - a depth limit. html5ever's tree builder searches the stack of open elements for scope
//!   on most start tags (`<div>` closes an open `<p>` "in button scope"), so each tag costs
//!   time in proportion to the depth and a page of nested blocks costs the square of its
//!   length (40,000 nested `<div>`s took 12 s). A token filter (`Guard`) sits between the
//!   tokenizer and the tree builder and drops start tags (and their end tags) that would
//!   open an element deeper than [`DOM_DEPTH_MAX`]: what they held (text and void elements)
//!   still reaches the tree, one level up. Dropping tokens is the only lever that keeps the
//!   builder's own stack short; a tree sink sees elements only after the builder has pushed
//!   them.
//! - MathML `annotation-xml` integration points, which scraper's sink did not keep (so `<p>`
//!   inside `<annotation-xml encoding="text/html">` was moved out of the math): the
//!   [`super::dom::DomSink`] records them.
//! - no parse errors kept (scraper kept every message: a hostile page makes millions).

use super::dom::{Dom, DomId, DomSink};
use html5ever::interface::{TokenizerResult, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::tree_builder::{Tracer, TreeBuilder, TreeBuilderOpts};
use html5ever::{local_name, LocalName};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

pub use crate::core::heuristics::limits::DOM_DEPTH_MAX;

/// What the parse left out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Limited {
    /// Start tags dropped because their element would have been deeper than
    /// [`DOM_DEPTH_MAX`].
    pub dropped_tags: usize,
    /// Tags whose attributes past [`super::prepass::ATTRIBUTES_MAX`] were cut.
    pub capped_tags: usize,
}

/// Parses a whole document the way `Html::parse_document` does (scripting enabled, so
/// `<noscript>` holds text), under the limits above.
pub fn parse_document(source: &str) -> (Dom, Limited) {
    let input = StrTendril::from(source);
    parse_tendril(input, node_estimate(source))
}

/// A guess at the node count, to size the arena once: every element needs a `<`, and a text
/// node sits between two tags, so the tags' count is near the node count on real pages.
pub fn node_estimate(source: &str) -> usize {
    source.bytes().filter(|&b| b == b'<').count() + 16
}

/// [`parse_document`] of text already in a tendril (the caller can free its own copy first).
pub fn parse_tendril(input: StrTendril, nodes: usize) -> (Dom, Limited) {
    let builder = TreeBuilder::new(
        DomSink::with_capacity(nodes),
        TreeBuilderOpts {
            scripting_enabled: true,
            ..TreeBuilderOpts::default()
        },
    );
    let guard = Guard {
        inner: builder,
        dropped: RefCell::new(HashMap::new()),
        dropped_total: Cell::new(0),
        measured: Cell::new(None),
    };
    let tokenizer = Tokenizer::new(guard, TokenizerOpts::default());
    let queue = BufferQueue::default();
    queue.push_back(input);
    // The tokenizer pauses after each `</script>` (for a browser to run it) and at a
    // `<meta charset>` (to switch encodings; the bytes were already decoded by then).
    while !matches!(tokenizer.feed(&queue), TokenizerResult::Done) {}
    tokenizer.end();
    let guard = tokenizer.sink;
    let limited = Limited {
        dropped_tags: guard.dropped_total.get(),
        capped_tags: 0,
    };
    (guard.inner.sink.finish(), limited)
}

/// The token filter between tokenizer and tree builder (see the module comment).
struct Guard {
    inner: TreeBuilder<DomId, DomSink>,
    /// Dropped start tags per name not yet matched by a dropped end tag.
    dropped: RefCell<HashMap<LocalName, usize>>,
    dropped_total: Cell<usize>,
    /// The depth last measured, while no token has reached the builder since: dropping a
    /// run of start tags then costs nothing per tag.
    measured: Cell<Option<usize>>,
}

/// Counts the builder's open elements (and its list of active formatting elements, which
/// `trace_handles` reports too: an over-count only stops a little earlier).
struct Count(Cell<usize>);

impl Tracer for Count {
    type Handle = DomId;
    fn trace_handle(&self, _node: &DomId) {
        self.0.set(self.0.get() + 1);
    }
}

impl Guard {
    /// The builder's depth: its stack and active formatting elements, counted in time
    /// proportional to them, so at most about [`DOM_DEPTH_MAX`] per token.
    fn depth(&self) -> usize {
        if let Some(d) = self.measured.get() {
            return d;
        }
        let count = Count(Cell::new(0));
        self.inner.trace_handles(&count);
        self.measured.set(Some(count.0.get()));
        count.0.get()
    }

    /// Whether to keep a token from reaching the builder.
    fn drops(&self, token: &Token) -> bool {
        let Token::TagToken(tag) = token else {
            return false;
        };
        match tag.kind {
            TagKind::EndTag => {
                let mut dropped = self.dropped.borrow_mut();
                match dropped.get_mut(&tag.name) {
                    Some(n) if *n > 0 => {
                        *n -= 1;
                        true
                    }
                    _ => false,
                }
            }
            TagKind::StartTag => {
                if !opens_element(&tag.name) || self.depth() < DOM_DEPTH_MAX {
                    return false;
                }
                *self
                    .dropped
                    .borrow_mut()
                    .entry(tag.name.clone())
                    .or_default() += 1;
                self.dropped_total.set(self.dropped_total.get() + 1);
                true
            }
        }
    }
}

/// Whether a start tag can open an element that stays open. Void elements never do; the
/// document's own `html`/`head`/`body` only add attributes when repeated; and elements whose
/// content the tokenizer reads as text (`script`, `style`, `textarea`, …) must reach the
/// builder, which is what switches the tokenizer to read them so — dropped, their content
/// would be parsed as markup. They close at their end tag, so they add one level at most.
fn opens_element(name: &LocalName) -> bool {
    !matches!(
        *name,
        local_name!("area")
            | local_name!("base")
            | local_name!("br")
            | local_name!("col")
            | local_name!("embed")
            | local_name!("hr")
            | local_name!("img")
            | local_name!("input")
            | local_name!("link")
            | local_name!("meta")
            | local_name!("source")
            | local_name!("track")
            | local_name!("wbr")
            | local_name!("html")
            | local_name!("head")
            | local_name!("body")
            | local_name!("script")
            | local_name!("style")
            | local_name!("textarea")
            | local_name!("title")
            | local_name!("xmp")
            | local_name!("iframe")
            | local_name!("noembed")
            | local_name!("noframes")
            | local_name!("noscript")
            | local_name!("plaintext")
    )
}

impl TokenSink for Guard {
    type Handle = DomId;

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<DomId> {
        if self.drops(&token) {
            return TokenSinkResult::Continue;
        }
        self.measured.set(None);
        self.inner.process_token(token, line_number)
    }

    fn end(&self) {
        self.inner.end()
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.inner
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}
