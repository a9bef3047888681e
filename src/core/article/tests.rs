//! Unit tests of the article finder and the metadata reader, on inline HTML parsed by the
//! native adapter.

use super::*;
use crate::core::analysis::analyze;
use crate::core::report;

fn parse(html: &str) -> Page {
    crate::native::parse(html).expect("test page parses").page
}

fn reader_text(html: &str) -> String {
    let page = parse(html);
    let a = analyze(&page);
    report::reader(&page, &a).text
}

fn para(text: &str, n: usize) -> String {
    (0..n)
        .map(|i| format!("<p>{text} Sentence number {i}, with a comma, and more words here.</p>"))
        .collect()
}

const BODY: &str = "The council met on Tuesday evening to discuss the new flood wall, which residents say is long overdue.";

#[test]
fn semantic_article_wins_and_blocks_are_paragraphs() {
    let html = format!(
        "<html><body><div class=menu><a href=/a>Home</a> <a href=/b>News</a></div>\
         <article><h1>Headline</h1>{}<h2>Subhead here</h2><ul><li>First point of the list item</li></ul>\
         <blockquote><p>Quoted paragraph inside a blockquote element.</p></blockquote></article>\
         <footer>Copyright 2024 Example Site, all rights reserved.</footer></body></html>",
        para(BODY, 4)
    );
    let page = parse(&html);
    let art = find_article(&page, &[]).expect("article");
    assert_eq!(page.name(art.root), "article");
    let names: Vec<&str> = art.blocks.iter().map(|&b| page.name(b)).collect();
    assert_eq!(names, ["h1", "p", "p", "p", "p", "h2", "li", "p"]);
    // No block contains another.
    for &a in &art.blocks {
        for &b in &art.blocks {
            assert!(a == b || !page.is_inclusive_ancestor(a, b));
        }
    }
    let text = reader_text(&html);
    assert!(text.contains("Quoted paragraph") && !text.contains("Copyright"));
}

#[test]
fn article_beats_sidebar_and_comments() {
    let html = format!(
        "<html><body>\
         <div id=sidebar><h3>Popular</h3>{}</div>\
         <div class=post-body>{}</div>\
         <div id=comments class=comments>{}</div></body></html>",
        para(
            "Sidebar teaser text that goes on for a while to look like content.",
            2
        ),
        para(BODY, 5),
        para(
            "I disagree with this, strongly, and so does my neighbour, by the way.",
            6
        ),
    );
    let text = reader_text(&html);
    assert!(text.contains("flood wall"));
    assert!(!text.contains("Sidebar teaser"));
    assert!(!text.contains("I disagree"));
}

#[test]
fn link_heavy_navigation_loses() {
    let links: String = (0..40)
        .map(|i| {
            format!("<li><a href=/s{i}>Section number {i} of the site, with a long name</a></li>")
        })
        .collect();
    let html = format!(
        "<html><body><div class=navigation-block><ul>{links}</ul></div>\
         <div class=story>{}</div></body></html>",
        para(BODY, 3)
    );
    let page = parse(&html);
    let art = find_article(&page, &[]).expect("article");
    assert!(page.element(art.root).is_some_and(|e| e.has_class("story")));
    assert!(!reader_text(&html).contains("Section number"));
}

#[test]
fn hidden_and_boxes_inside_article_are_excluded() {
    let html = format!(
        "<html><body><article>{}\
         <p hidden>Hidden paragraph that should never show up in the reader text at all.</p>\
         <p style=\"display: none\">Styled-away paragraph that should never show up either.</p>\
         <div aria-hidden=\"true\">Aria-hidden paragraph text that should not be shown here.</div>\
         <div class=share-bar><a href=/fb>Facebook</a> <a href=/tw>Twitter</a></div>\
         <div class=newsletter-signup><p>Sign up for our newsletter to get the news every morning.</p>\
         <form><input type=email><button>Subscribe</button></form></div>\
         <div class=related-articles><ul><li><a href=/x>Another story you may like to read</a></li>\
         <li><a href=/y>Yet another story you may like to read</a></li></ul></div>\
         {}</article></body></html>",
        para(BODY, 3),
        para("Closing paragraph of the story with the final words.", 1)
    );
    let text = reader_text(&html);
    for gone in [
        "Hidden paragraph",
        "Styled-away",
        "Aria-hidden",
        "Facebook",
        "newsletter",
        "Another story",
    ] {
        assert!(!text.contains(gone), "{gone} leaked into {text}");
    }
    assert!(text.contains("Closing paragraph"));
}

