//! Test support: deterministic random pages for the property tests of the page walks.
//!
//! A seeded generator (SplitMix64, small enough to write here rather than add a dependency
//! for it) builds pages from a vocabulary of the markup the analyses react to: article and
//! clutter class names, headings, figures, data tables, hidden elements, quotes with
//! reporting verbs. Shallow pages are compared with the old recursive walks; deep ones (up to
//! 100,000 levels) check that the iterative walks finish with sane results.

use crate::core::model::{NodeId, Page, PageBuilder};

/// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
/// OOPSLA 2014): deterministic for a seed, which is all a reproducible test needs.
pub struct Rng(u64);

impl Rng {
    /// A generator for `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number below `n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// True with probability `percent`/100.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    /// One item of `list`.
    pub fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.below(list.len())]
    }
}

const NAMES: &[&str] = &[
    "div",
    "div",
    "div",
    "p",
    "p",
    "p",
    "span",
    "section",
    "article",
    "blockquote",
    "ul",
    "li",
    "table",
    "tr",
    "td",
    "th",
    "caption",
    "h1",
    "h2",
    "a",
    "em",
    "figure",
    "figcaption",
    "img",
    "br",
    "aside",
    "nav",
    "form",
    "pre",
    "code",
    "header",
    "footer",
    "main",
    "script",
    "x-card",
    "#shadow-root",
];

const CLASSES: &[&str] = &[
    "",
    "",
    "",
    "content",
    "article-body",
    "entry-content",
    "post",
    "comments",
    "comment-list",
    "donate",
    "give-form",
    "share",
    "byline",
    "author",
    "ad",
    "caption",
    "wp-caption",
    "sidebar",
    "related",
    "footer",
    "menu",
];

const TEXTS: &[&str] = &[
    "“We will not stop,” said Jane Doe, the mayor, to reporters on Monday evening.",
    "The council met on Tuesday evening to discuss the new flood wall, which residents say is long overdue.",
    "According to the report, “the wall will hold,” and engineers, planners and residents agree.",
    "“It is too late,” the Turkish leader said, adding that talks would go on, as before.",
    "Short.",
    "Donate now",
    "Leave a comment",
    "Share this",
    "By Jane Doe",
    "Photo: a harbour at dusk, with boats, cranes and gulls.",
    " ",
    "He called it a “scandal” and left, then, after a pause, added more words about it.",
];

fn attrs(rng: &mut Rng, name: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if name == "#shadow-root" {
        out.push(("mode".into(), "open".into()));
        return out;
    }
    let class = rng.pick(CLASSES);
    if !class.is_empty() {
        out.push(("class".into(), class.into()));
    }
    if rng.chance(10) {
        out.push(("id".into(), rng.pick(CLASSES).into()));
    }
    match name {
        "a" => out.push((
            "href".into(),
            rng.pick(&["/a", "https://e.org/donate", "#c"]).into(),
        )),
        "img" => out.push(("src".into(), rng.pick(&["/i.jpg", "data:x", ""]).into())),
        "script" => out.push(("type".into(), "application/ld+json".into())),
        _ => {}
    }
    if rng.chance(3) {
        out.push(("hidden".into(), String::new()));
    }
    if rng.chance(2) {
        out.push(("style".into(), "display: none".into()));
    }
    out
}

/// What shape of page [`random_page`] grows.
#[derive(Debug, Clone, Copy)]
pub struct Shape {
    /// Nodes to add below `body`.
    pub nodes: usize,
    /// Deepest nesting below `body`.
    pub depth: usize,
    /// Chance (percent) that a step opens an element rather than adding a leaf or closing.
    pub open: usize,
    /// Plain markup for deep pages: no headings (the article finder reads a heading's whole
    /// text, quadratic when headings nest thousands deep, a cost outside the walks under
    /// test), and no class, hidden or chrome element (one of them high in a deep chain
    /// would hide or skip everything below it, leaving the walks nothing to do).
    pub plain: bool,
}

/// A random page `html > (head > title) + body > …` grown by `shape` from `seed`.
pub fn random_page(seed: u64, shape: Shape) -> Page {
    let mut rng = Rng::new(seed);
    let mut b = PageBuilder::new();
    b.open("html", vec![("lang".into(), "en".into())]);
    b.open("head", vec![]);
    b.open("title", vec![]);
    b.text("The flood wall debate");
    b.close();
    b.close();
    b.open("body", vec![]);
    let mut depth = 0;
    // `#shadow-root` must be its host's first child: only right after an element opened.
    let mut fresh = false;
    for _ in 0..shape.nodes {
        let roll = rng.below(100);
        if roll < shape.open && depth < shape.depth {
            let mut name = rng.pick(NAMES);
            let chrome = matches!(
                name,
                "h1" | "h2" | "script" | "nav" | "form" | "aside" | "header" | "footer"
            );
            if name == "#shadow-root" && !fresh || shape.plain && chrome {
                name = "div";
            }
            let mut a = attrs(&mut rng, name);
            if shape.plain {
                a.retain(|(n, _)| matches!(n.as_str(), "href" | "src" | "mode"));
            }
            b.open(name, a);
            depth += 1;
            fresh = true;
            continue;
        }
        fresh = false;
        if roll < shape.open + (100 - shape.open) * 2 / 3 || depth == 0 {
            b.text(rng.pick(TEXTS));
        } else {
            b.close();
            depth -= 1;
        }
    }
    b.finish()
}

/// A page whose body holds three paragraphs, then `depth` nested `tag` elements (a `table`
/// level is `table > tr > td`) around one more paragraph.
pub fn deep_page(tag: &str, depth: usize) -> Page {
    let para = |b: &mut PageBuilder| {
        b.open("p", vec![]);
        b.text(TEXTS[0]);
        b.text(" ");
        b.text(TEXTS[1]);
        b.close();
    };
    let mut b = PageBuilder::new();
    b.open("html", vec![]);
    b.open("body", vec![]);
    b.open("article", vec![]);
    (0..3).for_each(|_| para(&mut b));
    for _ in 0..depth {
        if tag == "table" {
            b.open("table", vec![]);
            b.open("tr", vec![]);
            b.open("td", vec![]);
        } else {
            b.open(tag, vec![]);
        }
    }
    para(&mut b);
    b.finish()
}

/// `end[i]`: one past the last node of node `i`'s subtree (arena order is pre-order, so a
/// subtree is the range `i..end[i]`).
pub fn subtree_ends(page: &Page) -> Vec<usize> {
    let mut end: Vec<usize> = (1..=page.len()).collect();
    for id in page.ids().rev() {
        if let Some(p) = page.parent(id) {
            end[p.index()] = end[p.index()].max(end[id.index()]);
        }
    }
    end
}

/// Whether `id` lies in the subtree of `root` (given [`subtree_ends`]).
pub fn within(ends: &[usize], root: NodeId, id: NodeId) -> bool {
    (root.index()..ends[root.index()]).contains(&id.index())
}

/// Whether the tags of rendered HTML nest properly (text and attributes are escaped, so
/// every `<` starts a tag).
pub fn tags_balance(html: &str) -> bool {
    const VOID: &[&str] = &["br", "hr", "img"];
    let mut open: Vec<&str> = Vec::new();
    for tag in html.split('<').skip(1) {
        let body = tag.split('>').next().unwrap_or("");
        if let Some(name) = body.strip_prefix('/') {
            if open.pop() != Some(name) {
                return false;
            }
        } else {
            let name = body.split(' ').next().unwrap_or("");
            if !VOID.contains(&name) {
                open.push(name);
            }
        }
    }
    open.is_empty()
}
