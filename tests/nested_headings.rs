//! Headings nested in headings (issue 5): the article finder and the metadata read every
//! `h1`/`h2`'s text, and each heading's text holds all the headings inside it, so reading
//! them in full costs the square of the nesting. A flat snapshot from the browser has no
//! depth limit; these pages are built the way `Page::from_flat` builds them. Results only,
//! never time: at the sizes below, the old reading needed gigabytes of copying.

use clearpress::core::analysis::analyze;
use clearpress::core::heuristics::limits::HEADING_TEXT_MAX_BYTES;
use clearpress::core::model::{Page, PageBuilder};

/// `levels` nested `h2`s, each with `filler` bytes of its own text before the next one, and
/// the innermost one saying the page's title; then a paragraph of prose after them.
fn nested_headings(levels: usize, filler: usize) -> Page {
    let mut b = PageBuilder::new();
    b.open("html", vec![("lang".into(), "en".into())]);
    b.open("head", vec![]);
    b.open("title", vec![]);
    b.text("Flood wall vote | The Gazette");
    b.close();
    b.close();
    b.open("body", vec![]);
    b.open("article", vec![]);
    let words = "council ".repeat(filler / 8);
    for _ in 0..levels {
        b.open("h2", vec![]);
        b.text(&words);
    }
    b.open("h2", vec![]);
    b.text("Flood wall vote");
    for _ in 0..=levels {
        b.close();
    }
    b.open("p", vec![]);
    b.text(&"The council voted on Tuesday to raise the flood wall by a metre, after a long debate over the cost. ".repeat(4));
    b.finish()
}

#[test]
fn deeply_nested_headings_are_read_once_each() {
    // 4,000 levels of 1 KB: reading each heading whole would copy 8 GB (and walk 8 million
    // nodes), where the bound reads at most 4 KB of each.
    let page = nested_headings(4_000, 1024);
    let a = analyze(&page);
    // The innermost heading is short enough to compare with the title's parts, so the
    // title is still the part of `<title>` that is a heading.
    assert_eq!(a.meta.title.as_deref(), Some("Flood wall vote"));
    let p = page.first_element("p").expect("paragraph");
    assert!(
        !a.is_removed(p),
        "the prose after the headings is kept in the article"
    );
}

#[test]
fn a_heading_is_read_only_up_to_the_bound() {
    let page = nested_headings(3, HEADING_TEXT_MAX_BYTES);
    let headings: Vec<_> = page.ids().filter(|&n| page.name(n) == "h2").collect();
    let [outer, .., inner] = headings[..] else {
        panic!("four headings");
    };
    assert_eq!(
        page.collapsed_text_within(inner, HEADING_TEXT_MAX_BYTES)
            .as_deref(),
        Some("Flood wall vote")
    );
    assert!(page.subtree_text(outer).len() > HEADING_TEXT_MAX_BYTES);
    assert_eq!(
        page.collapsed_text_within(outer, HEADING_TEXT_MAX_BYTES),
        None
    );
    // Without the bound, the same text as before.
    assert_eq!(
        page.collapsed_text_within(outer, usize::MAX),
        Some(page.collapsed_text(outer))
    );
}
