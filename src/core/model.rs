//! The page model: an arena of element and text nodes that every analysis reads.
//!
//! Both adapters build it — the html5ever adapter from HTML text, the web adapter from the
//! live DOM — and must produce the same arena for the same page, so the rules for what goes
//! into the model (which subtrees are skipped, how names are spelled) live here, in one place,
//! and the adapters only ask.
//!
//! The model keeps every attribute in source order and every text node as the parser produced
//! it. Comments, doctypes and processing instructions are left out: no analysis reads them.

mod names;

pub use names::{AttrIter, Attrs, Name};
use std::fmt;

/// Index of a node in a [`Page`]'s arena. The document node is always `NodeId(0)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeId(pub u32);

impl NodeId {
    /// The arena index as `usize`.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// An element: its lower-case local name and its attributes in source order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element {
    /// Local name, lower-case for HTML elements (`div`, `p`), as the DOM's `localName`.
    pub name: Name,
    /// Attributes as (name, value) pairs in source order.
    pub attrs: Attrs,
}

impl Element {
    /// The value of attribute `name`, if present.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.get(name)
    }

    /// The `id` attribute, or `""`.
    pub fn id(&self) -> &str {
        self.attr("id").unwrap_or("")
    }

    /// The whitespace-separated classes of the `class` attribute.
    pub fn classes(&self) -> impl Iterator<Item = &str> {
        self.attr("class").unwrap_or("").split_ascii_whitespace()
    }

    /// Whether the element carries class `class`.
    pub fn has_class(&self, class: &str) -> bool {
        self.classes().any(|c| c == class)
    }
}

/// What a node is: a view into the page's storage, returned by [`Page::node`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeData<'a> {
    /// The document itself: the root of the arena.
    Document,
    /// An element.
    Element(&'a Element),
    /// A text node's data.
    Text(&'a str),
}

/// One node of the arena, as [`Page::node`] shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Node<'a> {
    /// What the node is.
    pub data: NodeData<'a>,
    /// The parent; `None` only for the document.
    pub parent: Option<NodeId>,
}

/// How a node is stored: a few numbers, its element or text kept apart (one element list,
/// one text arena) so that a text node costs no allocation of its own and a subtree's text
/// is one slice of the arena.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Rec {
    /// Parent index; [`NONE`] for the document.
    parent: u32,
    /// The element's index in `elements`, or [`NONE`] for text and the document.
    element: u32,
    /// Where the node's text starts in the arena: its own data for a text node, and the
    /// start of its subtree's text for any node.
    text_at: u32,
    /// One past the last node of the subtree (pre-order keeps subtrees contiguous); for a
    /// node still open, [`NONE`] (the subtree runs to the end of the arena so far).
    end: u32,
    /// Where the children start in `kids` once the node is closed; while it is open, its
    /// place on the open path.
    kids_at: u32,
    /// How many children, once closed; [`NONE`] while open.
    kids_len: u32,
}

/// "No index" in [`Rec`]'s fields.
const NONE: u32 = u32::MAX;

/// Why a page model could not be built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelError {
    /// The flat encoding sent by the web adapter was inconsistent (truncated, a parent
    /// index pointing forward, or a string count that does not match).
    BadSnapshot(&'static str),
    /// The input has no `<html>`/`<body>` content at all.
    NotHtml,
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ModelError::BadSnapshot(why) => write!(f, "malformed page snapshot: {why}"),
            ModelError::NotHtml => write!(f, "input is not an HTML document"),
        }
    }
}

impl std::error::Error for ModelError {}

/// Whether an adapter should descend into an element's children.
///
/// `template` content is inert and `noscript` content is never shown when scripts run (the
/// DOM then holds it as text, a `DOMParser` document as elements), so both are left empty to
/// keep adapters in agreement. `style` text is never read by an analysis.
pub fn keeps_children(name: &str) -> bool {
    !matches!(name, "template" | "noscript" | "style")
}

/// Whether an adapter should keep the text children of a `script` element: only JSON-LD
/// metadata is read (by the article analysis); other script bodies are skipped because they
/// can be megabytes and would only cost crossing time.
pub fn keeps_script_text(attrs: &Attrs) -> bool {
    attrs
        .iter()
        .any(|(n, v)| n == "type" && v.trim().eq_ignore_ascii_case("application/ld+json"))
}

