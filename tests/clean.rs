//! `clean`'s serialization: markup that a careless serializer changes on every pass keeps its
//! meaning, and cleaning twice gives the same bytes as cleaning once — on each case below,
//! on every fixture page and on every encoding fixture.

#![cfg(not(target_arch = "wasm32"))]

use clearpress::core::analysis::analyze;
use clearpress::native::{self, decode::decode};
use std::path::Path;

mod common;
use common::{case_name, fixture_dirs};

/// What `clearpress clean` does, on text: the CLI's way (the page serialized once, the
/// clutter cut out of the text), checked against cutting the tree itself and serializing it.
fn clean(source: &str) -> String {
    let (page, markup, _) = native::parse_for_clean(source.to_string()).expect("parses");
    let a = analyze(&page);
    let nodes = markup.clean_nodes(&page, &a.clutter);
    let out = markup.without(&nodes);
    let mut parsed = native::parse(source).expect("parses");
    assert_eq!(parsed.clean_nodes(&parsed.page, &a.clutter), nodes);
    assert_eq!(parsed.serialize_without(&nodes), out);
    out
}

/// Cleans `body` (inside a page with an article around it), checks that a second pass gives
/// the same bytes, and returns the first pass.
fn clean_case(body: &str) -> String {
    let page = format!(
        "<!DOCTYPE html><html><head><title>Case</title></head><body><article><h1>Case</h1>\
         <p>A paragraph long enough to be the article's text, so the page has one.</p>\
         {body}</article></body></html>"
    );
    let once = clean(&page);
    let twice = clean(&once);
    assert_eq!(once, twice, "clean is not idempotent on {body:?}");
    once
}

#[test]
fn pre_and_textarea_keep_their_leading_newline() {
    let out = clean_case("<pre>\n\n  indented code\n</pre><textarea>\n\nnote &amp; <b></textarea>");
    assert!(out.contains("<pre>\n\n  indented code\n</pre>"), "{out}");
    assert!(
        out.contains("<textarea>\n\nnote &amp; &lt;b&gt;</textarea>"),
        "{out}"
    );
    let parsed = native::parse(&out).expect("parses");
    let pre = parsed.page.first_element("pre").expect("pre");
    assert_eq!(parsed.page.text_content(pre), "\n  indented code\n");
}

#[test]
fn noscript_is_not_escaped_again() {
    let body = "<noscript><img src=\"pixel.gif?a=1&amp;b=2\" alt=\"\"> 1 &lt; 2</noscript>";
    let out = clean_case(body);
    assert!(out.contains(body), "{out}");
}

#[test]
fn raw_text_elements_stay_raw() {
    let body = "<style>a > b::after { content: \"&amp;\" }</style>\
                <script>if (a < b && c) { d = \"</p>\" }</script><xmp><b>shown as text</b></xmp>";
    let out = clean_case(body);
    assert!(out.contains(body), "{out}");
}

#[test]
fn template_content_is_kept() {
    let body = "<template id=\"row\"><tr><td class=\"name\"></td></tr></template>\
                <div><template shadowrootmode=\"open\"><p>In the shadow</p></template></div>";
    let out = clean_case(body);
    assert!(out.contains(body), "{out}");
}

#[test]
fn foreign_content_keeps_its_shape() {
    let math = "<math><semantics><mi>x</mi><annotation-xml encoding=\"text/html\">\
                <p>HTML inside MathML</p></annotation-xml></semantics></math>";
    let svg = "<svg viewBox=\"0 0 10 10\"><foreignObject width=\"10\" height=\"10\">\
               <p>HTML inside SVG</p></foreignObject>\
               <a xlink:href=\"#x\"><path d=\"M0 0L10 10\"></path></a></svg>";
    let out = clean_case(&format!("{math}{svg}"));
    assert!(out.contains(math), "{out}");
    assert!(out.contains(svg), "{out}");
    // The paragraph is inside the annotation, as a browser parses it.
    let parsed = native::parse(&out).expect("parses");
    let page = &parsed.page;
    let p = page
        .ids()
        .find(|&n| page.name(n) == "p" && page.collapsed_text(n) == "HTML inside MathML")
        .expect("the paragraph");
    assert!(page.ancestors(p).any(|a| page.name(a) == "annotation-xml"));
}

#[test]
fn plaintext_gains_no_end_tags() {
    let page = "<!DOCTYPE html><html><head><title>Old page</title></head><body>\
                <p>Intro paragraph of an old page that shows source below.</p>\
                <plaintext><b>not a tag</b> & no end";
    let once = clean(page);
    assert!(
        once.ends_with("<plaintext><b>not a tag</b> & no end"),
        "{once}"
    );
    assert_eq!(clean(&once), once);
}

