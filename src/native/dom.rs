//! The parsed document as html5ever builds it: a compact arena tree and its [`TreeSink`].
//!
//! Written here instead of using scraper's `Html` because of memory: scraper keeps every node,
//! text included, in one enum sized for its largest element (an attribute map, cached `id`
//! and classes), about 270 bytes a node, and the page model is built while that tree is
//! alive. Here a node is five links and a pointer-sized payload (an element's name and
//! attributes are boxed apart), about 48 bytes, and a text node's data stays the tendril the
//! tokenizer made, usually a slice of the input buffer.

use html5ever::interface::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::{local_name, ns, Attribute, QualName};
use std::borrow::Cow;
use std::cell::{Ref, RefCell};

/// Index of a node in a [`Dom`]; the document is `DomId(0)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DomId(pub u32);

/// "No node" in the links.
const NONE: u32 = u32::MAX;

/// An element: its name, its attributes in source order, and for a `<template>` the
/// fragment that holds its content.
#[derive(Debug, Clone)]
pub struct ElementData {
    /// Namespace and local name.
    pub name: QualName,
    /// Attributes in source order.
    pub attrs: Vec<Attribute>,
    /// A `<template>`'s content fragment (parentless, as in the DOM).
    template: u32,
    /// MathML `annotation-xml` integration point, which the tree builder asks back for.
    integration_point: bool,
}

impl ElementData {
    /// An element that is no template and no integration point (for one added after parsing).
    pub fn new(name: QualName, attrs: Vec<Attribute>) -> ElementData {
        ElementData {
            name,
            attrs,
            template: NONE,
            integration_point: false,
        }
    }

    /// The value of the attribute without namespace named `name`.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|a| a.name.ns == ns!() && &*a.name.local == name)
            .map(|a| &*a.value)
    }

    /// Whether the element is the HTML element `local`.
    pub fn is_html(&self, local: &str) -> bool {
        self.name.ns == ns!(html) && &*self.name.local == local
    }
}

/// What a node is.
#[derive(Debug, Clone)]
pub enum Data {
    /// The document.
    Document,
    /// A template's content.
    Fragment,
    /// `<!DOCTYPE name PUBLIC "public" "system">`.
    Doctype(Box<[StrTendril; 3]>),
    /// Text.
    Text(StrTendril),
    /// A comment's text.
    Comment(StrTendril),
    /// A processing instruction's target and data.
    Pi(Box<[StrTendril; 2]>),
    /// An element.
    Element(Box<ElementData>),
}

/// One node: its links and what it is.
#[derive(Debug, Clone)]
pub struct DomNode {
    parent: u32,
    prev: u32,
    next: u32,
    first: u32,
    last: u32,
    /// What the node is.
    pub data: Data,
}

/// The parsed document.
#[derive(Debug, Clone)]
pub struct Dom {
    nodes: Vec<DomNode>,
    /// Answers [`TreeSink::elem_name`] for a handle that is not an element (the builder
    /// promises never to ask, but a wrong answer beats a panic).
    no_name: QualName,
}

fn link(i: u32) -> Option<DomId> {
    (i != NONE).then_some(DomId(i))
}

impl Dom {
    /// A document with room for about `nodes` nodes.
    pub fn with_capacity(nodes: usize) -> Dom {
        let mut v = Vec::with_capacity(nodes.max(1));
        v.push(DomNode::new(Data::Document));
        Dom {
            nodes: v,
            no_name: QualName::new(None, ns!(), local_name!("")),
        }
    }

    /// The document node.
    pub fn root(&self) -> DomId {
        DomId(0)
    }

    /// Number of nodes, detached ones included.
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// Whether the arena holds only the document.
    pub fn is_empty(&self) -> bool {
        self.nodes.len() <= 1
    }

    fn get(&self, id: DomId) -> Option<&DomNode> {
        self.nodes.get(id.0 as usize)
    }

