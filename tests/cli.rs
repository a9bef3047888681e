//! The `clearpress` binary as a user runs it: every command's output contract on a fixture
//! page, standard input as `-`, and bad input — exit code 2, exactly one line on stderr and
//! nothing on stdout.

#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_clearpress");

mod common;
use common::{case_name, fixture_dirs};

/// The first fixture page (they all exercise every command).
fn page() -> PathBuf {
    fixture_dirs()
        .into_iter()
        .next()
        .map(|d| d.join("page.html"))
        .expect("a fixture page")
}

fn run(args: &[&str]) -> Output {
    Command::new(BIN).args(args).output().expect("runs")
}

fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawns");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("writes");
    child.wait_with_output().expect("runs")
}

fn ok_json(out: &Output) -> Value {
    assert!(
        out.status.success(),
        "exit {:?}, stderr {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

fn keys(v: &Value) -> Vec<&str> {
    let mut k: Vec<&str> = v
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    k.sort_unstable();
    k
}

fn sorted<'a>(k: &[&'a str]) -> Vec<&'a str> {
    let mut k = k.to_vec();
    k.sort_unstable();
    k
}

fn arg(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

#[test]
fn clutter_json_items_have_the_contract_keys() {
    let v = ok_json(&run(&["clutter", arg(&page()), "--json"]));
    for item in v.as_array().expect("an array") {
        assert_eq!(keys(item), sorted(&["kind", "reason", "text"]));
        assert!(matches!(
            item["kind"].as_str(),
            Some("fundraising" | "comments" | "newsletter" | "video")
        ));
    }
}

#[test]
fn reader_json_has_the_contract_keys() {
    let v = ok_json(&run(&["reader", arg(&page()), "--json"]));
    assert_eq!(
        keys(&v),
        sorted(&[
            "title",
            "headline",
            "byline",
            "published_time",
            "date",
            "lang",
            "dir",
            "site_name",
            "excerpt",
            "content_html",
            "text"
        ])
    );
    assert!(v["content_html"].is_string() && v["text"].is_string());
    assert!(
        !v["text"].as_str().unwrap_or("").is_empty(),
        "the article text is empty"
    );
}

/// A local paper's story: its `<title>` carries the paper's name, its `<h1>` the headline
/// readers see, the byline and day sit under the headline.
const HEADER_PAGE: &str = "<html lang=en><head><title>Flood wall funded at last | The Valley Courier</title>\
<meta property=og:site_name content=\"The Valley Courier\"></head><body><nav><a href=/>Home</a></nav>\
<article><h1>Flood wall funded at last after a council vote</h1>\
<p class=byline>By Maria Lopez</p><p class=post-date>March 5, 2026</p>\
<p>The council met on Tuesday evening to discuss the new flood wall, which residents say is long overdue.</p>\
<p>After three hours of debate the members voted to fund it before the spring thaw, with two against.</p>\
<p>Work on the riverside section starts in April, the mayor said, and should end by the summer.</p>\
</article></body></html>";

#[test]
fn reader_json_carries_the_header_a_reader_sees() {
    let v = ok_json(&run_stdin(
        &["reader", "-", "--json"],
        HEADER_PAGE.as_bytes(),
    ));
    assert_eq!(
        v["headline"].as_str(),
        Some("Flood wall funded at last after a council vote")
    );
    assert_eq!(v["title"].as_str(), Some("Flood wall funded at last"));
    assert_eq!(v["byline"].as_str(), Some("Maria Lopez"));
    assert_eq!(v["date"].as_str(), Some("2026-03-05"));
    // The plain output opens with the same header lines.
    let out = run_stdin(&["reader", "-"], HEADER_PAGE.as_bytes());
    let text = String::from_utf8_lossy(&out.stdout);
    let head: Vec<&str> = text.lines().take(3).collect();
    assert_eq!(
        head,
        [
            "Flood wall funded at last after a council vote",
            "Maria Lopez",
            "2026-03-05"
        ]
    );
}

#[test]
fn quotes_json_items_have_the_contract_keys() {
    let v = ok_json(&run(&["quotes", arg(&page()), "--json"]));
    let items = v.as_array().expect("an array");
    assert!(!items.is_empty(), "the fixture page has quotes");
    for item in items {
        assert_eq!(
            keys(item),
            sorted(&["text", "speaker", "mention", "kind", "label", "paragraph"])
        );
        assert!(matches!(
            item["kind"].as_str(),
            Some("statement" | "fragment" | "scare")
        ));
        assert!(item["paragraph"].is_u64());
        // The fixture page is in English.
        let label = item["label"].as_str().unwrap_or("");
        assert!(
            matches!(label, "Statement" | "Quoted fragment" | "Scare quotes"),
            "{label}"
        );
        assert!(item["speaker"].is_null() || item["speaker"].is_string());
    }
}

#[test]
fn report_is_the_golden_for_every_fixture() {
    for dir in fixture_dirs() {
        let text = std::fs::read_to_string(dir.join("report.json")).expect("report.json");
        let name = case_name(&dir);
        let v = ok_json(&run(&["report", arg(&dir.join("page.html"))]));
        let want: Value = serde_json::from_str(&text).expect("report.json");
        assert!(
            v == want,
            "{name}: `clearpress report` differs from report.json"
        );
    }
}

#[test]
fn plain_output_and_clean() {
    let p = page();
    for cmd in ["clutter", "reader", "quotes"] {
        let out = run(&[cmd, arg(&p)]);
        assert!(out.status.success() && out.stderr.is_empty(), "{cmd}");
    }
    let out = run(&["clean", arg(&p)]);
    assert!(out.status.success() && out.stderr.is_empty());
    let html = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(html.contains("<html") && html.trim_end().ends_with("</html>"));
}

#[test]
fn dash_reads_standard_input() {
    let p = page();
    let source = std::fs::read(&p).expect("page");
    for cmd in ["quotes", "reader", "report"] {
        let from_file = run(&[cmd, arg(&p), "--json"]);
        let from_stdin = run_stdin(&[cmd, "-", "--json"], &source);
        assert!(from_stdin.status.success(), "{cmd} -");
        assert_eq!(from_stdin.stdout, from_file.stdout, "{cmd} -");
    }
}

/// Exit code 2, one line on stderr, nothing on stdout.
fn assert_fails(out: &Output, what: &str) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(2),
        "{what}: exit code (stderr {err})"
    );
    assert!(out.stdout.is_empty(), "{what}: stdout not empty");
    assert!(
        err.ends_with('\n') && err.matches('\n').count() == 1 && err.trim().len() > 12,
        "{what}: stderr is not one line: {err:?}"
    );
    assert!(err.starts_with("clearpress: "), "{what}: {err:?}");
}

struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("clearpress-cli-{tag}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        TempDir(dir)
    }

    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.0.join(name);
        std::fs::write(&p, bytes).expect("write");
        p
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn bad_input_fails_with_one_line() {
    let tmp = TempDir::new("bad");
    let missing = tmp.0.join("missing.html");
    let binary = tmp.file("binary.html", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR<html>");
    let empty = tmp.file("empty.html", b"");
    let text = tmp.file("plain.txt", b"Just some words.\nNo markup at all.\n");
    // Noise without a NUL byte (a fixed linear congruential sequence), with tags sprinkled in.
    let mut x: u32 = 12345;
    let noise: Vec<u8> = (0..20_000)
        .map(|i| {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            if i % 97 == 0 {
                b'<'
            } else {
                ((x >> 16) as u8).max(1)
            }
        })
        .collect();
    let noise = tmp.file("noise.html", &noise);
    let gzip = tmp.file("page.html.gz", b"\x1f\x8b\x08\x00\x00\x00\x00\x00<html>");
    let dir = tmp.0.join("a-directory");
    std::fs::create_dir_all(&dir).expect("dir");
    let page = page();
    for cmd in ["clean", "clutter", "reader", "quotes", "report"] {
        assert_fails(&run(&[cmd, arg(&missing)]), &format!("{cmd} missing file"));
        assert_fails(&run(&[cmd, arg(&dir)]), &format!("{cmd} directory"));
        assert_fails(&run(&[cmd, arg(&binary)]), &format!("{cmd} binary"));
        assert_fails(&run(&[cmd, arg(&noise)]), &format!("{cmd} random bytes"));
        assert_fails(&run(&[cmd, arg(&gzip)]), &format!("{cmd} gzip"));
        assert_fails(&run(&[cmd, arg(&empty)]), &format!("{cmd} empty"));
        assert_fails(&run(&[cmd, arg(&text)]), &format!("{cmd} plain text"));
    }
    assert_fails(&run_stdin(&["report", "-"], b""), "empty stdin");
    assert_fails(&run_stdin(&["quotes", "-"], b"a\0b"), "binary stdin");
    assert_fails(&run(&["frobnicate", arg(&page)]), "unknown command");
    assert_fails(&run(&[]), "no arguments");
    assert_fails(&run(&["report"]), "no file");
    assert_fails(&run(&["report", arg(&page), "extra"]), "extra argument");
    assert_fails(&run(&["report", arg(&page), "--frob"]), "unknown option");
    let newline = tmp.0.join("two\nlines.html");
    assert_fails(&run(&["report", arg(&newline)]), "newline in the file name");
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let name = std::ffi::OsStr::from_bytes(b"not-utf8-\xff.html");
        let out = Command::new(BIN)
            .arg("report")
            .arg(tmp.0.join(name))
            .output()
            .expect("runs");
        assert_fails(&out, "file name that is not UTF-8");
    }
}

