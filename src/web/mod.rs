//! The web adapter (wasm only): builds the page model from a browser document and exposes the
//! core to JavaScript.
//!
//! The DOM walk and every DOM write live in one small JS module, `src/web/dom.js` (a call
//! across the JS↔wasm boundary costs about 0.2 µs, and a `web-sys` walk was several times
//! slower than the same walk in JS). It produces the flat snapshot of
//! [`Page::from_flat`]; everything decided about the page is decided here, in Rust.
//! The extension's content script uses `dom.js` directly, so it can also apply a plan that
//! the service worker computed with [`plan_flat`] when the page forbids WebAssembly.

use crate::core::analysis::analyze;
use crate::core::model::{NodeId, Page};
use crate::core::{plan, report};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[cfg(feature = "profile")]
pub mod profile;

#[wasm_bindgen(module = "/src/web/dom.js")]
extern "C" {
    /// The snapshot object `dom.js` returns: `{structure, strings, nodes}`.
    pub type Snapshot;

    /// Walks `root` (a `Document` or an `Element`) into a [`Snapshot`].
    #[wasm_bindgen(catch, js_name = snapshot)]
    pub fn snapshot(root: &JsValue) -> Result<Snapshot, JsValue>;

    /// Two numbers per node: parent index and tag (see [`Page::from_flat`]).
    #[wasm_bindgen(method, getter)]
    pub fn structure(this: &Snapshot) -> Vec<u32>;

    /// Every string of the snapshot, NUL-separated.
    #[wasm_bindgen(method, getter)]
    pub fn strings(this: &Snapshot) -> String;

    /// `nodes[i]` is the DOM node of arena index `i`.
    #[wasm_bindgen(method, getter)]
    pub fn nodes(this: &Snapshot) -> js_sys::Array;

    /// Applies a plan (its JSON-compatible value) to a snapshot's nodes; returns the undo
    /// record.
    #[wasm_bindgen(catch, js_name = apply)]
    pub fn apply(nodes: &js_sys::Array, plan: &JsValue) -> Result<JsValue, JsValue>;

    /// Restores the document as it was before [`apply`].
    #[wasm_bindgen(catch, js_name = undo)]
    pub fn undo(record: &JsValue) -> Result<(), JsValue>;
}

/// Installs the panic hook so a bug shows up in the console with its message.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| js_error(&format!("cannot encode result: {e}")))
}

fn js_error(msg: &str) -> JsValue {
    js_sys::Error::new(msg).into()
}

/// Builds the page model from a flat snapshot.
fn page_from_flat(structure: &[u32], strings: &str, url: Option<String>) -> Result<Page, JsValue> {
    let mut page = Page::from_flat(structure, strings).map_err(|e| js_error(&e.to_string()))?;
    page.url = url;
    Ok(page)
}

/// Builds the page model of `root` (a `Document` or `Element`) through `dom.js`.
pub fn page_of(root: &JsValue, url: Option<String>) -> Result<Page, JsValue> {
    let snap = snapshot(root)?;
    page_from_flat(&snap.structure(), &snap.strings(), url)
}

/// Computes the plan for a snapshot (`structure`, `strings` from `dom.js`'s `snapshot`):
/// what `apply` should change, by node index. Used by the content script, or by the service
/// worker for pages where WebAssembly cannot run. `lang` (a BCP 47 tag, e.g. the browser's
/// interface language) chooses the language of the quote labels; the page's when absent.
#[wasm_bindgen]
pub fn plan_flat(
    structure: &[u32],
    strings: &str,
    url: Option<String>,
    lang: Option<String>,
) -> Result<JsValue, JsValue> {
    let page = page_from_flat(structure, strings, url)?;
    to_js(&plan::plan(&page, lang.as_deref()))
}

/// The clutter of a snapshot that touches the subtrees rooted at `roots` (node indices of
/// the snapshot; `[0]` for the whole page), as `{hide, summary}`: declutter-only mode, and
/// content the page inserts while clearpress is on. The whole page is judged, so a late
/// widget gets the decision it would have had on load.
#[wasm_bindgen]
pub fn clutter_flat(structure: &[u32], strings: &str, roots: &[u32]) -> Result<JsValue, JsValue> {
    let page = page_from_flat(structure, strings, None)?;
    let roots: Vec<NodeId> = roots
        .iter()
        .filter(|&&r| (r as usize) < page.len())
        .map(|&r| NodeId(r))
        .collect();
    to_js(&plan::clutter_plan(&page, &roots))
}

/// The full report (the JSON of `clearpress report`) for a snapshot.
#[wasm_bindgen]
pub fn report_flat(
    structure: &[u32],
    strings: &str,
    url: Option<String>,
) -> Result<JsValue, JsValue> {
    let page = page_from_flat(structure, strings, url)?;
    to_js(&report::report(&page, &analyze(&page)))
}

/// The full report (the JSON of `clearpress report`) for a document, e.g. one parsed with
/// `DOMParser`. `url` resolves relative links; the document's own URL is not used because a
/// parsed document inherits the URL of the page that parsed it.
#[wasm_bindgen]
pub fn analyze_document(doc: &web_sys::Document, url: Option<String>) -> Result<JsValue, JsValue> {
    let page = page_of(doc, url)?;
    to_js(&report::report(&page, &analyze(&page)))
}
