//! Article-extraction evaluation on the shared corpus: Scrapinghub's article-extraction
//! benchmark and the WCXB dev split.
//!
//! For every page it runs the native pipeline (`native::parse`, `analysis::analyze`,
//! `report::reader(...).text`), writes `{id: {"articleBody": text}}` JSON, and scores it with
//! `tools/score_extraction.py` (Scrapinghub shingle F1 and WCXB bag-of-words F1; the peers'
//! numbers are in the corpus README).
//!
//! usage: cargo run --release --example eval_extraction -- [CORPUS_DIR] [OUT.json]
//!        [--only scrapinghub|wcxb] [--per-page] [--debug ID|FILE.html]
//!
//! `CORPUS_DIR` defaults to `../shared/corpus`; `OUT.json` (default
//! `target/eval/extraction.json`) receives the Scrapinghub predictions and
//! `OUT.wcxb-dev.json` the WCXB ones. Without the corpus it says so and exits 0.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> Result<(), Box<dyn std::error::Error>> {
    native_main::run()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
#[path = "common/figures.rs"]
mod figures;

#[cfg(not(target_arch = "wasm32"))]
mod native_main {
    use crate::figures;
    use clearpress::core::{analysis, report};
    use clearpress::native;
    use flate2::read::GzDecoder;
    use std::io::Read;
    use std::path::{Path, PathBuf};
    use std::process::Command;
    use std::time::{Duration, Instant};

    struct Set {
        name: &'static str,
        html: PathBuf,
        truth: PathBuf,
        out: PathBuf,
    }

    pub fn run() -> Result<(), Box<dyn std::error::Error>> {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let positional: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
        let only = args
            .iter()
            .position(|a| a == "--only")
            .and_then(|i| args.get(i + 1))
            .cloned();
        let per_page = args.iter().any(|a| a == "--per-page");
        let debug = args
            .iter()
            .position(|a| a == "--debug")
            .and_then(|i| args.get(i + 1))
            .cloned();
        if let Some(id) = debug {
            return debug_page(&PathBuf::from(positional_dir(&args)), &id);
        }
        let positional: Vec<&String> = positional
            .into_iter()
            .filter(|a| Some(*a) != only.as_ref())
            .collect();
        let corpus = PathBuf::from(
            positional
                .first()
                .map_or("../shared/corpus", |s| s.as_str()),
        );
        let out = PathBuf::from(
            positional
                .get(1)
                .map_or("target/eval/extraction.json", |s| s.as_str()),
        );
        if !corpus.join("scrapinghub").is_dir() && !corpus.join("wcxb").is_dir() {
            println!(
                "eval_extraction: no corpus at {} (the shared corpus is not beside this clone); \
                 nothing to evaluate",
                corpus.display()
            );
            return Ok(());
        }
        let wcxb_out = out.with_extension("wcxb-dev.json");
        let sets = [
            Set {
                name: "scrapinghub",
                html: corpus.join("scrapinghub/html"),
                truth: corpus.join("scrapinghub/ground-truth.json"),
                out: out.clone(),
            },
            Set {
                name: "wcxb",
                html: corpus.join("wcxb/dev/html"),
                truth: corpus.join("wcxb/dev"),
                out: wcxb_out,
            },
        ];
        let scorer = corpus.join("tools/score_extraction.py");
        for set in &sets {
            if only.as_deref().is_some_and(|o| o != set.name) {
                continue;
            }
            if !set.html.is_dir() {
                println!("eval_extraction: {} missing; skipped", set.html.display());
                continue;
            }
            evaluate(set, &scorer, per_page)?;
        }
        Ok(())
    }

    fn positional_dir(args: &[String]) -> String {
        args.first()
            .filter(|a| !a.starts_with("--"))
            .cloned()
            .unwrap_or_else(|| "../shared/corpus".into())
    }

    /// Describes an element as `tag#id.class`.
    fn describe(
        page: &clearpress::core::model::Page,
        n: clearpress::core::model::NodeId,
    ) -> String {
        match page.element(n) {
            Some(e) => format!("{}#{}.{}", e.name, e.id(), e.attr("class").unwrap_or("")),
            None => "#text".into(),
        }
    }