#[test]
fn clutter_is_skipped() {
    let html = format!(
        "<html><body><div id=a>{}</div><div id=b>{}</div></body></html>",
        para(
            "Comment text that is long enough to win the scoring if counted.",
            8
        ),
        para(BODY, 3)
    );
    let page = parse(&html);
    let a = page
        .ids()
        .find(|&n| page.element(n).is_some_and(|e| e.id() == "a"))
        .expect("div a");
    let clutter = [Clutter {
        node: a,
        kind: crate::core::clutter::ClutterKind::Comments,
        reason: "test".into(),
    }];
    let art = find_article(&page, &clutter).expect("article");
    assert!(!page.is_inclusive_ancestor(art.root, a) || art.root == page.body());
    assert!(art
        .blocks
        .iter()
        .all(|&b| !page.is_inclusive_ancestor(a, b)));
}

#[test]
fn loose_text_and_div_paragraphs_become_blocks() {
    let html = format!(
        "<html><body><div class=content><div>{BODY} {BODY}</div>Loose text directly in the wrapper, \
         which also reads like a paragraph of the article.<p>{BODY}</p></div></body></html>"
    );
    let text = reader_text(&html);
    assert!(text.contains("Loose text directly"));
    assert_eq!(text.matches("flood wall").count(), 3);
}

#[test]
fn no_article_in_a_short_box_of_a_page_with_other_text() {
    let sign_in = "<html><body><header><a href=/>The Daily Ledger</a> <nav><a href=/world>World</a> \
         <a href=/sport>Sport</a> <a href=/culture>Culture</a></nav></header>\
         <main><h1>Sign in</h1><form><label>Email <input name=e></label> \
         <button>Continue</button></form></main>\
         <footer><a href=/privacy>Privacy</a> <a href=/terms>Terms of use</a></footer></body></html>";
    assert!(find_article(&parse(sign_in), &[]).is_none());
    assert!(find_article(&Page::new(), &[]).is_none());
}

#[test]
fn a_page_that_is_only_a_short_note_is_read_whole() {
    // Readability.js reads such a page too: a one-paragraph notice, a numbered list of one
    // item, two headings over pictures.
    let note = "<html><head><title>Closed today</title></head><body>\
         <p>The reading room is closed today for repairs.</p></body></html>";
    assert_eq!(
        reader_text(note),
        "The reading room is closed today for repairs."
    );
    let list = "<html><body><ol><li><p>Back up the database before the upgrade.</p></li></ol>\
         </body></html>";
    assert!(reader_text(list).contains("Back up the database"));
    let shots = "<html><body><article><h2>Before</h2><img src=/a.jpg alt=''>\
         <h2>After</h2><img src=/b.jpg alt=''></article></body></html>";
    let page = parse(shots);
    let art = find_article(&page, &[]).expect("the headings and pictures are the page");
    let names: Vec<&str> = art.blocks.iter().map(|&b| page.name(b)).collect();
    assert_eq!(names, ["h2", "h2"]);
}

#[test]
fn metadata_from_open_graph_and_meta() {
    let html = format!(
        "<html lang=de dir=ltr><head><title>Der Titel | Seite</title>\
         <meta property=\"og:title\" content=\"Der Titel\">\
         <meta property=\"og:site_name\" content=\"Seite\">\
         <meta name=\"author\" content=\"Erika Muster\">\
         <meta property=\"article:published_time\" content=\"2024-01-02T03:04:05Z\">\
         <meta name=\"description\" content=\"Kurz &amp; gut.\"></head>\
         <body><article>{}</article></body></html>",
        para(BODY, 3)
    );
    let page = parse(&html);
    let m = metadata(&page, find_article(&page, &[]).as_ref());
    assert_eq!(m.title.as_deref(), Some("Der Titel"));
    assert_eq!(m.byline.as_deref(), Some("Erika Muster"));
    assert_eq!(m.site_name.as_deref(), Some("Seite"));
    assert_eq!(m.published_time.as_deref(), Some("2024-01-02T03:04:05Z"));
    assert_eq!(m.lang.as_deref(), Some("de"));
    assert_eq!(m.dir.as_deref(), Some("ltr"));
    // Decoded once by the parser, not again.
    assert_eq!(m.excerpt.as_deref(), Some("Kurz & gut."));
}

