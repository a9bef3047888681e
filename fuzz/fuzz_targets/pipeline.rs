//! The whole pipeline on arbitrary bytes (see `tests/harness/mod.rs`).
#![no_main]

#[path = "../../tests/harness/mod.rs"]
#[allow(dead_code)] // the seeding helpers are for the other target and the example
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| harness::html_pipeline(data));
