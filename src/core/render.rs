//! Renders the article as clean, safe HTML for the reader view and the CLI.
//!
//! The output is built from the page model through an allow-list, never by copying markup,
//! so it cannot carry scripts, event handlers, `javascript:` links or styles: an element not
//! on the list is either dropped with its content (active or form content) or unwrapped
//! (layout wrappers). Quote spans are wrapped in `<span class="cp-quote">` so the reader view
//! can highlight them.

use crate::core::analysis::{Analysis, Segment};
use crate::core::model::{NodeData, NodeId, Page};
use std::collections::HashMap;

/// Elements kept in the reader view, with the attributes each may keep.
const ALLOWED: &[(&str, &[&str])] = &[
    ("p", &[]),
    ("h1", &[]),
    ("h2", &[]),
    ("h3", &[]),
    ("h4", &[]),
    ("h5", &[]),
    ("h6", &[]),
    ("ul", &[]),
    ("ol", &["start", "reversed"]),
    ("li", &[]),
    ("dl", &[]),
    ("dt", &[]),
    ("dd", &[]),
    ("blockquote", &["cite"]),
    ("q", &["cite"]),
    ("pre", &[]),
    ("code", &[]),
    ("em", &[]),
    ("i", &[]),
    ("strong", &[]),
    ("b", &[]),
    ("u", &[]),
    ("s", &[]),
    ("del", &[]),
    ("ins", &[]),
    ("sub", &[]),
    ("sup", &[]),
    ("small", &[]),
    ("mark", &[]),
    ("abbr", &["title"]),
    ("cite", &[]),
    ("time", &["datetime"]),
    ("a", &["href", "title"]),
    ("img", &["src", "alt", "title", "width", "height"]),
    ("figure", &[]),
    ("figcaption", &[]),
    ("table", &[]),
    ("caption", &[]),
    ("thead", &[]),
    ("tbody", &[]),
    ("tfoot", &[]),
    ("tr", &[]),
    ("th", &["colspan", "rowspan", "scope"]),
    ("td", &["colspan", "rowspan"]),
    ("br", &[]),
    ("hr", &[]),
];

/// Elements dropped together with their content: active content, forms, and chrome that is
/// never part of an article's text.
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "object", "embed", "applet", "form",
    "input", "button", "select", "textarea", "option", "svg", "math", "canvas", "video", "audio",
    "source", "track", "link", "meta", "head", "title", "nav", "dialog",
];

/// Void elements: no closing tag.
const VOID: &[&str] = &["br", "hr", "img"];

/// Lazy-loading attributes that hold the real image URL, in preference order (the usual
/// lazy-load plugins' names).
const LAZY_SRC: &[&str] = &[
    "data-src",
    "data-lazy-src",
    "data-original",
    "data-orig-file",
];

fn allowed_attrs(name: &str) -> Option<&'static [&'static str]> {
    ALLOWED.iter().find(|(n, _)| *n == name).map(|(_, a)| *a)
}

/// Escapes text for an HTML text node.
pub fn escape_text(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\u{a0}' => out.push_str("&nbsp;"),
            _ => out.push(c),
        }
    }
}

/// Escapes text for a double-quoted attribute value.
pub fn escape_attr(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
}

/// Whether a URL is safe to keep in a link or image: http(s), mailto, or relative.
pub fn safe_url(url: &str) -> bool {
    let u: String = url
        .trim()
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    match u.find(':') {
        None => true,
        Some(colon) => {
            // A colon after a path, query or fragment start does not begin a scheme.
            if u[..colon].contains(['/', '?', '#']) {
                return true;
            }
            let scheme = &u[..colon];
            matches!(scheme, "http" | "https" | "mailto")
        }
    }
}

struct Renderer<'a> {
    page: &'a Page,
    analysis: &'a Analysis,
    /// Quote pieces per text node: (segment, quote index).
    marks: HashMap<NodeId, Vec<(Segment, usize)>>,
    out: String,
}