#[test]
fn metadata_from_json_ld_graph() {
    let html = format!(
        "<html><head><title>Fallback</title><script type=\"application/ld+json\">\
         {{\"@context\":\"https://schema.org\",\"@graph\":[\
         {{\"@type\":\"WebSite\",\"@id\":\"#site\",\"name\":\"The Site\"}},\
         {{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Ann One\"}},\
         {{\"@type\":[\"NewsArticle\"],\"headline\":\"Ben &amp; Jerry\\u2019s \\\"deal\\\"\",\
         \"author\":[{{\"@id\":\"#p1\"}},{{\"@type\":\"Person\",\"name\":\"Bob Two\"}}],\
         \"datePublished\":\"2020-05-06\",\"publisher\":{{\"@id\":\"#site\"}},}}]}}\
         </script></head><body><div class=entry-content>{}</div></body></html>",
        para(BODY, 3)
    );
    let page = parse(&html);
    let art = find_article(&page, &[]);
    let m = metadata(&page, art.as_ref());
    assert_eq!(m.title.as_deref(), Some("Ben & Jerry’s \"deal\""));
    assert_eq!(m.byline.as_deref(), Some("Ann One, Bob Two"));
    assert_eq!(m.published_time.as_deref(), Some("2020-05-06"));
    assert_eq!(m.site_name.as_deref(), Some("The Site"));
    // The JSON-LD text is not article text.
    let text = reader_text(&html);
    assert!(!text.contains("@graph"));
}

#[test]
fn title_suffix_is_stripped_and_headline_not_duplicated() {
    let html = format!(
        "<html><head><title>A Long Enough Headline Here – Example News</title></head><body>\
         <div class=post><h1>A Long Enough Headline Here</h1><p class=byline>By Jane Doe</p>{}</div>\
         </body></html>",
        para(BODY, 3)
    );
    let page = parse(&html);
    let art = find_article(&page, &[]);
    let m = metadata(&page, art.as_ref());
    assert_eq!(m.title.as_deref(), Some("A Long Enough Headline Here"));
    assert_eq!(m.byline.as_deref(), Some("Jane Doe"));
    let text = reader_text(&html);
    assert!(!text.contains("A Long Enough Headline"), "{text}");
    assert!(!text.contains("Jane Doe"), "{text}");
}

#[test]
fn rtl_direction_from_article() {
    let html = format!(
        "<html><body><div dir=rtl class=article>{}</div></body></html>",
        para("نص عربي طويل بما يكفي ليكون فقرة من المقالة، مع فاصلة.", 3)
    );
    let page = parse(&html);
    let m = metadata(&page, find_article(&page, &[]).as_ref());
    assert_eq!(m.dir.as_deref(), Some("rtl"));
}

#[test]
fn matchers() {
    assert!(contains_ci("Main-CONTENT", "content"));
    assert!(!contains_ci("con", "content"));
    assert!(has_token_ci("top ad-slot", &["ad"]));
    assert!(!has_token_ci("header load", &["ad"]));
    assert_eq!(visible_len("  a \n b  "), 5);
    assert_eq!(visible_len(" \n "), 0);
}

#[test]
fn hostile_input_does_not_panic() {
    let deep = "<div>".repeat(3000) + &para(BODY, 3);
    let _ = reader_text(&format!("<html><body>{deep}</body></html>"));
    let _ = reader_text("<html><head><script type=application/ld+json>{\"a\":[[[[</script></head><body><p>x</p></body></html>");
    let _ = reader_text("<html><body><table><tr><td>1</td></tr></table></body></html>");
}

// ---------------------------------------------------------------------------------------
// Metadata rules measured on the Readability test pages (examples/eval_metadata.rs).

fn meta_of(html: &str) -> Metadata {
    let page = parse(html);
    let art = find_article(&page, &[]);
    metadata(&page, art.as_ref())
}

