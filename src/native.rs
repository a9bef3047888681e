//! The native adapter: HTML text → page model, with html5ever (into a [`dom::Dom`]).
//!
//! Used by the CLI and the tests. It follows the same rules as the web adapter
//! ([`crate::core::model::keeps_children`], [`crate::core::model::keeps_script_text`]) so the
//! two build identical models of the same page.

pub mod decode;
pub mod dom;
pub mod prepass;
pub mod serialize;
pub mod tree;

use crate::core::assets;
use crate::core::clutter::Clutter;
use crate::core::heuristics::limits::{self, Reached};
use crate::core::model::{self, Attrs, ModelError, NodeId, Page, SHADOW_ROOT};
use dom::{Data, Dom, DomId, ElementData};
use html5ever::tendril::StrTendril;
use html5ever::{local_name, ns, Attribute, QualName};

/// A parsed document: the html5ever tree and the page model, with the model's nodes mapped
/// back to the tree (so `clean` can serialize the original markup minus clutter).
pub struct Parsed {
    /// The html5ever tree.
    pub html: Dom,
    /// The model.
    pub page: Page,
    /// `tree_ids[i]` is the tree node of model node `i` (for a shadow root, its `<template>`).
    pub tree_ids: Vec<DomId>,
    /// What the parser's limits left out.
    pub limited: tree::Limited,
}

