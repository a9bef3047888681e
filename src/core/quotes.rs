//! Quotes: quoted spans in the article's paragraphs with kind and speaker (placeholder until
//! the quote analysis lands).

use serde::Serialize;

/// How a quoted span is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Direct speech.
    Statement,
    /// A quoted phrase inside someone's paraphrase.
    Fragment,
    /// Scare quotes.
    Scare,
}

/// One quoted span.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// Text without the marks.
    pub text: String,
    /// Speaker as written.
    pub speaker: Option<String>,
    /// Kind.
    pub kind: QuoteKind,
    /// Paragraph index.
    pub paragraph: usize,
    /// Byte offset of the opening mark.
    pub start: usize,
    /// Byte offset past the closing mark.
    pub end: usize,
}

/// Finds quoted spans.
pub fn find_quotes(paragraphs: &[&str]) -> Vec<Quote> {
    let _ = paragraphs;
    Vec::new()
}
