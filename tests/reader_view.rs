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

/// The plan the extension applies, for the same page as [`reader`].
fn plan_of(html: &str) -> (clearpress::core::model::Page, clearpress::core::plan::Plan) {
    let mut parsed = native::parse(html).expect("test page parses");
    parsed.page.url = Some("https://news.example/2024/05/story.html".into());
    let p = clearpress::core::plan::plan(&parsed.page, None);
    (parsed.page, p)
}

/// Collapsed text of the plan's nodes `ids`.
fn texts(page: &clearpress::core::model::Page, ids: &[u32]) -> Vec<String> {
    ids.iter()
        .map(|&i| page.collapsed_text(clearpress::core::model::NodeId(i)))
        .collect()
}

#[test]
fn a_caption_printed_as_a_one_item_list_after_its_photo_is_a_caption() {
    // A newspaper photo-essay template: each <figure> is followed by its caption as
    // <ul><li><p>…</p></li></ul>. A real one-item list elsewhere, and a two-item list after a
    // photo, stay lists.
    let photo = |n: u32| {
        format!(
            "<figure class=\"element element-image\" id=\"img-{n}\"><a href=\"#img-{n}\">\
             <picture><img alt=\"Photo {n}\" src=\"https://img.example/{n}.jpg\"></picture></a>\
             </figure>"
        )
    };
    let html = format!(
        "<html><body><article><div class=\"article-body\">{}{}\
         <ul>\n<li><p>Carvers at work in the shed behind the marae, in March</p></li>\n</ul>{}\
         <ul><li>Only this one point needs making about the tides.</li></ul>{}{}\
         <ul><li>Bones kept in the shed</li><li>Baleen drying on the rack</li></ul>{}\
         </div></article></body></html>",
        prose("The carvers work through winter.", 3),
        photo(1),
        prose("The shed was built in 1990.", 2),
        prose("Elders keep the bones.", 2),
        photo(2),
        prose("The whales came ashore at night.", 2),
    );
    let r = reader(&html);
    assert!(
        r.content_html.contains("Carvers at work"),
        "{}",
        r.content_html
    );
    assert!(
        !r.text.contains("Carvers at work"),
        "caption read as text: {}",
        r.text
    );
    assert!(r.text.contains("Only this one point"), "{}", r.text);
    assert!(r.text.contains("Baleen drying"), "{}", r.text);
    let (page, p) = plan_of(&html);
    assert_eq!(
        texts(&page, &p.captions),
        ["Carvers at work in the shed behind the marae, in March"]
    );
}

#[test]
fn a_gallery_of_figures_in_a_list_is_kept_as_a_gallery() {
    // A blog's gallery block: a list whose items are figures with their captions. Readability
    // keeps such "simple lists of images"; the reader shows them without bullets.
    let item = |n: u32, caption: &str| {
        format!(
            "<li class=\"blocks-gallery-item\"><figure><img src=\"https://img.example/g{n}.jpg\" \
             alt=\"\" width=\"640\" height=\"480\"><figcaption>{caption}</figcaption></figure></li>"
        )
    };
    let html = format!(
        "<html><body><article>{}<ul class=\"blocks-gallery-grid\">{}{}{}</ul>{}\
         <ul><li>The survey runs every winter.</li><li>Volunteers are trained in October.</li></ul>\
         </article></body></html>",
        prose("The pups were counted at dawn.", 3),
        item(1, "A pup in its white coat."),
        item(2, "Volunteers on the dunes."),
        item(3, "Weighing a pup in a sling."),
        prose("The report comes out in spring.", 2),
    );
    let r = reader(&html);
    for n in 1..=3 {
        assert!(
            r.content_html
                .contains(&format!("src=\"https://img.example/g{n}.jpg\"")),
            "gallery photo {n} missing: {}",
            r.content_html
        );
    }
    let (page, p) = plan_of(&html);
    let galleries = texts(&page, &p.galleries);
    assert_eq!(galleries.len(), 1, "{galleries:?}");
    assert!(
        galleries[0].starts_with("A pup in its white coat."),
        "{galleries:?}"
    );
}

