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

#[test]
fn the_lead_photo_before_the_story_column_is_kept_as_a_picture_with_caption() {
    // A newspaper template: the lead photo and its caption sit in the article body, then a
    // byline line, then the story in its own <article>.
    let html = format!(
        "<html><head><title>Talks stall as ministers leave Brussels</title></head><body>\
         <div id=\"article-body\" class=\"article-body\">\
         <div class=\"inline-content inline-photo\"><a name=\"p1\"></a>\
         <img class=\"unprocessed\" src=\"https://img.example/400w/talks.jpg\" \
         data-hi-res-src=\"https://img.example/1484w/talks.jpg\"><br>\
         <span class=\"pb-caption\">Ministers leave the summit on Thursday. (Jo Reyes/Agency)</span></div>\
         <div class=\"pb-sig-line\"><span class=\"pb-byline\">By <a href=\"/people/sam\">Sam Ortiz</a></span> \
         <span class=\"pb-timestamp\">March 18 at 12:22 PM</span></div>\
         <article>{}</article></div></body></html>",
        prose("The talks broke down late on Wednesday.", 5)
    );
    let r = reader(&html);
    assert!(
        r.content_html
            .contains("src=\"https://img.example/400w/talks.jpg\""),
        "{}",
        r.content_html
    );
    assert!(r.content_html.contains("Ministers leave the summit"));
    // The caption is shown, not read as the story.
    assert!(!r.text.contains("Ministers leave the summit"), "{}", r.text);
    assert!(r.text.starts_with("The talks broke down"), "{}", r.text);
}

#[test]
fn a_story_header_with_the_title_is_not_a_lead_photo() {
    // A magazine template: a hero section (category, title, standfirst, photo) before the
    // story; the title and standfirst belong to the reader header, not the text.
    let html = format!(
        "<html><head><title>Six Shows for Garden Inspiration | Field Notes</title></head><body>\
         <main><section class=\"hero post-item\"><div class=\"post-content\">\
         <p class=\"post-title h2\">Six Shows for Garden Inspiration</p>\
         <div class=\"post-excerpt\"><p>Stream these and plan next spring.</p></div></div>\
         <div class=\"post-image\"><img width=\"768\" height=\"432\" src=\"/hero.jpg\"></div></section>\
         <article>{}</article></main></body></html>",
        prose("The growing season is ending.", 5)
    );
    let r = reader(&html);
    assert!(!r.text.contains("Stream these"), "{}", r.text);
    assert!(r.text.starts_with("The growing season"), "{}", r.text);
}

#[test]
fn a_present_src_wins_over_other_sizes_but_not_over_a_lazy_stand_in() {
    // Jetpack keeps the full-size file in data-orig-file beside a real src; lazysizes shows
    // a blank stand-in and keeps the picture in data-src.
    let html = format!(
        "<html><body><article>{}\
         <p><img data-orig-file=\"https://cdn.example/full.png?fit=1650\" \
         src=\"https://cdn.example/full.png?resize=1025\" width=\"644\"></p>\
         <p><img class=\"lazyload\" src=\"https://cdn.example/pending.jpg\" data-src=\"https://cdn.example/one.jpg\"></p>\
         <p><img src=\"/assets/blank.gif\" data-src=\"https://cdn.example/two.jpg\"></p>\
         {}</article></body></html>",
        prose("The first part.", 3),
        prose("The second part.", 2)
    );
    let r = reader(&html);
    let h = &r.content_html;
    assert!(
        h.contains("src=\"https://cdn.example/full.png?resize=1025\""),
        "{h}"
    );
    assert!(h.contains("src=\"https://cdn.example/one.jpg\""), "{h}");
    assert!(h.contains("src=\"https://cdn.example/two.jpg\""), "{h}");
}

#[test]
fn relative_images_follow_the_base_element_and_dot_segments() {
    let html = format!(
        "<html><head><base href=\"media/\"></head><body><article>{}\
         <p><img src=\"./chart.png\"> <img src=\"../logo.png\"></p></article></body></html>",
        prose("Rates rose again.", 4)
    );
    let r = reader(&html);
    let h = &r.content_html;
    assert!(
        h.contains("src=\"https://news.example/2024/05/media/chart.png\""),
        "{h}"
    );
    assert!(
        h.contains("src=\"https://news.example/2024/05/logo.png\""),
        "{h}"
    );
}

#[test]
fn formula_images_beside_their_mathml_are_kept() {
    // MediaWiki renders a formula as MathML for screen readers (hidden) plus an SVG picture
    // marked aria-hidden; the picture is what a sighted reader sees.
    let formula = "<span class=\"mwe-math-element\"><span class=\"mwe-math-mathml-inline\" \
        style=\"display: none;\"><math><mi>A</mi><mo>=</mo><msup><mi>A</mi><mi>T</mi></msup></math></span>\
        <img src=\"https://math.example/render/svg/abc123\" class=\"mwe-math-fallback-image-inline\" \
        aria-hidden=\"true\" alt=\"A = A^T\"></span>";
    let html = format!(
        "<html><body><div id=\"mw-content-text\">{}<p>A matrix is symmetric when {formula} holds, \
         that is, when it equals its transpose.</p><ul><li>First {formula} case</li>\
         <li>Second {formula} case</li><li>Third {formula} case</li></ul>{}</div></body></html>",
        prose("Linear algebra studies vector spaces.", 3),
        prose("Symmetric matrices have real eigenvalues.", 2)
    );
    let r = reader(&html);
    assert_eq!(count(&r.content_html, "math.example/render/svg/abc123"), 4);
    assert!(r.content_html.contains("<li>"), "{}", r.content_html);
    assert!(!r.content_html.contains("<math"));
}