    /// What node `id` is (the document for a foreign id).
    pub fn data(&self, id: DomId) -> &Data {
        self.get(id).map_or(&Data::Document, |n| &n.data)
    }

    /// The element at `id`, if it is one.
    pub fn element(&self, id: DomId) -> Option<&ElementData> {
        match self.data(id) {
            Data::Element(e) => Some(e),
            _ => None,
        }
    }

    /// The element at `id` for changing, if it is one.
    pub fn element_mut(&mut self, id: DomId) -> Option<&mut ElementData> {
        match self.nodes.get_mut(id.0 as usize).map(|n| &mut n.data) {
            Some(Data::Element(e)) => Some(e),
            _ => None,
        }
    }

    /// The parent of `id`.
    pub fn parent(&self, id: DomId) -> Option<DomId> {
        self.get(id).and_then(|n| link(n.parent))
    }

    /// The first child of `id`.
    pub fn first_child(&self, id: DomId) -> Option<DomId> {
        self.get(id).and_then(|n| link(n.first))
    }

    /// The last child of `id`.
    pub fn last_child(&self, id: DomId) -> Option<DomId> {
        self.get(id).and_then(|n| link(n.last))
    }

    /// The next sibling of `id`.
    pub fn next_sibling(&self, id: DomId) -> Option<DomId> {
        self.get(id).and_then(|n| link(n.next))
    }

    /// The previous sibling of `id`.
    pub fn prev_sibling(&self, id: DomId) -> Option<DomId> {
        self.get(id).and_then(|n| link(n.prev))
    }