#[test]
fn an_embedded_post_is_kept_as_a_quote() {
    // X/Twitter's embed code (publish.twitter.com) inside a news site's embed box, and
    // Bluesky's: the post's text, author and link, a script after it. Short and mostly link
    // text, but a quotation of the article.
    let html = format!(
        "<html><body><article><div class=\"article-body\">{}\
         <div id=\"twttr_5f2\" class=\"codefragment codefragment--twitter\">\
         <blockquote class=\"twitter-tweet\"><p lang=\"en\" dir=\"ltr\">Back on the pitch \
         tonight <a href=\"https://t.co/Qx1\">pic.twitter.com/Qx1</a></p>&mdash; Harbour FC \
         (@HarbourFC) <a href=\"https://twitter.com/HarbourFC/status/1454931184966770696\">\
         October 31, 2021</a></blockquote></div>\
         <script async src=\"https://platform.twitter.com/widgets.js\"></script>{}\
         <blockquote class=\"bluesky-embed\" data-bluesky-uri=\"at://did:plc:x/app.bsky.feed.post/3k\">\
         <p lang=\"en\">Tickets for Saturday are gone.</p>&mdash; Harbour FC \
         <a href=\"https://bsky.app/profile/harbourfc.example/post/3k\">May 2, 2024</a></blockquote>{}\
         </div></article></body></html>",
        prose("The club won four to one.", 3),
        prose("The manager praised the midfield.", 2),
        prose("The next match is on Saturday.", 2),
    );
    let r = reader(&html);
    assert_eq!(
        count(&r.content_html, "<blockquote>"),
        2,
        "{}",
        r.content_html
    );
    for want in [
        "Back on the pitch",
        "(@HarbourFC)",
        "https://twitter.com/HarbourFC/status/1454931184966770696",
        "Tickets for Saturday are gone.",
        "https://bsky.app/profile/harbourfc.example/post/3k",
    ] {
        assert!(
            r.content_html.contains(want),
            "{want} missing: {}",
            r.content_html
        );
    }
    assert!(!r.content_html.contains("widgets.js"), "{}", r.content_html);
}

#[test]
fn wiki_section_headings_stay_and_their_edit_links_go() {
    // German Wikipedia's section markup: the heading's anchor is named after its text (here
    // words that otherwise name page furniture: "Community", "Werbung"), and an "[Bearbeiten |
    // Quelltext bearbeiten]" tool follows it. A red link in a list and an edit link in a
    // sentence are article text.
    let section = |anchor: &str, title: &str, n: u32| {
        format!(
            "<h2><span class=\"mw-headline\" id=\"{anchor}\">{title}</span>\
             <span class=\"mw-editsection\"><span class=\"mw-editsection-bracket\">[</span>\
             <a href=\"/w/index.php?title=Hafen&amp;veaction=edit&amp;section={n}\" \
             title=\"Abschnitt bearbeiten: {title}\">Bearbeiten</a>\
             <span class=\"mw-editsection-divider\"> | </span>\
             <a href=\"/w/index.php?title=Hafen&amp;action=edit&amp;section={n}\" \
             title=\"Abschnitt bearbeiten: {title}\">Quelltext bearbeiten</a>\
             <span class=\"mw-editsection-bracket\">]</span></span></h2>"
        )
    };
    let satz = |s: &str| {
        format!(
            "<p>{s} Der Hafen wurde im Jahr 1871 eröffnet, und seitdem legen dort Fähren, \
             Frachter und Fischkutter an, die Waren aus dem ganzen Land bringen.</p>"
        )
    };
    let html = format!(
        "<html lang=\"de\"><body><div id=\"content\" class=\"mw-body\"><div id=\"mw-content-text\" \
         class=\"mw-content-ltr\">{}{}{}{}{}\
         <ul><li><a href=\"/w/index.php?title=Hafenmeister_Ahrens&amp;action=edit&amp;redlink=1\" \
         class=\"new\">Hafenmeister Ahrens</a></li><li>Kapitän Lüders</li></ul>\
         <p>Wer Fehler findet, kann den Artikel über die Seite \
         <a href=\"/w/index.php?title=Hafen&amp;action=edit\">Bearbeiten</a> verbessern, wie es \
         viele Leser schon getan haben.</p>{}</div></div></body></html>",
        satz("Geschichte."),
        section("Community", "Community", 1),
        satz("Vereine."),
        section("Werbung_und_Tourismus", "Werbung und Tourismus", 2),
        satz("Tourismus."),
        satz("Heute."),
    );
    let r = reader(&html);
    for want in [
        "Community",
        "Werbung und Tourismus",
        "Hafenmeister Ahrens",
        "Seite Bearbeiten verbessern",
    ] {
        assert!(r.text.contains(want), "{want} missing: {}", r.text);
    }
    assert!(!r.text.contains("Quelltext"), "{}", r.text);
    assert!(
        !r.content_html.contains("[Bearbeiten"),
        "{}",
        r.content_html
    );
    assert!(!r.content_html.contains("section=1"), "{}", r.content_html);
    assert_eq!(count(&r.content_html, "<h2>"), 2, "{}", r.content_html);
}
