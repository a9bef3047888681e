//! Reader-view evaluation: the whole article on Mozilla's Readability.js test pages, and
//! metadata against WCXB's human ground truth.
//!
//! **Mozilla pages** (`CORPUS_DIR/readability/<slug>/`): each `source.html` goes through the
//! native pipeline with the URL the Readability tests use, and the reader view's
//! `content_html` (what clearpress shows) is compared with `expected.html`:
//! - text: Scrapinghub's 4-token shingle F1 (means of per-page precision and recall) and
//!   WCXB's bag-of-words F1 (mean of per-page F1), both over `\w+` tokens;
//! - images: each `<img src>` of `expected.html` (http or https) present among ours;
//! - headings, lists, tables, code blocks, block quotes: each such element of
//!   `expected.html` whose text is inside an element of the same kind in ours.
//!
//! `expected.html` is Readability.js's own output, so Readability.js scores 1.000 on every
//! figure here by construction: this set measures agreement with Readability.js.
//!
//! **WCXB metadata** (`CORPUS_DIR/wcxb/dev/`): the headline, byline and publication day the
//! reader header shows (`Metadata::headline`, `byline`, `date`) beside the `title`, `author`
//! and `publish_date` a person wrote down for each page. A page counts when both agree after
//! normalisation, both being empty included. The corpus stores no peer metadata for these
//! pages, so there is nothing to print beside ours.
//!
//! usage: cargo run --release --example eval_reader -- [CORPUS_DIR] [--verbose] [--show SLUG]
//!
//! `--show SLUG` prints the block text of ours and of `expected.html` for one Mozilla page.
//!
//! Each figure is recorded with `examples/common/figures.rs` for the floors gate. Without
//! the corpus it says so and exits 0.