impl Renderer<'_> {
    fn node(&mut self, id: NodeId) {
        if self.analysis.is_removed(id) {
            return;
        }
        match &self.page.node(id).data {
            NodeData::Text(t) => self.text(id, t),
            NodeData::Document => self.children(id),
            NodeData::Element(e) => {
                let name = e.name.as_str();
                if DROPPED.contains(&name) || hidden(e) {
                    return;
                }
                let Some(attrs) = allowed_attrs(name) else {
                    self.children(id);
                    return;
                };
                self.out.push('<');
                self.out.push_str(name);
                for &a in attrs {
                    let value = if name == "img" && a == "src" {
                        LAZY_SRC
                            .iter()
                            .find_map(|l| e.attr(l))
                            .or_else(|| e.attr("src"))
                    } else {
                        e.attr(a)
                    };
                    let Some(v) = value else { continue };
                    if matches!(a, "href" | "src" | "cite") && !safe_url(v) {
                        continue;
                    }
                    self.out.push(' ');
                    self.out.push_str(a);
                    self.out.push_str("=\"");
                    escape_attr(v, &mut self.out);
                    self.out.push('"');
                }
                self.out.push('>');
                if VOID.contains(&name) {
                    return;
                }
                self.children(id);
                self.out.push_str("</");
                self.out.push_str(name);
                self.out.push('>');
            }
        }
    }

    fn children(&mut self, id: NodeId) {
        for &c in self.page.children(id) {
            self.node(c);
        }
    }

    fn text(&mut self, id: NodeId, t: &str) {
        let Some(marks) = self.marks.get(&id).cloned() else {
            escape_text(t, &mut self.out);
            return;
        };
        let mut at = 0;
        for (seg, q) in marks {
            let (Some(before), Some(inner)) = (t.get(at..seg.start), t.get(seg.start..seg.end))
            else {
                continue;
            };
            escape_text(before, &mut self.out);
            let quote = &self.analysis.quotes[q].quote;
            self.out.push_str("<span class=\"cp-quote\" data-q=\"");
            self.out.push_str(&q.to_string());
            self.out.push_str("\" data-kind=\"");
            self.out.push_str(kind_name(quote.kind));
            self.out.push('"');
            if let Some(s) = &quote.speaker {
                self.out.push_str(" title=\"");
                escape_attr(s, &mut self.out);
                self.out.push('"');
            }
            self.out.push('>');
            escape_text(inner, &mut self.out);
            self.out.push_str("</span>");
            at = seg.end;
        }
        escape_text(t.get(at..).unwrap_or(""), &mut self.out);
    }
}

/// The serialized name of a quote kind (as in JSON).
pub fn kind_name(kind: crate::core::quotes::QuoteKind) -> &'static str {
    use crate::core::quotes::QuoteKind::*;
    match kind {
        Statement => "statement",
        Fragment => "fragment",
        Scare => "scare",
    }
}

/// Elements the page itself hides: never part of what a reader sees.
fn hidden(e: &crate::core::model::Element) -> bool {
    e.attr("hidden").is_some()
        || e.attr("aria-hidden") == Some("true")
        || e.attr("style").is_some_and(|s| {
            let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
            let s = s.to_ascii_lowercase();
            s.contains("display:none") || s.contains("visibility:hidden")
        })
}

/// The article's content as safe HTML with quote spans marked, or `""` with no article.
pub fn article_html(page: &Page, analysis: &Analysis) -> String {
    let Some(article) = &analysis.article else {
        return String::new();
    };
    let mut marks: HashMap<NodeId, Vec<(Segment, usize)>> = HashMap::new();
    for (i, q) in analysis.quotes.iter().enumerate() {
        for s in &q.segments {
            marks.entry(s.node).or_default().push((*s, i));
        }
    }
    for v in marks.values_mut() {
        v.sort_by_key(|(s, _)| s.start);
    }
    let mut r = Renderer {
        page,
        analysis,
        marks,
        out: String::new(),
    };
    r.node(article.root);
    r.out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        assert!(safe_url("https://example.org/a"));
        assert!(safe_url("/relative/path?x=1:2"));
        assert!(!safe_url("javascript:alert(1)"));
        assert!(!safe_url(" JaVa\tScript:alert(1)"));
        assert!(!safe_url("data:text/html,<script>"));
    }

    #[test]
    fn escaping() {
        let mut s = String::new();
        escape_text("a<b & \"c\"", &mut s);
        escape_attr("\"x\"<", &mut s);
        assert_eq!(s, "a&lt;b &amp; \"c\"&quot;x&quot;&lt;");
    }
}
