//! Writes the flat snapshot (`Page::to_flat`, what `dom.js`'s walk sends to `planFlat`) of
//! every Mozilla Readability test page, for `tests/bench/plan-node.mjs` to time the wasm
//! core on in Node. The native adapter builds the same model as the browser's walk (the
//! adapter parity tests hold them to it), so these are the snapshots a browser would send.
//!
//! usage: cargo run --release --example flat_snapshots -- [CORPUS_DIR] [OUT_DIR]
//! (defaults `../shared/corpus` and `target/bench/flat`). Without the corpus it says so and
//! exits 0.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> Result<(), Box<dyn std::error::Error>> {
    use std::path::PathBuf;
    let mut args = std::env::args().skip(1);
    let corpus = PathBuf::from(args.next().unwrap_or_else(|| "../shared/corpus".into()));
    let out = PathBuf::from(args.next().unwrap_or_else(|| "target/bench/flat".into()));
    let pages = corpus.join("readability");
    if !pages.is_dir() {
        println!("no corpus at {}: no snapshots written", pages.display());
        return Ok(());
    }
    std::fs::create_dir_all(&out)?;
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&pages)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("source.html").is_file())
        .collect();
    dirs.sort();
    let mut written = 0;
    for dir in dirs {
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let html = std::fs::read_to_string(dir.join("source.html"))?;
        let Ok(parsed) = clearpress::native::parse(&html) else {
            println!("  {name}: not HTML, skipped");
            continue;
        };
        let (structure, strings) = parsed.page.to_flat();
        let json = serde_json::json!({ "name": name, "structure": structure, "strings": strings });
        std::fs::write(out.join(format!("{name}.json")), json.to_string())?;
        written += 1;
    }
    println!("{written} snapshots in {}", out.display());
    Ok(())
}

#[cfg(target_arch = "wasm32")]
fn main() {}
