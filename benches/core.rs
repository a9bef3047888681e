//! The whole native core beside dom_smoothie 0.19 on the same parsed pages (issue 9).
//!
//! Pages: Mozilla Readability's test pages and the Scrapinghub article-extraction benchmark
//! from `../shared/corpus` (or `$CLEARPRESS_CORPUS`); without them the bench says so and
//! exits 0, so a clone without the corpus still runs `cargo bench`.
//!
//! Each page is parsed once, outside the timings, on both sides: clearpress's html5ever tree
//! (`native::tree::parse_document`) and dom_smoothie's `dom_query::Document` (html5ever 0.40
//! too). Timed for clearpress: the page model from the tree, the analyses (clutter, article,
//! metadata, quotes), the plan and the reader view (article HTML and text), i.e. everything
//! the extension's `planFlat` and the CLI's `reader` do after parsing. Timed for
//! dom_smoothie: `Readability::with_document` and `parse()` (content HTML, text, metadata).
//! `parse()` consumes its document, so each run gets a deep copy made outside the timing.
//! What either side returns is dropped outside the timing too.
//!
//! Criterion measures each page (flat sampling, 10 samples, short times so the 311 pages
//! take a few minutes); the bench then prints each page's median per side, their ratio,
//! and writes them to `target/bench/native.json`. It exits 1 when the median of the
//! per-page ratios (dom_smoothie ÷ clearpress) is below [`RATIO_TARGET`].
//!
//! First, with or without the corpus, the quote analysis's doubling check: synthetic news
//! paragraphs at 500, 1,000 and 2,000, each doubling at most [`DOUBLING_MAX`]× the time (the
//! bench exits 1 otherwise).
//!
//! `cargo bench --bench core -- [FILTER]`; with `BENCH_QUICK` set, every 10th page only.

use clearpress::core::{analysis, plan, quotes, report};
use clearpress::native;
use criterion::{BenchmarkId, Criterion, SamplingMode};
use std::cell::RefCell;
use std::hint::black_box;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Issue 9: clearpress at least twice as fast as dom_smoothie per page.
const RATIO_TARGET: f64 = 2.0;

/// Criterion's samples per page; each sample's time is a mean over its iterations.
const SAMPLES: usize = 10;

/// One corpus page, parsed for both sides.
struct Page {
    corpus: &'static str,
    name: String,
    tree: native::dom::Dom,
    doc: dom_query::Document,
}

/// The sample means criterion's measurement produced for one page and side.
#[derive(Default)]
struct Samples(RefCell<Vec<Duration>>);

impl Samples {
    fn record(&self, iters: u64, total: Duration) {
        self.0.borrow_mut().push(total / iters.max(1) as u32);
    }

    /// Median of the last [`SAMPLES`] calls: criterion's measurement phase, after warm-up.
    fn median(&self) -> Duration {
        let all = self.0.borrow();
        let mut last: Vec<Duration> = all.iter().rev().take(SAMPLES).copied().collect();
        last.sort();
        last.get(last.len() / 2).copied().unwrap_or_default()
    }
}

fn corpus_dir() -> PathBuf {
    std::env::var_os("CLEARPRESS_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/corpus"))
}

fn read_gz(path: &Path) -> std::io::Result<String> {
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(std::fs::File::open(path)?).read_to_end(&mut bytes)?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.sort();
    v
}

/// `(corpus, name, html)` of every page, Readability's first.
fn sources(root: &Path) -> Vec<(&'static str, String, String)> {
    let mut out = Vec::new();
    for dir in sorted_entries(&root.join("readability")) {
        let Ok(html) = std::fs::read_to_string(dir.join("source.html")) else {
            continue;
        };
        let name = dir.file_name().map(|n| n.to_string_lossy().into_owned());
        out.push(("readability", name.unwrap_or_default(), html));
    }
    for path in sorted_entries(&root.join("scrapinghub/html")) {
        let Ok(html) = read_gz(&path) else { continue };
        let file = path.file_name().map(|n| n.to_string_lossy().into_owned());
        // The ids are 64 hex digits: the first 12 name a page well enough.
        let name: String = file.unwrap_or_default().chars().take(12).collect();
        out.push(("scrapinghub", name, html));
    }
    out
}

fn parse(corpus: &'static str, name: String, html: &str) -> Page {
    let (capped, _) = native::prepass::cap_attributes(html, native::prepass::ATTRIBUTES_MAX);
    let (tree, _) = native::tree::parse_document(&capped);
    Page {
        corpus,
        name,
        tree,
        doc: dom_query::Document::from(html),
    }
}