#[cfg(not(target_arch = "wasm32"))]
#[allow(dead_code)]
#[path = "common/figures.rs"]
mod figures;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> Result<(), Box<dyn std::error::Error>> {
    native_main::run()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native_main {
    use super::figures;
    use clearpress::core::heuristics::article::{EDIT_ACTIONS, EDIT_LINK_NOT};
    use clearpress::core::model::{collapse_whitespace, NodeData, NodeId, Page, PageBuilder};
    use clearpress::core::{analysis, report};
    use clearpress::native;
    use flate2::read::GzDecoder;
    use std::collections::HashMap;
    use std::io::Read;
    use std::path::{Path, PathBuf};

    /// The URL the Readability.js tests give every page (its expected links use it).
    const TEST_URL: &str = "http://fakehost/test/page.html";

    /// Elements whose boundaries separate words when text is read out of HTML.
    const BLOCKS: &[&str] = &[
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "caption",
        "tr",
        "td",
        "th",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "br",
        "hr",
        "img",
    ];

    /// The kinds of structure checked, each with the elements that make it.
    const KINDS: &[(&str, &[&str])] = &[
        ("headings", &["h1", "h2", "h3", "h4", "h5", "h6"]),
        ("lists", &["ul", "ol", "dl"]),
        ("tables", &["table"]),
        ("code", &["pre"]),
        ("blockquotes", &["blockquote"]),
    ];

    /// Kept / expected counts, summed over pages.
    #[derive(Default, Clone, Copy)]
    struct Tally {
        kept: usize,
        expected: usize,
    }

    impl Tally {
        fn add(&mut self, kept: usize, expected: usize) {
            self.kept += kept;
            self.expected += expected;
        }

        fn rate(self) -> f64 {
            if self.expected == 0 {
                1.0
            } else {
                self.kept as f64 / self.expected as f64
            }
        }
    }

    pub fn run() -> Result<(), Box<dyn std::error::Error>> {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let verbose = args.iter().any(|a| a == "--verbose" || a == "-v");
        let show = args
            .iter()
            .position(|a| a == "--show")
            .and_then(|i| args.get(i + 1))
            .cloned();
        let corpus = PathBuf::from(
            args.iter()
                .find(|a| !a.starts_with('-') && show.as_deref() != Some(a.as_str()))
                .map_or("../shared/corpus", |s| s.as_str()),
        );
        let mozilla = corpus.join("readability");
        let wcxb = corpus.join("wcxb/dev");
        if !mozilla.is_dir() && !wcxb.is_dir() {
            println!(
                "eval_reader: no corpus at {} (the shared corpus is not beside this clone); \
                 nothing to evaluate",
                corpus.display()
            );
            return Ok(());
        }
        if mozilla.is_dir() {
            mozilla_pages(&mozilla, verbose, show.as_deref())?;
        }
        if wcxb.is_dir() {
            wcxb_metadata(&wcxb, verbose)?;
        }
        Ok(())
    }

    // ---------------------------------------------------------------- Mozilla pages

    fn mozilla_pages(
        dir: &Path,
        verbose: bool,
        show: Option<&str>,
    ) -> Result<(), Box<dyn std::error::Error>> {
        let mut slugs: Vec<PathBuf> = std::fs::read_dir(dir)?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.join("source.html").is_file() && p.join("expected.html").is_file())
            .collect();
        slugs.sort();
        let mut text = Text::default();
        let mut images = Tally::default();
        let mut kinds = vec![Tally::default(); KINDS.len()];
        for p in &slugs {
            let slug = p
                .file_name()
                .map(|s| s.to_string_lossy())
                .unwrap_or_default();
            let expected = native::parse(&std::fs::read_to_string(p.join("expected.html"))?)
                .map(|x| without_edit_tools(&x.page))
                .unwrap_or_default();
            let ours = reader_html(&std::fs::read_to_string(p.join("source.html"))?);
            if show.is_some_and(|w| w == slug.as_ref()) {
                println!("--- ours (HTML)\n{ours}");
            }
            // In a container, as the reader shows it: an article root whose children are
            // text alone would otherwise be a document without elements, which the
            // adapter refuses as not HTML.
            let ours = native::parse(&format!("<html><body><div>{ours}</div></body></html>"))
                .map(|x| x.page)
                .unwrap_or_default();
            let (tp, tr) = text.add(&block_text(&ours), &block_text(&expected));
            let (ik, ie) = kept_images(&ours, &expected);
            images.add(ik, ie);
            let mut line = format!("{slug:<40} text P {tp:.3} R {tr:.3}  images {ik}/{ie}");
            for (k, (name, tags)) in KINDS.iter().enumerate() {
                let (kept, all) = kept_structure(&ours, &expected, tags);
                kinds[k].add(kept, all);
                if kept < all {
                    line.push_str(&format!("  {name} {kept}/{all}"));
                }
            }
            if verbose {
                println!("{line}");
            }
            if show.is_some_and(|w| w == slug.as_ref()) {
                println!(
                    "--- ours\n{}\n--- expected\n{}",
                    block_text(&ours),
                    block_text(&expected)
                );
            }
        }
        let (shingle_f1, word_f1) = text.f1();
        println!(
            "eval_reader: {} Mozilla Readability.js test pages, reader view (content_html) \
             against expected.html — Readability.js scores 1.000 on each by construction",
            slugs.len()
        );
        report_figure("mozilla.text_shingle_f1", shingle_f1);
        report_figure("mozilla.text_word_f1", word_f1);
        report_tally("mozilla.images_kept", images);
        for (k, (name, _)) in KINDS.iter().enumerate() {
            report_tally(&format!("mozilla.{name}_kept"), kinds[k]);
        }
        Ok(())
    }

    fn report_figure(name: &str, value: f64) {
        println!("  {name:<28} {value:.3}   (Readability.js 1.000)");
        figures::record(name, value);
    }

    fn report_tally(name: &str, t: Tally) {
        println!(
            "  {name:<28} {:.3}   ({}/{}; Readability.js 1.000)",
            t.rate(),
            t.kept,
            t.expected
        );
        figures::record(name, t.rate());
    }

    /// The reader view's HTML for one page, `""` when the page does not parse.
    fn reader_html(source: &str) -> String {
        match native::parse(source) {
            Ok(mut parsed) => {
                parsed.page.url = Some(TEST_URL.to_string());
                let a = analysis::analyze(&parsed.page);
                report::reader(&parsed.page, &a).content_html
            }
            Err(_) => String::new(),
        }
    }

    /// The text of a page with a line break at every block boundary (an explicit stack:
    /// pages nest deeper than a test should recurse).
    fn block_text(page: &Page) -> String {
        let mut out = String::new();
        let mut stack = vec![(page.root(), false)];
        while let Some((id, closing)) = stack.pop() {
            let name = page.name(id);
            if BLOCKS.contains(&name) {
                out.push('\n');
            }
            if closing {
                continue;
            }
            match &page.node(id).data {
                NodeData::Text(t) => out.push_str(t),
                NodeData::Element(e) if matches!(e.name.as_str(), "script" | "style") => {}
                _ => {
                    stack.push((id, true));
                    stack.extend(page.children(id).iter().rev().map(|&c| (c, false)));
                }
            }
        }
        out
    }