/// Name of the element that stands for a shadow root in the model.
///
/// Both adapters model an open shadow root (the live DOM's `element.shadowRoot`, or a parsed
/// declarative `<template shadowrootmode="open">`) the same way: an element of this name,
/// with attribute `mode` (`"open"`), inserted as the host's FIRST child and holding the
/// shadow tree's children. The `#` cannot start an HTML tag name, so no real element
/// collides with it.
pub const SHADOW_ROOT: &str = "#shadow-root";

/// Tag in the flat encoding for an element entry.
pub const FLAT_ELEMENT: u32 = 1;
/// Tag in the flat encoding for a text entry.
pub const FLAT_TEXT: u32 = 3;

/// A parsed page: the node arena plus the document's URL when known.
///
/// Nodes are appended in pre-order, so every subtree is a contiguous run of the arena and its
/// text one slice of the text arena; the children lists of finished ("closed") nodes share
/// one vector, and only the nodes on the open path (the last node and its ancestors) keep a
/// list of their own while they can still gain children.
#[derive(Debug, Clone)]
pub struct Page {
    nodes: Vec<Rec>,
    elements: Vec<Element>,
    /// Every text node's data, in document order.
    text: String,
    /// The children of closed nodes, each node's run contiguous.
    kids: Vec<NodeId>,
    /// The open path, the document first, each node with its children so far.
    open: Vec<(NodeId, Vec<NodeId>)>,
    /// Emptied children lists of closed nodes, reused for the next nodes opened.
    spare: Vec<Vec<NodeId>>,
    /// The page's URL, used to resolve relative links in rendered output.
    pub url: Option<String>,
}

impl PartialEq for Page {
    fn eq(&self, other: &Page) -> bool {
        self.url == other.url && self.to_flat() == other.to_flat()
    }
}

impl Eq for Page {}

impl Default for Page {
    fn default() -> Self {
        Self::new()
    }
}

impl Page {
    /// An empty page: just the document node.
    pub fn new() -> Page {
        Page {
            nodes: vec![Rec {
                parent: NONE,
                element: NONE,
                text_at: 0,
                end: NONE,
                kids_at: 0,
                kids_len: NONE,
            }],
            elements: Vec::new(),
            text: String::new(),
            kids: Vec::new(),
            open: vec![(NodeId(0), Vec::new())],
            spare: Vec::new(),
            url: None,
        }
    }

    /// An empty page with room for `nodes` nodes (the document included), `elements`
    /// elements and `text` bytes of text: an adapter that knows the sizes reserves once, so
    /// the vectors never hold twice their size while growing.
    pub(crate) fn with_capacity(nodes: usize, elements: usize, text: usize) -> Page {
        let mut page = Page::new();
        page.nodes.reserve(nodes.saturating_sub(1));
        page.elements.reserve(elements);
        page.text.reserve(text);
        page.kids.reserve(nodes.saturating_sub(1));
        page
    }

    /// The document node.
    pub fn root(&self) -> NodeId {
        NodeId(0)
    }

    /// Number of nodes, the document included.
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// Whether the page holds nothing but the document node.
    pub fn is_empty(&self) -> bool {
        self.nodes.len() <= 1
    }

    /// Closes the open nodes below `parent` and returns the node to append to: `parent`
    /// itself when it is open (the callers' rule), else the innermost open node, so that a
    /// wrong call still leaves a pre-order arena rather than a broken one.
    fn close_to(&mut self, parent: NodeId) -> NodeId {
        let end = self.nodes.len() as u32;
        while self.open.len() > 1 && self.open.last().is_some_and(|(top, _)| *top > parent) {
            let Some((id, mut kids)) = self.open.pop() else {
                break;
            };
            if let Some(rec) = self.nodes.get_mut(id.index()) {
                rec.end = end;
                rec.kids_at = self.kids.len() as u32;
                rec.kids_len = kids.len() as u32;
            }
            self.kids.append(&mut kids);
            self.spare.push(kids);
        }
        self.open.last().map_or(NodeId(0), |(top, _)| *top)
    }