/// One step of the model walk.
enum Item {
    /// A tree node to add under a model node.
    Node(DomId, NodeId),
    /// A declarative shadow root: its `<template>`, its mode, and the host's model node.
    Shadow(DomId, &'static str, NodeId),
}

/// The tree the model is built from: kept as it is, or freed node by node as the walk
/// passes (see [`parse_page`]).
enum Tree<'a> {
    Keep(&'a Dom),
    Free(&'a mut Dom),
}

impl Tree<'_> {
    fn dom(&self) -> &Dom {
        match self {
            Tree::Keep(d) => d,
            Tree::Free(d) => d,
        }
    }

    /// Done with `id`'s own data (its children are still to come).
    fn done(&mut self, id: DomId) {
        if let Tree::Free(d) = self {
            d.clear(id);
        }
    }
}

/// Parses HTML and builds the page model. Fails when the input has no element content
/// beyond what the parser synthesises (`<html><head></head><body></body></html>`).
pub fn parse(source: &str) -> Result<Parsed, ModelError> {
    let (capped, capped_tags) = prepass::cap_attributes(source, prepass::ATTRIBUTES_MAX);
    let (html, mut limited) = tree::parse_document(&capped);
    limited.capped_tags = capped_tags;
    finish(html, limited, has_tag(source))
}

/// [`parse`] of a string it may free: the text is copied into the parser's buffer, and the
/// string is dropped before the tree and the model are built, which lowers the peak memory.
pub fn parse_owned(source: String) -> Result<Parsed, ModelError> {
    let (html, limited, tagged) = parse_tree(source);
    finish(html, limited, tagged)
}

/// The model alone, and the notes of the parser's limits, for a caller that needs no tree
/// (every command but `clean`): each tree node's data is freed as soon as the model has it,
/// so the two are never whole at once.
pub fn parse_page(source: String) -> Result<(Page, Vec<Reached>), ModelError> {
    let (mut html, limited, tagged) = parse_tree(source);
    let (page, _) = build_model(Tree::Free(&mut html));
    drop(html);
    if !(tagged && has_content(&page)) {
        return Err(ModelError::NotHtml);
    }
    Ok((page, limit_notes(&limited)))
}

/// The model, the page's markup for `clean` ([`Markup`]) and the notes of
/// the parser's limits: the tree is serialized first, then freed node by node while the
/// model is built, so the tree, the markup and the model are never all whole at once.
pub fn parse_for_clean(source: String) -> Result<(Page, Markup, Vec<Reached>), String> {
    let (mut html, limited, tagged) = parse_tree(source);
    let declaring = rewrite_declarations(&mut html);
    let spans = serialize::serialize_with_spans(&html);
    let head = head(&html);
    let (page, tree_ids) = build_model(Tree::Free(&mut html));
    drop(html);
    if !(tagged && has_content(&page)) {
        return Err(ModelError::NotHtml.to_string());
    }
    let markup = Markup::new(spans, &tree_ids, &declaring, head)?;
    Ok((page, markup, limit_notes(&limited)))
}

/// The tree of a string it frees once the parser has its own copy; whether the string held
/// a tag at all.
fn parse_tree(source: String) -> (Dom, tree::Limited, bool) {
    let tagged = has_tag(&source);
    let (capped, capped_tags) = prepass::cap_attributes(&source, prepass::ATTRIBUTES_MAX);
    let nodes = tree::node_estimate(&capped);
    let input = StrTendril::from(&*capped);
    drop(capped);
    drop(source);
    let (html, mut limited) = tree::parse_tendril(input, nodes);
    limited.capped_tags = capped_tags;
    (html, limited, tagged)
}

fn finish(html: Dom, limited: tree::Limited, has_tag: bool) -> Result<Parsed, ModelError> {
    let (page, tree_ids) = model(&html);
    if !(has_tag && has_content(&page)) {
        return Err(ModelError::NotHtml);
    }
    Ok(Parsed {
        html,
        page,
        tree_ids,
        limited,
    })
}

/// The page model of a parsed tree, with each model node's tree node (see
/// [`Parsed::tree_ids`]): the part of [`parse`] after the parser, which the benches time
/// apart from it.
pub fn model(html: &Dom) -> (Page, Vec<DomId>) {
    build_model(Tree::Keep(html))
}

fn build_model(mut tree: Tree<'_>) -> (Page, Vec<DomId>) {
    let html = tree.dom();
    let (nodes, elements, text) = sizes(html);
    let mut page = Page::with_capacity(nodes, elements, text);
    let mut tree_ids = Vec::with_capacity(nodes);
    tree_ids.push(html.root());
    let root = page.root();
    let mut stack: Vec<Item> = html
        .children(html.root())
        .rev()
        .map(|c| Item::Node(c, root))
        .collect();
    while let Some(item) = stack.pop() {
        match item {
            Item::Node(node, parent) => {
                add_node(
                    tree.dom(),
                    &mut page,
                    &mut tree_ids,
                    &mut stack,
                    node,
                    parent,
                );
                tree.done(node);
            }
            Item::Shadow(template, mode, host) => {
                let html = tree.dom();
                let attrs = Attrs::from_pairs([("mode", mode)]);
                let id = page.append_element_with(host, SHADOW_ROOT, attrs);
                tree_ids.push(template);
                let content = html.template_contents(template).unwrap_or(template);
                let items = html.children(content).rev().map(|c| Item::Node(c, id));
                stack.extend(items);
            }
        }
    }
    (page, tree_ids)
}

/// Room to reserve for the model: the tree's nodes, its elements, and the bytes of its text
/// outside `script` and `style` (which the model mostly leaves out). Reserved once, the
/// model's vectors never hold twice their size while growing.
fn sizes(html: &Dom) -> (usize, usize, usize) {
    let (mut elements, mut text) = (0, 0);
    for id in html.ids() {
        match html.data(id) {
            Data::Element(_) => elements += 1,
            Data::Text(t) => {
                let raw = html
                    .parent(id)
                    .and_then(|p| html.element(p))
                    .is_some_and(|p| {
                        p.name.local == local_name!("script")
                            || p.name.local == local_name!("style")
                    });
                if !raw {
                    text += t.len();
                }
            }
            _ => {}
        }
    }
    (html.len(), elements, text)
}

fn add_node(
    html: &Dom,
    page: &mut Page,
    tree_ids: &mut Vec<DomId>,
    stack: &mut Vec<Item>,
    node: DomId,
    parent: NodeId,
) {
    match html.data(node) {
        Data::Element(e) => {
            let name: &str = &e.name.local;
            let attrs = Attrs::from_pairs(e.attrs.iter().map(|a| (&*a.name.local, &*a.value)));
            let descend = model::keeps_children(name)
                && (name != "script" || model::keeps_script_text(&attrs));
            let id = page.append_element_with(parent, name, attrs);
            tree_ids.push(node);
            if descend {
                let shadow = shadow_root(html, node, e);
                let light = html
                    .children(node)
                    .rev()
                    .filter(|&c| shadow.map_or(true, |(t, _)| t != c));
                stack.extend(light.map(|c| Item::Node(c, id)));
                // Pushed last, popped first: the shadow root is the host's first child.
                if let Some((template, mode)) = shadow {
                    stack.push(Item::Shadow(template, mode, id));
                }
            }
        }
        Data::Text(t) => {
            page.append_text(parent, t);
            tree_ids.push(node);
        }
        _ => {}
    }
}

/// Elements that can host a shadow root: the DOM Standard's "valid shadow host name"s
/// (`attachShadow`, step 2) besides custom elements (any name with a hyphen).
pub const SHADOW_HOST_NAMES: &[&str] = &[
    "article",
    "aside",
    "blockquote",
    "body",
    "div",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "main",
    "nav",
    "p",
    "section",
    "span",
];

/// The declarative shadow root of `host`: its first child `<template shadowrootmode>` (or the
/// older `shadowroot` attribute Chrome shipped first), as a browser's parser attaches it
/// (HTML Standard §13.2.6.4.7, "A start tag whose tag name is template"). Closed roots are
/// taken too: a script cannot reach them, but the page's own markup shows them to us.
fn shadow_root(html: &Dom, host: DomId, h: &ElementData) -> Option<(DomId, &'static str)> {
    let name: &str = &h.name.local;
    if h.name.ns != ns!(html) || !(name.contains('-') || SHADOW_HOST_NAMES.contains(&name)) {
        return None;
    }
    html.children(host).find_map(|c| {
        let e = html.element(c)?;
        if e.name.ns != ns!(html) || e.name.local != local_name!("template") {
            return None;
        }
        let mode = e.attr("shadowrootmode").or_else(|| e.attr("shadowroot"))?;
        let mode = ["open", "closed"]
            .into_iter()
            .find(|m| mode.eq_ignore_ascii_case(m))?;
        Some((c, mode))
    })
}

/// Whether the input contains markup (a tag): with [`has_content`], what makes it an HTML
/// document.
fn has_tag(source: &str) -> bool {
    source
        .as_bytes()
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'!'))
}

