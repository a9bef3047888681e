//! Unit tests of the clutter rules on small inline pages: a positive and a negative case for
//! every rule, plus the helpers.

use super::*;
use crate::core::model::collapse_whitespace;
use crate::native::parse;

/// A long article body, so the main-text anchor lands on it and not on the widget under test.
const ARTICLE: &str = r#"<article class="post"><h1>Council delays the flood wall vote</h1>
<div class="entry-content">
<p>The city council voted on Tuesday night to postpone a decision on the flood wall after more than two hundred residents crowded into the chamber to speak against the current design.</p>
<p>Engineers told the council that the existing levee was built for a storm climate that no longer exists, and that every year of delay raises the cost of the project by several million dollars.</p>
<p>Business owners along the waterfront said the construction plan would close both boat ramps for two summers, which several of them described as the end of their seasonal trade.</p>
</div></article>"#;

fn page(html: &str) -> Page {
    parse(html).expect("parse").page
}

fn doc(body: &str) -> String {
    format!("<!DOCTYPE html><html><head><title>t</title></head><body>{body}</body></html>")
}

/// Clutter of a page as (kind, collapsed text, reason).
fn found(html: &str) -> Vec<(ClutterKind, String, String)> {
    let p = page(html);
    find_clutter(&p)
        .into_iter()
        .map(|c| {
            (
                c.kind,
                collapse_whitespace(&p.text_content(c.node)),
                c.reason,
            )
        })
        .collect()
}

fn hidden(html: &str, kind: ClutterKind, text: &str) -> bool {
    found(html)
        .iter()
        .any(|(k, t, _)| *k == kind && t.contains(text))
}

fn any_hidden(html: &str, text: &str) -> bool {
    found(html).iter().any(|(_, t, _)| t.contains(text))
}

const PARA: &str = "The city council voted on Tuesday night";

#[test]
fn wpdiscuz_widget_and_bubble_outside_comments() {
    let html = doc(&format!(
        r##"<div id="page">{ARTICLE}
        <div id="comments" class="comments-area"><div id="wpdcom" class="wpd-layout-2">
          <div class="wpd-thread-info">1 Comment</div>
          <span class="wpdiscuz-sort-button">Oldest</span><span>Newest</span>
          <div class="wpd-comment"><div class="wpd-comment-text"><p>Great article.</p></div></div>
        </div></div></div>
        <div id="wpd-bubble-wrapper"><div id="wpd-bubble-add-message">Would love your thoughts, please comment.<a href="#">x</a></div></div>"##
    ));
    let f = found(&html);
    assert!(f.iter().any(|(k, t, r)| *k == ClutterKind::Comments
        && t.contains("1 Comment")
        && t.contains("Great article.")
        && r.contains("#comments")));
    assert!(f.iter().any(|(k, t, r)| *k == ClutterKind::Comments
        && t.contains("Would love your thoughts")
        && r.contains("wpDiscuz")));
    assert!(!any_hidden(&html, PARA));
}

