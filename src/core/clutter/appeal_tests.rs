//! Generic appeals and comment counters on small pages in the seven languages: each appeal is
//! hidden and left out of the reader text, and the look-alikes (a story about a fundraiser, a
//! price list, a charity's own article, a paragraph that mentions donations) stay.

use super::*;
use crate::core::analysis::analyze;
use crate::core::model::collapse_whitespace;
use crate::core::report;
use crate::native::parse;

/// An article page: `paras` split around `widget` (placed after the second paragraph).
fn article(lang: &str, title: &str, paras: &[&str], widget: &str) -> String {
    let mut body = String::new();
    for (i, p) in paras.iter().enumerate() {
        if i == 2 {
            body.push_str(widget);
        }
        body.push_str(&format!("<p>{p}</p>\n"));
    }
    format!(
        r#"<!DOCTYPE html><html lang="{lang}"><head><title>{title}</title></head><body>
        <header><a href="/">Home</a></header><main><article><h1>{title}</h1>
        <div class="entry-content">{body}</div></article></main>
        <footer><p>Contact · Imprint</p></footer></body></html>"#
    )
}

/// (hidden texts, reader text) of a page.
fn outcome(html: &str) -> (Vec<(ClutterKind, String)>, String) {
    let page = parse(html).expect("parse").page;
    let a = analyze(&page);
    let hidden = a
        .clutter
        .iter()
        .map(|c| (c.kind, collapse_whitespace(&page.text_content(c.node))))
        .collect();
    (hidden, report::reader(&page, &a).text)
}

/// Asserts that `needle` is hidden as fundraising and missing from the reader text, and that
/// every paragraph stays in the reader text.
fn assert_appeal_gone(html: &str, needle: &str, paras: &[&str]) {
    let (hidden, reader) = outcome(html);
    assert!(
        hidden
            .iter()
            .any(|(k, t)| *k == ClutterKind::Fundraising && t.contains(needle)),
        "{needle} not hidden: {hidden:?}"
    );
    assert!(!reader.contains(needle), "{needle} in reader text");
    for p in paras {
        let start: String = p.chars().take(50).collect();
        assert!(reader.contains(&start), "article lost {start}: {reader}");
        assert!(
            !hidden.iter().any(|(_, t)| t.contains(&start)),
            "article hidden: {start}"
        );
    }
}

const DE: &[&str] = &[
    "Der Gemeinderat hat am Dienstagabend nach einer langen Debatte beschlossen, die Sanierung des Hallenbads um ein weiteres Jahr zu verschieben.",
    "Die Kosten für das Projekt sind seit der ersten Planung um fast ein Drittel gestiegen, erklärte die Kämmerin in der Sitzung vor zahlreichen Zuhörern.",
    "Vereine und Schulen müssen nun bis mindestens zum Herbst des kommenden Jahres auf Bäder in den Nachbargemeinden ausweichen, was lange Busfahrten bedeutet.",
    "Der Bürgermeister kündigte an, im Frühjahr eine Bürgerversammlung einzuberufen, auf der die überarbeiteten Pläne vorgestellt werden sollen.",
];

#[test]
fn german_box_with_goal_meter_and_donate_link_inside_the_article() {
    let widget = r#"<div class="infobox"><h4>Unabhängiger Lokaljournalismus braucht Sie</h4>
        <p>Unser Journalismus ist für alle frei zugänglich. Damit das so bleibt, unterstützen Sie uns mit einem Beitrag Ihrer Wahl.</p>
        <div class="balken"><div class="balken-fill" style="width: 62%"></div></div>
        <p>12.430 € von 20.000 € erreicht · noch 9 Tage</p>
        <a class="knopf" href="https://example.de/spenden/">Jetzt unterstützen</a></div>"#;
    let html = article("de", "Hallenbad bleibt ein weiteres Jahr zu", DE, widget);
    assert_appeal_gone(&html, "Unabhängiger Lokaljournalismus", DE);
    assert_appeal_gone(&html, "12.430 €", DE);
}

#[test]
fn appeals_in_each_language_inside_the_article() {
    let cases = [
        (
            "fr",
            r#"<aside class="encart"><p>Cet article vous est offert grâce à nos lecteurs. Notre rédaction ne vit que de vos dons : <a href="https://example.fr/faire-un-don">faites un don</a> dès 5 €.</p></aside>"#,
            "Cet article vous est offert",
        ),
        (
            "en",
            r#"<p><em>Our journalism depends on readers like you. If you value this reporting, please <a href="https://example.com/membership">become a member</a> today.</em></p>"#,
            "Our journalism depends on readers",
        ),
        (
            "es",
            r#"<div class="caja-apoyo"><h3>APÓYANOS</h3><p>Este periódico depende de sus lectores. Haz una donación desde 3 € al mes por PayPal o Bizum.</p></div>"#,
            "Este periódico depende",
        ),
        (
            "it",
            r#"<div class="box-sostegno"><p>Il nostro giornale è libero e indipendente. Sostienici con una donazione: <a class="bottone" href="https://example.it/dona">Dona ora</a></p></div>"#,
            "Il nostro giornale è libero",
        ),
        (
            "pt",
            r#"<section class="apoio"><p>O jornalismo independente depende dos leitores. Apoie o nosso trabalho a partir de R$ 10 por mês.</p><a href="https://example.com.br/apoie">Quero apoiar</a></section>"#,
            "O jornalismo independente",
        ),
        (
            "nl",
            r#"<div class="steunblok"><p>Onze journalistiek is afhankelijk van lezers. Word lid voor €5 per maand of doe een gift.</p><a class="knop" href="https://example.nl/word-lid">Steun ons</a></div>"#,
            "Onze journalistiek is afhankelijk",
        ),
    ];
    for (lang, widget, needle) in cases {
        let html = article(lang, "Hallenbad bleibt zu", DE, widget);
        assert_appeal_gone(&html, needle, DE);
    }
}