/// Whether the parser gave some element beyond the skeleton it always makes.
fn has_content(page: &Page) -> bool {
    page.ids()
        .any(|n| !matches!(page.name(n), "" | "html" | "head" | "body"))
}

impl Parsed {
    /// What `clean` removes: the clutter, the scripts and stylesheets of widgets it removed
    /// entirely ([`assets::widget_assets`]), and inline scripts that load those widgets —
    /// their text is not in the model, so it is read from the tree here. `page` is the model
    /// built with this tree.
    pub fn clean_nodes(&self, page: &Page, clutter: &[Clutter]) -> Vec<NodeId> {
        removed_nodes(page, clutter, |id| self.tree_text(id))
    }

    /// The parser's limits this page reached, as notes for the report.
    pub fn limits(&self) -> Vec<Reached> {
        limit_notes(&self.limited)
    }

    /// The text of model node `id`'s tree node (all of it, also where the model skips it).
    fn tree_text(&self, id: NodeId) -> String {
        let Some(&node) = self.tree_ids.get(id.index()) else {
            return String::new();
        };
        let mut out = String::new();
        for c in self.html.children(node) {
            if let Data::Text(t) = self.html.data(c) {
                out.push_str(t);
            }
        }
        out
    }

    /// The original markup with the given model nodes (and their subtrees) removed, as UTF-8
    /// with a charset declaration that says so: the tree itself cut and serialized, as
    /// [`Markup::without`] does on the serialized page (the tests compare the two).
    pub fn serialize_without(&mut self, remove: &[NodeId]) -> String {
        for n in remove {
            if let Some(&tid) = self.tree_ids.get(n.index()) {
                self.html.detach(tid);
            }
        }
        declare_utf8(&mut self.html);
        serialize::serialize(&self.html)
    }

    /// The model alone, the tree freed.
    pub fn into_page(self) -> Page {
        self.page
    }
}

/// The parser's limits a page reached, as notes for the report.
fn limit_notes(limited: &tree::Limited) -> Vec<Reached> {
    let mut out = Vec::new();
    if limited.dropped_tags > 0 {
        out.push(Reached::new(
            "dom_depth_max",
            limits::DOM_DEPTH_MAX,
            format!(
                "{} start tags nested deeper were dropped; their text is kept, one level up",
                limited.dropped_tags
            ),
        ));
    }
    if limited.capped_tags > 0 {
        out.push(Reached::new(
            "tag_attributes_max",
            limits::TAG_ATTRIBUTES_MAX,
            format!(
                "{} tags had their attributes past the first {} dropped",
                limited.capped_tags,
                limits::TAG_ATTRIBUTES_MAX
            ),
        ));
    }
    out
}

