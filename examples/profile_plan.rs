//! Runs what the extension's `planFlat` runs — the model from a flat snapshot, the analyses,
//! the plan and its JSON — once over every snapshot `flat_snapshots` wrote, natively, for a
//! profiler: `valgrind --tool=callgrind target/release/examples/profile_plan` counts
//! instructions, which the machine's load does not change (issue 9: profile before
//! guessing). Prints the plans' total JSON length, so nothing is optimised away.
//!
//! usage: cargo run --release --example profile_plan -- [SNAPSHOT_DIR] [REPEAT]
//! (default `target/bench/flat`, 1).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> Result<(), Box<dyn std::error::Error>> {
    use clearpress::core::model::Page;
    use clearpress::core::plan;
    let mut args = std::env::args().skip(1);
    let dir = std::path::PathBuf::from(args.next().unwrap_or_else(|| "target/bench/flat".into()));
    let repeat: usize = args.next().map_or(Ok(1), |r| r.parse())?;
    let mut files: Vec<_> = std::fs::read_dir(&dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut snaps = Vec::new();
    for f in files {
        let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(f)?)?;
        let structure: Vec<u32> = serde_json::from_value(v["structure"].clone())?;
        let strings = v["strings"].as_str().unwrap_or("").to_string();
        snaps.push((structure, strings));
    }
    let mut total = 0;
    let t0 = std::time::Instant::now();
    for _ in 0..repeat {
        for (structure, strings) in &snaps {
            let page = Page::from_flat(structure, strings)?;
            total += serde_json::to_string(&plan::plan(&page, None))?.len();
        }
    }
    println!(
        "{} snapshots x {repeat}: {total} bytes of plan JSON in {:?}",
        snaps.len(),
        t0.elapsed()
    );
    Ok(())
}

#[cfg(target_arch = "wasm32")]
fn main() {}
