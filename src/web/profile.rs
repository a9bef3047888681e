//! Exports for `tests/bench/plan-node.mjs` only (feature `profile`, never in the shipped
//! build): each runs [`plan_flat`](super::plan_flat)'s work up to one step, so the script can
//! time the steps by difference — the string's trip into wasm, the model, the analyses, the
//! plan, and the plan's conversion to a JS value.

use crate::core::analysis::analyze;
use crate::core::model::Page;
use crate::core::plan;
use wasm_bindgen::prelude::*;

/// Takes the snapshot's strings into wasm (UTF-16 → UTF-8) and nothing else.
#[wasm_bindgen]
pub fn profile_strings(strings: &str) -> usize {
    strings.len()
}

/// The model from a snapshot.
#[wasm_bindgen]
pub fn profile_model(structure: &[u32], strings: &str) -> usize {
    Page::from_flat(structure, strings).map_or(0, |p| p.len())
}

/// The model and the analyses.
#[wasm_bindgen]
pub fn profile_analyze(structure: &[u32], strings: &str) -> usize {
    Page::from_flat(structure, strings).map_or(0, |p| analyze(&p).quotes.len())
}

/// The model, the analyses and the plan, kept in wasm.
#[wasm_bindgen]
pub fn profile_plan(structure: &[u32], strings: &str) -> usize {
    Page::from_flat(structure, strings).map_or(0, |p| plan::plan(&p, None).pieces.len())
}