    /// The children of `id` in order.
    pub fn children(&self, id: DomId) -> impl DoubleEndedIterator<Item = DomId> + '_ {
        Children {
            dom: self,
            front: self.first_child(id),
            back: self.last_child(id),
        }
    }

    /// A `<template>`'s content fragment.
    pub fn template_contents(&self, id: DomId) -> Option<DomId> {
        self.element(id).and_then(|e| link(e.template))
    }

    /// Every node of the arena (detached ones too), in creation order.
    pub fn ids(&self) -> impl Iterator<Item = DomId> {
        (0..self.nodes.len() as u32).map(DomId)
    }

    fn new_node(&mut self, data: Data) -> DomId {
        let id = DomId(self.nodes.len() as u32);
        self.nodes.push(DomNode::new(data));
        id
    }

    fn node_mut(&mut self, id: DomId) -> Option<&mut DomNode> {
        self.nodes.get_mut(id.0 as usize)
    }

    /// Takes `id` out of its parent's children (its own subtree stays with it).
    pub fn detach(&mut self, id: DomId) {
        let Some(n) = self.get(id) else { return };
        let (parent, prev, next) = (n.parent, n.prev, n.next);
        if parent == NONE {
            return;
        }
        match self.node_mut(DomId(prev)) {
            Some(p) => p.next = next,
            None => {
                if let Some(p) = self.node_mut(DomId(parent)) {
                    p.first = next;
                }
            }
        }
        match self.node_mut(DomId(next)) {
            Some(x) => x.prev = prev,
            None => {
                if let Some(p) = self.node_mut(DomId(parent)) {
                    p.last = prev;
                }
            }
        }
        if let Some(n) = self.node_mut(id) {
            (n.parent, n.prev, n.next) = (NONE, NONE, NONE);
        }
    }

    /// Appends the parentless `child` as `parent`'s last child.
    fn append_id(&mut self, parent: DomId, child: DomId) {
        self.detach(child);
        let Some(last) = self.get(parent).map(|p| p.last) else {
            return;
        };
        if let Some(c) = self.node_mut(child) {
            (c.parent, c.prev, c.next) = (parent.0, last, NONE);
        }
        match self.node_mut(DomId(last)) {
            Some(l) => l.next = child.0,
            None => {
                if let Some(p) = self.node_mut(parent) {
                    p.first = child.0;
                }
            }
        }
        if let Some(p) = self.node_mut(parent) {
            p.last = child.0;
        }
    }

    /// Inserts `child` right before `sibling`, which must have a parent.
    fn insert_before(&mut self, sibling: DomId, child: DomId) {
        self.detach(child);
        let Some((parent, prev)) = self.get(sibling).map(|s| (s.parent, s.prev)) else {
            return;
        };
        if parent == NONE {
            return;
        }
        if let Some(c) = self.node_mut(child) {
            (c.parent, c.prev, c.next) = (parent, prev, sibling.0);
        }
        if let Some(s) = self.node_mut(sibling) {
            s.prev = child.0;
        }
        match self.node_mut(DomId(prev)) {
            Some(p) => p.next = child.0,
            None => {
                if let Some(p) = self.node_mut(DomId(parent)) {
                    p.first = child.0;
                }
            }
        }
    }

    /// Frees what node `id` holds (it reads as the document afterwards), keeping its links:
    /// for a walk that moves each node into something else as it passes.
    pub fn clear(&mut self, id: DomId) {
        if let Some(n) = self.node_mut(id) {
            n.data = Data::Document;
        }
    }

    /// Adds a new node holding `data` as `parent`'s first child.
    pub fn prepend(&mut self, parent: DomId, data: Data) -> DomId {
        let id = self.new_node(data);
        match self.first_child(parent) {
            Some(first) => self.insert_before(first, id),
            None => self.append_id(parent, id),
        }
        id
    }

    /// Appends text to `parent`, joined to its last child when that is text (as the
    /// parser's "insert a character" does).
    fn append_text(&mut self, parent: DomId, text: StrTendril) {
        let last = self.last_child(parent);
        if let Some(Data::Text(t)) = last.and_then(|l| self.node_mut(l)).map(|n| &mut n.data) {
            t.push_tendril(&text);
            return;
        }
        let id = self.new_node(Data::Text(text));
        self.append_id(parent, id);
    }

    /// Inserts text right before `sibling`, joined to the text before it if there is one.
    fn insert_text_before(&mut self, sibling: DomId, text: StrTendril) {
        let prev = self.prev_sibling(sibling);
        if let Some(Data::Text(t)) = prev.and_then(|p| self.node_mut(p)).map(|n| &mut n.data) {
            t.push_tendril(&text);
            return;
        }
        let id = self.new_node(Data::Text(text));
        self.insert_before(sibling, id);
    }
}

impl DomNode {
    fn new(data: Data) -> DomNode {
        DomNode {
            parent: NONE,
            prev: NONE,
            next: NONE,
            first: NONE,
            last: NONE,
            data,
        }
    }
}

struct Children<'a> {
    dom: &'a Dom,
    front: Option<DomId>,
    back: Option<DomId>,
}

impl Iterator for Children<'_> {
    type Item = DomId;
    fn next(&mut self) -> Option<DomId> {
        let id = self.front?;
        if self.front == self.back {
            (self.front, self.back) = (None, None);
        } else {
            self.front = self.dom.next_sibling(id);
        }
        Some(id)
    }
}

impl DoubleEndedIterator for Children<'_> {
    fn next_back(&mut self) -> Option<DomId> {
        let id = self.back?;
        if self.front == self.back {
            (self.front, self.back) = (None, None);
        } else {
            self.back = self.dom.prev_sibling(id);
        }
        Some(id)
    }
}

/// Builds a [`Dom`] for html5ever's tree builder.
pub struct DomSink {
    dom: RefCell<Dom>,
}

impl DomSink {
    /// A sink whose arena has room for about `nodes` nodes.
    pub fn with_capacity(nodes: usize) -> DomSink {
        DomSink {
            dom: RefCell::new(Dom::with_capacity(nodes)),
        }
    }
}

