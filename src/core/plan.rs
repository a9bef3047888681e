//! The plan: what an adapter must change in a live document, as node indices.
//!
//! Indices are arena indices of the [`Page`] the adapter built (pre-order, document = 0), so
//! the adapter that walked the DOM can map them back to its node list without another walk.
//! The plan is plain data: it can be computed where WebAssembly runs (the page's content
//! script, or the extension's service worker on pages whose CSP forbids wasm) and applied
//! wherever the DOM is.

use crate::core::analysis::{analyze, Analysis};
use crate::core::clutter::ClutterKind;
use crate::core::heuristics::limits::Reached;
use crate::core::model::Page;
use crate::core::quotes::QuoteKind;
use crate::core::report::{self, ReaderReport};
use serde::Serialize;

/// A node to hide.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanHide {
    /// Arena index of the element.
    pub node: u32,
    /// What it is (shown as a tooltip/popup count).
    pub kind: ClutterKind,
    /// Why.
    pub reason: String,
}

/// A quote to mark: its pieces as `[text node index, start, end]`, UTF-16 offsets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanQuote {
    /// Quote number, shared by all its pieces.
    pub id: usize,
    /// statement, fragment or scare.
    pub kind: QuoteKind,
    /// Who said it.
    pub speaker: Option<String>,
    /// The quoted text.
    pub text: String,
    /// Pieces in document order.
    pub segments: Vec<[u32; 3]>,
}

/// Counts for the popup.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Fundraising widgets hidden.
    pub fundraising: usize,
    /// Comment widgets hidden.
    pub comments: usize,
    /// All hidden nodes.
    pub hidden: usize,
    /// Quoted statements.
    pub statements: usize,
    /// All quotes.
    pub quotes: usize,
    /// Limits the page reached, where the results cover only part of it (see
    /// [`crate::core::heuristics::limits`]); left out when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub limits: Vec<Reached>,
}

/// What to change in the live document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Plan {
    /// Elements to hide.
    pub hide: Vec<PlanHide>,
    /// The article root, restyled for reading.
    pub article: Option<u32>,
    /// The article root's ancestors (nearest first): kept visible while their other children
    /// are hidden, so the article stands alone without moving it in the DOM.
    pub path: Vec<u32>,
    /// Nodes inside the article that are not part of it.
    pub excluded: Vec<u32>,
    /// Quotes to mark.
    pub quotes: Vec<PlanQuote>,
    /// Counts.
    pub summary: Summary,
    /// Title and metadata for the reader header (`content_html` and `text` are empty here:
    /// the article stays in the page).
    pub reader: ReaderReport,
}

/// Builds the plan from an analysis.
pub fn plan_from(page: &Page, a: &Analysis) -> Plan {
    let hide: Vec<PlanHide> = a
        .clutter
        .iter()
        .map(|c| PlanHide {
            node: c.node.0,
            kind: c.kind,
            reason: c.reason.clone(),
        })
        .collect();
    let quotes: Vec<PlanQuote> = a
        .quotes
        .iter()
        .enumerate()
        .map(|(id, q)| PlanQuote {
            id,
            kind: q.quote.kind,
            speaker: q.quote.speaker.clone(),
            text: q.quote.text.clone(),
            segments: q
                .segments
                .iter()
                .map(|s| [s.node.0, s.start16, s.end16])
                .collect(),
        })
        .collect();
    let summary = Summary {
        fundraising: hide
            .iter()
            .filter(|h| h.kind == ClutterKind::Fundraising)
            .count(),
        comments: hide
            .iter()
            .filter(|h| h.kind == ClutterKind::Comments)
            .count(),
        hidden: hide.len(),
        statements: quotes
            .iter()
            .filter(|q| q.kind == QuoteKind::Statement)
            .count(),
        quotes: quotes.len(),
        limits: a.limits.clone(),
    };
    let reader = report::reader_meta(a);
    let article = a.article.as_ref();
    Plan {
        hide,
        article: article.map(|x| x.root.0),
        path: article
            .map(|x| page.ancestors(x.root).map(|n| n.0).collect())
            .unwrap_or_default(),
        excluded: article
            .map(|x| x.excluded.iter().map(|n| n.0).collect())
            .unwrap_or_default(),
        quotes,
        summary,
        reader,
    }
}

/// Analyses a page and builds its plan.
pub fn plan(page: &Page) -> Plan {
    plan_from(page, &analyze(page))
}
