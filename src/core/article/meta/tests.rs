//! The metadata a reader sees on the page (headline, visible date, bylines in themes'
//! own markup), on inline pages written after real news and blog templates.

use super::metadata;
use crate::core::article::{find_article, Metadata};
use crate::core::model::Page;
use crate::core::plan;

fn parse(html: &str) -> Page {
    crate::native::parse(html).expect("test page parses").page
}

fn meta_of(html: &str) -> Metadata {
    let page = parse(html);
    let art = find_article(&page, &[]);
    metadata(&page, art.as_ref())
}

const BODY: &str = "The council met on Tuesday evening to discuss the new flood wall, which \
                    residents say is long overdue, and voted to fund it before the spring.";

fn paras() -> String {
    (0..4)
        .map(|i| format!("<p>{BODY} Paragraph {i} adds a sentence, with a comma, or two.</p>"))
        .collect()
}

/// A page with the given `<head>` and article header markup.
fn page(head: &str, header: &str) -> String {
    format!(
        "<html><head>{head}</head><body><nav><a href=/>Home</a></nav><article>{header}{}\
         </article></body></html>",
        paras()
    )
}

#[test]
fn the_headline_on_the_page_wins_over_the_title_written_for_search_engines() {
    // A WordPress/Yoast page: the SEO title is shorter and keyworded, the <h1> is what
    // readers see; both name the same story.
    for (og, h1, lang) in [
        (
            "Health and Nutrition Trends for 2026 - Tastewise",
            "Top 10 Health and Nutrition Trends to Watch",
            "en",
        ),
        (
            "Hochwasser: Neue Schutzmauer für die Altstadt | Tagblatt",
            "Die Altstadt bekommt ihre neue Schutzmauer gegen das Hochwasser",
            "de",
        ),
        (
            "Crue : le conseil finance le mur de protection - Le Courrier",
            "Le conseil municipal finance enfin le mur de protection contre la crue",
            "fr",
        ),
    ] {
        let html = page(
            &format!("<title>{og}</title><meta property=og:title content=\"{og}\">"),
            &format!("<h1>{h1}</h1>"),
        );
        let m = meta_of(&html.replace("<html>", &format!("<html lang={lang}>")));
        assert_eq!(m.headline.as_deref(), Some(h1), "{lang}");
        // The declared title stays what the page declares.
        assert_ne!(m.title.as_deref(), Some(h1), "{lang}");
    }
}

#[test]
fn an_h1_about_something_else_is_not_the_headline() {
    // Blog themes put the blog's name in the <h1>, portals a section name.
    for h1 in ["Silicon Exposed", "Minecraft News", "Read more"] {
        let html = page(
            "<title>Open Verilog flow for GreenPak4 devices | Minecraft</title>",
            &format!("<h1>{h1}</h1>"),
        );
        let m = meta_of(&html);
        assert_eq!(m.headline, m.title, "{h1}");
        assert_ne!(m.headline.as_deref(), Some(h1), "{h1}");
    }
    // The same title with other quotes keeps the declared spelling.
    let html = page(
        "<meta property=og:title content=\"'Star Wars' cuts may return\">",
        "<h1>‘Star Wars’ cuts may return</h1>",
    );
    assert_eq!(
        meta_of(&html).headline.as_deref(),
        Some("'Star Wars' cuts may return")
    );
}

#[test]
fn a_short_document_title_is_kept_over_a_different_first_heading() {
    // Readability.js keeps a short <title> without separators as it is.
    let html = page("<title>RTL Test</title>", "<h1>Lorem</h1>");
    let m = meta_of(&html);
    assert_eq!(m.title.as_deref(), Some("RTL Test"));
    assert_eq!(m.headline.as_deref(), Some("RTL Test"));
}

#[test]
fn the_date_a_page_shows_when_it_declares_none() {
    for (line, want) in [
        (
            "<div class=post-meta><span>Updated on</span> <span>July 9, 2025</span></div>",
            "2025-07-09",
        ),
        (
            "<p class=entry-date>Publié le 12 mars 2026 à 10h32</p>",
            "2026-03-12",
        ),
        ("<div class=c-meta__date>5. März 2025</div>", "2025-03-05"),
        (
            "<span class=fecha>Publicado el 5 de marzo de 2025</span><time>5 de marzo</time>",
            "2025-03-05",
        ),
        ("<time>Dec. 19, 2025</time>", "2025-12-19"),
        ("<div class=article-date>23.07.2025</div>", "2025-07-23"),
    ] {
        let m = meta_of(&page(
            "<title>Flood wall</title>",
            &format!("<h1>Flood wall</h1>{line}"),
        ));
        assert_eq!(m.date.as_deref(), Some(want), "{line}");
        assert_eq!(m.published_time, None, "{line}");
    }
}

