//! Newsletter and sign-up boxes and sticky video players on small pages: each box is hidden
//! and left out of the reader text, and the look-alikes (a story about newsletters, a contact
//! form, a log-in form, a video embedded in the article, a pinned video post) stay.

use super::*;
use crate::core::analysis::analyze;
use crate::core::model::collapse_whitespace;
use crate::core::report;
use crate::native::parse;

/// An article page with `inside` after its second paragraph and `outside` after the article.
fn page_with(lang: &str, paras: &[&str], inside: &str, outside: &str) -> String {
    let mut body = String::new();
    for (i, p) in paras.iter().enumerate() {
        if i == 2 {
            body.push_str(inside);
        }
        body.push_str(&format!("<p>{p}</p>\n"));
    }
    format!(
        r#"<!DOCTYPE html><html lang="{lang}"><head><title>t</title></head><body>
        <header><a href="/">Home</a></header><main><article><h1>The harbour reopens</h1>
        <div class="entry-content">{body}</div></article>{outside}</main>
        <footer><p>Contact · Imprint</p></footer></body></html>"#
    )
}

/// (hidden (kind, text, reason), reader text) of a page.
fn outcome(html: &str) -> (Vec<(ClutterKind, String, String)>, String) {
    let page = parse(html).expect("parse").page;
    let a = analyze(&page);
    let hidden = a
        .clutter
        .iter()
        .map(|c| {
            let t = collapse_whitespace(&page.text_content(c.node));
            (c.kind, t, c.reason.clone())
        })
        .collect();
    (hidden, report::reader(&page, &a).text)
}

fn assert_gone(html: &str, kind: ClutterKind, needle: &str, paras: &[&str]) {
    let (hidden, reader) = outcome(html);
    assert!(
        hidden
            .iter()
            .any(|(k, t, _)| *k == kind && t.contains(needle)),
        "{needle} not hidden as {kind:?}: {hidden:?}"
    );
    assert!(!reader.contains(needle), "{needle} in reader text");
    assert_article_kept(&hidden, &reader, paras);
}

fn assert_article_kept(hidden: &[(ClutterKind, String, String)], reader: &str, paras: &[&str]) {
    for p in paras {
        let start: String = p.chars().take(50).collect();
        assert!(reader.contains(&start), "article lost {start}: {reader}");
        assert!(
            !hidden.iter().any(|(_, t, _)| t.contains(&start)),
            "article hidden: {start}"
        );
    }
}

fn assert_stays(html: &str, needle: &str, paras: &[&str]) {
    let (hidden, reader) = outcome(html);
    assert!(
        !hidden.iter().any(|(_, t, _)| t.contains(needle)),
        "{needle} hidden: {hidden:?}"
    );
    assert_article_kept(&hidden, &reader, paras);
}

const EN: &[&str] = &[
    "The harbour authority reopened the north quay on Monday after eight months of repairs to the sea wall that was breached in the winter storms.",
    "Fishing crews had been landing their catch at the neighbouring town, a detour that several skippers said cost them a full day of fishing every week.",
    "The repairs came in under budget, the authority said, because the contractor was able to reuse most of the original granite blocks from the old wall.",
    "A second phase of work on the south quay is planned for next spring, once the authority has finished consulting the crews about the new moorings.",
];

#[test]
fn mailchimp_embed_after_the_article() {
    let box_ = r#"<div id="mc_embed_signup"><form action="https://harbourtimes.us21.list-manage.com/subscribe/post?u=4f2a&amp;id=91c" method="post" id="mc-embedded-subscribe-form" name="mc-embedded-subscribe-form" class="validate" target="_blank">
      <div id="mc_embed_signup_scroll"><h2>Get the Tide Table every Friday</h2>
      <div class="mc-field-group"><label for="mce-EMAIL">Email Address <span class="asterisk">*</span></label>
      <input type="email" name="EMAIL" class="required email" id="mce-EMAIL" required value=""></div>
      <div hidden><input type="hidden" name="tags" value="3"></div>
      <div class="clear"><input type="submit" name="subscribe" id="mc-embedded-subscribe" class="button" value="Subscribe"></div>
    </div></form></div>"#;
    let html = page_with("en", EN, "", box_);
    assert_gone(
        html.as_str(),
        ClutterKind::Newsletter,
        "Get the Tide Table",
        EN,
    );
}

#[test]
fn generic_sign_up_boxes_inside_the_article_in_each_language() {
    for (lang, heading, label, button) in [
        ("en", "The morning briefing", "Your email", "Sign up"),
        (
            "de",
            "Der Morgen-Newsletter",
            "Ihre E-Mail-Adresse",
            "Kostenlos anmelden",
        ),
        (
            "fr",
            "La lettre du matin",
            "Votre adresse e-mail",
            "Je m'inscris",
        ),
        (
            "es",
            "El boletín de la mañana",
            "Tu correo electrónico",
            "Suscríbete",
        ),
        (
            "it",
            "La newsletter del mattino",
            "La tua email",
            "Iscriviti",
        ),
        (
            "pt",
            "O resumo da manhã",
            "Seu melhor e-mail",
            "Quero receber",
        ),
        ("nl", "De ochtendnieuwsbrief", "Je e-mailadres", "Aanmelden"),
    ] {
        let widget = format!(
            r#"<aside class="promo-box"><h3>{heading}</h3><p>Every weekday at seven.</p>
            <form action="/api/lists/morning" method="post"><label for="nl-mail">{label}</label>
            <input id="nl-mail" type="email" name="address"><button type="submit">{button}</button></form></aside>"#
        );
        let html = page_with(lang, EN, &widget, "");
        assert_gone(&html, ClutterKind::Newsletter, heading, EN);
    }
}

