//! The plan: what an adapter must change in a live document, as node indices.
//!
//! Indices are arena indices of the [`Page`] the adapter built (pre-order, document = 0), so
//! the adapter that walked the DOM can map them back to its node list without another walk.
//! The plan is plain data: it can be computed where WebAssembly runs (the page's content
//! script, or the extension's service worker on pages whose CSP forbids wasm) and applied
//! wherever the DOM is.

use crate::core::analysis::{analyze, Analysis, PlacedQuote};
use crate::core::cite::{self, Speaker};
use crate::core::clutter::{find_clutter, Clutter, ClutterKind};
use crate::core::heuristics::article::{
    BLOCK_LEVEL, BR_RUN_KEPT, CONTENT_WITHOUT_TEXT, EMPTY_BLOCK_TAGS, GALLERY_ITEM_MAX_CHARS,
    SPACER_IMAGE_MAX_PX,
};
use crate::core::heuristics::limits::Reached;
use crate::core::labels;
use crate::core::model::{collapse_whitespace, NodeId, Page, SHADOW_ROOT};
use crate::core::quotes::QuoteKind;
use crate::core::reading::{reading_time, ReadingTime};
use serde::Serialize;

/// A node to hide.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanHide {
    /// Arena index of the element.
    pub node: u32,
    /// What it is: the reader's settings choose kinds, and the popup counts them.
    pub kind: ClutterKind,
}

/// A quote to mark (its pieces are in [`Plan::pieces`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanQuote {
    /// Quote number: its index in [`Plan::quotes`], shared by all its pieces.
    pub id: usize,
    /// statement, fragment or scare.
    pub kind: QuoteKind,
    /// The kind's name for the reader ([`labels::quote_label`]).
    pub label: &'static str,
    /// Who said it.
    pub speaker: Option<String>,
    /// The quoted text (for a list of the page's quotes).
    pub text: String,
    /// Position of the speaker in [`Plan::speakers`] (what the speaker's colour follows);
    /// absent for quotes that are not listed (scare quotes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_index: Option<usize>,
    /// The text directive that links to this quote (`text=…`, to follow `#:~:` in the page's
    /// URL); absent for quotes that are not listed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

/// What the reader header says, and where it goes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct PlanReader {
    /// Headline.
    pub title: Option<String>,
    /// Author(s).
    pub byline: Option<String>,
    /// Publication day (`YYYY-MM-DD`), else the time as the page gave it (the adapter
    /// formats it for the reader).
    pub published_time: Option<String>,
    /// Language.
    pub lang: Option<String>,
    /// Text direction.
    pub dir: Option<String>,
    /// Site name.
    pub site_name: Option<String>,
    /// The article's first visible heading when it already says the title: the header goes
    /// right after it, without the title. `None`: the header opens the article, title first.
    pub title_heading: Option<u32>,
}

/// Counts for the popup.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Fundraising widgets hidden.
    pub fundraising: usize,
    /// Comment widgets hidden.
    pub comments: usize,
    /// Newsletter and sign-up boxes hidden.
    pub newsletter: usize,
    /// Sticky video players hidden.
    pub video: usize,
    /// All hidden nodes.
    pub hidden: usize,
    /// Quoted statements.
    pub statements: usize,
    /// All quotes.
    pub quotes: usize,
    /// Limits the page reached, where the results cover only part of it (see
    /// [`crate::core::heuristics::limits`]); left out when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub limits: Vec<Reached>,
}

