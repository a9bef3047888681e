//! The plan: what an adapter must change in a live document, as node indices.
//!
//! Indices are arena indices of the [`Page`] the adapter built (pre-order, document = 0), so
//! the adapter that walked the DOM can map them back to its node list without another walk.
//! The plan is plain data: it can be computed where WebAssembly runs (the page's content
//! script, or the extension's service worker on pages whose CSP forbids wasm) and applied
//! wherever the DOM is.

use crate::core::analysis::{analyze, Analysis};
use crate::core::clutter::{find_clutter, Clutter, ClutterKind};
use crate::core::heuristics::limits::Reached;
use crate::core::model::{NodeId, Page};
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

/// Counts for the popup from the hidden nodes and the marked quotes.
fn summarize(hide: &[PlanHide], quotes: &[PlanQuote], limits: Vec<Reached>) -> Summary {
    let of_kind = |kind| hide.iter().filter(|h| h.kind == kind).count();
    Summary {
        fundraising: of_kind(ClutterKind::Fundraising),
        comments: of_kind(ClutterKind::Comments),
        hidden: hide.len(),
        statements: quotes
            .iter()
            .filter(|q| q.kind == QuoteKind::Statement)
            .count(),
        quotes: quotes.len(),
        limits,
    }
}

fn hides(clutter: &[Clutter]) -> Vec<PlanHide> {
    clutter
        .iter()
        .map(|c| PlanHide {
            node: c.node.0,
            kind: c.kind,
            reason: c.reason.clone(),
        })
        .collect()
}

/// What declutter-only mode hides, or what content inserted after the toggle adds: the
/// clutter of the page, without the article and quote analyses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClutterPlan {
    /// Elements to hide.
    pub hide: Vec<PlanHide>,
    /// Counts (no quotes).
    pub summary: Summary,
}

/// The clutter of the whole `page` that touches one of `roots` (lies inside one, or holds
/// one): the page is judged as a whole, so a late widget gets the same decision it would
/// have had on a page that loaded with it, but only what changed is reported. `roots` =
/// `[page.root()]` gives all of it.
pub fn clutter_plan(page: &Page, roots: &[NodeId]) -> ClutterPlan {
    let touches = |c: &Clutter| {
        roots.iter().any(|&r| {
            page.is_inclusive_ancestor(r, c.node) || page.is_inclusive_ancestor(c.node, r)
        })
    };
    let found: Vec<Clutter> = find_clutter(page).into_iter().filter(touches).collect();
    let hide = hides(&found);
    // The clutter pass has no limits of its own (see heuristics::limits).
    let summary = summarize(&hide, &[], Vec::new());
    ClutterPlan { hide, summary }
}

/// Builds the plan from an analysis.
pub fn plan_from(page: &Page, a: &Analysis) -> Plan {
    let hide = hides(&a.clutter);
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
    let summary = summarize(&hide, &quotes, a.limits.clone());
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::native::parse;

    const PAGE: &str = r#"<html><body><main><article><h1>Rivers rise</h1>
<p>The river rose two metres overnight and the town council opened the sports hall to families from the lower streets, who carried what they could.</p>
<p>Volunteers filled sandbags until dawn while the water kept climbing along the old quay and into the market square.</p>
</article><section id="late"><div id="disqus_thread"><p>Comments are loading</p></div></section>
<div class="comments-area" id="comments"><h2>12 Comments</h2></div></main></body></html>"#;

    fn element_with_id(page: &Page, id: &str) -> NodeId {
        page.ids()
            .find(|&n| page.element(n).is_some_and(|e| e.id() == id))
            .expect("element with id")
    }

    #[test]
    fn clutter_plan_reports_only_what_touches_the_roots() {
        let page = parse(PAGE).expect("parse").page;
        let all = clutter_plan(&page, &[page.root()]);
        assert_eq!(all.summary.comments, 2, "{:?}", all.hide);
        let late = element_with_id(&page, "late");
        let thread = element_with_id(&page, "disqus_thread");
        let some = clutter_plan(&page, &[late]);
        assert_eq!(some.summary.hidden, 1, "{:?}", some.hide);
        let hidden = NodeId(some.hide[0].node);
        assert!(page.is_inclusive_ancestor(hidden, thread));
        assert!(page.is_inclusive_ancestor(late, hidden) || hidden == late);
    }

    #[test]
    fn clutter_plan_reports_a_widget_that_holds_the_root() {
        let page = parse(PAGE).expect("parse").page;
        let thread = element_with_id(&page, "disqus_thread");
        let inner = page.children(thread)[0];
        let got = clutter_plan(&page, &[inner]);
        assert_eq!(got.hide.len(), 1, "{:?}", got.hide);
        assert!(page.is_inclusive_ancestor(NodeId(got.hide[0].node), thread));
    }

    #[test]
    fn clutter_plan_agrees_with_the_full_plan() {
        let page = parse(PAGE).expect("parse").page;
        assert_eq!(clutter_plan(&page, &[page.root()]).hide, plan(&page).hide);
    }
}