#[test]
fn story_about_a_fundraiser_stays() {
    let paras = [
        "Neighbours of the Harbor Street bakery, which burned down last week, have raised $12,400 of a $30,000 goal to help the owners rebuild.",
        "“Please donate whatever you can,” said Ana Ruiz, who set up the campaign on GoFundMe on Sunday and has since collected gifts from more than 300 people.",
        "The owners said they were overwhelmed by the support and hoped to reopen in a temporary kitchen before the holidays, if the insurer pays in time.",
        "Donations can be made through the campaign page, and a benefit concert is planned for Saturday at the community hall, organisers said.",
    ];
    let html = article("en", "Neighbours raise money for burned bakery", &paras, "");
    let (hidden, reader) = outcome(&html);
    assert!(hidden.is_empty(), "{hidden:?}");
    assert!(reader.contains("Please donate whatever you can"));
}

#[test]
fn price_list_charity_article_and_mentions_stay() {
    let prices = [
        "The new season of the city orchestra opens in September, and the prices for a season ticket have risen for the first time in five years.",
        "A full season ticket now costs €240, a reduced ticket for students €120, and a single concert between €18 and €45, depending on the seat.",
        "The orchestra's director said the rise was needed to pay the musicians, whose contract was renewed in the spring after long talks.",
    ];
    let charity = [
        "Thanks to the gifts of 4,200 donors, our shelter was able to open a second house for families this year, with twelve rooms and a shared kitchen.",
        "Last winter, €86,000 in donations paid for heating, food and the salaries of two night staff, and the city added a grant of €20,000.",
        "We also want to thank the volunteers who cooked, cleaned and drove families to appointments: more than 9,000 hours of their time.",
    ];
    let mentions = [
        "Donations to local food banks rose by a fifth last year, according to figures published by the regional association on Monday.",
        "Its chair said that people who donate regularly had kept many banks open through the winter, when demand reached a record.",
        "Unterstützen Sie uns, said the banner of one German food bank, quoted in the report as an example of appeals that worked.",
    ];
    for paras in [&prices[..], &charity[..], &mentions[..]] {
        let html = article("en", "Not an appeal", paras, "");
        let (hidden, reader) = outcome(&html);
        assert!(hidden.is_empty(), "{hidden:?}");
        for p in paras {
            assert!(reader.contains(&p[..40]), "{p}");
        }
    }
}

#[test]
fn comment_counter_in_the_article_footer() {
    let paras = [
        "The Arduino dispute between the two companies that share the name has moved to the courts in both Italy and the United States this month.",
        "Each side claims the trademark, and each now ships its own version of the development environment, with diverging version numbers.",
        "Developers who build on the boards say they are unsure which project to follow and worry about libraries that work with only one of them.",
    ];
    let mut html = article("en", "Arduino v. Arduino", &paras, "");
    html = html.replace(
        "</div></article>",
        r##"<p><a href="/Articles/1/#Comments">Comments (5 posted)</a></p></div></article>"##,
    );
    let (hidden, reader) = outcome(&html);
    assert!(hidden
        .iter()
        .any(|(k, t)| *k == ClutterKind::Comments && t == "Comments (5 posted)"));
    assert!(!reader.contains("5 posted"));
    for (html, yes) in [
        (r#"<p><a href="/a#kommentare">12 Kommentare</a></p>"#, true),
        (
            r#"<p><a href="/a#comments">Voir les 3 commentaires</a></p>"#,
            true,
        ),
        (r#"<p><a href="/a">3 reacties</a></p>"#, true),
        // A link to a story about comments is not a counter.
        (
            r#"<p><a href="/b">12 comments that changed the rule</a></p>"#,
            false,
        ),
    ] {
        let page = article("en", "Arduino v. Arduino", &paras, html);
        let (hidden, _) = outcome(&page);
        assert_eq!(!hidden.is_empty(), yes, "{html}: {hidden:?}");
    }
}

#[test]
fn an_appeal_inside_the_article_is_hidden_by_the_plan_and_is_no_block() {
    let widget = r#"<aside class="encart"><p>Cet article vous est offert grâce à nos lecteurs : <a href="https://example.fr/faire-un-don">faites un don</a> dès 5 €.</p></aside>"#;
    let html = article("fr", "Le tramway ouvrira au printemps", DE, widget);
    let page = parse(&html).expect("parse").page;
    let a = analyze(&page);
    let art = a.article.as_ref().expect("an article");
    let appeal = a
        .clutter
        .iter()
        .find(|c| c.kind == ClutterKind::Fundraising)
        .expect("the appeal")
        .node;
    // It sits inside the article root, the plan hides it there, and no block of the reader
    // text comes from it.
    assert!(page.is_inclusive_ancestor(art.root, appeal));
    let plan = crate::core::plan::plan_from(&page, &a, None);
    assert!(plan.hide.iter().any(|h| h.node == appeal.0));
    assert!(art.blocks.iter().all(|&b| !a.is_removed(b)));
    assert_eq!(art.blocks.len(), DE.len());
}
