//! False-positive check on the Readability.js test pages (ignored by default: it needs the
//! shared corpus). For each page, how much of the expected article text the clutter would
//! hide, as the share of the article's 4-word shingles found in hidden text.
//!
//! `cargo test --release --test clutter_corpus -- --ignored --nocapture`

#![cfg(not(target_arch = "wasm32"))]

use clearpress::core::clutter::find_clutter;
use clearpress::native::parse;
use std::collections::HashSet;
use std::time::Instant;

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

fn shingles(w: &[String]) -> HashSet<String> {
    if w.len() < 4 {
        return w.iter().cloned().collect();
    }
    w.windows(4).map(|x| x.join(" ")).collect()
}

/// `CLUTTER_BENCH=<slug>`: runs `find_clutter` 300 times on one page (for a profiler).
#[test]
#[ignore]
fn bench_one_page() {
    let Ok(slug) = std::env::var("CLUTTER_BENCH") else {
        return;
    };
    let root = std::env::var("CLUTTER_CORPUS")
        .unwrap_or_else(|_| "/work/shared/corpus/readability".to_string());
    let src = std::fs::read_to_string(format!("{root}/{slug}/source.html")).expect("page");
    let page = parse(&src).expect("parse").page;
    let t = Instant::now();
    let mut n = 0;
    for _ in 0..300 {
        n += find_clutter(&page).len();
    }
    eprintln!(
        "{slug}: {:.3} ms per run ({n})",
        t.elapsed().as_secs_f64() * 1000.0 / 300.0
    );
}

#[test]
#[ignore]
fn readability_corpus_false_positives() {
    let root = std::env::var("CLUTTER_CORPUS")
        .unwrap_or_else(|_| "/work/shared/corpus/readability".to_string());
    let Ok(entries) = std::fs::read_dir(&root) else {
        eprintln!("no corpus at {root}");
        return;
    };
    let mut dirs: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    dirs.sort();
    let mut rows = Vec::new();
    let mut times = Vec::new();
    let mut slow = Vec::new();
    for d in dirs {
        let (Ok(src), Ok(exp)) = (
            std::fs::read_to_string(d.join("source.html")),
            std::fs::read_to_string(d.join("expected.html")),
        ) else {
            continue;
        };
        let name = d.file_name().unwrap().to_string_lossy().to_string();
        let Ok(parsed) = parse(&src) else { continue };
        let page = parsed.page;
        // Best of five runs: the first pays for page faults and the one-time list compile.
        let mut best = f64::MAX;
        let mut clutter = Vec::new();
        for _ in 0..5 {
            let t = Instant::now();
            clutter = find_clutter(&page);
            best = best.min(t.elapsed().as_secs_f64() * 1000.0);
        }
        times.push(best);
        slow.push((
            best,
            d.file_name().unwrap().to_string_lossy().to_string(),
            page.len(),
        ));
        let exp_text = parse(&exp)
            .map(|p| p.page.text_content(p.page.root()))
            .unwrap_or_default();
        let exp_sh = shingles(&words(&exp_text));
        let mut hidden = HashSet::new();
        for c in &clutter {
            hidden.extend(shingles(&words(&page.text_content(c.node))));
        }
        let overlap = exp_sh.intersection(&hidden).count();
        let share = if exp_sh.is_empty() {
            0.0
        } else {
            overlap as f64 / exp_sh.len() as f64
        };
        rows.push((
            share,
            name,
            clutter.len(),
            clutter
                .iter()
                .map(|c| format!("{:?}<{}> {}", c.kind, page.name(c.node), c.reason))
                .collect::<Vec<_>>(),
        ));
    }
    let n = rows.len();
    let zero = rows.iter().filter(|r| r.0 == 0.0).count();
    let over1 = rows.iter().filter(|r| r.0 > 0.01).count();
    let mean: f64 = rows.iter().map(|r| r.0).sum::<f64>() / n.max(1) as f64;
    let with_clutter = rows.iter().filter(|r| r.2 > 0).count();
    rows.sort_by(|a, b| b.0.total_cmp(&a.0));
    times.sort_by(f64::total_cmp);
    eprintln!(
        "pages {n}, zero overlap {zero}, >1% {over1}, mean overlap {:.4}, pages with clutter {with_clutter}, find_clutter median {:.3} ms, max {:.3} ms",
        mean,
        times.get(times.len() / 2).copied().unwrap_or(0.0),
        times.last().copied().unwrap_or(0.0)
    );
    slow.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (t, name, nodes) in slow.iter().take(5) {
        eprintln!("slow: {t:.3} ms {name} ({nodes} nodes)");
    }
    for (share, name, count, reasons) in rows.iter().take(25) {
        eprintln!("{share:.4} {name} ({count} nodes)");
        if *share > 0.0 {
            for r in reasons {
                eprintln!("      {r}");
            }
        }
    }
    if std::env::var("CLUTTER_ALL").is_ok() {
        for (_, name, count, reasons) in rows.iter().filter(|r| r.2 > 0) {
            eprintln!("{name} ({count}): {}", reasons.join(" | "));
        }
    }
}