    /// `\w+` tokens, as the corpus scorers take them (Python's `\w`: letters, digits, `_`).
    fn tokens(s: &str) -> Vec<&str> {
        s.split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .filter(|t| !t.is_empty())
            .collect()
    }

    /// Per-page shingle precision/recall and bag-of-words F1.
    #[derive(Default)]
    struct Text {
        precision: Vec<f64>,
        recall: Vec<f64>,
        word_f1: Vec<f64>,
    }

    impl Text {
        /// Adds one page; returns its shingle precision and recall (1.0 when undefined).
        fn add(&mut self, pred: &str, truth: &str) -> (f64, f64) {
            let (p, t) = (tokens(pred), tokens(truth));
            let (ps, ts) = (shingles(&p), shingles(&t));
            let tp: usize = ps
                .iter()
                .map(|(k, &n)| n.min(ts.get(k).copied().unwrap_or(0)))
                .sum();
            let (np, nt) = (ps.values().sum::<usize>(), ts.values().sum::<usize>());
            let (mut pr, mut re) = (1.0, 1.0);
            if np > 0 {
                pr = tp as f64 / np as f64;
                self.precision.push(pr);
            }
            if nt > 0 {
                re = tp as f64 / nt as f64;
                self.recall.push(re);
            }
            self.word_f1.push(bag_f1(&p, &t));
            (pr, re)
        }