    /// `--debug ID`: prints the root, the blocks and the exclusions for one page.
    fn debug_page(corpus: &Path, id: &str) -> Result<(), Box<dyn std::error::Error>> {
        if Path::new(id).is_file() {
            return debug_html(&std::fs::read_to_string(id)?);
        }
        for dir in ["scrapinghub/html", "wcxb/dev/html"] {
            for e in std::fs::read_dir(corpus.join(dir))? {
                let path = e?.path();
                if !path
                    .file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(id))
                {
                    continue;
                }
                return debug_html(&read_gz(&path)?);
            }
        }
        println!("no page {id}");
        Ok(())
    }

    /// Prints the root, the blocks and the exclusions of one page's HTML.
    fn debug_html(html: &str) -> Result<(), Box<dyn std::error::Error>> {
        let parsed = native::parse(html)?;
        let page = &parsed.page;
        let a = analysis::analyze(page);
        let Some(art) = &a.article else {
            println!("no article");
            return Ok(());
        };
        let path_desc: Vec<String> = std::iter::once(art.root)
            .chain(page.ancestors(art.root))
            .map(|n| describe(page, n))
            .collect();
        println!("root: {}", path_desc.join(" < "));
        let clutter: Vec<_> = a.clutter.clone();
        let reasons = clearpress::core::article::find_article_explained(page, &clutter)
            .map(|(_, r)| r)
            .unwrap_or_default();
        for (k, &x) in art.excluded.iter().enumerate() {
            let t = page.collapsed_text(x);
            let why = reasons.get(k).copied().unwrap_or("?");
            println!("  excluded[{why}] {} {:.80}", describe(page, x), t);
        }
        for &b in &art.blocks {
            let parent = page
                .parent(b)
                .map(|p| describe(page, p))
                .unwrap_or_default();
            let t = clearpress::core::model::collapse_whitespace(&a.block_text(page, b).0);
            println!("  block {} < {} | {:.100}", describe(page, b), parent, t);
        }
        for c in &a.clutter {
            println!("  clutter {} {:?}", describe(page, c.node), c.kind);
        }
        Ok(())
    }

    fn read_gz(path: &Path) -> std::io::Result<String> {
        let mut bytes = Vec::new();
        GzDecoder::new(std::fs::File::open(path)?).read_to_end(&mut bytes)?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }

    fn evaluate(
        set: &Set,
        scorer: &Path,
        per_page: bool,
    ) -> Result<(), Box<dyn std::error::Error>> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&set.html)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.to_string_lossy().ends_with(".html.gz"))
            .collect();
        files.sort();
        let mut preds = serde_json::Map::new();
        let (mut parse_times, mut core_times, mut article_times) =
            (Vec::new(), Vec::new(), Vec::new());
        let mut failures = 0;
        let started = Instant::now();
        for f in &files {
            let name = f.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let id = name.trim_end_matches(".html.gz").to_string();
            let html = read_gz(f)?;
            let t0 = Instant::now();
            let text = match native::parse(&html) {
                Ok(parsed) => {
                    let t1 = Instant::now();
                    let a = analysis::analyze(&parsed.page);
                    let text = report::reader(&parsed.page, &a).text;
                    core_times.push(t1.elapsed());
                    parse_times.push(t1 - t0);
                    // The article step alone (find_article + metadata), re-run for timing.
                    let t2 = Instant::now();
                    let art = clearpress::core::article::find_article(&parsed.page, &a.clutter);
                    let _ = clearpress::core::article::metadata(&parsed.page, art.as_ref());
                    article_times.push(t2.elapsed());
                    text
                }
                Err(_) => {
                    failures += 1;
                    String::new()
                }
            };
            preds.insert(id, serde_json::json!({ "articleBody": text }));
        }
        let total = started.elapsed();
        if let Some(dir) = set.out.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(&set.out, serde_json::to_string(&preds)?)?;
        println!(
            "== {}: {} pages ({} unparsable) in {:.2} s; median per page: parse {:.2} ms, \
             analyze+reader {:.2} ms (p90 {:.2} ms), of which article+metadata {:.2} ms \
             (p90 {:.2} ms); predictions in {}",
            set.name,
            files.len(),
            failures,
            total.as_secs_f64(),
            ms(median(&mut parse_times, 50)),
            ms(median(&mut core_times, 50)),
            ms(median(&mut core_times, 90)),
            ms(median(&mut article_times, 50)),
            ms(median(&mut article_times, 90)),
            set.out.display()
        );
        if !scorer.is_file() {
            println!(
                "eval_extraction: scorer {} missing; not scored",
                scorer.display()
            );
            return Ok(());
        }
        let ours = score(scorer, &set.truth, &set.out, per_page)?;
        let Some(ours) = ours else {
            return Ok(());
        };
        let mut rows = vec![("clearpress".to_string(), ours.clone())];
        rows.extend(peers(scorer, set)?);
        print_table(set.name, &rows);
        figures::record(&format!("{}.shingle_f1", set.name), ours.shingle_f1);
        figures::record(&format!("{}.bow_f1", set.name), ours.bow_f1);
        if let Some(w) = ours.with_found {
            figures::record(&format!("{}.with_found", set.name), w);
        }
        if let Some(w) = ours.without_leaked {
            figures::record(&format!("{}.without_leaked", set.name), w);
        }
        Ok(())
    }

    /// One extractor's scores on one set.
    #[derive(Clone)]
    struct Scores {
        shingle_f1: f64,
        shingle_p: f64,
        shingle_r: f64,
        bow_f1: f64,
        with_found: Option<f64>,
        without_leaked: Option<f64>,
    }

    /// Runs the corpus scorer (`--json`) on one prediction file. `None` when python3 or the
    /// scorer is missing: the eval then says so and the floors check reports the figure as
    /// not measured.
    fn score(
        scorer: &Path,
        truth: &Path,
        preds: &Path,
        per_page: bool,
    ) -> Result<Option<Scores>, Box<dyn std::error::Error>> {
        if !scorer.is_file() {
            println!(
                "eval_extraction: scorer {} missing; not scored",
                scorer.display()
            );
            return Ok(None);
        }
        if per_page {
            let o = Command::new("python3")
                .arg(scorer)
                .arg(truth)
                .arg(preds)
                .arg("--per-page")
                .output()?;
            print!("{}", String::from_utf8_lossy(&o.stdout));
        }
        let o = match Command::new("python3")
            .arg(scorer)
            .arg(truth)
            .arg(preds)
            .arg("--json")
            // The +/- of the shingle F1 is not shown; its 1,000 resamples cost most of the
            // scorer's time on WCXB.
            .args(["--bootstrap", "0"])
            .output()
        {
            Ok(o) => o,
            Err(e) => {
                println!("eval_extraction: could not run python3 ({e}); not scored");
                return Ok(None);
            }
        };
        eprint!("{}", String::from_utf8_lossy(&o.stderr));
        let v: serde_json::Value = serde_json::from_slice(&o.stdout)?;
        let f = |a: &str, b: &str| v[a][b].as_f64();
        let snip = |k: &str| v["snippets"][k].as_f64();
        Ok(Some(Scores {
            shingle_f1: f("shingle", "f1").unwrap_or(0.0),
            shingle_p: f("shingle", "precision").unwrap_or(0.0),
            shingle_r: f("shingle", "recall").unwrap_or(0.0),
            bow_f1: f("bow", "f1").unwrap_or(0.0),
            with_found: snip("with_rate"),
            without_leaked: snip("without_rate"),
        }))
    }

    /// The stored peers' outputs on the same pages (`reference-outputs/<set>/*.json`),
    /// scored by the same scorer in the same run.
    fn peers(
        scorer: &Path,
        set: &Set,
    ) -> Result<Vec<(String, Scores)>, Box<dyn std::error::Error>> {
        let corpus = scorer
            .parent()
            .and_then(Path::parent)
            .unwrap_or(Path::new("."));
        let dir = corpus.join("reference-outputs").join(match set.name {
            "wcxb" => "wcxb-dev",
            other => other,
        });
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return Ok(Vec::new());
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        let mut out = Vec::new();
        for f in files {
            let name = f
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            if let Some(s) = score(scorer, &set.truth, &f, false)? {
                out.push((name, s));
            }
        }
        Ok(out)
    }

    fn print_table(set: &str, rows: &[(String, Scores)]) {
        println!(
            "\n{set}: {:<26} {:>9} {:>7} {:>7} {:>7} {:>8} {:>9}",
            "extractor", "shingle F1", "P", "R", "bow F1", "with", "without"
        );
        let pct = |v: Option<f64>| v.map_or("-".to_string(), |v| format!("{:.1}%", v * 100.0));
        for (name, s) in rows {
            println!(
                "{:>w$}  {name:<26} {:>9.3} {:>7.3} {:>7.3} {:>7.3} {:>8} {:>9}",
                "",
                s.shingle_f1,
                s.shingle_p,
                s.shingle_r,
                s.bow_f1,
                pct(s.with_found),
                pct(s.without_leaked),
                w = set.len()
            );
        }
    }

    fn median(v: &mut [Duration], pct: usize) -> Duration {
        v.sort();
        v.get(v.len().saturating_sub(1) * pct / 100)
            .copied()
            .unwrap_or_default()
    }

    fn ms(d: Duration) -> f64 {
        d.as_secs_f64() * 1000.0
    }
}