    fn push(&mut self, parent: NodeId, element: Option<Element>, text: &str) -> NodeId {
        let parent = self.close_to(parent);
        let id = NodeId(self.nodes.len() as u32);
        let text_at = self.text.len() as u32;
        let element = match element {
            Some(e) => {
                self.elements.push(e);
                self.elements.len() as u32 - 1
            }
            None => {
                // Offsets are u32: text past 4 GiB is dropped rather than mis-indexed.
                if self.text.len() + text.len() <= NONE as usize {
                    self.text.push_str(text);
                }
                NONE
            }
        };
        self.nodes.push(Rec {
            parent: parent.0,
            element,
            text_at,
            end: NONE,
            kids_at: self.open.len() as u32,
            kids_len: NONE,
        });
        if let Some((_, kids)) = self.open.last_mut() {
            kids.push(id);
        }
        let kids = self.spare.pop().unwrap_or_default();
        self.open.push((id, kids));
        id
    }

    /// Appends an element under `parent`, which must be the last node appended or one of its
    /// ancestors: the analyses rely on arena order being document order (pre-order), so only
    /// the adapters, which walk in pre-order, may call this; others use [`PageBuilder`].
    pub(crate) fn append_element(
        &mut self,
        parent: NodeId,
        name: &str,
        attrs: Vec<(String, String)>,
    ) -> NodeId {
        self.append_element_with(parent, name, Attrs::from(attrs))
    }

    /// [`Page::append_element`] with the attributes already stored.
    pub(crate) fn append_element_with(
        &mut self,
        parent: NodeId,
        name: &str,
        attrs: Attrs,
    ) -> NodeId {
        let e = Element {
            name: Name::new(name),
            attrs,
        };
        self.push(parent, Some(e), "")
    }

    /// Appends a text node under `parent` (same rule as [`Page::append_element`]).
    pub(crate) fn append_text(&mut self, parent: NodeId, text: &str) -> NodeId {
        self.push(parent, None, text)
    }

    fn rec(&self, id: NodeId) -> Option<&Rec> {
        self.nodes.get(id.index())
    }

    /// Where the text of the nodes from `index` on starts in the arena.
    fn text_at(&self, index: usize) -> usize {
        self.nodes
            .get(index)
            .map_or(self.text.len(), |r| r.text_at as usize)
    }

    /// One past the last node of `id`'s subtree.
    fn end(&self, id: NodeId) -> usize {
        match self.rec(id) {
            Some(r) if r.end != NONE => r.end as usize,
            Some(_) => self.nodes.len(),
            None => id.index(),
        }
    }