/// The serialized document `clean` cuts clutter out of (see [`parse_for_clean`]): what it
/// keeps while the analyses run instead of the tree, which costs several times more.
pub struct Markup {
    text: String,
    /// Start and end of each model node's markup in `text`.
    spans: Vec<(u32, u32)>,
    /// Where each `<meta>` declaring the encoding (already as UTF-8) starts.
    declaring: Vec<u32>,
    /// Just after `<head>`'s start tag.
    head_at: Option<u32>,
    /// Where each `<plaintext>` starts and its text ends: the parser reads everything after
    /// the start tag of one that stays as text, so the output ends with its text.
    plaintexts: Vec<(u32, u32)>,
}

impl Markup {
    /// The markup of a serialized tree, with the tree nodes of the model's nodes
    /// (`tree_ids`), the `<meta>`s that declare the encoding and `<head>`. Fails past 4 GiB.
    fn new(
        spans: serialize::Spans,
        tree_ids: &[DomId],
        declaring: &[DomId],
        head: Option<DomId>,
    ) -> Result<Markup, String> {
        let serialize::Spans {
            text,
            spans: dom_spans,
            plaintexts,
        } = spans;
        if u32::try_from(text.len()).is_err() {
            return Err("the page is too large to clean (over 4 GiB of markup)".into());
        }
        let span = |id: DomId| dom_spans.get(id.0 as usize).copied().unwrap_or((0, 0));
        let spans: Vec<(u32, u32)> = tree_ids.iter().map(|&t| span(t)).collect();
        let declaring: Vec<u32> = declaring
            .iter()
            .map(|&m| span(m))
            .filter(|(from, to)| from < to)
            .map(|(from, _)| from)
            .collect();
        // Just after `<head …>`: attribute values escape `>`, so the first one ends the tag.
        let head_at = head.and_then(|h| {
            let start = span(h).0 as usize;
            let close = text.get(start..)?.find('>')?;
            u32::try_from(start + close + 1).ok()
        });
        Ok(Markup {
            text,
            spans,
            declaring,
            head_at,
            plaintexts,
        })
    }

    /// What `clean` removes (see [`Parsed::clean_nodes`]); an inline script's text is read
    /// back from the markup: a script's content is written as it is, between the first `>`
    /// (attribute values escape it) and `</script>`.
    pub fn clean_nodes(&self, page: &Page, clutter: &[Clutter]) -> Vec<NodeId> {
        removed_nodes(page, clutter, |id| {
            let markup = self.markup(id);
            let inner = markup.find('>').map_or("", |i| &markup[i + 1..]);
            inner.strip_suffix("</script>").unwrap_or(inner).to_string()
        })
    }

    fn markup(&self, id: NodeId) -> &str {
        let (from, to) = self.spans.get(id.index()).copied().unwrap_or((0, 0));
        self.text.get(from as usize..to as usize).unwrap_or("")
    }

    /// The markup without the given model nodes (and their subtrees). When the page has no
    /// encoding declaration left, one saying UTF-8 starts the `<head>`.
    pub fn without(&self, remove: &[NodeId]) -> String {
        let mut cut: Vec<(usize, usize)> = remove
            .iter()
            .filter_map(|n| self.spans.get(n.index()))
            .map(|&(a, b)| (a as usize, b as usize))
            .filter(|(a, b)| a < b)
            .collect();
        cut.sort_unstable();
        // Nested nodes give nested spans: merged, the cuts are disjoint and sorted.
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(cut.len());
        for (a, b) in cut {
            match merged.last_mut() {
                Some(last) if a < last.1 => last.1 = last.1.max(b),
                _ => merged.push((a, b)),
            }
        }
        let cut = merged;
        let cut_at = |at: usize| {
            let i = cut.partition_point(|&(a, _)| a <= at);
            i.checked_sub(1)
                .and_then(|i| cut.get(i))
                .filter(|&&(_, b)| at < b)
        };
        let inside = |at: usize| cut_at(at).is_some_and(|&(a, _)| a < at);
        let all_declarations_gone = self.declaring.iter().all(|&d| cut_at(d as usize).is_some());
        let mut insert_at = self
            .head_at
            .map(|h| h as usize)
            .filter(|&h| all_declarations_gone && !inside(h));
        let mut out = String::with_capacity(self.text.len());
        let mut emit = |out: &mut String, from: usize, to: usize| {
            let text = |a: usize, b: usize| self.text.get(a..b).unwrap_or("");
            match insert_at {
                Some(i) if from <= i && i <= to => {
                    out.push_str(text(from, i));
                    out.push_str(UTF8_META);
                    out.push_str(text(i, to));
                    insert_at = None;
                }
                _ => out.push_str(text(from, to)),
            }
        };
        // The first `<plaintext>` left ends the output (see `serialize::serialize`).
        let end = self
            .plaintexts
            .iter()
            .find(|&&(start, _)| cut_at(start as usize).is_none())
            .map_or(self.text.len(), |&(_, stop)| stop as usize);
        let mut at = 0;
        for (a, b) in cut {
            if a >= end {
                break;
            }
            if a > at {
                emit(&mut out, at, a);
            }
            at = at.max(b);
        }
        if at < end {
            emit(&mut out, at, end);
        }
        out
    }
}