#[test]
fn byline_takes_the_name_out_of_a_run_on_line() {
    // The name is nested in the byline line: the author-page link wins over the line's text.
    let html = format!(
        "<html><body><div class=post><h1>Some Headline</h1><p class=byline><span>by</span> \
         <a href=\"https://example.com/author/lnolan/\">Lucas Nolan</a><span>22 Dec 2016</span>\
         <a href=\"#comments\">651</a></p>{}</div></body></html>",
        para(BODY, 3)
    );
    assert_eq!(meta_of(&html).byline.as_deref(), Some("Lucas Nolan"));
    // Nothing nested: the line is cut at its separator or its first digit, date words dropped.
    for (line, want) in [
        ("By Dan Goodin - Apr 16, 2015 8:02 pm UTC", "Dan Goodin"),
        ("Steven Musil January 18, 2017 11:00 PM PST", "Steven Musil"),
        ("por César Salza", "César Salza"),
        ("Nicolas Perriault —", "Nicolas Perriault"),
        ("Lucas Nolan22 Dec 2016651", "Lucas Nolan"),
        ("Theresa May", "Theresa May"),
    ] {
        let html = format!(
            "<html><body><div class=post><div class=byline>{line}</div>{}</div></body></html>",
            para(BODY, 3)
        );
        assert_eq!(meta_of(&html).byline.as_deref(), Some(want), "{line}");
    }
}

#[test]
fn a_byline_is_never_cut_out_of_its_sentence() {
    let page = |line: &str| {
        let html = format!(
            "<html><body><article><h1>Some Headline</h1><p>{line}</p>{}</article></body></html>",
            para(BODY, 3)
        );
        reader_text(&html)
    };
    // Credit lines that go on after the author (French and German news sites write "Par X —
    // publié le …" / "Von X, aktualisiert am …"): the whole line goes, the header shows it.
    for (line, remnant) in [
        (
            "Par <a href=/auteurs/claire-dubois rel=author>Claire Dubois</a> — publié le 12 mars 2026 à 10h32",
            "publié le",
        ),
        (
            "Von <span class=author>Jonas Brandt</span>, aktualisiert am 4. Mai 2026, 18:05 Uhr",
            "aktualisiert am",
        ),
    ] {
        let text = page(line);
        assert!(!text.contains(remnant), "{line}: {text}");
        assert!(text.contains(BODY), "{line}: {text}");
    }
    // An author link inside prose stays with its sentence.
    let text = page(
        "As <a rel=author href=/staff/mina-okafor>Mina Okafor</a> reported last week, the wall \
         will cost more than the council planned when it first voted on it in the spring.",
    );
    assert!(
        text.contains("As Mina Okafor reported last week, the wall will cost more"),
        "{text}"
    );
}

#[test]
fn publisher_is_not_the_byline() {
    // JSON-LD author typed as an organization (the publisher): the visible person wins.
    let html = format!(
        "<html><head><script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\
         \"headline\":\"Some Headline\",\"author\":{{\"@type\":\"Organization\",\"name\":\"Daily Planet\"}},\
         \"publisher\":{{\"@type\":\"Organization\",\"name\":\"Daily Planet\"}}}}</script></head>\
         <body><div class=post><span class=author>Lois Lane</span>{}</div></body></html>",
        para(BODY, 3)
    );
    assert_eq!(meta_of(&html).byline.as_deref(), Some("Lois Lane"));
    // An organization author that is not the publisher (a wire service) is a byline of last
    // resort.
    let html = format!(
        "<html><head><script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\
         \"author\":{{\"@type\":\"Organization\",\"name\":\"Wire Service\"}},\
         \"publisher\":{{\"@type\":\"Organization\",\"name\":\"Daily Planet\"}}}}</script></head>\
         <body><div class=post>{}</div></body></html>",
        para(BODY, 3)
    );
    assert_eq!(meta_of(&html).byline.as_deref(), Some("Wire Service"));
    // Meta author equal to the site name (any case): the visible byline, else none.
    let head = "<head><meta property=\"og:site_name\" content=\"Daily Planet\">\
                <meta name=\"author\" content=\"DAILY PLANET\"></head>";
    let html = format!(
        "<html>{head}<body><div class=post><p class=byline>By Clark Kent</p>{}</div></body></html>",
        para(BODY, 3)
    );
    assert_eq!(meta_of(&html).byline.as_deref(), Some("Clark Kent"));
    let html = format!(
        "<html>{head}<body><div class=post>{}</div></body></html>",
        para(BODY, 3)
    );
    assert_eq!(meta_of(&html).byline, None);
    // …unless JSON-LD says that name is a person's (a personal site).
    let html = format!(
        "<html><head><meta property=\"og:site_name\" content=\"Haki Benita\">\
         <meta name=\"author\" content=\"Haki Benita\"><script type=\"application/ld+json\">\
         {{\"@type\":\"Article\",\"author\":{{\"@type\":\"Person\",\"name\":\"Haki Benita\"}}}}\
         </script></head><body><div class=post>{}</div></body></html>",
        para(BODY, 3)
    );
    assert_eq!(meta_of(&html).byline.as_deref(), Some("Haki Benita"));
}