/// What to change in the live document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Plan {
    /// Elements to hide.
    pub hide: Vec<PlanHide>,
    /// The article root, restyled for reading.
    pub article: Option<u32>,
    /// The article root's ancestors (nearest first): kept visible while their other children
    /// are hidden, so the article stands alone without moving it in the DOM.
    pub path: Vec<u32>,
    /// Nodes inside the article that are not part of it.
    pub excluded: Vec<u32>,
    /// Captions of the article's pictures that are not `<figcaption>`s (a caption class, a
    /// one-item list after a photo): shown as captions, not as body text or list items.
    pub captions: Vec<u32>,
    /// Lists of the article whose every item is a picture with at most a caption: a gallery,
    /// shown as a run of figures rather than as bullet points.
    pub galleries: Vec<u32>,
    /// Quotes to mark.
    pub quotes: Vec<PlanQuote>,
    /// The quote pieces to wrap, as `[text node, start, end, quote id, last]` with UTF-16
    /// offsets: in document order, never empty, never overlapping within a text node, so
    /// they can be wrapped one after the other. `last` is 1 on the last piece of a quote
    /// (it carries the speaker label), else 0.
    pub pieces: Vec<[u32; 5]>,
    /// Who the listed quotes are from, in the order they are first quoted, the unattributed
    /// ones last: the quote panel's groups and legend.
    pub speakers: Vec<Speaker>,
    /// Counts.
    pub summary: Summary,
    /// The reader header (the article stays in the page).
    pub reader: PlanReader,
    /// Estimated reading time of the article (none without an article, or for text in a
    /// script that does not separate words with spaces).
    pub reading: Option<ReadingTime>,
}

/// Counts for the popup from the hidden nodes and the marked quotes.
fn summarize(hide: &[PlanHide], quotes: &[PlanQuote], limits: Vec<Reached>) -> Summary {
    let of_kind = |kind| hide.iter().filter(|h| h.kind == kind).count();
    Summary {
        fundraising: of_kind(ClutterKind::Fundraising),
        comments: of_kind(ClutterKind::Comments),
        newsletter: of_kind(ClutterKind::Newsletter),
        video: of_kind(ClutterKind::Video),
        hidden: hide.len(),
        statements: quotes
            .iter()
            .filter(|q| q.kind == QuoteKind::Statement)
            .count(),
        quotes: quotes.len(),
        limits,
    }
}

fn hides(clutter: &[Clutter]) -> Vec<PlanHide> {
    clutter
        .iter()
        .map(|c| PlanHide {
            node: c.node.0,
            kind: c.kind,
        })
        .collect()
}

/// What declutter-only mode hides, or what content inserted after the toggle adds: the
/// clutter of the page, without the article and quote analyses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClutterPlan {
    /// Elements to hide.
    pub hide: Vec<PlanHide>,
    /// Counts (no quotes).
    pub summary: Summary,
}

/// The clutter of the whole `page` that touches one of `roots` (lies inside one, or holds
/// one): the page is judged as a whole, so a late widget gets the same decision it would
/// have had on a page that loaded with it, but only what changed is reported. `roots` =
/// `[page.root()]` gives all of it.
pub fn clutter_plan(page: &Page, roots: &[NodeId]) -> ClutterPlan {
    let touches = |c: &Clutter| {
        roots.iter().any(|&r| {
            page.is_inclusive_ancestor(r, c.node) || page.is_inclusive_ancestor(c.node, r)
        })
    };
    let found: Vec<Clutter> = find_clutter(page).into_iter().filter(touches).collect();
    let hide = hides(&found);
    // The clutter pass has no limits of its own (see heuristics::limits).
    let summary = summarize(&hide, &[], Vec::new());
    ClutterPlan { hide, summary }
}

/// The quote pieces of [`Plan::pieces`]: every segment of every quote, ordered by text node
/// and offset, an empty piece or one that overlaps an earlier piece of its text node left
/// out (a wrapper element cannot straddle another).
fn pieces(quotes: &[PlacedQuote]) -> Vec<[u32; 5]> {
    let mut all: Vec<[u32; 5]> = quotes
        .iter()
        .enumerate()
        .flat_map(|(id, q)| {
            q.segments
                .iter()
                .filter(|s| s.start16 < s.end16)
                .map(move |s| [s.node.0, s.start16, s.end16, id as u32, 0])
        })
        .collect();
    // Stable: pieces at the same offset keep the quotes' order, and the first one wins.
    all.sort_by_key(|p| (p[0], p[1]));
    let mut kept: Vec<[u32; 5]> = Vec::with_capacity(all.len());
    for p in all {
        if kept.last().is_some_and(|k| k[0] == p[0] && p[1] < k[2]) {
            continue;
        }
        kept.push(p);
    }
    let mut seen = vec![false; quotes.len()];
    for p in kept.iter_mut().rev() {
        if let Some(s) = seen.get_mut(p[3] as usize) {
            p[4] = u32::from(!*s);
            *s = true;
        }
    }
    kept
}