/// One run of the clearpress core on a parsed page.
fn clearpress_once(tree: &native::dom::Dom) -> Duration {
    let t = Instant::now();
    let (page, _) = native::model(tree);
    let a = analysis::analyze(&page);
    let p = plan::plan_from(&page, &a, None);
    let r = report::reader(&page, &a);
    let took = t.elapsed();
    black_box((&p, &r));
    took
}

/// One run of dom_smoothie on a copy of a parsed page.
fn smoothie_once(doc: &dom_query::Document) -> Duration {
    let copy = doc.clone();
    let t = Instant::now();
    let article = dom_smoothie::Readability::with_document(copy, None, None)
        .and_then(|mut r| r.parse().map(|a| (r, a)));
    let took = t.elapsed();
    black_box(&article);
    took
}

fn timed(samples: &Samples, iters: u64, once: impl Fn() -> Duration) -> Duration {
    let total: Duration = (0..iters).map(|_| once()).sum();
    samples.record(iters, total);
    total
}

/// One page's result.
struct Row {
    corpus: &'static str,
    name: String,
    clearpress: Duration,
    smoothie: Duration,
    /// Whether dom_smoothie found an article (its time is counted either way).
    smoothie_ok: bool,
}

impl Row {
    fn ratio(&self) -> f64 {
        self.smoothie.as_secs_f64() / self.clearpress.as_secs_f64().max(1e-9)
    }
}

fn bench_pages(c: &mut Criterion, pages: &[Page]) -> Vec<Row> {
    let mut group = c.benchmark_group("core");
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(SAMPLES)
        .warm_up_time(Duration::from_millis(100))
        .measurement_time(Duration::from_millis(300));
    let mut rows = Vec::new();
    for p in pages {
        let id = format!("{}-{}", p.corpus, p.name);
        let (ours, theirs) = (Samples::default(), Samples::default());
        group.bench_with_input(BenchmarkId::new("clearpress", &id), p, |b, p| {
            b.iter_custom(|iters| timed(&ours, iters, || clearpress_once(&p.tree)))
        });
        group.bench_with_input(BenchmarkId::new("dom_smoothie", &id), p, |b, p| {
            b.iter_custom(|iters| timed(&theirs, iters, || smoothie_once(&p.doc)))
        });
        // A filter on the command line can leave a side unmeasured: no row then.
        if ours.0.borrow().is_empty() || theirs.0.borrow().is_empty() {
            continue;
        }
        rows.push(Row {
            corpus: p.corpus,
            name: p.name.clone(),
            clearpress: ours.median(),
            smoothie: theirs.median(),
            smoothie_ok: dom_smoothie::Readability::with_document(p.doc.clone(), None, None)
                .and_then(|mut r| r.parse())
                .is_ok(),
        });
    }
    group.finish();
    rows
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn quantile(sorted: &[f64], q: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * q).round() as usize;
    sorted.get(i).copied().unwrap_or(f64::NAN)
}

/// Prints the per-page table and the summary; returns the median ratio.
fn print_table(rows: &[Row]) -> f64 {
    println!("\nper page, median of {SAMPLES} samples (ms), parse excluded on both sides:");
    println!(
        "  {:<12} {:<26} {:>10} {:>12} {:>7}",
        "corpus", "page", "clearpress", "dom_smoothie", "ratio"
    );
    for r in rows {
        println!(
            "  {:<12} {:<26} {:>10.3} {:>12.3} {:>6.1}×",
            r.corpus,
            r.name,
            ms(r.clearpress),
            ms(r.smoothie),
            r.ratio()
        );
    }
    let mut ratios: Vec<f64> = rows.iter().map(Row::ratio).collect();
    ratios.sort_by(f64::total_cmp);
    let median = quantile(&ratios, 0.5);
    let sum = |f: fn(&Row) -> Duration| rows.iter().map(f).sum::<Duration>();
    let below = ratios.iter().filter(|&&r| r < RATIO_TARGET).count();
    println!(
        "\n{} pages: dom_smoothie ÷ clearpress per page: median {median:.2}×, p10 {:.2}×, \
         min {:.2}×; {below} pages below {RATIO_TARGET}×; all pages together {:.1} ms vs {:.1} ms \
         ({:.2}×)",
        rows.len(),
        quantile(&ratios, 0.1),
        ratios.first().copied().unwrap_or(f64::NAN),
        ms(sum(|r| r.clearpress)),
        ms(sum(|r| r.smoothie)),
        sum(|r| r.smoothie).as_secs_f64() / sum(|r| r.clearpress).as_secs_f64().max(1e-9)
    );
    let failed = rows.iter().filter(|r| !r.smoothie_ok).count();
    println!("dom_smoothie returned an error (no article) on {failed} pages, timed all the same");
    median
}

