//! Tree → HTML text for `clean`, following the HTML Standard's "serializing HTML fragments"
//! (§13.3) so that parsing the output gives the same tree back — which is what makes `clean`
//! idempotent.
//!
//! Written here instead of using html5ever's serializer (through `Html::html`) because that
//! one, as scraper drives it, does not round-trip: it serializes with scripting disabled
//! while the parser ran with scripting enabled, so `<noscript>` text is escaped once more on
//! every pass; it drops the newline the parser strips after `<pre>`, `<textarea>` and
//! `<listing>`, so each pass loses a leading newline; it writes `</plaintext>` and the end
//! tags after it, which a parser reads as text; and it recurses, so a deep tree overflows
//! the stack. This one walks with an explicit stack.

use super::dom::{Data, Dom, DomId, ElementData};
use html5ever::{local_name, ns, Namespace};

/// The document as HTML text.
pub fn serialize(dom: &Dom) -> String {
    write(dom, None)
}

/// The document as HTML text, and where each node's markup lies in it: `spans[i]` is the
/// start and end of node `DomId(i)`'s markup (start tag to end tag for an element).
///
/// Unlike [`serialize`], it goes on past a `<plaintext>`, as if the parser would not read
/// the rest as text, so that a cut of the text can take the `<plaintext>` out with what
/// holds it and still have what follows; `plaintexts` says where each one starts and where
/// its text ends, the place where a text that keeps it must end. A node written nowhere
/// (detached) gets an empty span at the end. Offsets past 4 GiB are saturated; the caller
/// checks the text's length.
pub fn serialize_with_spans(dom: &Dom) -> Spans {
    let mut spans = vec![(u32::MAX, u32::MAX); dom.len()];
    let mut plaintexts = Vec::new();
    let text = write(dom, Some((&mut spans, &mut plaintexts)));
    let len = offset(&text);
    for span in &mut spans {
        span.0 = span.0.min(len);
        span.1 = span.1.min(len);
    }
    Spans {
        text,
        spans,
        plaintexts,
    }
}

/// What [`serialize_with_spans`] gives.
pub struct Spans {
    /// The markup.
    pub text: String,
    /// Each node's start and end in `text`.
    pub spans: Vec<(u32, u32)>,
    /// Each `<plaintext>`'s start and the end of its text, in document order.
    pub plaintexts: Vec<(u32, u32)>,
}

type Record<'r> = (&'r mut Vec<(u32, u32)>, &'r mut Vec<(u32, u32)>);

fn offset(out: &str) -> u32 {
    u32::try_from(out.len()).unwrap_or(u32::MAX)
}

fn write(dom: &Dom, mut record: Option<Record<'_>>) -> String {
    let mut out = String::new();
    let mut stack: Vec<Step<'_>> = vec![Step::Children(dom.root())];
    let go_on = record.is_some();
    let mut mark = |node: DomId, start: bool, out: &str| {
        let span = record
            .as_mut()
            .and_then(|(s, _)| s.get_mut(node.0 as usize));
        if let Some(span) = span {
            if start {
                span.0 = offset(out);
            } else {
                span.1 = offset(out);
            }
        }
    };
    let mut plaintexts = Vec::new();
    while let Some(step) = stack.pop() {
        match step {
            Step::Close(name, node) => {
                out.push_str("</");
                out.push_str(name);
                out.push('>');
                mark(node, false, &out);
            }
            Step::Children(node) => {
                // A template's content lives in its content fragment.
                let parent = dom.template_contents(node).unwrap_or(node);
                stack.extend(dom.children(parent).rev().map(Step::Open));
            }
            Step::Open(node) => {
                let start = offset(&out);
                mark(node, true, &out);
                match open(dom, node, &mut out, &mut stack) {
                    Flow::Stop if go_on => {
                        plaintexts.push((start, offset(&out)));
                        stack.push(Step::Close("plaintext", node));
                    }
                    Flow::Stop => break,
                    Flow::Done => mark(node, false, &out),
                    Flow::Go => {}
                }
            }
        }
    }
    if let Some((_, p)) = record {
        *p = plaintexts;
    }
    out
}

enum Step<'a> {
    /// Write the node and queue its content.
    Open(DomId),
    /// Queue the node's children.
    Children(DomId),
    /// Write an element's end tag.
    Close(&'a str, DomId),
}

#[derive(PartialEq, Eq)]
enum Flow {
    /// The node is written whole.
    Done,
    /// The node's content and end tag are queued.
    Go,
    /// `<plaintext>` was written: the parser reads everything after its start tag as text,
    /// so nothing may follow, not even end tags.
    Stop,
}