#[test]
fn unseen_meta_author_loses_to_the_visible_byline() {
    let html = |author: &str| {
        format!(
            "<html><head><meta name=\"author\" content=\"{author}\"></head><body>\
             <div class=post><p class=byline>Por Maria Souza</p>{}</div></body></html>",
            para(BODY, 3)
        )
    };
    assert_eq!(
        meta_of(&html("Portal Institucional - Coordenadoria de TI"))
            .byline
            .as_deref(),
        Some("Maria Souza")
    );
    // Shown on the page, or the same person written differently: the meta author stays.
    assert_eq!(
        meta_of(&html("Maria Souza")).byline.as_deref(),
        Some("Maria Souza")
    );
    assert_eq!(
        meta_of(&html("Souza, Maria (msouza)")).byline.as_deref(),
        Some("Souza, Maria (msouza)")
    );
}

#[test]
fn title_is_the_part_that_is_a_heading() {
    // JSON-LD `headline` holding a description (Wikipedia): `name` matches the heading.
    let html = format!(
        "<html><head><title>Hermitian matrix - Wikipedia</title>\
         <script type=\"application/ld+json\">{{\"@type\":\"Article\",\"name\":\"Hermitian matrix\",\
         \"headline\":\"matrix equal to its conjugate-transpose\"}}</script></head><body>\
         <h1>Hermitian matrix</h1><div id=content>{}</div></body></html>",
        para(BODY, 3)
    );
    assert_eq!(meta_of(&html).title.as_deref(), Some("Hermitian matrix"));
    // Only a document title: the separated part equal to a heading, even one with a colon and
    // a permalink mark; the whole title when it is a heading itself.
    for (title, heading, want) in [
        (
            "Evolve: Shared Mutable History — evolve extension for Mercurial",
            "<h1>Evolve: Shared Mutable History<a href=#evolve>¶</a></h1>",
            "Evolve: Shared Mutable History",
        ),
        (
            "Docs: Guides - Installing the Thing on Linux | Example",
            "<h2>Installing the Thing on Linux</h2>",
            "Installing the Thing on Linux",
        ),
        (
            "Superbugs: What They Are and How You Get Them",
            "<h1>Information and Resources</h1><h2>Superbugs: What They Are and How You Get Them</h2>",
            "Superbugs: What They Are and How You Get Them",
        ),
    ] {
        let html = format!(
            "<html><head><title>{title}</title></head><body>{heading}<div id=content>{}</div>\
             </body></html>",
            para(BODY, 3)
        );
        assert_eq!(meta_of(&html).title.as_deref(), Some(want), "{title}");
    }
}

#[test]
fn excerpt_is_the_first_paragraph_and_meta_entities_decode_once_more() {
    let html = format!(
        "<html><body><article><h2>Why it matters to everyone here today</h2>{}</article></body></html>",
        para(BODY, 3)
    );
    let m = meta_of(&html);
    assert!(
        m.excerpt
            .as_deref()
            .is_some_and(|e| e.starts_with("The council met")),
        "{m:?}"
    );
    // A CMS that escapes twice: `&amp;#039;` reaches us as `&#039;`.
    let html = format!(
        "<html><head><meta name=description content=\"That&amp;#039;s &amp;quot;it&amp;quot; &amp;#x0;\">\
         </head><body><article>{}</article></body></html>",
        para(BODY, 3)
    );
    assert_eq!(
        meta_of(&html).excerpt.as_deref(),
        Some("That's \"it\" \u{FFFD}")
    );
}

