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
use crate::core::model::{self, ModelError, NodeId, Page, SHADOW_ROOT};
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
enum Item<'a> {
    /// A tree node to add under a model node.
    Node(DomId, NodeId),
    /// A declarative shadow root: its `<template>`, its mode, and the host's model node.
    Shadow(DomId, &'a str, NodeId),
}

/// Parses HTML and builds the page model. Fails when the input has no element content
/// beyond what the parser synthesises (`<html><head></head><body></body></html>`).
pub fn parse(source: &str) -> Result<Parsed, ModelError> {
    let (capped, capped_tags) = prepass::cap_attributes(source, prepass::ATTRIBUTES_MAX);
    let (html, limited) = tree::parse_document(&capped);
    finish(html, limited, capped_tags, has_tag(source))
}

/// [`parse`] of a string it may free: the text is copied into the parser's buffer, and the
/// string is dropped before the tree and the model are built, which lowers the peak memory.
pub fn parse_owned(source: String) -> Result<Parsed, ModelError> {
    let tagged = has_tag(&source);
    let (capped, capped_tags) = prepass::cap_attributes(&source, prepass::ATTRIBUTES_MAX);
    let nodes = tree::node_estimate(&capped);
    let input = StrTendril::from(&*capped);
    drop(capped);
    drop(source);
    let (html, limited) = tree::parse_tendril(input, nodes);
    finish(html, limited, capped_tags, tagged)
}

fn finish(
    html: Dom,
    mut limited: tree::Limited,
    capped_tags: usize,
    has_tag: bool,
) -> Result<Parsed, ModelError> {
    limited.capped_tags = capped_tags;
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
    let (nodes, elements, text) = sizes(html);
    let mut page = Page::with_capacity(nodes, elements, text);
    let mut tree_ids = Vec::with_capacity(nodes);
    tree_ids.push(html.root());
    let root = page.root();
    let mut stack: Vec<Item<'_>> = html
        .children(html.root())
        .rev()
        .map(|c| Item::Node(c, root))
        .collect();
    while let Some(item) = stack.pop() {
        match item {
            Item::Node(node, parent) => {
                add_node(html, &mut page, &mut tree_ids, &mut stack, node, parent)
            }
            Item::Shadow(template, mode, host) => {
                let attrs = vec![("mode".to_string(), mode.to_string())];
                let id = page.append_element(host, SHADOW_ROOT, attrs);
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

fn add_node<'a>(
    html: &'a Dom,
    page: &mut Page,
    tree_ids: &mut Vec<DomId>,
    stack: &mut Vec<Item<'a>>,
    node: DomId,
    parent: NodeId,
) {
    match html.data(node) {
        Data::Element(e) => {
            let name: &str = &e.name.local;
            let attrs: Vec<(String, String)> = e
                .attrs
                .iter()
                .map(|a| (a.name.local.to_string(), a.value.to_string()))
                .collect();
            let descend = model::keeps_children(name)
                && (name != "script" || model::keeps_script_text(&attrs));
            let id = page.append_element(parent, name, attrs);
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
fn shadow_root<'a>(html: &'a Dom, host: DomId, h: &ElementData) -> Option<(DomId, &'a str)> {
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
    /// built with this tree (the CLI moves it out of `self` to analyse it).
    pub fn clean_nodes(&self, page: &Page, clutter: &[Clutter]) -> Vec<NodeId> {
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
            candidate && assets::inline_loader(&self.tree_text(id), &found.widgets).is_some()
        });
        let inline: Vec<NodeId> = inline.collect();
        nodes.extend(inline);
        nodes
    }

    /// The parser's limits this page reached, as notes for the report.
    pub fn limits(&self) -> Vec<Reached> {
        let mut out = Vec::new();
        if self.limited.dropped_tags > 0 {
            out.push(Reached::new(
                "dom_depth_max",
                limits::DOM_DEPTH_MAX,
                format!(
                    "{} start tags nested deeper were dropped; their text is kept, one level up",
                    self.limited.dropped_tags
                ),
            ));
        }
        if self.limited.capped_tags > 0 {
            out.push(Reached::new(
                "tag_attributes_max",
                limits::TAG_ATTRIBUTES_MAX,
                format!(
                    "{} tags had their attributes past the first {} dropped",
                    self.limited.capped_tags,
                    limits::TAG_ATTRIBUTES_MAX
                ),
            ));
        }
        out
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
    /// with a charset declaration that says so.
    pub fn serialize_without(&mut self, remove: &[NodeId]) -> String {
        for n in remove {
            if let Some(&tid) = self.tree_ids.get(n.index()) {
                self.html.detach(tid);
            }
        }
        declare_utf8(&mut self.html);
        serialize::serialize(&self.html)
    }
}

/// Makes every `<meta charset>` and `<meta http-equiv=content-type>` say UTF-8, or adds
/// `<meta charset="utf-8">` at the start of `<head>` when there is none: the output is
/// UTF-8 whatever the input was.
fn declare_utf8(html: &mut Dom) {
    let metas: Vec<DomId> = html
        .ids()
        .filter(|&n| html.element(n).is_some_and(|e| e.is_html("meta")))
        .collect();
    let mut declared = false;
    for id in metas {
        if let Some(e) = html.element_mut(id) {
            declared |= set_utf8(e);
        }
    }
    if declared {
        return;
    }
    let head = html
        .children(html.root())
        .flat_map(|h| html.children(h))
        .find(|&n| html.element(n).is_some_and(|e| e.is_html("head")));
    let meta = ElementData::new(
        QualName::new(None, ns!(html), local_name!("meta")),
        vec![Attribute {
            name: QualName::new(None, ns!(), local_name!("charset")),
            value: "utf-8".into(),
        }],
    );
    if let Some(head) = head {
        html.prepend(head, Data::Element(Box::new(meta)));
    }
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