/// Whitespace collapsed and lower-cased, for comparing a heading with the title.
fn squash(s: &str) -> String {
    collapse_whitespace(s).to_lowercase()
}

/// The first `h1`/`h2` in the article a reader sees (outside what the plan hides or
/// excludes, and outside shadow trees, which the reader stylesheet does not reach), if it
/// says `title`: the header then goes under that heading rather than repeating it.
fn title_heading(page: &Page, article: NodeId, title: &str, skip: &[bool]) -> Option<u32> {
    let want = squash(title);
    let mut stack = vec![article];
    while let Some(id) = stack.pop() {
        if skip.get(id.index()).copied().unwrap_or(false) || page.name(id) == SHADOW_ROOT {
            continue;
        }
        if matches!(page.name(id), "h1" | "h2") {
            return (squash(&page.text_content(id)) == want).then_some(id.0);
        }
        stack.extend(page.children(id).iter().rev().copied());
    }
    None
}

/// The header's content and place.
fn reader(page: &Page, a: &Analysis, hide: &[PlanHide], excluded: &[u32]) -> PlanReader {
    let m = &a.meta;
    // The header shows the headline a reader knows from the page, and the day it was
    // published, which the adapter writes out in the reader's language.
    let title = m.headline.clone().or_else(|| m.title.clone());
    let heading = a
        .article
        .as_ref()
        .zip(title.as_deref())
        .and_then(|(art, title)| {
            let mut skip = vec![false; page.len()];
            for i in hide.iter().map(|h| h.node).chain(excluded.iter().copied()) {
                if let Some(s) = skip.get_mut(i as usize) {
                    *s = true;
                }
            }
            title_heading(page, art.root, title, &skip)
        });
    PlanReader {
        title,
        byline: m.byline.clone(),
        published_time: m.date.clone().or_else(|| m.published_time.clone()),
        lang: m.lang.clone(),
        dir: m.dir.clone(),
        site_name: m.site_name.clone(),
        title_heading: heading,
    }
}

/// The blocks of the article at `root` that show nothing (see
/// [`crate::core::heuristics::article::EMPTY_BLOCK_TAGS`]), outside what the analysis removed already.
fn empty_blocks<'a>(
    page: &'a Page,
    a: &'a Analysis,
    root: NodeId,
) -> impl Iterator<Item = NodeId> + 'a {
    page.descendants(root).filter(move |&n| {
        EMPTY_BLOCK_TAGS.contains(&page.name(n))
            && !a.is_removed(n)
            && page.descendants(n).all(|d| {
                !page.text(d).is_some_and(|t| !t.trim().is_empty())
                    && !CONTENT_WITHOUT_TEXT.contains(&page.name(d))
            })
    })
}

/// The `<br>`s of the article at `root` past [`BR_RUN_KEPT`] in a row: in document order,
/// with nothing between them but whitespace, inline elements' edges (`<br><u><br>`) and
/// elements that are never shown; text, a block or media ends the run.
fn extra_breaks(page: &Page, root: NodeId) -> impl Iterator<Item = NodeId> + '_ {
    let mut run = 0;
    page.descendants(root).filter(move |&n| {
        let name = page.name(n);
        if name == "br" {
            run += 1;
            return run > BR_RUN_KEPT;
        }
        let ends_run = match page.text(n) {
            Some(t) => !t.trim().is_empty(),
            None => BLOCK_LEVEL.contains(&name) || CONTENT_WITHOUT_TEXT.contains(&name),
        };
        if ends_run {
            run = 0;
        }
        false
    })
}

/// The images of the article at `root` declared no larger than [`SPACER_IMAGE_MAX_PX`]
/// each way.
fn spacer_images(page: &Page, root: NodeId) -> impl Iterator<Item = NodeId> + '_ {
    let px = |v: Option<&str>| v.and_then(|v| v.trim().trim_end_matches("px").parse::<u32>().ok());
    page.descendants(root).filter(move |&n| {
        let Some(e) = page.element(n).filter(|e| e.name == "img") else {
            return false;
        };
        let small = |v: Option<u32>| v.is_some_and(|v| v <= SPACER_IMAGE_MAX_PX);
        small(px(e.attr("width"))) && small(px(e.attr("height")))
    })
}