impl TreeSink for DomSink {
    type Handle = DomId;
    type Output = Dom;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Dom {
        self.dom.into_inner()
    }
    // A hostile page makes millions; nothing reads them.
    fn parse_error(&self, _msg: Cow<'static, str>) {}
    fn get_document(&self) -> DomId {
        DomId(0)
    }
    fn elem_name<'a>(&'a self, target: &'a DomId) -> Ref<'a, QualName> {
        Ref::map(self.dom.borrow(), |d| match d.element(*target) {
            Some(e) => &e.name,
            None => &d.no_name,
        })
    }
    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> DomId {
        let mut dom = self.dom.borrow_mut();
        let template = if flags.template {
            dom.new_node(Data::Fragment).0
        } else {
            NONE
        };
        dom.new_node(Data::Element(Box::new(ElementData {
            name,
            attrs,
            template,
            integration_point: flags.mathml_annotation_xml_integration_point,
        })))
    }
    fn create_comment(&self, text: StrTendril) -> DomId {
        self.dom.borrow_mut().new_node(Data::Comment(text))
    }
    fn create_pi(&self, target: StrTendril, data: StrTendril) -> DomId {
        let pi = Data::Pi(Box::new([target, data]));
        self.dom.borrow_mut().new_node(pi)
    }
    fn append(&self, parent: &DomId, child: NodeOrText<DomId>) {
        let mut dom = self.dom.borrow_mut();
        match child {
            NodeOrText::AppendNode(id) => dom.append_id(*parent, id),
            NodeOrText::AppendText(text) => dom.append_text(*parent, text),
        }
    }
    fn append_based_on_parent_node(
        &self,
        element: &DomId,
        prev_element: &DomId,
        child: NodeOrText<DomId>,
    ) {
        let has_parent = self.dom.borrow().parent(*element).is_some();
        if has_parent {
            self.append_before_sibling(element, child)
        } else {
            self.append(prev_element, child)
        }
    }
    fn append_doctype_to_document(&self, name: StrTendril, public: StrTendril, system: StrTendril) {
        let mut dom = self.dom.borrow_mut();
        let id = dom.new_node(Data::Doctype(Box::new([name, public, system])));
        dom.append_id(DomId(0), id);
    }
    fn get_template_contents(&self, target: &DomId) -> DomId {
        // The builder asks only for templates, which all have content; the document is a
        // harmless answer otherwise.
        self.dom
            .borrow()
            .template_contents(*target)
            .unwrap_or(DomId(0))
    }
    fn same_node(&self, x: &DomId, y: &DomId) -> bool {
        x == y
    }
    fn set_quirks_mode(&self, _mode: QuirksMode) {}
    fn append_before_sibling(&self, sibling: &DomId, new_node: NodeOrText<DomId>) {
        let mut dom = self.dom.borrow_mut();
        if dom.parent(*sibling).is_none() {
            return;
        }
        match new_node {
            NodeOrText::AppendNode(id) => dom.insert_before(*sibling, id),
            NodeOrText::AppendText(text) => dom.insert_text_before(*sibling, text),
        }
    }
    fn add_attrs_if_missing(&self, target: &DomId, attrs: Vec<Attribute>) {
        let mut dom = self.dom.borrow_mut();
        let Some(e) = dom.element_mut(*target) else {
            return;
        };
        for a in attrs {
            if !e.attrs.iter().any(|b| b.name == a.name) {
                e.attrs.push(a);
            }
        }
    }
    fn remove_from_parent(&self, target: &DomId) {
        self.dom.borrow_mut().detach(*target);
    }
    fn reparent_children(&self, node: &DomId, new_parent: &DomId) {
        let mut dom = self.dom.borrow_mut();
        while let Some(child) = dom.first_child(*node) {
            dom.append_id(*new_parent, child);
        }
    }
    fn is_mathml_annotation_xml_integration_point(&self, handle: &DomId) -> bool {
        self.dom
            .borrow()
            .element(*handle)
            .is_some_and(|e| e.integration_point)
    }
}
