//! The fuzz corpora as a regression test on stable: every input `cargo fuzz` saved in
//! `fuzz/corpus/<target>/` (seeds, the coverage it found, and any crash once fixed) runs
//! through the same harness bodies as the fuzz targets (`tests/harness/`), which panic when
//! the pipeline panics or an invariant breaks (plan indices in range, report JSON parses,
//! `content_html` passes the allow-list). The long run is `./build.sh fuzz`.

#![cfg(not(target_arch = "wasm32"))]

mod common;
mod harness;

use std::path::{Path, PathBuf};

/// The saved inputs of one fuzz target, sorted.
fn corpus(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

/// Runs `body` over every input of `target`, naming the input that fails.
fn run_corpus(target: &str, body: fn(&[u8])) -> usize {
    let files = corpus(target);
    for path in &files {
        let data = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = path.display().to_string();
        if std::panic::catch_unwind(|| body(&data)).is_err() {
            panic!("fuzz input {name} fails (the panic message is above)");
        }
    }
    files.len()
}

#[test]
fn html_corpus_passes() {
    let n = run_corpus("pipeline", harness::html_pipeline);
    // The fixture pages alone seed more than this; fewer means the corpus went missing.
    assert!(n >= 50, "only {n} inputs in fuzz/corpus/pipeline");
}

#[test]
fn flat_corpus_passes() {
    let n = run_corpus("flat", harness::flat_pipeline);
    assert!(n >= 50, "only {n} inputs in fuzz/corpus/flat");
}

/// The fixture pages through the flat target too (the way `build.sh fuzz` seeds it), so
/// the test also covers pages added after the corpus was last saved.
#[test]
fn fixture_pages_pass_both_targets() {
    for dir in common::fixture_dirs() {
        let html = std::fs::read(dir.join("page.html")).expect("fixture page");
        let mut page = clearpress::native::parse(&String::from_utf8_lossy(&html))
            .expect("fixture parses")
            .page;
        page.url = Some("https://example.org/a/b.html".into());
        let flat = harness::raw_flat_bytes(&page);
        let run = || {
            harness::html_pipeline(&html);
            harness::flat_pipeline(&flat);
        };
        if std::panic::catch_unwind(run).is_err() {
            panic!(
                "fixture {} fails (the panic message is above)",
                common::case_name(&dir)
            );
        }
    }
}