/// The lists of the article at `root` whose every item holds a picture and at most
/// [`GALLERY_ITEM_MAX_CHARS`] of text (a caption). Counts are gathered in one reverse pass
/// over the article's nodes (children come after their parent), so nested lists cost no more than
/// flat ones.
fn galleries<'a>(page: &'a Page, a: &Analysis, root: NodeId) -> impl Iterator<Item = NodeId> + 'a {
    let mut pictures = vec![false; page.len()];
    let mut chars = vec![0u32; page.len()];
    // Only the article's subtree: its lists' counts come from their own descendants, and
    // the rest of the page's text need not be counted.
    let subtree: Vec<NodeId> = page.descendants(root).collect();
    for &id in subtree.iter().rev() {
        if a.is_removed(id) {
            continue;
        }
        let i = id.index();
        match page.text(id) {
            Some(t) => chars[i] = chars[i].saturating_add(t.trim().chars().count() as u32),
            None => pictures[i] |= matches!(page.name(id), "img" | "picture"),
        }
        if let Some(p) = page.parent(id) {
            pictures[p.index()] |= pictures[i];
            chars[p.index()] = chars[p.index()].saturating_add(chars[i]);
        }
    }
    page.descendants(root).filter(move |&n| {
        let mut items = page
            .children(n)
            .iter()
            .filter(|&&c| page.element(c).is_some())
            .peekable();
        matches!(page.name(n), "ul" | "ol")
            && items.peek().is_some()
            && items.all(|&li| {
                page.name(li) == "li"
                    && pictures[li.index()]
                    && chars[li.index()] <= GALLERY_ITEM_MAX_CHARS
            })
    })
}

/// Builds the plan from an analysis. Quote labels are in `lang` (the reader's language)
/// when given, else in the page's.
pub fn plan_from(page: &Page, a: &Analysis, lang: Option<&str>) -> Plan {
    let hide = hides(&a.clutter);
    let mut quotes = plan_quotes(page, a, lang.or(a.meta.lang.as_deref()));
    let speakers = cite::speakers(quotes.iter().map(|q| (q.id, q.kind, q.speaker.as_deref())));
    for (i, s) in speakers.iter().enumerate() {
        for &id in &s.quotes {
            if let Some(q) = quotes.get_mut(id) {
                q.speaker_index = Some(i);
            }
        }
    }
    let summary = summarize(&hide, &quotes, a.limits.clone());
    let article = a.article.as_ref();
    let excluded: Vec<u32> = article
        .map(|x| {
            let mut out: Vec<u32> = x.excluded.iter().map(|n| n.0).collect();
            out.extend(empty_blocks(page, a, x.root).map(|n| n.0));
            out.extend(extra_breaks(page, x.root).map(|n| n.0));
            out.extend(spacer_images(page, x.root).map(|n| n.0));
            out
        })
        .unwrap_or_default();
    let captions: Vec<u32> = article
        .map(|x| {
            x.captions
                .iter()
                .filter(|&&n| page.name(n) != "figcaption")
                .map(|n| n.0)
                .collect()
        })
        .unwrap_or_default();
    let galleries: Vec<u32> = article
        .map(|x| galleries(page, a, x.root).map(|n| n.0).collect())
        .unwrap_or_default();
    let reading = article.and_then(|art| {
        let blocks: Vec<String> = art
            .blocks
            .iter()
            .map(|&b| a.block_text(page, b).0)
            .collect();
        reading_time(blocks.iter().map(String::as_str), a.meta.lang.as_deref())
    });
    Plan {
        reader: reader(page, a, &hide, &excluded),
        reading,
        article: article.map(|x| x.root.0),
        path: article
            .map(|x| page.ancestors(x.root).map(|n| n.0).collect())
            .unwrap_or_default(),
        excluded,
        captions,
        galleries,
        pieces: pieces(&a.quotes),
        quotes,
        speakers,
        hide,
        summary,
    }
}

