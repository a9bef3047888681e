//! Writes the fuzz targets' seed corpora (`fuzz/`) from the repository's test data.
//!
//! The HTML target gets every fixture page and every XSS vector of `tests/xss/` inside a
//! short article; the flat target gets the same pages as raw snapshots of their models.
//! An example of the main crate (not of `fuzz/`) so it builds on stable with the test
//! dependencies already compiled.
//!
//! usage, from the repository root (`./build.sh fuzz` does this):
//! cargo run --example fuzz_seed -- HTML_DIR FLAT_DIR

#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/harness/mod.rs"]
#[allow(dead_code)] // the pipelines are for the fuzz targets
mod harness;

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> Result<(), String> {
    native_main::run()
}

#[cfg(not(target_arch = "wasm32"))]
mod native_main {
    use super::harness;
    use std::path::{Path, PathBuf};

    /// A short article around each vector: enough paragraphs to be found as one.
    const ARTICLE: &str = "<html><head><title>Bridge reopens</title></head><body><nav><a href=\"/\">Home</a></nav>\
<article><h1>Bridge reopens in spring</h1><p>The bridge will reopen in spring, the council said on Tuesday, after a long inspection of the pier.</p>\
<p>“The repairs are on schedule,” said Maria Okafor, who chairs the committee. {VECTOR} Commuters faced long detours.</p>\
<p>Businesses near the terminal welcomed the news, and a public meeting is planned for next week at the town hall.</p></article>\
<section id=\"comments\"><h2>Leave a comment</h2></section></body></html>";

    pub fn run() -> Result<(), String> {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let [html_dir, flat_dir] = &args[..] else {
            return Err("usage: fuzz_seed HTML_DIR FLAT_DIR".into());
        };
        let mut pages = fixture_pages()?;
        pages.extend(xss_pages()?);
        for dir in [html_dir, flat_dir] {
            std::fs::create_dir_all(dir).map_err(|e| format!("{dir}: {e}"))?;
        }
        for (i, page) in pages.iter().enumerate() {
            write(
                Path::new(html_dir).join(format!("seed-{i:03}")),
                page.as_bytes(),
            )?;
            let Ok(mut parsed) = clearpress::native::parse(page) else {
                continue;
            };
            parsed.page.url = Some("https://news.example.org/2024/05/story.html".into());
            let flat = harness::raw_flat_bytes(&parsed.page);
            write(Path::new(flat_dir).join(format!("seed-{i:03}")), &flat)?;
        }
        println!("wrote {} seeds to {html_dir} and {flat_dir}", pages.len());
        Ok(())
    }

    fn write(path: PathBuf, data: &[u8]) -> Result<(), String> {
        std::fs::write(&path, data).map_err(|e| format!("{}: {e}", path.display()))
    }

    fn fixture_pages() -> Result<Vec<String>, String> {
        let mut dirs: Vec<PathBuf> = std::fs::read_dir("tests/fixtures")
            .map_err(|e| format!("tests/fixtures: {e} (run from the repository root)"))?
            .filter_map(|e| e.ok().map(|e| e.path().join("page.html")))
            .filter(|p| p.is_file())
            .collect();
        dirs.sort();
        dirs.iter()
            .map(|p| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display())))
            .collect()
    }

    fn xss_pages() -> Result<Vec<String>, String> {
        let mut out = Vec::new();
        for file in [
            "tests/xss/dompurify-payloads.json",
            "tests/xss/clearpress-vectors.json",
        ] {
            let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
            let list: Vec<serde_json::Value> =
                serde_json::from_str(&text).map_err(|e| format!("{file}: {e}"))?;
            for v in list {
                if let Some(payload) = v["payload"].as_str() {
                    out.push(ARTICLE.replace("{VECTOR}", payload));
                }
            }
        }
        Ok(out)
    }
}