fn open<'a>(dom: &'a Dom, node: DomId, out: &mut String, stack: &mut Vec<Step<'a>>) -> Flow {
    match dom.data(node) {
        Data::Element(e) => return element(dom, node, e, out, stack),
        Data::Text(t) => {
            if parent_is_raw_text(dom, node) {
                out.push_str(t);
            } else {
                escape(t, false, out);
            }
        }
        Data::Comment(c) => {
            out.push_str("<!--");
            out.push_str(c);
            out.push_str("-->");
        }
        Data::Doctype(d) => doctype(d, out),
        Data::Pi(p) => {
            let [target, data] = &**p;
            out.push_str("<?");
            out.push_str(target);
            out.push(' ');
            out.push_str(data);
            out.push('>');
        }
        Data::Document | Data::Fragment => {
            stack.push(Step::Children(node));
            return Flow::Go;
        }
    }
    Flow::Done
}

fn element<'a>(
    dom: &'a Dom,
    node: DomId,
    e: &'a ElementData,
    out: &mut String,
    stack: &mut Vec<Step<'a>>,
) -> Flow {
    let name: &str = &e.name.local;
    out.push('<');
    out.push_str(name);
    for a in &e.attrs {
        out.push(' ');
        attribute_name(&a.name.ns, &a.name.local, out);
        out.push_str("=\"");
        escape(&a.value, true, out);
        out.push('"');
    }
    out.push('>');
    let html = e.name.ns == ns!(html);
    if html && is_void(name) {
        return Flow::Done;
    }
    if html && name == "plaintext" {
        for child in dom.children(node) {
            if let Data::Text(t) = dom.data(child) {
                out.push_str(t);
            }
        }
        return Flow::Stop;
    }
    // The parser drops one newline right after these start tags (§13.2.6.4.7), so a text
    // that starts with one needs another in front to keep it (§13.3 step 2.4.2).
    if html && matches!(name, "pre" | "textarea" | "listing") {
        let first = dom.first_child(node).map(|c| dom.data(c));
        if matches!(first, Some(Data::Text(t)) if t.starts_with('\n')) {
            out.push('\n');
        }
    }
    stack.push(Step::Close(name, node));
    stack.push(Step::Children(node));
    Flow::Go
}

/// Void elements: no content, no end tag (§13.1.2).
fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "basefont"
            | "bgsound"
            | "br"
            | "col"
            | "embed"
            | "frame"
            | "hr"
            | "img"
            | "input"
            | "keygen"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
    )
}

/// Text written as is: the content of raw-text elements, which the parser never decodes.
/// `noscript` is one because the page is parsed with scripting enabled (§13.3 step 2.4.3).
fn parent_is_raw_text(dom: &Dom, node: DomId) -> bool {
    let Some(p) = dom.parent(node).and_then(|p| dom.element(p)) else {
        return false;
    };
    p.name.ns == ns!(html)
        && matches!(
            p.name.local,
            local_name!("style")
                | local_name!("script")
                | local_name!("xmp")
                | local_name!("iframe")
                | local_name!("noembed")
                | local_name!("noframes")
                | local_name!("plaintext")
                | local_name!("noscript")
        )
}

fn attribute_name(ns: &Namespace, local: &str, out: &mut String) {
    let prefix = if *ns == ns!(xml) {
        "xml:"
    } else if *ns == ns!(xmlns) && local != "xmlns" {
        "xmlns:"
    } else if *ns == ns!(xlink) {
        "xlink:"
    } else {
        ""
    };
    out.push_str(prefix);
    out.push_str(local);
}

fn doctype(d: &[html5ever::tendril::StrTendril; 3], out: &mut String) {
    let [name, public, system] = d;
    out.push_str("<!DOCTYPE ");
    out.push_str(name);
    // The standard writes the name only; the identifiers are kept because they decide the
    // quirks mode, which changes how the output parses again (a `<table>` in a `<p>`).
    match (&**public, &**system) {
        ("", "") => {}
        ("", system) => {
            out.push_str(" SYSTEM \"");
            out.push_str(system);
            out.push('"');
        }
        (public, system) => {
            out.push_str(" PUBLIC \"");
            out.push_str(public);
            out.push('"');
            if !system.is_empty() {
                out.push_str(" \"");
                out.push_str(system);
                out.push('"');
            }
        }
    }
    out.push('>');
}

/// "Escaping a string" (§13.3): `&`, no-break space, `<` and `>` always, `"` in attribute
/// values (the current standard also escapes `<` and `>` there).
fn escape(s: &str, attribute: bool, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '\u{a0}' => out.push_str("&nbsp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}