const UTF8_META: &str = "<meta charset=\"utf-8\">";

/// The nodes `clean` removes (see [`Parsed::clean_nodes`]), reading an inline script's text
/// with `script_text`.
fn removed_nodes(
    page: &Page,
    clutter: &[Clutter],
    script_text: impl Fn(NodeId) -> String,
) -> Vec<NodeId> {
    let found = assets::widget_assets(page, clutter);
    let mut nodes: Vec<NodeId> = clutter.iter().map(|c| c.node).collect();
    nodes.extend(found.assets.iter().map(|a| a.node));
    if found.widgets.is_empty() {
        return nodes;
    }
    let removed = crate::core::analysis::removed_mask(page, nodes.iter().copied());
    let inline = page.ids().filter(|&id| {
        let Some(e) = page.element(id) else {
            return false;
        };
        let candidate = e.name == "script"
            && e.attr("src").is_none()
            && !removed.get(id.index()).copied().unwrap_or(true);
        candidate && assets::inline_loader(&script_text(id), &found.widgets).is_some()
    });
    let inline: Vec<NodeId> = inline.collect();
    nodes.extend(inline);
    nodes
}

/// The nodes of the document, template contents included, in no particular order.
fn attached(html: &Dom) -> Vec<DomId> {
    let mut out = Vec::new();
    let mut stack = vec![html.root()];
    while let Some(n) = stack.pop() {
        out.push(n);
        stack.extend(html.children(n));
        stack.extend(html.template_contents(n));
    }
    out
}

/// `<head>`: a child of the document's root element.
fn head(html: &Dom) -> Option<DomId> {
    html.children(html.root())
        .flat_map(|h| html.children(h))
        .find(|&n| html.element(n).is_some_and(|e| e.is_html("head")))
}

/// Makes every `<meta charset>` and `<meta http-equiv=content-type>` say UTF-8, or adds
/// `<meta charset="utf-8">` at the start of `<head>` when the document holds none: the
/// output is UTF-8 whatever the input was.
fn declare_utf8(html: &mut Dom) {
    if !rewrite_declarations(html).is_empty() {
        return;
    }
    let meta = ElementData::new(
        QualName::new(None, ns!(html), local_name!("meta")),
        vec![Attribute {
            name: QualName::new(None, ns!(), local_name!("charset")),
            value: "utf-8".into(),
        }],
    );
    if let Some(head) = head(html) {
        html.prepend(head, Data::Element(Box::new(meta)));
    }
}

/// Makes the document's `<meta>`s that declare an encoding (those still in it: a detached
/// one is serialized nowhere) say UTF-8, and returns them.
fn rewrite_declarations(html: &mut Dom) -> Vec<DomId> {
    let metas: Vec<DomId> = attached(html)
        .into_iter()
        .filter(|&n| html.element(n).is_some_and(|e| e.is_html("meta")))
        .collect();
    let mut declaring = Vec::new();
    for id in metas {
        if html.element_mut(id).is_some_and(set_utf8) {
            declaring.push(id);
        }
    }
    declaring
}

