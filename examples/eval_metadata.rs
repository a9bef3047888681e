//! Metadata evaluation on the Readability.js test pages of the shared corpus.
//!
//! For every `<slug>/source.html` under `CORPUS_DIR/readability` it runs the native pipeline
//! (`native::parse`, with the page URL the Readability tests use, then `analysis::analyze`)
//! and compares the metadata with `<slug>/expected-metadata.json` (title, byline, siteName,
//! publishedTime, excerpt, dir, lang). Those files are Readability.js's own output: a
//! reference, not the truth. Values are compared after whitespace collapse; a missing value
//! equals `null`.
//!
//! usage: cargo run --release --example eval_metadata -- [CORPUS_DIR] [--verbose]
//!        [--field NAME]
//!
//! `CORPUS_DIR` defaults to `../shared/corpus`. `--verbose` prints every mismatch (limited
//! to one field with `--field`). Without the corpus it says so and exits 0.

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
    use clearpress::core::analysis;
    use clearpress::core::article::Metadata;
    use clearpress::native;
    use std::path::PathBuf;

    /// Reads one field of our metadata.
    type Getter = fn(&Metadata) -> Option<&String>;

    /// The fields compared: the name in `expected-metadata.json` and our value.
    const FIELDS: &[(&str, Getter)] = &[
        ("title", |m| m.title.as_ref()),
        ("byline", |m| m.byline.as_ref()),
        ("siteName", |m| m.site_name.as_ref()),
        ("publishedTime", |m| m.published_time.as_ref()),
        ("excerpt", |m| m.excerpt.as_ref()),
        ("dir", |m| m.dir.as_ref()),
        ("lang", |m| m.lang.as_ref()),
    ];

    fn norm(s: Option<&str>) -> Option<String> {
        let s = s?.split_whitespace().collect::<Vec<_>>().join(" ");
        (!s.is_empty()).then_some(s)
    }

    pub fn run() -> Result<(), Box<dyn std::error::Error>> {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let verbose = args.iter().any(|a| a == "--verbose" || a == "-v");
        let only = args
            .iter()
            .position(|a| a == "--field")
            .and_then(|i| args.get(i + 1))
            .cloned();
        let corpus = PathBuf::from(
            args.iter()
                .enumerate()
                .find(|(i, a)| !a.starts_with('-') && (*i == 0 || args[i - 1] != "--field"))
                .map_or("../shared/corpus", |(_, s)| s.as_str()),
        );
        let dir = corpus.join("readability");
        if !dir.is_dir() {
            println!(
                "eval_metadata: no Readability test pages at {} (the shared corpus is not \
                 beside this clone); nothing to evaluate",
                dir.display()
            );
            return Ok(());
        }
        let mut slugs: Vec<PathBuf> = std::fs::read_dir(&dir)?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.join("source.html").is_file() && p.join("expected-metadata.json").is_file()
            })
            .collect();
        slugs.sort();

        let mut hits = vec![0usize; FIELDS.len()];
        let mut pages = 0usize;
        let mut mismatches: Vec<(String, &str, Option<String>, Option<String>)> = Vec::new();
        for p in &slugs {
            let slug = p
                .file_name()
                .map(|s| s.to_string_lossy().to_string())
                .unwrap_or_default();
            let html = std::fs::read_to_string(p.join("source.html"))?;
            let expected: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(p.join("expected-metadata.json"))?)?;
            let meta = match native::parse(&html) {
                Ok(mut parsed) => {
                    parsed.page.url = Some("http://fakehost/test/page.html".to_string());
                    analysis::analyze(&parsed.page).meta
                }
                Err(_) => Metadata::default(),
            };
            pages += 1;
            for (i, (name, get)) in FIELDS.iter().enumerate() {
                let want = norm(expected.get(*name).and_then(|v| v.as_str()));
                let got = norm(get(&meta).map(String::as_str));
                if want == got {
                    hits[i] += 1;
                } else {
                    mismatches.push((slug.clone(), name, want, got));
                }
            }
        }

        if verbose {
            for (slug, field, want, got) in &mismatches {
                if only.as_deref().is_some_and(|f| f != *field) {
                    continue;
                }
                println!("{slug} {field}\n  want: {want:?}\n  got:  {got:?}");
            }
            println!();
        }
        println!(
            "eval_metadata: {pages} Readability test pages (exact match after whitespace collapse)"
        );
        let mut total = 0usize;
        for (i, (name, _)) in FIELDS.iter().enumerate() {
            total += hits[i];
            figures::record(
                &format!("metadata.readability.{name}"),
                hits[i] as f64 / pages.max(1) as f64,
            );
            println!(
                "  {name:<14} {:>3}/{pages}  {:.3}",
                hits[i],
                hits[i] as f64 / pages.max(1) as f64
            );
        }
        figures::record(
            "metadata.readability.all",
            total as f64 / (pages * FIELDS.len()).max(1) as f64,
        );
        println!(
            "  {:<14} {:>3}/{}  {:.3}",
            "all fields",
            total,
            pages * FIELDS.len(),
            total as f64 / (pages * FIELDS.len()).max(1) as f64
        );
        Ok(())
    }
}
