//! Every heuristic's named data in one place: word lists, class/id patterns, thresholds.
//!
//! Each list says where it came from (a widget's public markup, a reference extractor's
//! published constants, or our own fixtures) so that a change can be traced and argued.
//! The analyses ([`crate::core::clutter`], [`crate::core::article`], [`crate::core::quotes`])
//! read these constants and hold no literals of their own.

pub mod appeals;
pub mod article;
pub mod assets;
pub mod clutter;
pub mod fragments;
pub mod limits;
pub mod meta;
pub mod quotes;
pub mod reading;
pub mod signup;
pub mod video;