#[test]
fn a_box_named_newsletter_without_sign_up_wording() {
    let widget = r#"<div class="newsletter-inline"><strong>Harbour Notes</strong>
        <div><input type="text" name="user_email" placeholder="name@example.com"><button>Go</button></div></div>"#;
    let html = page_with("en", EN, widget, "");
    assert_gone(&html, ClutterKind::Newsletter, "Harbour Notes", EN);
}

#[test]
fn contact_login_and_search_forms_stay() {
    let contact = r#"<div class="contact"><h3>Write to the harbour master</h3><form action="/contact" method="post">
        <input type="text" name="name" placeholder="Name"><input type="email" name="email" placeholder="Email address">
        <textarea name="message"></textarea><button type="submit">Send</button></form></div>"#;
    let login = r#"<div class="login"><h3>Subscriber login</h3><form action="/login" method="post">
        <input type="email" name="email" placeholder="Email"><input type="password" name="pw">
        <button type="submit">Sign in</button></form></div>"#;
    let search = r#"<form role="search" action="/search"><input type="search" name="q"><button>Search</button></form>"#;
    for (w, needle) in [
        (contact, "Write to the harbour master"),
        (login, "Subscriber login"),
        (search, "Search"),
    ] {
        assert_stays(&page_with("en", EN, w, ""), needle, EN);
        assert_stays(&page_with("en", EN, "", w), needle, EN);
    }
}

#[test]
fn a_story_about_newsletters_stays() {
    let story: &[&str] = &[
        "Newsletters have become the fastest-growing part of the local news business, and the harbour town now has three of them, each written by a former reporter.",
        "Readers sign up for the newsletters with an email address and most of them pay nothing, the writers said, although a growing share choose to subscribe for extra issues.",
        "One writer said she never expected that a weekly digest of council minutes would reach more inboxes than the printed paper did at its height.",
        "The town's library now runs a class on how to find and subscribe to local newsletters, which has been full every month since it began.",
    ];
    let quote =
        "<blockquote><p>“Sign up, it's free,” reads the banner on her site.</p></blockquote>";
    assert_stays(
        &page_with("en", story, quote, ""),
        "Sign up, it's free",
        story,
    );
}

#[test]
fn sticky_players_are_hidden() {
    let jw = r#"<div class="video-slot"><div id="jwplayer-7" class="jwplayer jw-reset jw-state-playing jw-flag-floating" tabindex="0">
        <div class="jw-wrapper jw-reset"><div class="jw-media jw-reset"><video class="jw-video jw-reset" src="blob:x"></video></div>
        <div class="jw-title-primary jw-reset">Cranes return to the quay</div>
        <div class="jw-float-bar jw-reset"><div class="jw-float-bar-icon" aria-label="Close">×</div></div></div></div></div>"#;
    let pinned = r#"<div id="outstream-unit" style="position: fixed; bottom: 16px; right: 16px; width: 320px"><span>Ad</span>
        <iframe src="https://www.youtube-nocookie.com/embed/xyz" title="Promoted clip"></iframe><button>Close player</button></div>"#;
    let sticky = r#"<div class="article-video is-sticky"><div class="video-player"><iframe src="https://player.vimeo.com/video/12"></iframe></div><p class="video-caption">Watch: the new quay from the air</p></div>"#;
    for (w, needle) in [
        (jw, "Cranes return to the quay"),
        (pinned, "Close player"),
        (sticky, "Watch: the new quay from the air"),
    ] {
        assert_gone(&page_with("en", EN, w, ""), ClutterKind::Video, needle, EN);
        assert_gone(&page_with("en", EN, "", w), ClutterKind::Video, needle, EN);
    }
}

#[test]
fn videos_that_do_not_float_stay() {
    let embed = r#"<figure class="video-embed"><iframe src="https://www.youtube.com/embed/abc" title="Quay repairs"></iframe><figcaption>Video: the repairs in two minutes</figcaption></figure>"#;
    let sticky_share = r#"<div class="share-bar sticky"><a href="/share?via=mail">Share this story by email</a></div>"#;
    let post = r#"<div class="post type-post format-video sticky hentry"><h2>Pinned: our harbour video tour</h2><iframe src="https://player.vimeo.com/video/9"></iframe></div>"#;
    for (w, needle) in [
        (embed, "Video: the repairs in two minutes"),
        (sticky_share, "Share this story by email"),
        (post, "Pinned: our harbour video tour"),
    ] {
        assert_stays(&page_with("en", EN, w, ""), needle, EN);
    }
}

#[test]
fn a_sign_up_widget_does_not_take_its_neighbours() {
    let sidebar = r#"<aside class="sidebar"><section class="widget widget_text"><h3>About us</h3><p>An independent paper since 1998.</p></section>
        <section class="widget widget_block"><p>Get the weekly letter</p><form action="/list" method="post">
        <input type="email" name="email"><button type="submit">Sign up</button></form></section></aside>"#;
    let html = page_with("en", EN, "", sidebar);
    assert_gone(&html, ClutterKind::Newsletter, "Get the weekly letter", EN);
    assert_stays(&html, "An independent paper since 1998.", EN);
}