#[test]
fn output_declares_utf8_in_place_of_the_old_charset() {
    let declared = "<html><head><meta charset=\"windows-1252\"><title>T</title></head>\
                    <body><p>Body text here.</p></body></html>";
    let out = clean(declared);
    assert!(
        out.contains("<meta charset=\"utf-8\">") && !out.contains("1252"),
        "{out}"
    );
    let pragma = "<html><head><meta http-equiv=\"Content-Type\" \
                  content=\"text/html; charset=iso-8859-1\"></head><body><p>Text.</p></body></html>";
    let out = clean(pragma);
    assert!(
        out.contains("content=\"text/html; charset=utf-8\""),
        "{out}"
    );
    let none = "<html><head><title>T</title></head><body><p>Text.</p></body></html>";
    let out = clean(none);
    assert!(
        out.contains("<head><meta charset=\"utf-8\"><title>"),
        "{out}"
    );
}

#[test]
fn a_declaration_removed_with_the_clutter_is_replaced() {
    // A theme that prints a `<meta charset>` inside its comment widget: the widget goes, and
    // the output must still say what it is encoded in.
    let page = "<!DOCTYPE html><html><head><title>T</title></head><body><article><h1>T</h1>\
                <p>A paragraph long enough to be the article's text, so the page has one.</p>\
                </article><div id=\"comments\" class=\"comments-area\">\
                <meta charset=\"windows-1252\"><h2>3 Comments</h2>\
                <ol class=\"comment-list\"><li class=\"comment\">First!</li></ol>\
                <div id=\"respond\"><h3>Leave a Reply</h3><form><textarea name=\"comment\">\
                </textarea></form></div></div></body></html>";
    let out = clean(page);
    assert!(
        !out.contains("Leave a Reply") && !out.contains("1252"),
        "{out}"
    );
    assert!(
        out.contains("<head><meta charset=\"utf-8\"><title>"),
        "{out}"
    );
    assert_eq!(clean(&out), out);
}

#[test]
fn a_plaintext_removed_with_the_clutter_ends_nothing() {
    // Kept, a `<plaintext>` turns the rest of the page into text, so the output ends there;
    // removed with its comment thread, what follows the thread stays markup.
    let page = "<!DOCTYPE html><html><head><title>T</title></head><body><article><h1>T</h1>\
                <p>A paragraph long enough to be the article's text, so the page has one.</p>\
                </article><div id=\"comments\" class=\"comments-area\"><h2>3 Comments</h2>\
                <ol class=\"comment-list\"><li class=\"comment\">First!<plaintext>raw \
                </li></ol></div></body></html>";
    let out = clean(page);
    assert!(
        !out.contains("First!") && !out.contains("plaintext"),
        "{out}"
    );
    assert!(out.ends_with("</body></html>"), "{out}");
}

#[test]
fn every_fixture_cleans_idempotently() {
    let encodings = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/encodings");
    let mut pages: Vec<_> = fixture_dirs()
        .into_iter()
        .map(|d| (case_name(&d), d.join("page.html")))
        .collect();
    pages.extend(
        std::fs::read_dir(&encodings)
            .expect("tests/encodings")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "html"))
            .map(|p| (case_name(&p), p)),
    );
    assert!(pages.len() >= 10, "fixtures missing: {pages:?}");
    for (name, path) in pages {
        let bytes = std::fs::read(&path).expect("page");
        let text = decode(&bytes).expect("decodes").text;
        let once = clean(&text);
        // `clean` writes UTF-8, and decoding that again must give the same page.
        let again = decode(once.as_bytes()).expect("clean output decodes").text;
        assert_eq!(again, once, "{name}");
        assert_eq!(clean(&again), once, "{name} is not idempotent");
    }
}

#[test]
fn removed_widgets_take_their_loaders_along() {
    let dir = fixture_dirs()
        .into_iter()
        .find(|d| case_name(d) == "disqus-patreon-blog")
        .expect("the Disqus/Ko-fi fixture");
    let text = std::fs::read_to_string(dir.join("page.html")).expect("page");
    // The page loads Disqus (inline loader and count script) and a Ko-fi overlay; the
    // clutter analysis removes the Disqus thread and the Ko-fi donation box.
    for loader in [
        "disqus.com/count.js",
        "overlay-widget.js",
        "kofiWidgetOverlay",
    ] {
        assert!(text.contains(loader), "fixture lacks {loader}");
    }
    let out = clean(&text);
    for loader in [
        "disqus.com/count.js",
        "overlay-widget.js",
        "kofiWidgetOverlay",
        "disqus_config",
    ] {
        assert!(!out.contains(loader), "{loader} kept");
    }
    // Scripts of no removed widget stay.
    assert!(out.contains("plausible.io/js/script.js") && out.contains("cookie-banner"));
}