fn write_json(rows: &[Row], median: f64, path: &Path) -> std::io::Result<()> {
    let pages: Vec<serde_json::Value> = rows
        .iter()
        .map(|r| {
            serde_json::json!({
                "corpus": r.corpus,
                "page": r.name,
                "clearpress_ms": ms(r.clearpress),
                "dom_smoothie_ms": ms(r.smoothie),
                "ratio": r.ratio(),
                "dom_smoothie_ok": r.smoothie_ok,
            })
        })
        .collect();
    let json = serde_json::json!({
        "what": "per-page median time after parsing: clearpress model + analyses + plan + \
                 reader view, dom_smoothie 0.19 Readability::with_document + parse",
        "samples_per_page": SAMPLES,
        "ratio_target": RATIO_TARGET,
        "median_ratio": median,
        "met": median >= RATIO_TARGET,
        "pages": pages,
    });
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(path, format!("{json:#}\n"))
}

/// Issue 9: the quote analysis linear in quotes and paragraphs. Its time on twice the
/// paragraphs (each with its quotes and a new speaker) may grow by at most this factor.
const DOUBLING_MAX: f64 = 2.5;

/// Paragraph counts of the doubling check.
const DOUBLING_SIZES: [usize; 3] = [500, 1000, 2000];

/// A distinct made-up surname for speaker `i` (`Abson`, `Bbson`, …): every paragraph brings a
/// new person, so the people the analysis remembers grow with the text.
fn surname(mut i: usize) -> String {
    let mut s = String::from("A");
    loop {
        s.push(char::from(b'a' + (i % 26) as u8));
        i /= 26;
        if i == 0 {
            break;
        }
    }
    s + "son"
}

/// `n` news paragraphs, three quotes each (a statement with its speaker, one with a pronoun,
/// a fragment).
fn quote_paragraphs(n: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            format!(
                "The council met on day {i}. “Point {i} is settled,” said Ann {}, the chair. \
                 “We move on,” she added. Others said the vote “came too late”.",
                surname(i)
            )
        })
        .collect()
}

/// The quote analysis on 500, 1,000 and 2,000 paragraphs, fastest of five runs each; prints
/// the times and their ratios and says whether every doubling stayed within
/// [`DOUBLING_MAX`]. A ratio of times, taken in one run, so the machine's load matters little.
fn quotes_doubling() -> bool {
    println!("quote analysis, doubling the paragraphs (fastest of 5 runs):");
    let mut prev: Option<f64> = None;
    let mut linear = true;
    for n in DOUBLING_SIZES {
        let pars = quote_paragraphs(n);
        let refs: Vec<&str> = pars.iter().map(String::as_str).collect();
        let best = (0..5)
            .map(|_| {
                let t = Instant::now();
                black_box(quotes::find_quotes_in(&refs, Some("en")));
                t.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min);
        let ratio = prev.map(|p| best / p.max(1e-9));
        linear &= ratio.map_or(true, |r| r <= DOUBLING_MAX);
        let shown = ratio.map_or(String::new(), |r| format!(", {r:.2}× the half"));
        println!("  {n:>5} paragraphs: {:.2} ms{shown}", best * 1e3);
        prev = Some(best);
    }
    println!(
        "=> {}: at most {DOUBLING_MAX}× per doubling",
        if linear { "linear" } else { "target missed" }
    );
    linear
}

fn main() {
    let linear = quotes_doubling();
    let root = corpus_dir();
    if !root.join("readability").is_dir() && !root.join("scrapinghub").is_dir() {
        println!(
            "native bench: no corpus at {} (../shared is not part of a clone): skipped",
            root.display()
        );
        std::process::exit(if linear { 0 } else { 1 });
    }
    let quick = std::env::var_os("BENCH_QUICK").is_some_and(|v| !v.is_empty());
    let pages: Vec<Page> = sources(&root)
        .into_iter()
        .enumerate()
        .filter(|(i, _)| !quick || i % 10 == 0)
        .map(|(_, (corpus, name, html))| parse(corpus, name, &html))
        .collect();
    let mut c = Criterion::default().without_plots().configure_from_args();
    let rows = bench_pages(&mut c, &pages);
    c.final_summary();
    if rows.is_empty() {
        println!("native bench: no page measured");
        return;
    }
    let median = print_table(&rows);
    let out = Path::new("target/bench/native.json");
    if let Err(e) = write_json(&rows, median, out) {
        eprintln!("native bench: cannot write {}: {e}", out.display());
        std::process::exit(1);
    }
    println!("wrote {}", out.display());
    if median < RATIO_TARGET {
        println!("=> target missed: median ratio {median:.2}× < {RATIO_TARGET}×");
        std::process::exit(1);
    }
    println!("=> target met: median ratio {median:.2}× ≥ {RATIO_TARGET}×");
    if !linear {
        std::process::exit(1);
    }
}
