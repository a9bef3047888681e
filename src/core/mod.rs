//! The pure core: everything clearpress decides, with no DOM access.
//!
//! Flow: an adapter builds a [`model::Page`]; [`analysis::analyze`] runs [`clutter`],
//! [`article`] and [`quotes`] over it; [`plan::Plan`] turns the result into node indices an
//! adapter can apply in one batch, and [`report`] into the JSON the CLI and popup show.

pub mod analysis;
pub mod article;
pub mod assets;
pub mod cite;
pub mod clutter;
pub mod heuristics;
pub mod labels;
pub mod model;
pub mod plan;
pub mod quotes;
pub mod reading;
pub mod render;
pub mod report;

// Random and deep pages for the property tests of the walks.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) mod testing;