#[test]
fn comment_state_classes_on_body_and_article_are_not_hidden() {
    let html = format!(
        r#"<html><body class="single comments-open has-comments"><div class="comments-wrap-page">
        <article class="post has-comments comment-status-open">{ARTICLE}</article></div></body></html>"#
    );
    assert!(!any_hidden(&html, PARA), "{:?}", found(&html));
    // Even a real comment class on the article's ancestor never hides the article.
    let html = doc(&format!(r#"<div class="comments">{ARTICLE}</div>"#));
    assert!(!any_hidden(&html, PARA), "{:?}", found(&html));
}

#[test]
fn syntax_highlighting_comments_are_not_hidden() {
    let html = doc(&format!(
        r#"{ARTICLE}<pre><code><span class="comment">// returns the answer</span>
        fn answer() -> u32 {{ 42 }}</code></pre>"#
    ));
    assert!(
        !any_hidden(&html, "returns the answer"),
        "{:?}",
        found(&html)
    );
}

#[test]
fn inline_comment_span_inside_a_paragraph_stays() {
    let html = doc(&format!(
        r#"{ARTICLE}<p>The mayor said the plan was sound, <span class="comment">a view the engineers share</span>, and that the vote would come in March after the consultation closes.</p>"#
    ));
    assert!(
        !any_hidden(&html, "a view the engineers share"),
        "{:?}",
        found(&html)
    );
}

#[test]
fn sidebar_recent_comments_widget_is_hidden() {
    let html = doc(&format!(
        r#"{ARTICLE}<aside id="secondary"><section class="widget widget_recent_comments">
        <h2>Recent Comments</h2><ul id="recentcomments"><li>Ruth on Council delays vote</li></ul>
        </section><section class="widget"><h2>Archives</h2><ul><li>March 2024</li></ul></section></aside>"#
    ));
    assert!(hidden(&html, ClutterKind::Comments, "Ruth on Council"));
    assert!(!any_hidden(&html, "March 2024"));
}

#[test]
fn disqus_thread_and_count_links() {
    let html = doc(&format!(
        r#"<p class="meta">By Ann Lee · 7 November 2024 · <a href="/story/#disqus_thread">12 Comments</a></p>
        {ARTICLE}<section><div id="disqus_thread"></div></section>"#
    ));
    let p = page(&html);
    let c = find_clutter(&p);
    let thread = p
        .ids()
        .find(|&n| p.element(n).is_some_and(|e| e.id() == "disqus_thread"))
        .expect("thread");
    assert!(c.iter().any(|c| p.is_inclusive_ancestor(c.node, thread)));
    assert!(hidden(&html, ClutterKind::Comments, "12 Comments"));
    // The count link goes alone, not with the byline around it.
    assert!(!any_hidden(&html, "By Ann Lee"));
}

#[test]
fn other_comment_systems_by_markup() {
    for widget in [
        r#"<div class="fb-comments" data-href="x">Facebook thread</div>"#,
        r#"<div data-spotim-module="conversation">OpenWeb thread</div>"#,
        r#"<div id="vf-conversations-container" class="viafoura"><vf-conversations>Viafoura thread</vf-conversations></div>"#,
        r#"<div id="coral_thread">Coral thread</div>"#,
        r#"<hyvor-talk-comments>Hyvor thread</hyvor-talk-comments>"#,
        r#"<div class="giscus">Giscus thread</div>"#,
        r#"<div id="vuukle-comments">Vuukle thread</div>"#,
        r#"<div id="remark42">Remark42 thread</div>"#,
    ] {
        let html = doc(&format!("{ARTICLE}{widget}"));
        assert!(hidden(&html, ClutterKind::Comments, "thread"), "{widget}");
        assert!(!any_hidden(&html, PARA));
    }
}

#[test]
fn generic_comment_section_by_class_and_heading() {
    let html = doc(&format!(
        r#"{ARTICLE}<div class="post-discussion-area"><h3>Join the discussion</h3>
        <ul><li>Sam: I was there and it was packed.</li></ul></div>"#
    ));
    assert!(hidden(
        &html,
        ClutterKind::Comments,
        "I was there and it was packed"
    ));
    // A heading alone, in a section with no comment class.
    let html = doc(&format!(
        r#"{ARTICLE}<div class="box"><h3>Leave a Reply</h3></div><footer>Site footer text that is long enough to stop the climb here, really.</footer>"#
    ));
    assert!(hidden(&html, ClutterKind::Comments, "Leave a Reply"));
    assert!(!any_hidden(&html, "Site footer"));
}

#[test]
fn commentary_and_comment_words_in_prose_stay() {
    // "commentary" is not "comment"; a heading "Comments on the draft" inside the article body
    // is article structure.
    let html = doc(&format!(
        r#"<div class="commentary-column">{ARTICLE}</div><div class="commentary">An opinion column teaser</div>"#
    ));
    assert!(!any_hidden(&html, "opinion column"), "{:?}", found(&html));
    let html = doc(r#"<article><h1>Rule</h1><div class="body">
        <p>The agency published a draft rule on Monday and opened it to public comment for sixty days, its director said.</p>
        <h2>Comments on the draft</h2>
        <p>Industry groups said the rule would raise costs for small operators across the state, and several asked for more time.</p>
        <p>Environmental groups said the rule did not go far enough and promised to file their own comments before the deadline.</p></div></article>"#);
    assert!(found(&html).is_empty(), "{:?}", found(&html));
}

#[test]
fn seed_style_goal_counter_is_hidden_whole() {
    let html = doc(&format!(
        r#"<header><a href="/">Logo</a></header>
        <div class="goal-widget"><div class="inner">
          <div class="progress"><div class="progress-bar" style="width: 45%;"></div></div>
          <div class="scale"><div>0 $</div><div>2,500 $</div><div>5,000 $</div></div>
          <div class="raised" style="left: 45%"><span>2,250 $</span></div>
          <div class="deadline">5 DAYS LEFT UNTIL THE END OF JANUARY</div>
        </div></div>{ARTICLE}"#
    ));
    let f = found(&html);
    let box_ = f
        .iter()
        .find(|(k, t, _)| *k == ClutterKind::Fundraising && t.contains("0 $"))
        .expect("counter hidden");
    assert!(box_.1.contains("2,250 $") && box_.1.contains("5 DAYS LEFT"));
    assert!(box_.2.contains("currency amounts") && box_.2.contains("progress bar"));
    assert!(!any_hidden(&html, "Logo") && !any_hidden(&html, PARA));
}

#[test]
fn support_banner_link_is_fundraising() {
    let html = doc(&format!(
        r#"{ARTICLE}<div class="promo"><a href="https://example.org/donate/">Support Example News</a></div>"#
    ));
    assert!(hidden(
        &html,
        ClutterKind::Fundraising,
        "Support Example News"
    ));
    // A customer-support link is not.
    let html = doc(&format!(
        r#"{ARTICLE}<footer><ul><li><a href="/support">Support Center</a></li><li><a href="/about">About</a></li></ul></footer>"#
    ));
    assert!(!any_hidden(&html, "Support Center"), "{:?}", found(&html));
}

#[test]
fn donation_box_with_heading_text_and_buttons() {
    let html = doc(&format!(
        r#"{ARTICLE}<aside class="box"><h3>Help us keep going</h3>
        <p>We are run by volunteers and depend on our readers.</p>
        <a class="btn" href="https://www.paypal.com/donate/?hosted_button_id=X">Donate via PayPal</a>
        <a class="btn" href="https://ko-fi.com/example">Buy us a coffee</a></aside>"#
    ));
    let f = found(&html);
    assert!(
        f.iter().any(|(k, t, _)| *k == ClutterKind::Fundraising
            && t.contains("Help us keep going")
            && t.contains("depend on our readers")
            && t.contains("Buy us a coffee")),
        "{f:?}"
    );
}

#[test]
fn multilingual_appeal() {
    let html = doc(&format!(
        r#"{ARTICLE}<div class="box"><h3>Jetzt unterstützen</h3><a class="btn" href="/spenden">Spenden</a></div>"#
    ));
    assert!(hidden(
        &html,
        ClutterKind::Fundraising,
        "Jetzt unterstützen"
    ));
}

#[test]
fn givewp_form_and_goal() {
    let html = doc(&format!(
        r#"{ARTICLE}<aside><section class="widget"><h2>Spring Drive</h2>
        <div class="give-form-wrap"><div class="give-goal-progress"><div class="raised"><span class="income">$12,340</span> of <span class="goal-text">$20,000</span> raised</div>
        <div class="give-progress-bar" role="progressbar"><span style="width: 61%"></span></div></div>
        <form class="give-form"><button class="give-btn">$25.00</button><button class="give-btn">Donate Now</button></form></div></section>
        <section class="widget"><h2>Latest News</h2><ul><li><a href="/a">Harbor Street flooding closes two ramps for the weekend</a></li>
        <li><a href="/b">School board approves the new bus routes for the autumn term</a></li></ul></section></aside>"#
    ));
    let f = found(&html);
    assert!(
        f.iter().any(|(k, t, r)| *k == ClutterKind::Fundraising
            && t.contains("Spring Drive")
            && t.contains("Donate Now")
            && r.contains("GiveWP")),
        "{f:?}"
    );
    assert!(!any_hidden(&html, "Harbor Street flooding"));
}

#[test]
fn paragraph_mentioning_donations_stays() {
    let html = doc(&format!(
        r#"<article><h1>Charity</h1><div class="body">
        <p>The charity said donations rose by a fifth last year, and that it would use the money to fund two new shelters before the winter.</p>
        <p>Its director said that people who <a href="https://example.org/donate">donate</a> regularly had kept the charity going through the pandemic, when events were cancelled.</p>
        <p>Donations can be made online, the charity said.</p>
        </div></article>{}"#,
        ""
    ));
    assert!(found(&html).is_empty(), "{:?}", found(&html));
}

#[test]
fn price_in_a_review_paragraph_stays() {
    let html = doc(r#"<article><h1>App review</h1><div class="body">
        <p>The app costs $4.99 on iOS and Android, and a family plan is $9.99 a month, which the developer says funds its small team.</p>
        <p>At that price it undercuts most rivals, though the free tier is limited to three projects and a single device.</p>
        <ul><li>Basic: $4.99</li><li>Family: $9.99</li><li>Pro: $19.99</li></ul>
        </div></article>"#);
    assert!(found(&html).is_empty(), "{:?}", found(&html));
}

#[test]
fn figures_in_an_article_table_stay() {
    let html = doc(r#"<article><h1>Budget</h1><div class="body">
        <p>The city budget for next year was approved on Monday after a long debate about the police and the library service.</p>
        <table><tr><td>Target</td><td>$2,500</td></tr><tr><td>Raised</td><td>$5,000</td></tr><tr><td>Goal</td><td>$7,000</td></tr></table>
        <p>The finance director said the figures would be revised in the spring once tax receipts for the year were known.</p>
        </div></article>"#);
    assert!(found(&html).is_empty(), "{:?}", found(&html));
}

#[test]
fn reader_funded_footer_without_a_button_stays() {
    let html = doc(&format!(
        r#"{ARTICLE}<footer><p>The Dispatch is an independent, reader-funded news site.</p><a href="/about">About</a></footer>"#
    ));
    assert!(!any_hidden(&html, "reader-funded"), "{:?}", found(&html));
}

#[test]
fn output_is_outermost_and_in_document_order() {
    let html = doc(&format!(
        r#"<div class="donate-box"><a href="/donate">Donate</a></div>{ARTICLE}
        <div id="comments"><ol class="comment-list"><li class="comment">Nice</li></ol><div id="respond"><h3>Leave a Reply</h3></div></div>"#
    ));
    let p = page(&html);
    let c = find_clutter(&p);
    assert_eq!(c.len(), 2, "{c:?}");
    for w in c.windows(2) {
        assert!(w[0].node < w[1].node);
        assert!(!p.is_inclusive_ancestor(w[0].node, w[1].node));
    }
}

#[test]
fn degenerate_pages_do_not_panic() {
    assert!(find_clutter(&Page::new()).is_empty());
    for html in [
        "<p>x</p>",
        "<div id=comments></div>",
        "<a href=''>$</a><a href='.'>1 $</a>",
        "<div class='comment'><div class='comment'><div class='comment'>x</div></div></div>",
        "<h2>9999999999999999999 comments</h2>",
    ] {
        let _ = found(html);
    }
}

#[test]
fn every_listed_selector_compiles() {
    let s = SelectorSet::new(&[
        h::COMMENT_SYSTEM_SELECTORS,
        h::COMMENT_CATCHALL_SELECTORS,
        h::FUNDRAISING_WIDGET_SELECTORS,
    ]);
    assert_eq!(
        s.len(),
        h::COMMENT_SYSTEM_SELECTORS.len()
            + h::COMMENT_CATCHALL_SELECTORS.len()
            + h::FUNDRAISING_WIDGET_SELECTORS.len()
    );
    assert!(!s.is_empty());
}

#[test]
fn selector_matcher_subset() {
    let p = page(
        r#"<a id="x" class="a b" href="https://e.org/p#disqus_thread" data-k="v">1</a><iframe class="giscus-frame" src="https://giscus.app/x"></iframe>"#,
    );
    let a = p.element(p.first_element("a").expect("a")).expect("el");
    let iframe = p
        .element(p.first_element("iframe").expect("f"))
        .expect("el");
    let set = SelectorSet::new(&[
        &[
            ("a[href$='#disqus_thread']", "suffix"),
            ("#x.b", "id+class"),
            ("[data-k=v]", "equals"),
            ("[href^='https://e']", "prefix"),
            ("a[href*='e.org/p']", "contains"),
            ("a.c", "missing class"),
        ],
        &[
            ("iframe.giscus-frame", "tag+class"),
            ("div.giscus-frame", "wrong tag"),
        ],
    ]);
    assert_eq!(set.matches(a)[0].map(|m| m.1), Some("suffix"));
    assert_eq!(set.matches(iframe)[1].map(|m| m.1), Some("tag+class"));
    let only = |sel: &'static str| SelectorSet::new(&[&[(sel, "n")]]).matches(a)[0].is_some();
    assert!(only("#x.b") && only("[data-k=v]") && only("[href^='https://e']"));
    assert!(only("a[href*='e.org/p']") && only("[data-k]") && only("a"));
    assert!(!only("a.c") && !only("#y") && !only("[data-k=w]") && !only("div"));
}

#[test]
fn money_amounts() {
    let n = |s: &str| count_amounts(s.to_ascii_lowercase().as_bytes());
    assert_eq!(n("0 $ 2,500 $ 5,000 $"), 3);
    assert_eq!(n("€1,200 / €3,000"), 2);
    assert_eq!(n("$12,340 of $20,000 raised"), 2);
    assert_eq!(n("12 340 ₽"), 1);
    assert_eq!(n("usd 50 and 20 kr"), 2);
    assert_eq!(n("in 2019, 45% of 300 people"), 0);
    assert_eq!(n("mp3 player, k2 summit, 5 krakens"), 0);
}

#[test]
fn donation_urls() {
    assert_eq!(donate_url("https://southfront.org/donate/"), Some("donate"));
    assert_eq!(
        donate_url("https://www.patreon.com/x"),
        Some("patreon.com/")
    );
    assert_eq!(
        donate_url("https://www.paypal.com/donate/?id=1"),
        Some("paypal.com/donate")
    );
    assert_eq!(donate_url("/donations/spring"), Some("donation"));
    assert_eq!(donate_url("/news/donald-trump"), None);
    assert_eq!(donate_url("/support"), None);
    assert_eq!(donate_url("https://example.org/about"), None);
}

#[test]
fn comment_headings() {
    let f = |s: &str| comment_heading(s.to_ascii_lowercase().as_bytes());
    assert_eq!(f("12 Comments"), Some("comment count"));
    assert_eq!(f("3 thoughts on “Title”"), Some("comment count"));
    assert_eq!(f("Leave a Reply"), Some("comment prompt"));
    assert_eq!(f("comments"), Some("comment heading"));
    assert_eq!(f("oldest newest most voted"), Some("comment sort buttons"));
    assert_eq!(f("Comments on the draft rule"), None);
    assert_eq!(f("12 commentators say"), None);
    assert_eq!(f("2024 budget"), None);
}

#[test]
fn token_parts() {
    let v: Vec<&str> = parts("wpd-comment_text commentList2").collect();
    assert_eq!(v, ["wpd", "comment", "text", "comment", "List", "2"]);
    let p =
        page(r#"<div id="post-comments" class="fa-comment has-comments comments-open">x</div>"#);
    let e = p.element(p.first_element("div").expect("div")).expect("el");
    assert_eq!(token_flags(e, sets()).comment, Some("post-comments"));
    let p = page(r#"<div class="comments-open has-comments commentary">x</div>"#);
    let e = p.element(p.first_element("div").expect("div")).expect("el");
    assert_eq!(token_flags(e, sets()).comment, None);
}

#[test]
fn price_checklist_with_goal_wording_stays() {
    // A maintenance checklist beside the article: prices plus "goal"/"to go" wording, but no
    // bar and nothing about donating. Without a bar these figures are content, not a counter.
    let html = doc(&format!(
        r#"{ARTICLE}<div class="checklist">
          <div class="item"><div class="name">Tire rotation</div>
            <div class="interval">INTERVAL: when you see uneven treadwear; the goal is even wear</div>
            <div class="price">PRICE: $35-$45</div></div>
          <div class="item"><div class="name">Oil change</div>
            <div class="interval">INTERVAL: 5,000 to 10,000 miles to go between changes</div>
            <div class="price">PRICE: $75-$145</div></div>
        </div>"#
    ));
    assert!(!any_hidden(&html, "Tire rotation"), "{:?}", found(&html));
}

#[test]
fn counter_without_donation_words_needs_its_bar() {
    // The same figures with a progress bar are a site's own goal counter.
    let html = doc(&format!(
        r#"<div class="box"><div class="meter"><div class="meter-fill" style="width:62%"></div></div>
          <span>$12,340</span> of <span>$20,000</span> goal · 9 days left</div>{ARTICLE}"#
    ));
    assert!(any_hidden(&html, "$12,340"), "{:?}", found(&html));
}

#[test]
fn iframe_comment_widget_takes_its_sections_heading_and_notes() {
    let html = doc(&format!(
        r#"{ARTICLE}<div class="embed"><h3>Talk about this post</h3>
        <div id="discourse-comments"><iframe src="https://forum.example.org/embed/comments"></iframe></div>
        <p>Replies from the forum show up here.</p></div>
        <aside><section class="widget"><h2>Archives</h2><ul><li>March 2024</li></ul></section></aside>"#
    ));
    assert!(hidden(&html, ClutterKind::Comments, "Talk about this post"));
    assert!(hidden(
        &html,
        ClutterKind::Comments,
        "Replies from the forum"
    ));
    assert!(!any_hidden(&html, "March 2024"));
    // A section that also holds a link row (tags, sharing) keeps it.
    let html = doc(&format!(
        r#"{ARTICLE}<div class="post-footer"><p>Tags: <a href="/t/flood">flood</a></p>
        <div id="disqus_thread"><iframe src="https://disqus.com/embed/comments/?f=x"></iframe></div></div>"#
    ));
    assert!(!any_hidden(&html, "Tags:"), "{:?}", found(&html));
}

#[test]
fn a_long_comment_does_not_count_as_the_article_body() {
    // An article of short list items, and one long comment: the comment section is still
    // hidden whole (its paragraphs do not make it the article anchor).
    let items: String = (0..12)
        .map(|i| format!("<li>Item {i}: a short note on the release, with a link to the bug.</li>"))
        .collect();
    let long = "This is a long comment that goes on and on about the feature and what the reader would like to see next, with many words. ".repeat(3);
    let html = doc(&format!(
        r#"<article><h1>These weeks in the browser</h1><div class="body"><ul>{items}</ul></div></article>
        <section id="comments"><h3>2 comments</h3><ol class="comment-list"><li class="comment"><blockquote><p>{long}</p></blockquote></li></ol></section>"#
    ));
    assert!(
        hidden(&html, ClutterKind::Comments, "goes on and on"),
        "{:?}",
        found(&html)
    );
    assert!(!any_hidden(&html, "Item 3"));
}