        /// (shingle F1 of the mean precision and recall, mean word F1).
        fn f1(&self) -> (f64, f64) {
            let (p, r) = (mean(&self.precision), mean(&self.recall));
            let f1 = if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            };
            (f1, mean(&self.word_f1))
        }
    }

    fn mean(v: &[f64]) -> f64 {
        if v.is_empty() {
            0.0
        } else {
            v.iter().sum::<f64>() / v.len() as f64
        }
    }

    /// The multiset of 4-token shingles (one shorter shingle for a text of 1–3 tokens).
    fn shingles<'a>(t: &[&'a str]) -> HashMap<Vec<&'a str>, usize> {
        let mut m = HashMap::new();
        if t.len() < 4 {
            if !t.is_empty() {
                m.insert(t.to_vec(), 1);
            }
            return m;
        }
        for w in t.windows(4) {
            *m.entry(w.to_vec()).or_insert(0) += 1;
        }
        m
    }

    /// WCXB's word F1 of one page (lower-cased tokens; empty truth scores 1 only when the
    /// prediction is empty too).
    fn bag_f1(pred: &[&str], truth: &[&str]) -> f64 {
        let bag = |t: &[&str]| {
            let mut m: HashMap<String, usize> = HashMap::new();
            for w in t {
                *m.entry(w.to_lowercase()).or_insert(0) += 1;
            }
            m
        };
        let (p, t) = (bag(pred), bag(truth));
        if t.is_empty() {
            return if p.is_empty() { 1.0 } else { 0.0 };
        }
        let overlap: usize = p
            .iter()
            .map(|(k, &n)| n.min(t.get(k).copied().unwrap_or(0)))
            .sum();
        if overlap == 0 {
            return 0.0;
        }
        let pr = overlap as f64 / pred.len() as f64;
        let re = overlap as f64 / truth.len() as f64;
        2.0 * pr * re / (pr + re)
    }

    fn elements<'a>(page: &'a Page, tags: &'a [&str]) -> impl Iterator<Item = NodeId> + 'a {
        page.ids().filter(|&n| tags.contains(&page.name(n)))
    }

    /// (expected images present in ours, expected images): by `src`, which both sides
    /// resolve against the test URL.
    fn kept_images(ours: &Page, expected: &Page) -> (usize, usize) {
        let src = |p: &Page, n| {
            p.element(n)
                .and_then(|e| e.attr("src"))
                .map(|s| s.trim().to_string())
        };
        let have: Vec<String> = elements(ours, &["img"])
            .filter_map(|n| src(ours, n))
            .collect();
        let want: Vec<String> = elements(expected, &["img"])
            .filter_map(|n| src(expected, n))
            .filter(|s| loadable(s))
            .collect();
        let kept = want.iter().filter(|w| have.contains(w)).count();
        (kept, want.len())
    }

    /// Whether a web page can load an image from `src`: http(s) (the test pages resolve
    /// relative URLs to http). `data:` and `file:` images are not counted: a `data:` URL is
    /// a lazy loader's stand-in, and clearpress drops other schemes on purpose.
    fn loadable(src: &str) -> bool {
        let s = src.to_ascii_lowercase();
        s.starts_with("http://") || s.starts_with("https://")
    }

    /// (expected elements of `tags` whose text is inside one of ours, expected elements
    /// with text).
    fn kept_structure(ours: &Page, expected: &Page, tags: &[&str]) -> (usize, usize) {
        let have: Vec<String> = elements(ours, tags)
            .map(|n| collapse_whitespace(&block_text_of(ours, n)))
            .collect();
        let want: Vec<String> = elements(expected, tags)
            .map(|n| collapse_whitespace(&block_text_of(expected, n)))
            .filter(|t| !t.is_empty())
            .collect();
        let kept = want
            .iter()
            .filter(|w| have.iter().any(|h| h.contains(w.as_str())))
            .count();
        (kept, want.len())
    }

    /// `page` without its wikis' section-edit tools. `expected.html` is Readability.js's
    /// output, which keeps MediaWiki's "[edit]" in every section heading ("History[edit]");
    /// the reader view leaves such tools out on purpose (issue 8), so the expected page is
    /// compared without them. A tool is found with the core's own data: a link to an edit
    /// form ([`EDIT_ACTIONS`], not a red link) and the smallest element around it that adds
    /// nothing but brackets and separators, brackets included.
    fn without_edit_tools(page: &Page) -> Page {
        let squeeze = |s: String| -> String {
            s.chars()
                .filter(|c| !c.is_whitespace() && !matches!(c, '[' | ']' | '|'))
                .collect()
        };
        let mut skip = vec![false; page.len()];
        for id in page.ids() {
            let Some(href) = page
                .element(id)
                .filter(|e| e.name == "a")
                .and_then(|e| e.attr("href"))
            else {
                continue;
            };
            let params: Vec<&str> = href
                .split_once('?')
                .map(|(_, q)| q.split('#').next().unwrap_or(q).split(['&', ';']).collect())
                .unwrap_or_default();
            let has = |list: &[&str]| {
                params
                    .iter()
                    .any(|p| list.iter().any(|a| p.eq_ignore_ascii_case(a)))
            };
            if !has(EDIT_ACTIONS) || has(EDIT_LINK_NOT) {
                continue;
            }
            let link = squeeze(page.text_content(id));
            let mut tool = id;
            while let Some(p) = page.parent(tool) {
                if squeeze(page.text_content(p)) != link {
                    break;
                }
                tool = p;
            }
            if page.text_content(tool).contains('[') {
                skip[tool.index()] = true;
            }
        }
        let mut out = PageBuilder::new();
        copy_into_skipping(page, page.root(), &mut out, &skip);
        out.finish()
    }

    /// The block text of one subtree.
    fn block_text_of(page: &Page, id: NodeId) -> String {
        let mut sub = PageBuilder::new();
        copy_into(page, id, &mut sub);
        block_text(&sub.finish())
    }

    /// Copies a subtree into `to` (explicit stack, as in [`block_text`]).
    fn copy_into(from: &Page, id: NodeId, to: &mut PageBuilder) {
        copy_into_skipping(from, id, to, &[]);
    }

    /// [`copy_into`], leaving out the subtrees of the nodes `skip` marks.
    fn copy_into_skipping(from: &Page, id: NodeId, to: &mut PageBuilder, skip: &[bool]) {
        // Each entry carries how many elements the builder must have open for it: closing
        // back to that depth puts it under its parent.
        let mut stack = vec![(id, 0usize)];
        let mut depth = 0;
        while let Some((n, at)) = stack.pop() {
            while depth > at {
                to.close();
                depth -= 1;
            }
            if skip.get(n.index()).copied().unwrap_or(false) {
                continue;
            }
            let inner = match &from.node(n).data {
                NodeData::Text(t) => {
                    to.text(t);
                    continue;
                }
                NodeData::Element(e) => {
                    let attrs = e.attrs.iter();
                    to.open(&e.name, attrs.map(|(n, v)| (n.into(), v.into())).collect());
                    depth += 1;
                    depth
                }
                NodeData::Document => depth,
            };
            stack.extend(from.children(n).iter().rev().map(|&c| (c, inner)));
        }
    }

    // ---------------------------------------------------------------- WCXB metadata

    fn wcxb_metadata(dir: &Path, verbose: bool) -> Result<(), Box<dyn std::error::Error>> {
        let mut ids: Vec<String> = std::fs::read_dir(dir.join("ground-truth"))?
            .filter_map(Result::ok)
            .filter_map(|e| {
                let n = e.file_name().to_string_lossy().to_string();
                n.strip_suffix(".json").map(str::to_string)
            })
            .collect();
        ids.sort();
        let fields = ["title", "author", "publish_date"];
        let mut tallies = [Tally::default(); 3];
        // Pages with a value in the ground truth, and how many of those we match.
        let mut present = [Tally::default(); 3];
        for id in &ids {
            let truth: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(
                dir.join("ground-truth").join(format!("{id}.json")),
            )?)?;
            let truth = &truth["ground_truth"];
            let html = read_gz(&dir.join("html").join(format!("{id}.html.gz")))?;
            let meta = match native::parse(&html) {
                Ok(parsed) => analysis::analyze(&parsed.page).meta,
                Err(_) => Default::default(),
            };
            let ours = [
                norm_title(meta.headline.as_deref()),
                norm_author(meta.byline.as_deref()),
                norm_date(meta.date.as_deref()),
            ];
            for (i, field) in fields.iter().enumerate() {
                let raw = truth[*field].as_str();
                let want = match i {
                    0 => norm_title(raw),
                    1 => norm_author(raw),
                    _ => norm_date(raw),
                };
                let ok = want == ours[i];
                tallies[i].add(usize::from(ok), 1);
                if want.is_some() {
                    present[i].add(usize::from(ok), 1);
                }
                if verbose && !ok {
                    println!("wcxb {id} {field}\n  want: {want:?}\n  got:  {:?}", ours[i]);
                }
            }
        }
        println!(
            "eval_reader: metadata of {} WCXB dev pages against its human ground truth \
             (no peer metadata is stored for these pages)",
            ids.len()
        );
        for (i, name) in ["title", "author", "date"].iter().enumerate() {
            let (t, p) = (tallies[i], present[i]);
            println!(
                "  metadata.wcxb.{name:<14} {:.3}   ({}/{}; where the truth has one: {}/{} = {:.3})",
                t.rate(),
                t.kept,
                t.expected,
                p.kept,
                p.expected,
                p.rate()
            );
            figures::record(&format!("metadata.wcxb.{name}"), t.rate());
        }
        Ok(())
    }

    fn read_gz(path: &Path) -> std::io::Result<String> {
        let mut bytes = Vec::new();
        GzDecoder::new(std::fs::File::open(path)?).read_to_end(&mut bytes)?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }

    /// Lower case, typographic quotes, dashes and ellipses as ASCII, whitespace collapsed,
    /// outer punctuation trimmed: differences no reader would call a different title.
    fn norm_title(s: Option<&str>) -> Option<String> {
        let s: String = s?
            .replace('…', "...")
            .chars()
            .map(|c| match c {
                '‘' | '’' | '‚' | '′' => '\'',
                '“' | '”' | '„' | '″' => '"',
                '–' | '—' | '‐' | '‑' | '−' => '-',
                _ => c,
            })
            .flat_map(char::to_lowercase)
            .collect();
        let s = collapse_whitespace(&s);
        let s = s.trim_matches(|c: char| c.is_whitespace() || ".:;,".contains(c));
        (!s.is_empty()).then(|| s.to_string())
    }

    /// A title's normalisation, a leading "by" dropped, and the words between names written
    /// one way: "A, B and C", "A, B, and C", "A, B & C" and "A; B; C" are one list of the
    /// same people (the ground truth writes lists all these ways, a page's JSON-LD has none).
    fn norm_author(s: Option<&str>) -> Option<String> {
        let s = norm_title(s)?;
        let s = s.strip_prefix("by ").unwrap_or(&s).trim().to_string();
        let s = s
            .replace(", and ", ", ")
            .replace(" and ", ", ")
            .replace(" & ", ", ")
            .replace("; ", ", ");
        (!s.is_empty()).then_some(s)
    }

    /// The `YYYY-MM-DD` a date starts with (ISO 8601 as pages and the ground truth give it).
    fn norm_date(s: Option<&str>) -> Option<String> {
        let s = s?.trim();
        let d = s.get(..10)?;
        let ok = d.char_indices().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
        ok.then(|| d.to_string())
    }
}
