//! Clutter: the nodes to hide (fundraising counters, comment sections, …), each with a kind
//! and a human-readable reason.

use crate::core::model::{NodeId, Page};
use serde::Serialize;

/// What a hidden node is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ClutterKind {
    /// Donation appeals, goal counters, "Support us" banners.
    Fundraising,
    /// Comment threads, comment forms, comment counters and prompts.
    Comments,
}

/// One node to hide.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Clutter {
    /// The outermost node of the widget.
    #[serde(skip)]
    pub node: NodeId,
    /// What it is.
    pub kind: ClutterKind,
    /// Which evidence decided it, for the popup and for debugging.
    pub reason: String,
}

/// Finds clutter: outermost nodes only (no node inside another reported node), in document
/// order.
pub fn find_clutter(page: &Page) -> Vec<Clutter> {
    let _ = page;
    Vec::new()
}
