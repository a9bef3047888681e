//! The reader view keeps the whole article: photographs, captions, headings, quotes.
//!
//! Each test is a small page written from the markup real publishing systems produce (named
//! in the test), run through the native pipeline; the checks read the reader view's
//! `content_html` and `text` as the CLI's `reader --json` returns them.

#![cfg(not(target_arch = "wasm32"))]

use clearpress::core::analysis::analyze;
use clearpress::core::report::{self, ReaderReport};
use clearpress::native;

fn reader(html: &str) -> ReaderReport {
    let mut parsed = native::parse(html).expect("test page parses");
    parsed.page.url = Some("https://news.example/2024/05/story.html".into());
    let a = analyze(&parsed.page);
    report::reader(&parsed.page, &a)
}

/// `n` paragraphs of ordinary article prose.
fn prose(topic: &str, n: usize) -> String {
    (0..n)
        .map(|i| {
            format!(
                "<p>{topic} Paragraph {i} goes on, as reporting does, with names, places, \
                 and what people said at the meeting on Thursday.</p>"
            )
        })
        .collect()
}

fn count(hay: &str, needle: &str) -> usize {
    hay.matches(needle).count()
}

#[test]
fn photo_essay_figures_stay_whatever_their_share_class() {
    // A newspaper photo essay: each figure carries a modifier class for the share buttons
    // drawn over the photo (`fig--has-shares`), a lightbox link to itself, and a <picture>.
    let figure = |n: u32| {
        format!(
            "<figure class=\"element element-image fig--has-shares element-image--photo-essay\" \
             id=\"img-{n}\"><a href=\"#img-{n}\" class=\"article__img-container\">\
             <div class=\"u-responsive-ratio\" style=\"padding-bottom: 66.6%\"><picture>\
             <source media=\"(min-width: 660px)\" srcset=\"https://img.example/{n}.jpg?w=620 620w\">\
             <img class=\"gu-image\" alt=\"Photo {n}\" src=\"https://img.example/{n}.jpg?w=300\">\
             </picture></div></a></figure>"
        )
    };
    let html = format!(
        "<html><body><article class=\"content\"><h1>Whale song</h1>\
         <div class=\"content__article-body\">{}{}{}{}{}\
         <div class=\"social share-bar\"><a href=\"https://facebook.example/share\">Facebook</a> \
         <a href=\"https://twitter.example/share\">Twitter</a></div></div></article></body></html>",
        prose("The strandings began in spring.", 3),
        figure(1),
        prose("Elders keep the bones.", 2),
        figure(2),
        figure(3),
    );
    let r = reader(&html);
    for n in 1..=3 {
        assert!(
            r.content_html
                .contains(&format!("src=\"https://img.example/{n}.jpg?w=300\"")),
            "photo {n} missing: {}",
            r.content_html
        );
    }
    assert_eq!(count(&r.content_html, "<figure>"), 3);
    assert!(!r.content_html.contains("Facebook"), "share bar kept");
}

#[test]
fn a_status_table_without_header_cells_is_data() {
    // A development blog's progress table: plain <td> cells, a tick icon in each finished
    // cell, no <th>. Its size (rows × columns) says it is data, not page layout.
    let tick = "<td><img src=\"https://cdn.example/blog/done.png\" width=\"20px\"></td>";
    let row = |name: &str| format!("<tr><td>{name}</td>{tick}{tick}{tick}<td></td></tr>");
    let html = format!(
        "<html><body><div class=\"container\"><h2>Friday Facts #280</h2>{}\
         <table class=\"finished_gui_table\"><tr><td></td><td>UX draft</td><td>UX review</td>\
         <td>Mockup</td><td>Implementation</td></tr>{}{}{}</table>{}</div></body></html>",
        prose("The interface overhaul continues.", 3),
        row("Main menu"),
        row("Map editor"),
        row("Train stops"),
        prose("Next week we look at the blueprint library.", 2),
    );
    let r = reader(&html);
    assert!(r.content_html.contains("<table>"), "{}", r.content_html);
    assert!(r.content_html.contains("Map editor"));
    assert_eq!(count(&r.content_html, "done.png"), 9);
}

#[test]
fn a_layout_table_of_one_row_is_not_data() {
    // Old-style layout: a one-row table placing a teaser box beside the story.
    let html = format!(
        "<html><body><div class=\"story\">{}<table><tr><td><a href=\"/more\">More stories</a>\
         </td><td><img src=\"/ad.gif\"><img src=\"/ad2.gif\"><img src=\"/ad3.gif\"></td></tr>\
         </table>{}</div></body></html>",
        prose("The harbour reopened.", 3),
        prose("Boats returned by noon.", 2),
    );
    let r = reader(&html);
    assert!(!r.content_html.contains("<table>"), "{}", r.content_html);
    assert!(r.text.contains("Boats returned by noon."));
}