#[test]
fn a_declared_date_comes_first_whatever_its_format() {
    // JSON-LD with the date in words (Webflow's CMS writes "Feb 08, 2022").
    let ld = "<script type=application/ld+json>{\"@type\":\"BlogPosting\",\
              \"headline\":\"Flood wall\",\"datePublished\":\"Feb 08, 2022\"}</script>";
    let m = meta_of(&page(
        ld,
        "<h1>Flood wall</h1><p class=date>Updated March 1, 2024</p>",
    ));
    assert_eq!(m.published_time.as_deref(), Some("Feb 08, 2022"));
    assert_eq!(m.date.as_deref(), Some("2022-02-08"));
    // A Yoast graph whose only date is on the WebPage node, and a citation tag.
    let ld = "<script type=application/ld+json>{\"@graph\":[{\"@type\":\"WebPage\",\
              \"datePublished\":\"2021-01-27T06:00:00+00:00\"}]}</script>";
    assert_eq!(meta_of(&page(ld, "")).date.as_deref(), Some("2021-01-27"));
    let tag = "<meta name=citation_date content=2025/12/18>";
    assert_eq!(meta_of(&page(tag, "")).date.as_deref(), Some("2025-12-18"));
    // Only the last change is known: that day, as a last resort, when the page shows it
    // (here in its footer's "last reviewed" line)…
    let tag = "<meta property=article:modified_time content=2025-04-19T23:02:46+00:00>";
    let html = page(tag, "").replace(
        "</article>",
        "</article><footer><p>Page last reviewed</p><p>19/04/2025</p></footer>",
    );
    assert_eq!(meta_of(&html).date.as_deref(), Some("2025-04-19"));
    // …and none when it does not: a CMS touches pages nobody edits.
    assert_eq!(meta_of(&page(tag, "")).date, None);
}

#[test]
fn the_day_beside_the_headline_prefers_publication_to_update() {
    for (header, want, lang) in [
        (
            "<h1>Flood wall</h1><div class=meta><span>By Ann Lee</span>\
             <span>Published Apr 26, 2023</span><span>Updated Aug 21, 2025</span></div>",
            "2023-04-26",
            "en",
        ),
        // The label on a line of its own before the date.
        (
            "<h1>Flood wall</h1><div class=x1><p>Last updated</p><p>Aug 4, 2025</p>\
             <p>Written by</p><p>Ann Lee</p></div><p class=x2>March 2, 2024</p>",
            "2024-03-02",
            "en",
        ),
        (
            "<h1>Le mur anti-crue</h1><p class=x1>Mis à jour le 14 mars 2026</p>\
             <p class=x2>Publié le 12 mars 2026</p>",
            "2026-03-12",
            "fr",
        ),
        (
            "<h1>Die Flutmauer</h1><p class=x1>Aktualisiert am 6. März 2025</p>\
             <p class=x2>5. März 2025</p>",
            "2025-03-05",
            "de",
        ),
        // Only the update is shown: that day.
        (
            "<h1>Flood wall</h1><p class=x1>Last updated: Dec 12, 2025</p>",
            "2025-12-12",
            "en",
        ),
        // A kicker line above the headline.
        (
            "<p class=kicker>Mental health · December 22, 2022</p><h1>Flood wall</h1>",
            "2022-12-22",
            "en",
        ),
    ] {
        let html = page("<title>Flood wall</title>", header)
            .replace("<html>", &format!("<html lang={lang}>"));
        assert_eq!(
            meta_of(&html).date.as_deref(),
            Some(want),
            "{lang}: {header}"
        );
    }
}

#[test]
fn a_relative_date_is_no_day_of_its_own() {
    // "3 hours ago" only means something beside the time the page declares.
    let header = "<h1>Flood wall</h1><p class=post-date>3 hours ago</p>";
    let m = meta_of(&page("<title>Flood wall</title>", header));
    assert_eq!(m.date, None);
    let declared = "<title>Flood wall</title>\
                    <meta property=article:published_time content=2026-03-05T08:10:00Z>";
    let m = meta_of(&page(declared, header));
    assert_eq!(m.date.as_deref(), Some("2026-03-05"));
    let header = "<h1>Die Flutmauer</h1><p class=post-date>vor 3 Stunden</p>";
    assert_eq!(
        meta_of(&page("<title>Die Flutmauer</title>", header)).date,
        None
    );
}

#[test]
fn the_headline_found_by_its_words_where_the_page_has_several_h1s() {
    // A blog whose theme makes the blog's name and each section an <h1>; the story's own
    // heading is the one that reads as its title, and its date sits under it.
    let html = format!(
        "<html><head><title>Advent of the flood wall, week two</title></head><body>\
         <h1>Roger's notebook</h1><h1>Advent of the flood wall, week two</h1>\
         <p class=x>20 December 2025</p><div>{}</div><h1>Day 7</h1><p>Short.</p>\
         <footer><p>Older post</p><p>3 December 2025</p></footer></body></html>",
        paras()
    );
    assert_eq!(meta_of(&html).date.as_deref(), Some("2025-12-20"));
}

#[test]
fn dates_of_other_articles_and_comments_are_not_the_articles() {
    let html = format!(
        "<html><body><article><h1>Flood wall</h1>{}</article>\
         <aside class=related><a href=/x>Older story</a><span class=date>May 2, 2019</span></aside>\
         <div class=comments><span class=comment-date>June 3, 2025</span></div></body></html>",
        paras()
    );
    assert_eq!(meta_of(&html).date, None);
}

