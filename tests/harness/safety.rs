//! Whether rendered reader HTML (`content_html`) can execute anything.
//!
//! The output is parsed the way a browser would parse it (html5ever, as a fragment in
//! `<body>`), and every node is checked twice: against the renderer's own allow-list
//! ([`clearpress::core::render::allowed_attrs`]) and against a fixed policy that does not
//! depend on that list (no event handlers, no active or form elements, no foreign content,
//! URLs only http(s), mailto or relative by the WHATWG URL parser's reading of the scheme).
//! Then the parsed tree is serialised, parsed again and checked again, and the two
//! serialisations must agree: mutation XSS works by markup that changes meaning on re-parse.
//!
//! Shared by `tests/xss.rs`, `tests/fuzz_corpus.rs` and the fuzz targets (`fuzz/`).

use clearpress::core::render::allowed_attrs;
use scraper::{Html, Node};

/// Never allowed, whatever the allow-list says: script, styling, embedding, forms, and
/// elements that change how the rest of the document is parsed or resolved.
const FORBIDDEN_ELEMENTS: &[&str] = &[
    "script",
    "style",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "base",
    "form",
    "input",
    "button",
    "textarea",
    "select",
    "link",
    "meta",
    "svg",
    "math",
    "template",
    "noscript",
    "noembed",
    "noframes",
    "xmp",
    "plaintext",
    "portal",
    "fencedframe",
    "dialog",
];

/// Attributes whose value is a URL a browser fetches or navigates to.
const URL_ATTRS: &[&str] = &[
    "href",
    "src",
    "cite",
    "action",
    "formaction",
    "poster",
    "background",
    "data",
    "longdesc",
    "lowsrc",
    "dynsrc",
    "usemap",
    "ping",
    "manifest",
    "codebase",
    "xlink:href",
];

/// Attributes holding URL lists (`srcset` syntax: candidates separated by commas).
const URL_LIST_ATTRS: &[&str] = &["srcset", "imagesrcset"];

/// The reader's quote highlight, the one element the renderer adds to the allow-list.
const QUOTE_SPAN_ATTRS: &[&str] = &["class", "data-q", "data-kind", "title"];

/// Checks `html` as a browser would see it, then its re-serialisation (mutation XSS).
pub fn check(html: &str) -> Result<(), String> {
    let first = Html::parse_fragment(html);
    check_tree(&first).map_err(|e| format!("{e}\n  in: {html}"))?;
    let once = first.root_element().inner_html();
    let second = Html::parse_fragment(&once);
    check_tree(&second).map_err(|e| format!("after re-parse: {e}\n  in: {once}"))?;
    let twice = second.root_element().inner_html();
    if once != twice {
        return Err(format!(
            "serialisation is not stable (mutation XSS risk):\n  once:  {once}\n  twice: {twice}"
        ));
    }
    Ok(())
}

fn check_tree(doc: &Html) -> Result<(), String> {
    // The fragment parser wraps the content in one <html> element of its own.
    let root = doc.root_element();
    for node in root.descendants().skip(1) {
        match node.value() {
            Node::Element(e) => check_element(e)?,
            Node::Text(_) => {}
            // The renderer writes only elements and escaped text; anything else means its
            // escaping let markup through.
            other => return Err(format!("unexpected node {other:?}")),
        }
    }
    Ok(())
}

fn check_element(e: &scraper::node::Element) -> Result<(), String> {
    let name = e.name();
    let ns: &str = &e.name.ns;
    if ns != "http://www.w3.org/1999/xhtml" {
        return Err(format!("<{name}> is foreign content ({ns})"));
    }
    if FORBIDDEN_ELEMENTS.contains(&name) {
        return Err(format!("forbidden element <{name}>"));
    }
    let allowed = if name == "span" {
        Some(QUOTE_SPAN_ATTRS)
    } else {
        allowed_attrs(name)
    };
    let Some(allowed) = allowed else {
        return Err(format!("<{name}> is not on the renderer's allow-list"));
    };
    if name == "span" && e.attr("class") != Some("cp-quote") {
        return Err("a <span> that is not a quote highlight".into());
    }
    for (attr, value) in e.attrs.iter() {
        let full = match &attr.prefix {
            Some(p) => format!("{}:{}", &**p, &*attr.local),
            None => attr.local.to_string(),
        };
        check_attr(name, &full, value, allowed)?;
    }
    Ok(())
}

fn check_attr(element: &str, attr: &str, value: &str, allowed: &[&str]) -> Result<(), String> {
    let lower = attr.to_ascii_lowercase();
    if lower.starts_with("on") {
        return Err(format!("event handler {attr} on <{element}>"));
    }
    if !allowed.contains(&lower.as_str()) {
        return Err(format!("attribute {attr} not allowed on <{element}>"));
    }
    if lower == "style" || lower == "srcdoc" {
        return Err(format!("{attr} on <{element}>"));
    }
    if URL_ATTRS.contains(&lower.as_str()) && !safe_url(value) {
        return Err(format!("unsafe URL in {attr} on <{element}>: {value:?}"));
    }
    if URL_LIST_ATTRS.contains(&lower.as_str()) {
        for candidate in value.split(',') {
            let url = candidate.split_ascii_whitespace().next().unwrap_or("");
            if !safe_url(url) {
                return Err(format!("unsafe URL in {attr} on <{element}>: {value:?}"));
            }
        }
    }
    Ok(())
}

/// The scheme a browser would read from `url` is http, https or mailto, or there is none
/// (relative URL). Written from the WHATWG URL parser rather than reusing the renderer's
/// filter, so that a bug there is not repeated here: leading and trailing C0 controls and
/// spaces are stripped, tabs and newlines removed anywhere, then a scheme is an ASCII letter
/// followed by letters, digits, `+`, `-` or `.` up to the first `:`.
pub fn safe_url(url: &str) -> bool {
    let trimmed = url.trim_matches(|c: char| c <= ' ');
    let cleaned: String = trimmed
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let Some(colon) = cleaned.find(':') else {
        return true;
    };
    let scheme = &cleaned[..colon];
    let mut chars = scheme.chars();
    let is_scheme = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    if !is_scheme {
        // Not a scheme, so the URL is relative (a path that happens to hold a colon).
        return true;
    }
    matches!(
        scheme.to_ascii_lowercase().as_str(),
        "http" | "https" | "mailto"
    )
}