    /// The node `id`. Ids come from this page, so the lookup cannot miss; a foreign id
    /// yields the document node rather than a panic.
    pub fn node(&self, id: NodeId) -> Node<'_> {
        let Some(rec) = self.rec(id).filter(|_| id.0 != 0) else {
            return Node {
                data: NodeData::Document,
                parent: None,
            };
        };
        let data = match self.elements.get(rec.element as usize) {
            Some(e) => NodeData::Element(e),
            None => NodeData::Text(self.text_of(id.index())),
        };
        Node {
            data,
            parent: Some(NodeId(rec.parent)),
        }
    }

    fn text_of(&self, index: usize) -> &str {
        let (from, to) = (self.text_at(index), self.text_at(index + 1));
        self.text.get(from..to).unwrap_or("")
    }

    /// The element at `id`, if it is one.
    pub fn element(&self, id: NodeId) -> Option<&Element> {
        match self.node(id).data {
            NodeData::Element(e) => Some(e),
            _ => None,
        }
    }

    /// The element's local name, or `""` for text and the document.
    pub fn name(&self, id: NodeId) -> &str {
        self.element(id).map(|e| e.name.as_str()).unwrap_or("")
    }

    /// The text of a text node, or `None`.
    pub fn text(&self, id: NodeId) -> Option<&str> {
        match self.node(id).data {
            NodeData::Text(t) => Some(t),
            _ => None,
        }
    }

    /// Children of `id` in document order.
    pub fn children(&self, id: NodeId) -> &[NodeId] {
        let Some(rec) = self.rec(id) else {
            return &[];
        };
        if rec.kids_len == NONE {
            let open = self.open.get(rec.kids_at as usize);
            return open.map_or(&[], |(_, kids)| kids.as_slice());
        }
        let from = rec.kids_at as usize;
        self.kids
            .get(from..from + rec.kids_len as usize)
            .unwrap_or(&[])
    }

    /// Parent of `id`.
    pub fn parent(&self, id: NodeId) -> Option<NodeId> {
        self.node(id).parent
    }

    /// `id`'s ancestors, nearest first (the document last).
    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(self.parent(id), move |&p| self.parent(p))
    }

    /// Whether `anc` is `id` or one of its ancestors: constant time, as subtrees are
    /// contiguous runs of the arena.
    pub fn is_inclusive_ancestor(&self, anc: NodeId, id: NodeId) -> bool {
        anc <= id && id.index() < self.end(anc)
    }

    /// All nodes of the subtree at `id` (itself first) in document order.
    pub fn descendants(&self, id: NodeId) -> Descendants {
        Descendants {
            next: id.0,
            end: self.end(id) as u32,
        }
    }

    /// All node ids in document order. Arena order is document order for pages built by
    /// the adapters (they append in a pre-order walk).
    pub fn ids(&self) -> impl DoubleEndedIterator<Item = NodeId> {
        (0..self.nodes.len() as u32).map(NodeId)
    }

    /// Concatenated text of the subtree, as the DOM's `textContent`, without copying it.
    pub fn subtree_text(&self, id: NodeId) -> &str {
        if self.rec(id).is_none() {
            return "";
        }
        let (from, to) = (self.text_at(id.index()), self.text_at(self.end(id)));
        self.text.get(from..to).unwrap_or("")
    }

    /// Concatenated text of the subtree, as the DOM's `textContent`.
    pub fn text_content(&self, id: NodeId) -> String {
        self.subtree_text(id).to_string()
    }

    /// The subtree's text with runs of whitespace collapsed to one space and trimmed.
    pub fn collapsed_text(&self, id: NodeId) -> String {
        collapse_whitespace(self.subtree_text(id))
    }

    /// [`Page::collapsed_text`] when the subtree holds at most `max_bytes` bytes of text,
    /// else `None`: the length is known without reading the text, so reading every heading
    /// of a page this way stays linear even when headings nest.
    pub fn collapsed_text_within(&self, id: NodeId, max_bytes: usize) -> Option<String> {
        let t = self.subtree_text(id);
        (t.len() <= max_bytes).then(|| collapse_whitespace(t))
    }

    /// The first element named `name` in document order.
    pub fn first_element(&self, name: &str) -> Option<NodeId> {
        self.ids().find(|&n| self.name(n) == name)
    }

    /// `<body>`, or the document when there is none.
    pub fn body(&self) -> NodeId {
        self.first_element("body").unwrap_or(self.root())
    }

    /// Encodes the page as the web adapter's flat snapshot (see [`Page::from_flat`]).
    pub fn to_flat(&self) -> (Vec<u32>, String) {
        let mut structure = Vec::with_capacity(self.nodes.len() * 2);
        let mut strings: Vec<&str> = Vec::new();
        for id in self.ids().skip(1) {
            let node = self.node(id);
            structure.push(node.parent.map_or(0, |p| p.0));
            match node.data {
                NodeData::Element(e) => {
                    structure.push(((e.attrs.len() as u32) << 2) | FLAT_ELEMENT);
                    strings.push(&e.name);
                    for (n, v) in &e.attrs {
                        strings.push(n);
                        strings.push(v);
                    }
                }
                NodeData::Text(t) => {
                    structure.push(FLAT_TEXT);
                    strings.push(t);
                }
                NodeData::Document => {}
            }
        }
        (structure, strings.join("\u{0}"))
    }

    /// Builds a page from the flat snapshot the web adapter's DOM walk produces: one crossing
    /// for the structure and one for the strings instead of several per node.
    ///
    /// `structure` holds two numbers per node in pre-order: the parent's index (0 is the
    /// document, node *k* of the list is index *k + 1*) and a tag — [`FLAT_TEXT`] for a text
    /// node, or `(attribute count << 2) | FLAT_ELEMENT`. `strings` is every string in the
    /// same order, NUL-separated: an element's name then its attribute names and values, or a
    /// text node's data.
    ///
    /// The snapshot crosses from JavaScript, so it is checked, not trusted: the nodes must be
    /// in pre-order with contiguous subtrees (each node's parent is the node before it or one
    /// of that node's open ancestors, and never a text node), element names non-empty, a
    /// [`SHADOW_ROOT`] only as its host element's first child, and the strings exactly as many
    /// as the tags announce. Anything else is a [`ModelError::BadSnapshot`]: every analysis
    /// assumes arena order is document order and would give wrong answers otherwise.
    pub fn from_flat(structure: &[u32], strings: &str) -> Result<Page, ModelError> {
        if structure.len() % 2 != 0 {
            return Err(ModelError::BadSnapshot("odd structure length"));
        }
        let count = structure.len() / 2;
        if count >= u32::MAX as usize {
            return Err(ModelError::BadSnapshot("too many nodes"));
        }
        // Text is not reserved: the strings also hold names and attributes.
        let elements = structure.iter().skip(1).step_by(2);
        let elements = elements.filter(|&&t| t & 3 == FLAT_ELEMENT).count();
        let mut page = Page::with_capacity(count + 1, elements, 0);
        let mut parts = strings.split('\u{0}');
        let mut next = || {
            parts
                .next()
                .ok_or(ModelError::BadSnapshot("too few strings"))
        };
        // The open path: the previous node and its ancestors, the document at the bottom.
        let mut open = vec![page.root()];
        for pair in structure.chunks_exact(2) {
            let (parent, tag) = (NodeId(pair[0]), pair[1]);
            close_until(&mut open, parent, page.nodes.len())?;
            if page.text(parent).is_some() {
                return Err(ModelError::BadSnapshot("text node as a parent"));
            }
            let id = match tag & 3 {
                FLAT_ELEMENT => {
                    let name = next()?;
                    check_element_name(&page, parent, name)?;
                    // No capacity from the tag: a forged count must not allocate gigabytes.
                    let mut attrs = Vec::new();
                    for _ in 0..tag >> 2 {
                        attrs.push((next()?, next()?));
                    }
                    page.append_element_with(parent, name, Attrs::from_pairs(attrs))
                }
                _ if tag == FLAT_TEXT => {
                    let t = next()?;
                    page.append_text(parent, t)
                }
                _ => return Err(ModelError::BadSnapshot("unknown node tag")),
            };
            open.push(id);
        }
        // `"".split` yields one empty string, which an empty structure does not consume.
        let spare = next().ok();
        if spare.is_some_and(|s| !structure.is_empty() || !s.is_empty()) {
            return Err(ModelError::BadSnapshot("too many strings"));
        }
        Ok(page)
    }

    /// A stable 64-bit digest of the whole model (FNV-1a over the flat encoding), used to
    /// check that both adapters build the same page.
    pub fn digest(&self) -> u64 {
        let (structure, strings) = self.to_flat();
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        let mut eat = |b: u8| {
            h ^= b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        };
        for n in structure {
            n.to_le_bytes().into_iter().for_each(&mut eat);
        }
        strings.bytes().for_each(&mut eat);
        h
    }
}