#[test]
fn bylines_in_themes_own_markup() {
    for (line, want) in [
        (
            "<div class=post-detail__meta>September 1st, 2023 \
             <span class=post-detail__meta-author>By Emily Norwood</span></div>",
            "Emily Norwood",
        ),
        (
            "<p class=brxe-text-basic><span class=blog-author-line>Written by John Crenshaw</span></p>",
            "John Crenshaw",
        ),
        (
            "<div class=c-autor-linea>Escrito por Lucía Fernández</div>",
            "Lucía Fernández",
        ),
        (
            "<span class=article-auteur>Écrit par Claire Dubois</span>",
            "Claire Dubois",
        ),
    ] {
        let m = meta_of(&page("<title>Flood wall</title>", &format!("<h1>Flood wall</h1>{line}")));
        assert_eq!(m.byline.as_deref(), Some(want), "{line}");
    }
    // The author's biography box is not the byline.
    let html = page(
        "<title>Flood wall</title>",
        "<h1>Flood wall</h1><div class=author-bio>Sam writes about cities.</div>",
    );
    assert_eq!(meta_of(&html).byline, None);
}

#[test]
fn an_rtl_page_gets_its_header_with_title_and_direction() {
    // Mozilla's rtl-1 test page, in outline: a short <title>, an <h1> that says something
    // else, dir=rtl on <html>.
    let html = format!(
        "<html dir=rtl><head><title>اختبار الاتجاه</title></head><body><main><article>\
         <h1>مقدمة</h1>{}</article></main></body></html>",
        paras()
    );
    let page = parse(&html);
    let p = plan::plan(&page, None);
    assert_eq!(p.reader.title.as_deref(), Some("اختبار الاتجاه"));
    assert_eq!(p.reader.dir.as_deref(), Some("rtl"));
    // The first heading says something else, so the header opens the article, title first.
    assert_eq!(p.reader.title_heading, None);
}

#[test]
fn a_date_alone_under_the_headline() {
    // Page builders (Webflow, Framer, Tailwind themes) name the line by its look only.
    for (line, want) in [
        (
            "<p class=\"text-sm text-gray-600\">December 13, 2025</p>",
            "2025-12-13",
        ),
        (
            "<div class=x7f><span>Publicado el 3 de julio de 2024</span></div>",
            "2024-07-03",
        ),
        (
            "<div class=tw-q>Veröffentlicht am 17.05.2021</div>",
            "2021-05-17",
        ),
    ] {
        let m = meta_of(&page(
            "<title>Flood wall</title>",
            &format!("<h1>Flood wall</h1>{line}"),
        ));
        assert_eq!(m.date.as_deref(), Some(want), "{line}");
    }
    // A date inside the article's prose is not its dateline.
    let m = meta_of(&page(
        "<title>Flood wall</title>",
        "<h1>Flood wall</h1><p>The wall was first proposed on March 3, 2019, after the floods \
         that closed the old town for a week and left the council with a bill.</p>",
    ));
    assert_eq!(m.date, None);
}

#[test]
fn the_headline_leaves_out_what_follows_a_pipe() {
    for (title, want) in [
        (
            "How meditation rewires brains | Opinion",
            "How meditation rewires brains",
        ),
        ("Game Changer | Newegg.com", "Game Changer"),
        (
            "Wie Meditation das Gehirn verändert | Meinung | Tagblatt",
            "Wie Meditation das Gehirn verändert",
        ),
    ] {
        let m = meta_of(&page(
            &format!("<meta property=og:title content=\"{title}\">"),
            "",
        ));
        assert_eq!(m.headline.as_deref(), Some(want), "{title}");
        assert_eq!(m.title.as_deref(), Some(title), "{title}");
    }
    // One word before the pipe is a site or a section, not a headline.
    let m = meta_of(&page(
        "<meta property=og:title content=\"Home | Tagblatt\">",
        "",
    ));
    assert_eq!(m.headline.as_deref(), Some("Home | Tagblatt"));
}

#[test]
fn a_byline_line_s_parts_are_read_apart() {
    for (line, want) in [
        (
            "<div class=author-line><span>Luke Kim</span><small>December 17, 2025</small></div>",
            Some("Luke Kim"),
        ),
        (
            "<div class=blog-author><b>Reyan Perumal</b><div>Published on July 18, 2025</div></div>",
            Some("Reyan Perumal"),
        ),
        // Only a label, or only a date word, where the name should be.
        ("<p class=author-line>Written by</p>", None),
        ("<p class=author-line><span>Sat</span>, 20 Dec 2025</p>", None),
        ("<p class=author-line>Name</p>", None),
    ] {
        let m = meta_of(&page("<title>Flood wall</title>", &format!("<h1>Flood wall</h1>{line}")));
        assert_eq!(m.byline.as_deref(), want, "{line}");
    }
}
