//! The JSON-facing results: what the CLI prints and the popup and demo page show.
//!
//! One set of types serves the native CLI and the wasm build so both report the same thing
//! for the same page (the browser tests compare them).

use crate::core::analysis::Analysis;
use crate::core::assets::{self, Asset};
use crate::core::clutter::ClutterKind;
use crate::core::heuristics::limits::Reached;
use crate::core::labels;
use crate::core::model::{collapse_whitespace, Page};
use crate::core::quotes::QuoteKind;
use crate::core::render;
use serde::Serialize;

/// One hidden node: `clearpress clutter --json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClutterReport {
    /// What it is.
    pub kind: ClutterKind,
    /// Why it was judged so.
    pub reason: String,
    /// The node's text, whitespace collapsed.
    pub text: String,
}

/// The reader view: `clearpress reader --json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReaderReport {
    /// The title the page declares for machines (`og:title`, JSON-LD, `<title>` without the
    /// site name).
    pub title: Option<String>,
    /// The headline a reader sees on the page (its `<h1>` when that is the declared title's
    /// story), else the title: what the reader header shows.
    pub headline: Option<String>,
    /// Author(s), as the reader header shows them.
    pub byline: Option<String>,
    /// Publication time as the page declares it, as given.
    pub published_time: Option<String>,
    /// The publication day (`YYYY-MM-DD`) the reader header shows: the declared day, else
    /// the date the page shows.
    pub date: Option<String>,
    /// Language.
    pub lang: Option<String>,
    /// Text direction.
    pub dir: Option<String>,
    /// Site name.
    pub site_name: Option<String>,
    /// Summary.
    pub excerpt: Option<String>,
    /// The article as safe HTML (empty when no article was found).
    pub content_html: String,
    /// The article's text: its blocks, whitespace collapsed, separated by blank lines.
    pub text: String,
}

/// One quote: `clearpress quotes --json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuoteReport {
    /// The quoted text without the marks.
    pub text: String,
    /// Who said it, when known: the full name as first introduced (titles stripped), or the
    /// description used when nobody was named.
    pub speaker: Option<String>,
    /// The words near the quote that name the speaker (`he`, `the minister`, `Erdogan`).
    pub mention: Option<String>,
    /// statement, fragment or scare.
    pub kind: QuoteKind,
    /// The kind's name in the page's language ([`labels::quote_label`]).
    pub label: &'static str,
    /// Index of the article block (paragraph) it is in.
    pub paragraph: usize,
}

/// Everything at once, plus the model's digest (to compare adapters).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Hex digest of the page model ([`Page::digest`]).
    pub digest: String,
    /// Number of nodes in the model.
    pub nodes: usize,
    /// Hidden nodes.
    pub clutter: Vec<ClutterReport>,
    /// Reader view.
    pub reader: ReaderReport,
    /// Quotes.
    pub quotes: Vec<QuoteReport>,
    /// Limits the page reached: each names the bound
    /// ([`crate::core::heuristics::limits`]) and what was left out, so a partial result is
    /// never taken for a whole one. Left out when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub limits: Vec<Reached>,
    /// Scripts and stylesheets that only serve widgets among the clutter, which `clean`
    /// removes with them (and with the inline scripts that load those widgets, which only
    /// the native adapter can read). Left out when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub widget_assets: Vec<Asset>,
}

/// The clutter list.
pub fn clutter(page: &Page, a: &Analysis) -> Vec<ClutterReport> {
    a.clutter
        .iter()
        .map(|c| ClutterReport {
            kind: c.kind,
            reason: c.reason.clone(),
            text: page.collapsed_text(c.node),
        })
        .collect()
}

/// The reader view.
pub fn reader(page: &Page, a: &Analysis) -> ReaderReport {
    let mut r = reader_meta(a);
    r.content_html = render::article_html(page, a);
    r.text = a
        .article
        .iter()
        .flat_map(|art| art.blocks.iter())
        .map(|&b| collapse_whitespace(&a.block_text(page, b).0))
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
    r
}

/// The reader view's metadata only (`content_html` and `text` empty): what the in-page
/// reader header needs, without rendering the article.
pub fn reader_meta(a: &Analysis) -> ReaderReport {
    let m = a.meta.clone();
    ReaderReport {
        title: m.title,
        headline: m.headline,
        byline: m.byline,
        published_time: m.published_time,
        date: m.date,
        lang: m.lang,
        dir: m.dir,
        site_name: m.site_name,
        excerpt: m.excerpt,
        content_html: String::new(),
        text: String::new(),
    }
}

/// The quote list.
pub fn quotes(a: &Analysis) -> Vec<QuoteReport> {
    let lang = a.meta.lang.as_deref();
    a.quotes
        .iter()
        .map(|q| QuoteReport {
            text: q.quote.text.clone(),
            speaker: q.quote.speaker.clone(),
            mention: q.quote.mention.as_ref().map(|m| m.text.clone()),
            kind: q.quote.kind,
            label: labels::quote_label(q.quote.kind, lang),
            paragraph: q.quote.paragraph,
        })
        .collect()
}

/// The full report.
pub fn report(page: &Page, a: &Analysis) -> Report {
    Report {
        digest: format!("{:016x}", page.digest()),
        nodes: page.len(),
        clutter: clutter(page, a),
        reader: reader(page, a),
        quotes: quotes(a),
        limits: a.limits.clone(),
        widget_assets: assets::widget_assets(page, &a.clutter).assets,
    }
}