/// Closes open nodes until `parent` is the innermost: a parent that is not open (a node
/// whose subtree has ended, or one not yet built) breaks pre-order.
fn close_until(open: &mut Vec<NodeId>, parent: NodeId, built: usize) -> Result<(), ModelError> {
    // Open nodes have increasing indices (the document, index 0, stays at the bottom), so
    // every node above `parent` on the path is closed for good.
    while open.last().is_some_and(|&top| top > parent) {
        open.pop();
    }
    if open.last() == Some(&parent) {
        Ok(())
    } else if parent.index() >= built {
        Err(ModelError::BadSnapshot("parent index out of order"))
    } else {
        Err(ModelError::BadSnapshot("parent is not an open ancestor"))
    }
}

/// An element's name must be non-empty (the DOM has no nameless element), and a
/// [`SHADOW_ROOT`] must be its host element's first child.
fn check_element_name(page: &Page, parent: NodeId, name: &str) -> Result<(), ModelError> {
    if name.is_empty() {
        return Err(ModelError::BadSnapshot("empty element name"));
    }
    let first_of_element = page.element(parent).is_some() && page.children(parent).is_empty();
    if name == SHADOW_ROOT && !first_of_element {
        return Err(ModelError::BadSnapshot(
            "shadow root not its host's first child",
        ));
    }
    Ok(())
}

