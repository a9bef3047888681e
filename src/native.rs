//! The native adapter: HTML text → page model, with html5ever (through `scraper`).
//!
//! Used by the CLI and the tests. It follows the same rules as the web adapter
//! ([`crate::core::model::keeps_children`], [`crate::core::model::keeps_script_text`]) so the
//! two build identical models of the same page.

pub mod decode;

use crate::core::model::{self, ModelError, NodeId, Page};
use scraper::{Html, Node};

/// A parsed document: the html5ever tree and the page model, with the model's nodes mapped
/// back to the tree (so `clean` can serialize the original markup minus clutter).
pub struct Parsed {
    /// The html5ever tree.
    pub html: Html,
    /// The model.
    pub page: Page,
    /// `tree_ids[i]` is the tree node of model node `i`.
    pub tree_ids: Vec<ego_tree::NodeId>,
}

/// Parses HTML and builds the page model. Fails when the input has no element content
/// beyond what the parser synthesises (`<html><head></head><body></body></html>`).
pub fn parse(source: &str) -> Result<Parsed, ModelError> {
    let html = Html::parse_document(source);
    let mut page = Page::new();
    let mut tree_ids = vec![html.tree.root().id()];
    let mut stack: Vec<(ego_tree::NodeRef<'_, Node>, NodeId)> = html
        .tree
        .root()
        .children()
        .rev()
        .map(|c| (c, page.root()))
        .collect();
    while let Some((node, parent)) = stack.pop() {
        match node.value() {
            Node::Element(e) => {
                let name = e.name();
                let attrs: Vec<(String, String)> = e
                    .attrs()
                    .map(|(n, v)| (n.to_string(), v.to_string()))
                    .collect();
                let descend = model::keeps_children(name)
                    && (name != "script" || model::keeps_script_text(&attrs));
                let id = page.append_element(parent, name, attrs);
                tree_ids.push(node.id());
                if descend {
                    stack.extend(node.children().rev().map(|c| (c, id)));
                }
            }
            Node::Text(t) => {
                page.append_text(parent, t);
                tree_ids.push(node.id());
            }
            _ => {}
        }
    }
    if !looks_like_html(source, &page) {
        return Err(ModelError::NotHtml);
    }
    Ok(Parsed {
        html,
        page,
        tree_ids,
    })
}

/// Whether the input is an HTML document: it must contain markup (a tag) and give the
/// parser some element beyond the skeleton it always makes.
fn looks_like_html(source: &str, page: &Page) -> bool {
    let has_tag = source
        .as_bytes()
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'!'));
    let has_content = page
        .ids()
        .any(|n| !matches!(page.name(n), "" | "html" | "head" | "body"));
    has_tag && has_content
}

impl Parsed {
    /// The original markup with the given model nodes (and their subtrees) removed.
    pub fn serialize_without(&mut self, remove: &[NodeId]) -> String {
        for n in remove {
            if let Some(&tid) = self.tree_ids.get(n.index()) {
                if let Some(mut node) = self.html.tree.get_mut(tid) {
                    node.detach();
                }
            }
        }
        self.html.html()
    }
}