/// Rewrites one `<meta>`'s declaration to UTF-8; whether it had one.
fn set_utf8(e: &mut ElementData) -> bool {
    let is_pragma = e
        .attr("http-equiv")
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("content-type"));
    let mut declared = false;
    for a in e.attrs.iter_mut() {
        if a.name.ns != ns!() {
            continue;
        }
        if a.name.local == local_name!("charset") {
            a.value = "utf-8".into();
            declared = true;
        } else if is_pragma && a.name.local == local_name!("content") {
            a.value = "text/html; charset=utf-8".into();
            declared = true;
        }
    }
    declared
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(page: &Page, id: NodeId) -> Vec<&str> {
        page.children(id).iter().map(|&c| page.name(c)).collect()
    }

    #[test]
    fn declarative_shadow_root_is_the_hosts_first_child() {
        let html = "<body><div id=host><span>light</span>\
                    <template shadowrootmode=open><p>Shadow text</p><slot></slot></template>\
                    </div><template><p>inert</p></template></body>";
        let page = parse(html).expect("parses").page;
        let host = page.ids().find(|&n| page.name(n) == "div").expect("host");
        assert_eq!(names(&page, host), [SHADOW_ROOT, "span"]);
        let root = page.children(host)[0];
        assert_eq!(
            page.element(root).and_then(|e| e.attr("mode")),
            Some("open")
        );
        assert_eq!(names(&page, root), ["p", "slot"]);
        assert_eq!(page.collapsed_text(root), "Shadow text");
        // A plain template's content stays out of the model.
        let plain = page.first_element("template").expect("plain template");
        assert!(page.children(plain).is_empty());
        assert!(!page.ids().any(|n| page.text(n) == Some("inert")));
    }

    #[test]
    fn closed_and_legacy_roots_count_but_not_on_elements_that_cannot_host() {
        let html = "<body><my-widget><template shadowroot=closed><p>Closed</p></template>\
                    </my-widget><a href=/x><template shadowrootmode=open><p>No</p></template></a>\
                    <section><template shadowrootmode=sideways><p>Bad mode</p></template></section>";
        let page = parse(html).expect("parses").page;
        let widget = page.first_element("my-widget").expect("custom element");
        let root = page.children(widget)[0];
        assert_eq!(
            page.element(root).and_then(|e| e.attr("mode")),
            Some("closed")
        );
        assert_eq!(page.collapsed_text(widget), "Closed");
        for host in ["a", "section"] {
            let h = page.first_element(host).expect(host);
            assert_eq!(names(&page, h), ["template"], "{host}");
        }
    }

    #[test]
    fn deep_nesting_is_flattened_below_the_limit() {
        let n = 3 * tree::DOM_DEPTH_MAX;
        let html = format!(
            "<p>Intro</p>{}deep text{}",
            "<div>".repeat(n),
            "</div>".repeat(n)
        );
        let parsed = parse(&html).expect("parses");
        let page = &parsed.page;
        let text = page
            .ids()
            .find(|&i| page.text(i) == Some("deep text"))
            .expect("text");
        let depth = page.ancestors(text).count();
        assert!(depth <= tree::DOM_DEPTH_MAX + 1, "depth {depth}");
        assert!(parsed.limited.dropped_tags >= n - tree::DOM_DEPTH_MAX);
        // Everything after the deep part is still parsed in place.
        let html = format!("{}x{}<p>After</p>", "<div>".repeat(n), "</div>".repeat(n));
        let page = parse(&html).expect("parses").page;
        let after = page
            .ids()
            .find(|&i| page.text(i) == Some("After"))
            .expect("after");
        assert_eq!(
            page.ancestors(after)
                .map(|a| page.name(a))
                .collect::<Vec<_>>(),
            ["p", "body", "html", ""]
        );
    }

    #[test]
    fn tags_with_too_many_attributes_are_capped() {
        let attrs: String = (0..3 * prepass::ATTRIBUTES_MAX)
            .map(|i| format!(" data-a{i}=v"))
            .collect();
        let html = format!("<div id=box{attrs}>Text</div><p>After</p>");
        let parsed = parse(&html).expect("parses");
        let div = parsed.page.first_element("div").expect("div");
        let e = parsed.page.element(div).expect("element");
        assert_eq!(e.attrs.len(), prepass::ATTRIBUTES_MAX);
        assert_eq!(e.id(), "box");
        assert_eq!(parsed.limited.capped_tags, 1);
        assert!(parsed.page.first_element("p").is_some());
    }
}