#[test]
fn help_goes_to_stdout() {
    let out = run(&["--help"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("usage: clearpress"));
}

fn encodings_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/encodings")
}

/// One page per legacy encoding (see tests/encodings/README.md): a phrase of its article text
/// with the letters the encoding exists for, and its quoted statement where the quote
/// analysis reads that language's marks.
const ENCODED_PAGES: &[(&str, &str, Option<&str>)] = &[
    (
        "windows-1252.html",
        "will pay about €170 more each year",
        Some("We held the line for ten years, but fuel and crew costs have doubled,"),
    ),
    (
        "iso-8859-1-de.html",
        "die Straße zwischen Bahnhof und Marktplatz für Autos sperren",
        Some("Wir müssen jetzt handeln, sonst verlieren wir noch ein Jahr"),
    ),
    (
        "shift_jis.html",
        "市営バスの運賃を来年四月から二十円引き上げる",
        Some("路線を守るためには、やむを得ない判断だ"),
    ),
    (
        "gbk.html",
        "地铁五号线将于今年年底正式开通运营",
        Some("五号线开通后，从城北到市中心的通勤时间将缩短一半，"),
    ),
    (
        "utf-16le.html",
        "paid from the council’s reserve",
        Some("Students told us they had nowhere quiet to work on weekends,"),
    ),
    (
        "utf-16be.html",
        "paid from the council’s reserve",
        Some("Students told us they had nowhere quiet to work on weekends,"),
    ),
    (
        "xhtml-iso-8859-15.html",
        "au cœur du quartier historique, a coûté 4,2 millions d'euros, dont 800 000 € apportés",
        Some("Les commerçants ont tenu bon pendant tout le chantier, et les clients nous ont suivis sur la place provisoire"),
    ),
    (
        "latin1-undeclared.html",
        "installés provisoirement sur la place de l'Église",
        Some("Nous avons attendu ce chantier pendant des années, et nous sommes prêts à déménager"),
    ),
];

#[test]
fn legacy_encodings_give_the_right_text_and_quotes() {
    for &(name, phrase, quote) in ENCODED_PAGES {
        let path = encodings_dir().join(name);
        let reader = ok_json(&run(&["reader", arg(&path), "--json"]));
        let text = reader["text"].as_str().unwrap_or("");
        assert!(
            text.contains(phrase),
            "{name}: text lacks {phrase:?}: {text}"
        );
        assert!(!text.contains('\u{FFFD}'), "{name}: replacement characters");
        let quotes = ok_json(&run(&["quotes", arg(&path), "--json"]));
        let found: Vec<&str> = quotes
            .as_array()
            .expect("an array")
            .iter()
            .filter_map(|q| q["text"].as_str())
            .collect();
        if let Some(q) = quote {
            assert!(found.contains(&q), "{name}: quotes {found:?}");
        }
    }
}

/// 200,000 nested elements of each kind the issue names: the commands end normally (the
/// parser flattens nesting past its depth limit) and `clean` still holds the deep text.
/// `report` runs every analysis the other commands print, so the other commands run on one
/// kind only (each run is seconds in a debug build).
#[test]
fn deep_nesting_in_every_command() {
    let tmp = TempDir::new("deep");
    let n = 200_000;
    for tag in ["div", "blockquote", "span", "table"] {
        let page = format!(
            "<!DOCTYPE html><html><body><p>Intro paragraph.</p>{}deep text{}</body></html>",
            format!("<{tag}>").repeat(n),
            format!("</{tag}>").repeat(n)
        );
        let path = tmp.file(&format!("{tag}.html"), page.as_bytes());
        let commands: &[&str] = match tag {
            "div" => &["clean", "clutter", "reader", "quotes", "report"],
            _ => &["report"],
        };
        for cmd in commands {
            let out = run(&[cmd, arg(&path)]);
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(
                out.status.success() && err.lines().all(|l| l.starts_with("clearpress: note: ")),
                "{cmd} on {n} nested {tag}: exit {:?}, {err}",
                out.status.code()
            );
            let stdout = String::from_utf8_lossy(&out.stdout);
            if *cmd == "clean" {
                assert!(stdout.contains("deep text"));
            }
            // Nested tables close each other (a `<table>` start tag in a table ends it), so
            // only the others reach the depth limit, and the report says so.
            if *cmd == "report" && tag != "table" {
                let v: Value = serde_json::from_str(&stdout).expect("JSON");
                let limits = v["limits"].as_array().expect("limits listed");
                assert!(
                    limits.iter().any(|l| l["limit"] == "dom_depth_max"),
                    "{tag}: {limits:?}"
                );
                assert!(err.contains("dom_depth_max"), "{tag}: no note on stderr");
            }
        }
    }
}