/// A "more stories" rail: each teaser an `<article>` card with a linked headline and a
/// one-sentence standfirst, as news and WordPress themes list them below a story.
fn teaser_cards(n: usize) -> String {
    (0..n)
        .map(|i| {
            format!(
                "<li><article class=\"card more-view\"><figure><a href=/story-{i}>\
                 <img src=/img/{i}.jpg alt=\"\"></a></figure><header><h3 class=entry-title>\
                 <a href=/story-{i}>Another story number {i}</a></h3></header>\
                 <div class=excerpt>Earlier this week the mayor of a nearby town unveiled \
                 plans for a new stadium, and residents, who packed the meeting, had \
                 questions number {i}.</div></article></li>"
            )
        })
        .collect()
}

#[test]
fn teaser_cards_of_other_stories_are_not_climbed_into() {
    let html = format!(
        "<html><body><div id=wrapper><div class=site-wrap>\
         <div id=primary><div class=copy>{}</div></div>\
         <div class=rail><h2 class=rail-title>More in Sports</h2><ul>{}</ul></div>\
         </div></div></body></html>",
        para(BODY, 6),
        teaser_cards(5)
    );
    let text = reader_text(&html);
    assert!(text.contains("long overdue"), "{text}");
    assert!(!text.contains("unveiled plans"), "{text}");
}

#[test]
fn long_articles_of_a_list_article_stay() {
    // A guide whose items are `<article>`s of a long description each: parts of this page.
    let item = |i: usize| {
        format!(
            "<article class=tile><h3>Course number {i}</h3><p>{}</p></article>",
            "This evening course teaches layout and type and colour to beginners who have \
             never opened a design program before. "
                .repeat(4)
        )
    };
    let html = format!(
        "<html><body><div class=guide><div class=intro>{}</div>{}</div></body></html>",
        para(BODY, 12),
        (0..5).map(item).collect::<String>()
    );
    let text = reader_text(&html);
    assert!(text.contains("long overdue"), "{text}");
    assert!(text.contains("colour to beginners"), "{text}");
}

#[test]
fn a_story_streamed_by_react_after_the_shell_is_the_article() {
    // React's streaming renderer sends the shell with a placeholder, then the finished part
    // hidden at the end of the body and a script that swaps it in.
    let html = format!(
        "<html><body><header><a href=/>Home</a></header><main><template id=\"B:0\"></template>\
         <p>Loading article...</p></main><footer>Copyright 2025 Example Media, all rights \
         reserved, terms apply.</footer>\
         <div hidden id=\"S:0\"><article><h1>Flood wall</h1>{}</article></div>\
         <div hidden id=\"newsletter-modal\"><p>Sign up for our morning briefing, delivered \
         free to your inbox every weekday.</p></div>\
         <script>$RC(\"B:0\",\"S:0\")</script></body></html>",
        para(BODY, 5)
    );
    let text = reader_text(&html);
    assert!(text.contains("long overdue"), "{text}");
    assert!(!text.contains("morning briefing"), "{text}");
}

#[test]
fn a_short_post_is_not_read_with_the_cards_after_it() {
    let card = |n: usize| {
        format!(
            "<article class=card><h2><a href=/p{n}>Another short post {n}</a></h2>\
             <p>{BODY} {BODY} {BODY} {BODY}</p></article>"
        )
    };
    let html = format!(
        "<html><head><title>Why we walk</title></head><body><div class=wrap>\
         <article class=post><h1>Why we walk</h1><p>Walking clears the head, and it costs \
         nothing, and the city looks different at four miles an hour than it does from a bus \
         window, which is the whole point of this little post about the evening walk home, \
         written on a bench by the river while the light went, and sent before dinner \
         because otherwise it would never be sent at all, as so many drafts never are.</p>\
         <p>So: walk home tonight, whatever the weather, and look up at the roofs.</p></article>\
         <h3>You may also like</h3>{}{}{}</div></body></html>",
        card(1),
        card(2),
        card(3)
    );
    let text = reader_text(&html);
    assert!(text.contains("look up at the roofs"));
    assert!(!text.contains("Another short post") && !text.contains("flood wall"));
}
