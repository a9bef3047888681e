//! clearpress: reader mode that strips fundraising counters and comment clutter from a news
//! page, shows the article cleanly and highlights quoted statements with their speakers.
//!
//! The crate is split along one boundary:
//! - [`core`] is pure Rust — the page model, the clutter, article and quote analyses, and the
//!   plan that tells an adapter what to change. It never touches a DOM and is tested natively.
//! - adapters build a [`core::model::Page`] from a real document and apply a plan:
//!   `native` (html5ever into its own compact tree, for the CLI and tests) and `web` (the
//!   browser, wasm only).
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod core;

#[cfg(not(target_arch = "wasm32"))]
pub mod native;

#[cfg(target_arch = "wasm32")]
pub mod web;
