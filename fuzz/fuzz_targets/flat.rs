//! `Page::from_flat` and the analyses on snapshots made from arbitrary bytes (see
//! `tests/harness/mod.rs` for the byte layout).
#![no_main]

#[path = "../../tests/harness/mod.rs"]
#[allow(dead_code)] // the seeding helpers are for the example
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| harness::flat_pipeline(data));