/// Builds a [`Page`] in document order, for callers outside the adapters (tests, tools):
/// children are appended to the innermost open element, so the arena is always pre-order.
#[derive(Debug, Clone)]
pub struct PageBuilder {
    page: Page,
    open: Vec<NodeId>,
}

impl Default for PageBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl PageBuilder {
    /// A builder whose innermost open node is the document.
    pub fn new() -> PageBuilder {
        let page = Page::new();
        let open = vec![page.root()];
        PageBuilder { page, open }
    }

    fn current(&self) -> NodeId {
        self.open.last().copied().unwrap_or(NodeId(0))
    }

    /// Appends an element to the innermost open node and opens it.
    pub fn open(&mut self, name: &str, attrs: Vec<(String, String)>) -> NodeId {
        let id = self.page.append_element(self.current(), name, attrs);
        self.open.push(id);
        id
    }

    /// Appends an empty element to the innermost open node without opening it.
    pub fn empty(&mut self, name: &str, attrs: Vec<(String, String)>) -> NodeId {
        self.page.append_element(self.current(), name, attrs)
    }

    /// Appends a text node to the innermost open node.
    pub fn text(&mut self, text: &str) -> NodeId {
        self.page.append_text(self.current(), text)
    }

    /// Closes the innermost open element (the document is never closed).
    pub fn close(&mut self) {
        if self.open.len() > 1 {
            self.open.pop();
        }
    }

    /// The page built so far.
    pub fn finish(self) -> Page {
        self.page
    }
}

/// Pre-order iterator over a subtree, returned by [`Page::descendants`]: the subtree is a
/// contiguous run of the arena.
pub struct Descendants {
    next: u32,
    end: u32,
}

impl Iterator for Descendants {
    type Item = NodeId;

    fn next(&mut self) -> Option<NodeId> {
        (self.next < self.end).then(|| {
            self.next += 1;
            NodeId(self.next - 1)
        })
    }
}

