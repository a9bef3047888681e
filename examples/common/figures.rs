//! Figures that `./build.sh eval` gates on: each eval appends `name<TAB>value` lines to one
//! file, and `examples/eval_floors.rs` compares them with `tests/eval/floors.tsv`.
//!
//! One file for every figure, so the gate is a single comparison however many evals write
//! to it; the path comes from `EVAL_FIGURES` (set by build.sh) or defaults under target/.

use std::io::Write;

/// Where figures are appended.
pub fn path() -> std::path::PathBuf {
    std::env::var_os("EVAL_FIGURES")
        .map(Into::into)
        .unwrap_or_else(|| "target/eval/figures.tsv".into())
}

/// Appends one figure. A figure that cannot be written is reported, not fatal: the floors
/// check then fails on the missing figure, which is the loud place for it.
pub fn record(name: &str, value: f64) {
    let path = path();
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let written = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .and_then(|mut f| writeln!(f, "{name}\t{value:.4}"));
    if let Err(e) = written {
        eprintln!("figures: could not write {name} to {}: {e}", path.display());
    }
}
