//! Pages nested far deeper than any call stack (issue 5): every command and the wasm
//! entry points' core (`plan`, `report`) finish on them with sane results.
//!
//! The pages are built with the model API: html5ever's tree builder is quadratic in the
//! nesting depth, so the CLI is exercised at a depth the parser handles in test time.

use clearpress::core::analysis::analyze;
use clearpress::core::model::{Page, PageBuilder};
use clearpress::core::{plan, render, report};
use std::process::Command;

/// Levels of nesting: the 200,000 (the CLI crashed at about 87,000 and the wasm
/// build at 2,000–10,000 before the walks became iterative).
const DEPTH: usize = 200_000;

const SENTENCE: &str =
    "“We will not stop,” said Jane Doe, the mayor, to reporters on Monday, after the vote.";

fn para(b: &mut PageBuilder) {
    b.open("p", vec![]);
    b.text(SENTENCE);
    b.text(" The council met on Tuesday evening to discuss the new flood wall, at length.");
    b.close();
}

/// `html > body > article > (p × 3, tag × depth > p)`; a `table` level is
/// `table > tbody > tr > td`, as a parser builds it.
fn deep(tag: &str, depth: usize) -> Page {
    let mut b = PageBuilder::new();
    b.open("html", vec![]);
    b.open("body", vec![]);
    b.open("article", vec![]);
    (0..3).for_each(|_| para(&mut b));
    for _ in 0..depth {
        let levels: &[&str] = match tag {
            "table" => &["table", "tbody", "tr", "td"],
            _ => &[tag],
        };
        for l in levels {
            b.open(l, vec![]);
        }
    }
    para(&mut b);
    b.finish()
}

fn check(tag: &str, page: &Page) {
    let a = analyze(page);
    let article = a.article.as_ref().expect("four paragraphs make an article");
    let last_p = page.ids().rev().find(|&n| page.name(n) == "p");
    assert_eq!(
        article.blocks.last().copied(),
        last_p,
        "{tag}: innermost paragraph"
    );
    assert!(article.blocks.windows(2).all(|w| w[0] < w[1]), "{tag}");

    let plan = plan::plan_from(page, &a, None);
    assert_eq!(plan.article, Some(article.root.0), "{tag}");
    assert_eq!(
        plan.summary.statements, 4,
        "{tag}: one statement per paragraph"
    );

    let r = report::report(page, &a);
    assert_eq!(r.quotes.len(), 4, "{tag}");
    assert_eq!(r.quotes[3].paragraph, article.blocks.len() - 1, "{tag}");
    let html = render::article_html(page, &a);
    assert_eq!(html.matches("<p>").count(), 4, "{tag}");
    if tag == "blockquote" {
        assert_eq!(html.matches("<blockquote>").count(), DEPTH, "{tag}");
    }
    assert_eq!(r.reader.content_html, html, "{tag}");

    // The web adapter's path: the flat snapshot round-trips and plans the same.
    let (structure, strings) = page.to_flat();
    let back = Page::from_flat(&structure, &strings).expect("a valid snapshot");
    assert_eq!(&back, page, "{tag}");
}

#[test]
fn deep_divs() {
    check("div", &deep("div", DEPTH));
}

#[test]
fn deep_blockquotes() {
    check("blockquote", &deep("blockquote", DEPTH));
}

#[test]
fn deep_spans() {
    check("span", &deep("span", DEPTH));
}

#[test]
fn deep_tables() {
    check("table", &deep("table", DEPTH));
}

/// What the CLI prints for `page` (as a file), with its exit code and stderr.
fn cli(cmd: &str, html: &str) -> (i32, String, String) {
    let dir = std::env::temp_dir().join(format!("clearpress-walks-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join(format!("{cmd}.html"));
    std::fs::write(&file, html).expect("write page");
    let out = Command::new(env!("CARGO_BIN_EXE_clearpress"))
        .arg(cmd)
        .arg(&file)
        .output()
        .expect("runs");
    let _ = std::fs::remove_file(&file);
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Through the parser, at a depth html5ever's quadratic tree builder handles in test time.
#[test]
fn cli_on_deeply_nested_markup() {
    const CLI_DEPTH: usize = 5_000;
    let p = format!("<p>{SENTENCE} The council met on Tuesday evening, at length.</p>");
    for (open, close) in [
        ("<div>", "</div>"),
        ("<blockquote>", "</blockquote>"),
        ("<span>", "</span>"),
        ("<table><tr><td>", "</td></tr></table>"),
    ] {
        let html = format!(
            "<!doctype html><html><body><article>{p}{p}{p}{}{p}{}</article></body></html>",
            open.repeat(CLI_DEPTH),
            close.repeat(CLI_DEPTH)
        );
        for cmd in ["clean", "clutter", "reader", "quotes", "report"] {
            let (code, out, err) = cli(cmd, &html);
            // Past the parser's depth limit the CLI notes it on stderr (a partial structure).
            let notes_only = err.lines().all(|l| l.starts_with("clearpress: note: "));
            assert!(code == 0 && notes_only, "{cmd} on {open}: {code} {err}");
            // Nothing to hide here: only `clutter` may print nothing.
            assert!(cmd == "clutter" || !out.is_empty(), "{cmd} on {open}");
        }
        let (_, quotes, _) = cli("quotes", &html);
        assert_eq!(quotes.lines().count(), 4, "{open}: {quotes}");
    }
}