/// Collapses runs of whitespace (HTML's and Unicode's, NBSP included) to one space and trims.
pub fn collapse_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending = false;
    for c in s.chars() {
        if c.is_whitespace() {
            pending = !out.is_empty();
        } else {
            if pending {
                out.push(' ');
                pending = false;
            }
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Page {
        let mut p = Page::new();
        let html = p.append_element(p.root(), "html", vec![("lang".into(), "en".into())]);
        let body = p.append_element(html, "body", vec![]);
        let para = p.append_element(body, "p", vec![("class".into(), "a b".into())]);
        p.append_text(para, "Hello ");
        let em = p.append_element(para, "em", vec![]);
        p.append_text(em, "world");
        p
    }

    #[test]
    fn flat_round_trip_keeps_everything() {
        let p = sample();
        let (s, t) = p.to_flat();
        let q = Page::from_flat(&s, &t).expect("round trip");
        assert_eq!(p, q);
        assert_eq!(p.digest(), q.digest());
    }

    fn rejects(structure: &[u32], strings: &str, why: &'static str) {
        assert_eq!(
            Page::from_flat(structure, strings),
            Err(ModelError::BadSnapshot(why)),
            "{structure:?} {strings:?}"
        );
    }

    const DIV: u32 = FLAT_ELEMENT;
    const fn with_attrs(n: u32) -> u32 {
        (n << 2) | FLAT_ELEMENT
    }

    #[test]
    fn flat_accepts_well_formed_snapshots() {
        assert!(Page::from_flat(&[0, DIV], "div").is_ok_and(|p| p.len() == 2));
        assert!(Page::from_flat(&[], "").is_ok_and(|p| p.len() == 1));
        assert!(Page::from_flat(&[0, FLAT_TEXT], "").is_ok_and(|p| p.len() == 2));
        // div > (p > "a"), then "b" back in the div, then a sibling of the div.
        let page = Page::from_flat(
            &[0, DIV, 1, DIV, 2, FLAT_TEXT, 1, FLAT_TEXT, 0, DIV],
            "div\u{0}p\u{0}a\u{0}b\u{0}span",
        )
        .expect("pre-order");
        assert_eq!(page.children(NodeId(1)), &[NodeId(2), NodeId(4)]);
        assert_eq!(page.children(page.root()), &[NodeId(1), NodeId(5)]);
        let shadow = Page::from_flat(
            &[0, DIV, 1, with_attrs(1), 2, FLAT_TEXT, 1, FLAT_TEXT],
            "x-card\u{0}#shadow-root\u{0}mode\u{0}open\u{0}in\u{0}light",
        )
        .expect("shadow root first");
        assert_eq!(shadow.name(NodeId(2)), SHADOW_ROOT);
    }

    #[test]
    fn flat_rejects_counts_that_do_not_match() {
        rejects(&[0], "", "odd structure length");
        rejects(&[0, with_attrs(2)], "div\u{0}id", "too few strings");
        rejects(&[0, FLAT_TEXT], "a\u{0}b", "too many strings");
        rejects(&[], "x", "too many strings");
        rejects(&[0, FLAT_TEXT, 0, FLAT_TEXT], "a", "too few strings");
        // A forged attribute count must fail on the strings, not allocate for them.
        rejects(&[0, with_attrs(u32::MAX >> 2)], "div", "too few strings");
    }

    #[test]
    fn flat_rejects_unknown_tags() {
        rejects(&[0, 2], "x", "unknown node tag");
        rejects(&[0, 0], "x", "unknown node tag");
        rejects(&[0, FLAT_TEXT | 4], "x", "unknown node tag");
    }

    #[test]
    fn flat_rejects_what_is_not_pre_order() {
        rejects(&[5, FLAT_TEXT], "x", "parent index out of order");
        rejects(&[1, DIV], "div", "parent index out of order");
        // The p (2) closed when the text (3) went back to the div: nothing more can go in it.
        rejects(
            &[0, DIV, 1, DIV, 1, FLAT_TEXT, 2, FLAT_TEXT],
            "div\u{0}p\u{0}a\u{0}b",
            "parent is not an open ancestor",
        );
        // The div (1) closed when the span went to the document.
        rejects(
            &[0, DIV, 0, DIV, 1, FLAT_TEXT],
            "div\u{0}span\u{0}a",
            "parent is not an open ancestor",
        );
        rejects(
            &[0, FLAT_TEXT, 1, FLAT_TEXT],
            "a\u{0}b",
            "text node as a parent",
        );
    }

    #[test]
    fn flat_rejects_impossible_elements() {
        rejects(&[0, DIV], "", "empty element name");
        let shadow = "#shadow-root\u{0}mode\u{0}open";
        rejects(
            &[0, with_attrs(1)],
            shadow,
            "shadow root not its host's first child",
        );
        rejects(
            &[0, DIV, 1, FLAT_TEXT, 1, with_attrs(1)],
            &format!("div\u{0}a\u{0}{shadow}"),
            "shadow root not its host's first child",
        );
    }

    #[test]
    fn builder_appends_in_document_order() {
        let mut b = PageBuilder::new();
        b.open("div", vec![]);
        b.open("p", vec![]);
        b.text("a");
        b.close();
        b.empty("br", vec![]);
        b.close();
        b.close(); // the document stays open
        b.text("tail");
        let page = b.finish();
        let (s, t) = page.to_flat();
        assert_eq!(Page::from_flat(&s, &t), Ok(page.clone()));
        assert_eq!(page.children(page.root()), &[NodeId(1), NodeId(5)]);
    }

    #[test]
    fn text_and_classes() {
        let p = sample();
        let para = p.first_element("p").expect("p");
        assert_eq!(p.text_content(para), "Hello world");
        let e = p.element(para).expect("element");
        assert!(e.has_class("b") && !e.has_class("c"));
        assert_eq!(p.ancestors(para).count(), 3);
        assert_eq!(collapse_whitespace("  a \n\u{a0} b  "), "a b");
    }
}