/// The quotes, each listed one with a link to it.
fn plan_quotes(page: &Page, a: &Analysis, lang: Option<&str>) -> Vec<PlanQuote> {
    // Quotes come block by block: each block's text is built once.
    let mut block = None;
    let mut text = String::new();
    let mut link = |q: &PlacedQuote| {
        if block != Some(q.block) {
            block = Some(q.block);
            text = a.block_text(page, q.block).0;
        }
        cite::text_directive(&text, q.quote.start, q.quote.end, &q.quote.text)
    };
    a.quotes
        .iter()
        .enumerate()
        .map(|(id, q)| PlanQuote {
            id,
            kind: q.quote.kind,
            label: labels::quote_label(q.quote.kind, lang),
            speaker: q.quote.speaker.clone(),
            text: q.quote.text.clone(),
            speaker_index: None,
            link: cite::listed(q.quote.kind).then(|| link(q)),
        })
        .collect()
}

/// Analyses a page and builds its plan (quote labels in `lang`, else the page's language).
pub fn plan(page: &Page, lang: Option<&str>) -> Plan {
    plan_from(page, &analyze(page), lang)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::analysis::Segment;
    use crate::core::quotes::Quote;
    use crate::native::parse;

    const PAGE: &str = r#"<html><body><main><article><h1>Rivers rise</h1>
<p>The river rose two metres overnight and the town council opened the sports hall to families from the lower streets, who carried what they could.</p>
<p>Volunteers filled sandbags until dawn while the water kept climbing along the old quay and into the market square.</p>
</article><section id="late"><div id="disqus_thread"><p>Comments are loading</p></div></section>
<div class="comments-area" id="comments"><h2>12 Comments</h2></div></main></body></html>"#;

    fn element_with_id(page: &Page, id: &str) -> NodeId {
        page.ids()
            .find(|&n| page.element(n).is_some_and(|e| e.id() == id))
            .expect("element with id")
    }

    #[test]
    fn listed_quotes_carry_their_speaker_group_and_a_link() {
        let html = r#"<html><body><article><h1>Harbour vote</h1>
<p>The council approved the new harbour wall on Tuesday after a long debate about the cost and the timetable for the works.</p>
<p>"We cannot wait for another storm," Mayor Ana Ruiz said after the vote, adding that the works would start in spring.</p>
<p>Opposition leader Tom Berg called the plan "rushed" and said: "Nobody has seen the final costs."</p>
<p>The report, titled "Coast 2040", lists the wall as the most urgent project in the district.</p>
</article></body></html>"#;
        let page = parse(html).expect("parse").page;
        let p = plan(&page, None);
        let names: Vec<_> = p.speakers.iter().map(|s| s.name.clone()).collect();
        assert_eq!(
            names,
            [Some("Ana Ruiz".to_string()), Some("Tom Berg".to_string())],
            "{:?}",
            p.quotes
        );
        for q in &p.quotes {
            let listed = cite::listed(q.kind);
            assert_eq!(q.link.is_some(), listed, "{q:?}");
            assert_eq!(q.speaker_index.is_some(), listed, "{q:?}");
            if let Some(i) = q.speaker_index {
                assert!(p.speakers[i].quotes.contains(&q.id), "{q:?}");
                assert_eq!(p.speakers[i].name, q.speaker, "{q:?}");
            }
        }
        let storm = p
            .quotes
            .iter()
            .find(|q| q.text.starts_with("We cannot wait"))
            .expect("the mayor's statement");
        assert_eq!(
            storm.link.as_deref(),
            Some(
                "text=%22-,We%20cannot%20wait%20for%20another%20storm%2C,-%22%20Mayor%20Ana%20Ruiz"
            )
        );
        let coast = p.quotes.iter().find(|q| q.text == "Coast 2040");
        assert!(!coast.is_some_and(|q| q.link.is_some()), "{coast:?}");
    }

    #[test]
    fn clutter_plan_reports_only_what_touches_the_roots() {
        let page = parse(PAGE).expect("parse").page;
        let all = clutter_plan(&page, &[page.root()]);
        assert_eq!(all.summary.comments, 2, "{:?}", all.hide);
        let late = element_with_id(&page, "late");
        let thread = element_with_id(&page, "disqus_thread");
        let some = clutter_plan(&page, &[late]);
        assert_eq!(some.summary.hidden, 1, "{:?}", some.hide);
        let hidden = NodeId(some.hide[0].node);
        assert!(page.is_inclusive_ancestor(hidden, thread));
        assert!(page.is_inclusive_ancestor(late, hidden) || hidden == late);
    }

    #[test]
    fn clutter_plan_reports_a_widget_that_holds_the_root() {
        let page = parse(PAGE).expect("parse").page;
        let thread = element_with_id(&page, "disqus_thread");
        let inner = page.children(thread)[0];
        let got = clutter_plan(&page, &[inner]);
        assert_eq!(got.hide.len(), 1, "{:?}", got.hide);
        assert!(page.is_inclusive_ancestor(NodeId(got.hide[0].node), thread));
    }

    #[test]
    fn clutter_plan_agrees_with_the_full_plan() {
        let page = parse(PAGE).expect("parse").page;
        assert_eq!(
            clutter_plan(&page, &[page.root()]).hide,
            plan(&page, None).hide
        );
    }

    /// A German report: an article that opens with its own headline, and a statement.
    const BERICHT: &str = r#"<html lang="de"><head><title>Brücke bleibt gesperrt</title></head>
<body><main><article><h1>Brücke
  bleibt  gesperrt</h1>
<p>Die Stadt hat die alte Brücke über den Fluss am Montag für den gesamten Verkehr gesperrt, nachdem Prüfer Risse in zwei Pfeilern gefunden hatten.</p>
<p>„Wir öffnen die Brücke erst wieder, wenn die Pfeiler saniert sind“, sagte Bürgermeisterin Anna Weber am Montag vor dem Rathaus.</p>
<p>Pendler müssen bis dahin einen Umweg von etwa zwölf Kilometern über die Autobahnbrücke im Norden der Stadt in Kauf nehmen.</p>
</article></main></body></html>"#;

    #[test]
    fn the_header_goes_under_a_heading_that_says_the_title() {
        // Written in capitals: not the article's headline by its ASCII-only comparison, so
        // it stays in the article, and the header goes under it without the title.
        let capitals = BERICHT.replacen(
            "<h1>Brücke\n  bleibt  gesperrt",
            "<h1>BRÜCKE BLEIBT GESPERRT",
            1,
        );
        let page = parse(&capitals).expect("parse").page;
        let p = plan(&page, None);
        let h1 = page.first_element("h1").expect("h1");
        assert!(!p.excluded.contains(&h1.0));
        assert_eq!(p.reader.title_heading, Some(h1.0));
    }

    #[test]
    fn a_headline_the_article_leaves_out_keeps_the_title_in_the_header() {
        let page = parse(BERICHT).expect("parse").page;
        let p = plan(&page, None);
        let h1 = page.first_element("h1").expect("h1");
        assert!(p.excluded.contains(&h1.0));
        assert_eq!(p.reader.title_heading, None);
    }

    #[test]
    fn a_hidden_or_different_first_heading_keeps_the_title_in_the_header() {
        let page = parse(BERICHT).expect("parse").page;
        let h1 = page.first_element("h1").expect("h1");
        let article = page.first_element("article").expect("article");
        let mut skip = vec![false; page.len()];
        assert_eq!(
            title_heading(&page, article, "Brücke bleibt gesperrt", &skip),
            Some(h1.0)
        );
        assert_eq!(title_heading(&page, article, "Neue Brücke", &skip), None);
        skip[h1.index()] = true;
        assert_eq!(
            title_heading(&page, article, "Brücke bleibt gesperrt", &skip),
            None
        );
    }

    #[test]
    fn quote_labels_speak_the_readers_language_else_the_pages() {
        let page = parse(BERICHT).expect("parse").page;
        let own = plan(&page, None);
        assert_eq!(own.quotes.len(), 1, "{:?}", own.quotes);
        assert_eq!(own.quotes[0].kind, QuoteKind::Statement);
        assert_eq!(own.quotes[0].label, "Aussage");
        assert_eq!(plan(&page, Some("fr-CA")).quotes[0].label, "Déclaration");
    }

    fn segment(node: u32, start16: u32, end16: u32) -> Segment {
        let (start, end) = (start16 as usize, end16 as usize);
        Segment {
            node: NodeId(node),
            start16,
            end16,
            start,
            end,
        }
    }

    fn placed(segments: Vec<Segment>) -> PlacedQuote {
        PlacedQuote {
            quote: Quote {
                text: String::new(),
                speaker: None,
                mention: None,
                kind: QuoteKind::Scare,
                paragraph: 0,
                start: 0,
                end: 0,
            },
            block: NodeId(0),
            segments,
        }
    }

    #[test]
    fn pieces_are_ordered_apart_and_mark_each_quotes_last() {
        let quotes = [
            // Across two text nodes, the second piece overlapping quote 1's.
            placed(vec![segment(9, 4, 10), segment(12, 0, 6)]),
            placed(vec![
                segment(9, 0, 3),
                segment(12, 2, 8),
                segment(12, 20, 24),
            ]),
            placed(vec![segment(7, 5, 5)]),
        ];
        assert_eq!(
            pieces(&quotes),
            vec![
                [9, 0, 3, 1, 0],
                [9, 4, 10, 0, 0],
                [12, 0, 6, 0, 1],
                [12, 20, 24, 1, 1],
            ]
        );
    }

    #[test]
    fn the_plan_gives_the_article_reading_time() {
        let page = parse(PAGE).expect("parse").page;
        let reading = plan(&page, None).reading.expect("an article with words");
        // The two paragraphs (44 words) and the heading, a block of the article too.
        assert!((44..=48).contains(&reading.words), "{reading:?}");
        assert_eq!(reading.minutes, 1);
    }

    // A story as a Medium-style editor saves it (blank lines kept as empty grafs, an empty
    // heading) and as a WordPress editor does (`<p>&nbsp;</p>`), with a photo paragraph and a
    // rule that must stay.
    const BLANK_LINES: &str = r#"<html><body><article><div class="section-inner">
<p class="graf--p">The ferry to the outer islands will run twice a day from March, the operator said on Monday, after a winter of cancelled crossings.</p>
<p class="graf--p graf--empty"><br></p>
<h4 class="graf--h4 graf--empty"><br></h4>
<p>&nbsp;</p>
<p class="photo"><img src="https://example.org/ferry.jpg" alt="The ferry at the quay"><br>
<br>
<br>
<br>
<script>window.adSlot = "ferry-336x280";</script></p>
<p>Timetable, from the operator's notice:<br>
<br><u><br>
<br>Departures at 7:10 and 16:40.</u></p>
<hr>
<table><tr><td>&nbsp;</td><td> </td></tr>
<tr><td>Crossings</td><td>2</td></tr>
<tr><td><img src="/img/spacer.gif" width="1" height="1"></td><td></td></tr></table>
<p class="graf--p">Islanders who attended the meeting said the timetable still leaves the last boat too early for anyone working on the mainland.</p>
</div></article></body></html>"#;

    #[test]
    fn blank_lines_inside_the_article_are_excluded_and_photos_kept() {
        let page = parse(BLANK_LINES).expect("parse").page;
        let p = plan(&page, None);
        let excluded: Vec<&str> = p.excluded.iter().map(|&i| page.name(NodeId(i))).collect();
        // Two of the four line breaks after the photo: one ends its line, one leaves a blank.
        // The row of blank cells, two more line breaks where a run of four crosses into an
        // underline, and the table layout's spacer GIF (its row holds an image: kept).
        assert_eq!(
            excluded,
            ["p", "h4", "p", "tr", "br", "br", "br", "br", "img"],
            "{:?}",
            p.excluded
        );
        let photo = page
            .ids()
            .find(|&n| page.element(n).is_some_and(|e| e.has_class("photo")))
            .expect("photo paragraph");
        assert!(!p.excluded.contains(&photo.0));
    }
}
