//! Clutter: the nodes to hide (fundraising counters, comment sections, …), each with a kind
//! and a human-readable reason.
//!
//! Two linear passes over the arena (which is in pre-order, so iterating ids backwards visits
//! children before parents):
//!
//! 1. sizes: per node, text bytes and words, the subtree's end index, long paragraphs and
//!    paragraph text. From these come the *anchors* clutter must never contain — the element
//!    holding most paragraph text (the article body) and the title `<h1>`.
//! 2. evidence: per node, fundraising signals (donation markup, links, classes, wording,
//!    money amounts, goal and countdown wording, progress bars), summed bottom-up into a score;
//!    generic appeals (an ask for money or membership and its evidence — an amount, a donate
//!    link or button, a payment provider, a meter, a countdown — in one compact box, matched
//!    in seven languages by the `appeal` module); and comment candidates (known comment systems'
//!    markup, comment-ish class/id tokens, comment headings, comment counters).
//!
//! Candidates are then grown to their widget's outer box (climbing while a parent adds little
//! text and contains no article content), checked against the guards, and reduced to the
//! outermost ones in document order. All lists and thresholds live in
//! [`crate::core::heuristics::clutter`].

use crate::core::heuristics::appeals as ha;
use crate::core::heuristics::clutter as h;
use crate::core::heuristics::signup as hs;
use crate::core::heuristics::video as hv;
use crate::core::model::{Element, NodeData, NodeId, Page};
use serde::Serialize;
use std::sync::OnceLock;

mod appeal;
pub(crate) mod select;
mod signup;
mod video;
// The tests parse HTML with the native adapter, which the wasm build does not have.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod appeal_tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod widget_tests;

use select::SelectorSet;

/// What a hidden node is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ClutterKind {
    /// Donation appeals, goal counters, "Support us" banners.
    Fundraising,
    /// Comment threads, comment forms, comment counters and prompts.
    Comments,
    /// Newsletter and sign-up boxes (an e-mail field that asks the reader to subscribe).
    Newsletter,
    /// Sticky (floating) video players.
    Video,
}

/// One node to hide.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Clutter {
    /// The outermost node of the widget.
    #[serde(skip)]
    pub node: NodeId,
    /// What it is.
    pub kind: ClutterKind,
    /// Which evidence decided it, for the popup and for debugging.
    pub reason: String,
}

// Fundraising signal bits, summed bottom-up (see `Sig`).
const S_WIDGET: u16 = 1;
const S_LINK: u16 = 1 << 1;
const S_DCLASS: u16 = 1 << 2;
const S_SCLASS: u16 = 1 << 3;
const S_DWORDS: u16 = 1 << 4;
const S_SWORDS: u16 = 1 << 5;
const S_CTA: u16 = 1 << 6;
const S_GOAL: u16 = 1 << 7;
const S_DEADLINE: u16 = 1 << 8;
const S_PROGRESS: u16 = 1 << 9;
/// Donation wording in a short heading.
const S_HEAD: u16 = 1 << 10;
/// Evidence that a box is about giving money (as opposed to a table of figures).
const S_DONATION: u16 = S_WIDGET | S_LINK | S_DCLASS | S_DWORDS | S_SWORDS;

/// Signal names for reasons, in the order they are listed.
const SIGNAL_NAMES: &[(u16, &str)] = &[
    (S_WIDGET, "donation widget markup"),
    (S_LINK, "donation link"),
    (S_DCLASS, "donation class"),
    (S_SCLASS, "support class"),
    (S_DWORDS, "donation wording"),
    (S_SWORDS, "'support' wording"),
    (S_CTA, "donate button"),
    (S_GOAL, "goal wording"),
    (S_DEADLINE, "countdown wording"),
    (S_PROGRESS, "progress bar"),
    (S_HEAD, "appeal heading"),
];

/// Fundraising evidence of a subtree: signal bits and the number of money amounts.
#[derive(Debug, Clone, Copy, Default)]
struct Sig {
    flags: u16,
    amounts: u16,
}

impl Sig {
    fn add(&mut self, o: Sig) {
        self.flags |= o.flags;
        self.amounts = self.amounts.saturating_add(o.amounts);
    }

    fn score(self) -> u32 {
        let mut s = 0;
        for &(bit, w) in &[
            (S_WIDGET, h::W_WIDGET),
            (S_LINK, h::W_DONATE_LINK),
            (S_DCLASS, h::W_DONATE_CLASS),
            (S_SCLASS, h::W_SUPPORT_CLASS),
            (S_DWORDS, h::W_DONATE_WORDS),
            (S_SWORDS, h::W_SUPPORT_WORDS),
            (S_CTA, h::W_CTA),
            (S_GOAL, h::W_GOAL_WORDS),
            (S_DEADLINE, h::W_DEADLINE_WORDS),
            (S_PROGRESS, h::W_PROGRESS),
            (S_HEAD, h::W_HEADING),
        ] {
            if self.flags & bit != 0 {
                s += w;
            }
        }
        s + (self.amounts as u32).min(h::MAX_AMOUNTS_COUNTED) * h::W_AMOUNT
    }
}

/// Selector list numbers in [`Sets::selectors`].
const L_COMMENT_SYSTEM: usize = 0;
const L_COMMENT_CATCHALL: usize = 1;
const L_FUNDRAISING: usize = 2;
const L_SIGNUP: usize = 3;

// Token-part word bits in [`Sets::token_words`].
const T_DONATE: u16 = 1;
const T_SUPPORT: u16 = 1 << 1;
const T_PROGRESS: u16 = 1 << 2;
const T_COMMENT: u16 = 1 << 3;
const T_STOP: u16 = 1 << 4;
const T_FLOAT: u16 = 1 << 5;
const T_PLAYER: u16 = 1 << 6;
const T_SIGNUP: u16 = 1 << 7;
/// A token part that names a post, not a player (`format-video`, `type-post`).
const T_POST: u16 = 1 << 8;

// Tag bits in [`Sets::tags`] and [`Ctx::tags`].
const G_INLINE: u8 = 1;
const G_PROSE: u8 = 1 << 1;
const G_NEVER: u8 = 1 << 2;
const G_SKIP_COMMENT: u8 = 1 << 3;
const G_NO_TEXT: u8 = 1 << 4;
const G_MEDIA: u8 = 1 << 5;
const G_HEADING: u8 = 1 << 6;
const G_CODE: u8 = 1 << 7;

/// Elements whose text is not page text.
const NO_TEXT_TAGS: &[&str] = &["script", "style", "title"];
/// Elements that show something without text.
const MEDIA_TAGS: &[&str] = &[
    "img", "iframe", "video", "svg", "picture", "textarea", "input", "select", "button", "canvas",
    "embed", "object",
];
const HEADING_TAGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];

/// Compiled lists, built once per process.
struct Sets {
    /// Tag names with their `G_*` bits.
    tags: WordTable,
    selectors: SelectorSet,
    /// Lower-cased id/class token words with their `T_*` bits.
    token_words: WordTable,
    /// Phrases matched at word starts, sorted by their first two bytes.
    phrases: Vec<([u8; 2], &'static str, u16)>,
    /// `phrase_from[b]`: index of the first phrase starting with byte `b` (257 entries).
    phrase_from: Vec<u16>,
    /// Donation URL patterns sorted by their first byte.
    url_parts: Vec<&'static str>,
    /// `url_from[b]`: index of the first URL pattern starting with byte `b` (257 entries).
    url_from: Vec<u16>,
}

/// A small open-addressing hash table from words to bits: tag names and token parts are
/// looked up once per element, and most miss, so a hash probe beats a binary search.
struct WordTable {
    slots: Vec<(&'static [u8], u16)>,
}

/// Slots of a [`WordTable`] (a power of two, at least four times the entries).
const WORD_TABLE_SLOTS: usize = 512;

fn word_hash(w: &[u8]) -> usize {
    let mut h: u32 = 0x811c_9dc5;
    for &b in w {
        h ^= b as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    (h ^ (h >> 15)) as usize & (WORD_TABLE_SLOTS - 1)
}

/// Byte equality without a `memcmp` call (the words are a few bytes long).
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

impl WordTable {
    fn new(lists: &[(&[&'static str], u16)]) -> WordTable {
        let mut t = WordTable {
            slots: vec![(&[][..], 0); WORD_TABLE_SLOTS],
        };
        for &(list, bit) in lists {
            for w in list {
                t.insert(w.as_bytes(), bit);
            }
        }
        t
    }

    fn insert(&mut self, w: &'static [u8], bit: u16) {
        if w.is_empty() {
            return;
        }
        let mut i = word_hash(w);
        for _ in 0..WORD_TABLE_SLOTS {
            let Some(slot) = self.slots.get_mut(i) else {
                return;
            };
            if slot.0.is_empty() || same(slot.0, w) {
                *slot = (w, slot.1 | bit);
                return;
            }
            i = (i + 1) & (WORD_TABLE_SLOTS - 1);
        }
    }

    fn get(&self, w: &[u8]) -> u16 {
        if w.is_empty() {
            return 0;
        }
        let mut i = word_hash(w);
        for _ in 0..WORD_TABLE_SLOTS {
            let Some(slot) = self.slots.get(i) else {
                return 0;
            };
            if slot.0.is_empty() {
                return 0;
            }
            if same(slot.0, w) {
                return slot.1;
            }
            i = (i + 1) & (WORD_TABLE_SLOTS - 1);
        }
        0
    }
}

fn sets() -> &'static Sets {
    static SETS: OnceLock<Sets> = OnceLock::new();
    SETS.get_or_init(|| {
        let mut phrases: Vec<([u8; 2], &'static str, u16)> = Vec::new();
        for (list, flag) in [
            (h::DONATE_PHRASES, S_DWORDS),
            (h::GOAL_PHRASES, S_GOAL),
            (h::DEADLINE_PHRASES, S_DEADLINE),
        ] {
            for &p in list {
                let b = p.as_bytes();
                if b.len() >= 2 {
                    phrases.push(([b[0], b[1]], p, flag));
                }
            }
        }
        phrases.sort();
        let phrase_from: Vec<u16> = (0..=256usize)
            .map(|b| phrases.partition_point(|(k, _, _)| (k[0] as usize) < b) as u16)
            .collect();
        let mut url_parts: Vec<&'static str> = h::DONATE_URL_PARTS.to_vec();
        url_parts.retain(|p| !p.is_empty());
        url_parts.sort_by_key(|p| p.as_bytes().first().copied());
        let url_from: Vec<u16> = (0..=256usize)
            .map(|b| {
                url_parts.partition_point(|p| p.as_bytes().first().map_or(0, |&f| f as usize) < b)
                    as u16
            })
            .collect();
        let token_words = WordTable::new(&[
            (h::DONATE_TOKEN_WORDS, T_DONATE),
            (h::SUPPORT_TOKEN_WORDS, T_SUPPORT),
            (h::PROGRESS_TOKEN_WORDS, T_PROGRESS),
            (h::COMMENT_TOKEN_WORDS, T_COMMENT),
            (h::COMMENT_TOKEN_STOP_PARTS, T_STOP),
            (hv::FLOAT_TOKEN_WORDS, T_FLOAT),
            (hv::PLAYER_TOKEN_WORDS, T_PLAYER),
            (hv::POST_TOKEN_WORDS, T_POST),
            (hs::TOKEN_WORDS, T_SIGNUP),
        ]);
        let tags = WordTable::new(&[
            (h::INLINE_TAGS, G_INLINE as u16),
            (h::PROSE_BLOCK_TAGS, G_PROSE as u16),
            (h::NEVER_CLUTTER_TAGS, G_NEVER as u16),
            (h::COMMENT_SKIP_TAGS, G_SKIP_COMMENT as u16),
            (NO_TEXT_TAGS, G_NO_TEXT as u16),
            (MEDIA_TAGS, G_MEDIA as u16),
            (HEADING_TAGS, G_HEADING as u16),
            (h::COMMENT_EXCLUDED_ANCESTORS, G_CODE as u16),
        ]);
        Sets {
            tags,
            selectors: SelectorSet::new(&[
                h::COMMENT_SYSTEM_SELECTORS,
                h::COMMENT_CATCHALL_SELECTORS,
                h::FUNDRAISING_WIDGET_SELECTORS,
                hs::WIDGET_SELECTORS,
            ]),
            token_words,
            phrases,
            phrase_from,
            url_parts,
            url_from,
        }
    })
}

/// How strong a comment candidate's evidence is: it decides which guards apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Tier {
    /// A known comment system's own markup.
    System,
    /// A generic comment class/id (catch-all list or comment words in tokens).
    Class,
    /// A comment heading or prompt ("Leave a Reply", "12 Comments").
    Wording,
    /// A fundraising box found by score.
    Fund,
    /// A generic appeal: ask wording and evidence in one compact box.
    Appeal,
    /// A comment counter link ("Comments (12 posted)").
    Counter,
    /// A newsletter or sign-up box (see the `signup` module).
    Signup,
    /// A sticky video player (see the `video` module).
    Video,
}

// Appeal evidence bits (see `Appeal`).
const E_AMOUNT: u8 = 1;
const E_LINK: u8 = 1 << 1;
const E_BUTTON: u8 = 1 << 2;
const E_PROVIDER: u8 = 1 << 3;
const E_PROGRESS: u8 = 1 << 4;
const E_COUNTDOWN: u8 = 1 << 5;
const E_WIDGET: u8 = 1 << 6;
/// Button wording seen (not evidence until it sits on a link or button).
const E_BUTTON_WORDS: u8 = 1 << 7;
/// Evidence that says "money" by itself: everything but an amount, which inside the article
/// body is as likely a story's figure as a goal.
const E_HARD: u8 = E_LINK | E_BUTTON | E_PROVIDER | E_PROGRESS | E_COUNTDOWN | E_WIDGET;

/// Evidence names for appeal reasons.
const EVIDENCE_NAMES: &[(u8, &str)] = &[
    (E_AMOUNT, "currency amount"),
    (E_LINK, "donate link"),
    (E_BUTTON, "donate button"),
    (E_PROVIDER, "payment provider"),
    (E_PROGRESS, "progress meter"),
    (E_COUNTDOWN, "countdown"),
    (E_WIDGET, "donation widget"),
];

/// Appeal evidence of a subtree: the first ask found and the evidence bits.
#[derive(Debug, Clone, Copy, Default)]
struct Appeal {
    ask: Option<&'static str>,
    /// An ask outside links and buttons: a button's own label ("Support us" in a menu) does
    /// not make the menu around it an appeal.
    free_ask: bool,
    ev: u8,
}

impl Appeal {
    fn add(&mut self, o: Appeal) {
        self.ask = self.ask.or(o.ask);
        self.free_ask |= o.free_ask;
        self.ev |= o.ev;
    }
}

struct Candidate {
    node: NodeId,
    /// Whether `node` was reached by climbing (a candidate found on the node itself names
    /// better evidence).
    climbed: bool,
    kind: ClutterKind,
    tier: Tier,
    reason: String,
}

/// Per-node sizes from the first pass.
struct Sizes {
    /// Non-whitespace bytes of text in the subtree (script/style text excluded).
    text: Vec<u32>,
    /// Words in the subtree.
    words: Vec<u32>,
    /// One past the last node of the subtree (pre-order makes subtrees contiguous).
    end: Vec<u32>,
    /// Paragraphs of at least [`h::LONG_PARA_WORDS`] words in the subtree.
    long_paras: Vec<u16>,
    /// Bytes of paragraph text in the subtree.
    para: Vec<u32>,
    /// Whether the subtree holds visible non-text content (media, frames, form controls).
    media: Vec<bool>,
    /// Bytes of text inside links and buttons in the subtree.
    link: Vec<u32>,
}

/// The analysis context shared by the rules.
struct Ctx<'a> {
    page: &'a Page,
    /// `G_*` bits of each node's tag (0 for text and the document).
    tags: Vec<u8>,
    sz: Sizes,
    body: NodeId,
    /// The element holding most paragraph text, if any.
    main: Option<NodeId>,
    /// The title `<h1>`, if any.
    title: Option<NodeId>,
    /// Paragraph text of the whole page.
    total_para: u32,
    /// Whether any selector list matches the element.
    matched: Vec<bool>,
    /// What each node's ancestors are, from one pre-order pass.
    up: Up,
}

/// Per node, facts about its ancestors that the guards would otherwise find by walking up
/// from every candidate, which costs the depth squared on deep pages.
struct Up {
    /// `IN_CODE` / `IN_TABLE` bits: a strict ancestor is code or a table.
    flags: Vec<u8>,
    /// The nearest inclusive ancestor that is not inline (the document at the top).
    block: Vec<NodeId>,
    /// The nearest inclusive ancestor that is not inline or holds no visible text.
    stop: Vec<NodeId>,
}

const IN_CODE: u8 = 1;
const IN_TABLE: u8 = 2;

impl Up {
    /// Arena order is pre-order, so each parent is done before its children.
    fn new(page: &Page, tags: &[u8]) -> Up {
        let n = page.len();
        let mut up = Up {
            flags: vec![0; n],
            block: Vec::with_capacity(n),
            stop: Vec::with_capacity(n),
        };
        for id in page.ids() {
            let i = id.index();
            let tag = tags.get(i).copied().unwrap_or(0);
            let inline = tag & G_INLINE != 0;
            let (mut block, mut stop) = (id, id);
            if let Some(p) = page.parent(id).filter(|p| p.index() < i) {
                let pt = tags.get(p.index()).copied().unwrap_or(0);
                up.flags[i] = up.flags[p.index()]
                    | if pt & G_CODE != 0 { IN_CODE } else { 0 }
                    | if page.name(p) == "table" { IN_TABLE } else { 0 };
                if inline {
                    block = up.block.get(p.index()).copied().unwrap_or(p);
                }
                if inline && tag & G_NO_TEXT == 0 {
                    stop = up.stop.get(p.index()).copied().unwrap_or(p);
                }
            }
            up.block.push(block);
            up.stop.push(stop);
        }
        up
    }

    fn has(&self, n: NodeId, flag: u8) -> bool {
        self.flags.get(n.index()).is_some_and(|f| f & flag != 0)
    }
}

/// Finds clutter: outermost nodes only (no node inside another reported node), in document
/// order.
pub fn find_clutter(page: &Page) -> Vec<Clutter> {
    let ctx = Ctx::new(page);
    let mut cands = Vec::new();
    ctx.evidence(&mut cands);
    ctx.finish(cands)
}

/// Counts non-whitespace bytes and words.
fn measure(t: &str) -> (u32, u32) {
    let (mut bytes, mut words, mut in_word) = (0u32, 0u32, false);
    for &b in t.as_bytes() {
        if b.is_ascii_whitespace() {
            in_word = false;
        } else {
            bytes += 1;
            if !in_word {
                words += 1;
                in_word = true;
            }
        }
    }
    (bytes, words)
}

impl<'a> Ctx<'a> {
    fn new(page: &'a Page) -> Ctx<'a> {
        let n = page.len();
        let sets = sets();
        let tags: Vec<u8> = page
            .ids()
            .map(|i| sets.tags.get(page.name(i).as_bytes()) as u8)
            .collect();
        let mut sz = Sizes {
            text: vec![0; n],
            words: vec![0; n],
            end: (1..=n as u32).collect(),
            long_paras: vec![0; n],
            para: vec![0; n],
            media: vec![false; n],
            link: vec![0; n],
        };
        // Which selector lists match each element (matched once here, details again only for
        // the few that match), and whether it sits inside a known comment system.
        let mut matched = vec![false; n];
        let mut in_system = vec![false; n];
        for id in page.ids() {
            let i = id.index();
            if let Some(e) = page.element(id) {
                let m = sets.selectors.matches(e);
                matched[i] = m.iter().any(Option::is_some);
                in_system[i] = m.get(L_COMMENT_SYSTEM).is_some_and(Option::is_some);
            }
            if let Some(p) = page.parent(id) {
                in_system[i] |= in_system[p.index()];
            }
        }
        // Paragraph text directly under an element (half for a grandparent), for locating the
        // article body the way Readability scores candidates. A comment system's paragraphs do
        // not count: one long comment must not outweigh an article of short items.
        let mut p_score = vec![0u32; n];
        // Divs with a block child (children come before their parents in this reverse walk):
        // the others are paragraphs written without `<p>`.
        let mut block_child = vec![false; n];
        for i in (0..n).rev() {
            let id = NodeId(i as u32);
            let node = page.node(id);
            match &node.data {
                NodeData::Text(t) => {
                    let in_script = node
                        .parent
                        .is_some_and(|p| tags.get(p.index()).is_some_and(|t| t & G_NO_TEXT != 0));
                    if !in_script {
                        let (b, w) = measure(t);
                        sz.text[i] += b;
                        sz.words[i] += w;
                    }
                }
                NodeData::Element(e) => {
                    if tags[i] & G_MEDIA != 0 {
                        sz.media[i] = true;
                    }
                    if matches!(e.name.as_str(), "a" | "button") {
                        sz.link[i] = sz.text[i];
                    }
                    if let Some(p) = node
                        .parent
                        .filter(|_| h::DIV_BLOCK_CHILD_TAGS.contains(&e.name.as_str()))
                    {
                        block_child[p.index()] = true;
                    }
                    if e.name == "p" && sz.words[i] >= h::LONG_PARA_WORDS {
                        sz.long_paras[i] = sz.long_paras[i].saturating_add(1);
                    }
                    let para_like = match e.name.as_str() {
                        "p" | "pre" => true,
                        "div" => !block_child[i],
                        _ => false,
                    };
                    if para_like && sz.text[i] >= h::MIN_PARA_BYTES {
                        sz.para[i] = sz.text[i];
                        if let Some(p) = node.parent.filter(|_| !in_system[i]) {
                            p_score[p.index()] += sz.text[i];
                            if let Some(g) = page.parent(p) {
                                p_score[g.index()] += sz.text[i] / 2;
                            }
                        }
                    }
                }
                NodeData::Document => {}
            }
            if let Some(p) = node.parent {
                let (pi, e) = (p.index(), sz.end[i]);
                sz.text[pi] += sz.text[i];
                sz.words[pi] += sz.words[i];
                sz.long_paras[pi] = sz.long_paras[pi].saturating_add(sz.long_paras[i]);
                sz.para[pi] += sz.para[i];
                sz.media[pi] |= sz.media[i];
                sz.link[pi] += sz.link[i];
                sz.end[pi] = sz.end[pi].max(e);
            }
        }
        let main = p_score
            .iter()
            .enumerate()
            .filter(|&(_, &s)| s > 0)
            .max_by_key(|&(i, &s)| (s, std::cmp::Reverse(i)))
            .map(|(i, _)| NodeId(i as u32));
        let title = page
            .ids()
            .find(|&i| page.name(i) == "h1" && sz.text[i.index()] > 0);
        let total_para = sz.para.first().copied().unwrap_or(0);
        let up = Up::new(page, &tags);
        Ctx {
            page,
            up,
            tags,
            body: page.body(),
            sz,
            main,
            title,
            total_para,
            matched,
        }
    }

    fn text(&self, n: NodeId) -> u32 {
        self.sz.text.get(n.index()).copied().unwrap_or(0)
    }

    fn words(&self, n: NodeId) -> u32 {
        self.sz.words.get(n.index()).copied().unwrap_or(0)
    }

    /// Whether `anc` is `n` or one of its ancestors, in O(1) from subtree ranges.
    fn contains(&self, anc: NodeId, n: NodeId) -> bool {
        anc <= n && n.0 < self.sz.end.get(anc.index()).copied().unwrap_or(0)
    }

    /// Whether `n` contains the article body or the title.
    fn holds_article(&self, n: NodeId) -> bool {
        [self.main, self.title]
            .iter()
            .flatten()
            .any(|&a| self.contains(n, a))
    }

    /// Whether `n` holds more than the allowed share of the page's paragraph text.
    fn holds_bulk(&self, n: NodeId) -> bool {
        let para = self.sz.para.get(n.index()).copied().unwrap_or(0) as u64;
        para > 0 && para * 100 > self.total_para as u64 * h::MAX_SHARE_OF_PARA_TEXT as u64
    }

    fn in_main(&self, n: NodeId) -> bool {
        self.main.is_some_and(|m| m != n && self.contains(m, n))
    }

    fn tag(&self, n: NodeId) -> u8 {
        self.tags.get(n.index()).copied().unwrap_or(0)
    }

    fn in_code(&self, n: NodeId) -> bool {
        self.up.has(n, IN_CODE)
    }

    fn in_table(&self, n: NodeId) -> bool {
        self.up.has(n, IN_TABLE)
    }

    /// Whether `n` is an inline part of a longer text block ("<span class=comment>" or a
    /// donate link inside an article paragraph).
    fn in_prose(&self, n: NodeId) -> bool {
        let cur = self.up.block.get(n.index()).copied().unwrap_or(n);
        // `n` itself may be the block (a short `<p>`), in which case it is not *inside* prose.
        cur != n
            && self.tag(cur) & G_PROSE != 0
            && self.text(cur) > self.text(n) + h::PROSE_EXTRA_BYTES
    }

    /// Guards every candidate must pass: inside `<body>`, a visible element, and not holding
    /// the article.
    fn allowed(&self, n: NodeId) -> bool {
        n != self.body
            && self.contains(self.body, n)
            && self.tag(n) & G_NEVER == 0
            && !self.holds_article(n)
    }

    /// Extra guards for generic evidence (everything but a known comment system).
    fn allowed_generic(&self, n: NodeId) -> bool {
        self.allowed(n) && !self.holds_bulk(n) && !self.in_prose(n) && !self.in_code(n)
    }

    /// Grows `n` to its widget's outer box: climbs while the parent adds little text (a
    /// heading, a logo caption) and is itself allowed.
    fn climb(&self, mut n: NodeId, kind: ClutterKind) -> NodeId {
        while let Some(p) = self.page.parent(n) {
            if !self.allowed_generic(p) || self.page.name(p) == "article" {
                break;
            }
            if kind == ClutterKind::Fundraising
                && (self.text(p) > h::FUNDRAISING_BOX_MAX_BYTES
                    || self.sz.long_paras.get(p.index()).copied().unwrap_or(0)
                        > h::MAX_LONG_PARAS_IN_BOX as u16)
            {
                break;
            }
            let (cur, extra) = (self.text(n), self.text(p).saturating_sub(self.text(n)));
            if extra > h::CLIMB_SLACK_BYTES || extra * 100 > cur * h::CLIMB_SLACK_PERCENT {
                break;
            }
            n = p;
        }
        n
    }

    /// The second pass: fundraising scores bottom-up and comment candidates.
    fn evidence(&self, out: &mut Vec<Candidate>) {
        let page = self.page;
        let sets = sets();
        let n = page.len();
        let mut sig = vec![Sig::default(); n];
        // Best score of a qualifying fundraising box below (0: none), to seed from the deepest
        // box unless an ancestor adds evidence.
        let mut qual_below = vec![0u32; n];
        let mut ap = vec![Appeal::default(); n];
        // Whether an appeal box was found below (the smallest box is the one reported).
        let mut appeal_below = vec![false; n];
        let mut buf = [0u8; h::SIGNAL_TEXT_MAX_BYTES];
        let mut low = String::new();
        let mut fields = vec![signup::Fields::default(); n];
        for i in (0..n).rev() {
            let id = NodeId(i as u32);
            let node = page.node(id);
            match &node.data {
                NodeData::Text(t) => {
                    let block = self.text_block_bytes(id);
                    if self.text(id) > 0 && block.is_some_and(|b| b <= ha::APPEAL_BLOCK_MAX_BYTES) {
                        appeal::lower_into(t, &mut low);
                        ap[i] = text_appeal(&low);
                    }
                    if block.is_some_and(|b| b as usize <= h::SIGNAL_TEXT_MAX_BYTES) {
                        if let Some(lc) = lower_collapsed(t, &mut buf) {
                            sig[i].add(text_signals(lc, sets));
                            if let Some(parent) = node.parent {
                                if let Some(what) = comment_heading(lc) {
                                    out.push(self.heading_candidate(parent, what, t));
                                }
                            }
                        }
                    }
                }
                NodeData::Element(e) => {
                    let m = if self.matched.get(i).copied().unwrap_or(false) {
                        sets.selectors.matches(e)
                    } else {
                        [None; select::MAX_LISTS]
                    };
                    let tok = token_flags(e, sets);
                    let own = self.element_signals(e, &m, &tok, sets, &mut buf);
                    sig[i].add(own);
                    ap[i].ev |= self.element_appeal(id, e, own, ap[i]);
                    if matches!(e.name.as_str(), "a" | "button") {
                        ap[i].free_ask = false;
                    }
                    if !appeal_below[i] && self.appeal_qualifies(id, ap[i]) {
                        appeal_below[i] = true;
                        out.push(self.appeal_candidate(id, ap[i]));
                    }
                    self.counter_candidate(id, e, out);
                    // A prose block (a sentence, not a button row or a short line) keeps only its
                    // own attributes' evidence: a donate link or a price inside an article
                    // paragraph says nothing about a box.
                    if self.tag(id) & G_PROSE != 0
                        && self.words(id) > h::PROSE_KEEP_MAX_WORDS
                        && self.sz.link.get(i).copied().unwrap_or(0) * 2 < self.text(id)
                    {
                        sig[i] = own;
                    }
                    if sig[i].flags & (S_DWORDS | S_SWORDS) != 0
                        && self.words(id) <= h::CTA_MAX_WORDS
                    {
                        match e.name.as_str() {
                            "a" | "button" => sig[i].flags |= S_CTA,
                            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => sig[i].flags |= S_HEAD,
                            _ => {}
                        }
                    }
                    let qual = self.fund_qualifies(id, sig[i]);
                    let score = sig[i].score();
                    let strong_own = own.flags & (S_WIDGET | S_DCLASS) != 0;
                    let below = qual_below[i];
                    if qual && (below == 0 || strong_own || score >= below + h::MIN_SCORE_GAIN) {
                        out.push(Candidate {
                            node: id,
                            climbed: false,
                            kind: ClutterKind::Fundraising,
                            tier: Tier::Fund,
                            reason: String::new(),
                        });
                    }
                    if qual {
                        qual_below[i] = below.max(score);
                    }
                    self.comment_candidates(id, e, &m, &tok, out);
                    signup::own_fields(e, &mut fields[i]);
                    self.signup_seed(id, e, &m, &tok, &mut fields[i], out);
                    self.video_seed(id, e, &tok, &mut fields[i], out);
                }
                NodeData::Document => {}
            }
            if let Some(p) = node.parent {
                let s = sig[i];
                sig[p.index()].add(s);
                qual_below[p.index()] = qual_below[p.index()].max(qual_below[i]);
                let a = ap[i];
                ap[p.index()].add(a);
                let f = fields[i];
                fields[p.index()].add(f);
                appeal_below[p.index()] |= appeal_below[i];
            }
        }
        for c in out.iter_mut().filter(|c| c.tier == Tier::Appeal) {
            let up = self.climb(c.node, ClutterKind::Fundraising);
            c.climbed = up != c.node;
            c.node = up;
        }
        for c in out.iter_mut().filter(|c| c.tier == Tier::Fund) {
            let up = self.climb(c.node, ClutterKind::Fundraising);
            c.climbed = up != c.node;
            c.node = up;
        }
        self.merge_fund(out);
        self.grow_signups(out, &fields);
        // Reasons for fundraising boxes list the signals of the final box.
        for c in out.iter_mut().filter(|c| c.tier == Tier::Fund) {
            let s = sig.get(c.node.index()).copied().unwrap_or_default();
            c.reason = self.fund_reason(c.node, s, sets);
        }
    }

    /// Merges neighbouring fundraising boxes (a heading and its buttons, two donate buttons)
    /// into their lowest common ancestor when that is still a compact box without article
    /// content: several pieces of donation evidence close together are one widget.
    fn merge_fund(&self, out: &mut Vec<Candidate>) {
        let (mut fund, mut rest): (Vec<Candidate>, Vec<Candidate>) =
            out.drain(..).partition(|c| c.tier == Tier::Fund);
        fund.sort_by_key(|c| c.node);
        let mut merged: Vec<Candidate> = Vec::new();
        for c in fund {
            if let Some(last) = merged.last_mut() {
                if self.contains(last.node, c.node) {
                    continue;
                }
                let lca = self
                    .page
                    .ancestors(c.node)
                    .find(|&a| self.contains(a, last.node));
                if let Some(lca) = lca.filter(|&a| self.mergeable(a)) {
                    last.node = lca;
                    last.climbed = true;
                    continue;
                }
            }
            merged.push(c);
        }
        rest.extend(merged);
        *out = rest;
    }

    fn mergeable(&self, n: NodeId) -> bool {
        self.allowed_generic(n)
            && self.page.name(n) != "article"
            && !h::MERGE_STOP_TAGS.contains(&self.page.name(n))
            && self.text(n) <= h::FUNDRAISING_MERGE_MAX_BYTES
            && self.sz.long_paras.get(n.index()).copied().unwrap_or(0)
                <= h::MAX_LONG_PARAS_IN_BOX as u16
    }

    /// Text bytes of the block text node `t` sits in (its nearest non-inline ancestor), or
    /// `None` inside a script or style. Only short blocks (a label, heading, button, widget
    /// line) are scanned for fundraising wording, and blocks up to an appeal letter's size for
    /// asks: longer text is prose.
    fn text_block_bytes(&self, t: NodeId) -> Option<u32> {
        // The nearest ancestor that is a block or holds no visible text.
        let cur = self
            .page
            .parent(t)
            .map_or(t, |p| self.up.stop.get(p.index()).copied().unwrap_or(p));
        if cur != t && self.tag(cur) & G_NO_TEXT != 0 {
            return None;
        }
        Some(self.text(cur))
    }

    /// Own appeal evidence of an element: its link target, its role as a donate button (a
    /// short link or button with donate wording), a progress bar, a known widget.
    fn element_appeal(&self, n: NodeId, e: &Element, own: Sig, sub: Appeal) -> u8 {
        let mut ev = 0;
        let url = match e.name.as_str() {
            "a" | "area" => e.attr("href"),
            "form" => e.attr("action"),
            "iframe" => e.attr("src"),
            _ => None,
        };
        // `own` already tried the link and form URLs against the donation patterns.
        if own.flags & S_LINK != 0 {
            ev |= E_LINK;
        }
        if url.is_some_and(appeal::provider_url) {
            ev |= E_PROVIDER;
        }
        if own.flags & S_PROGRESS != 0 {
            ev |= E_PROGRESS;
        }
        if own.flags & S_WIDGET != 0 {
            ev |= E_WIDGET;
        }
        let button = match e.name.as_str() {
            "a" => e.attr("href").is_some() || e.attr("role") == Some("button"),
            "button" => true,
            _ => false,
        };
        if button
            && (sub.ev & E_BUTTON_WORDS != 0 || sub.ask.is_some())
            && self.words(n) <= ha::BUTTON_MAX_WORDS
        {
            ev |= E_BUTTON;
        }
        if e.name == "input" && matches!(e.attr("type"), Some("submit" | "button")) {
            let f = appeal::scan(&appeal::lower(e.attr("value").unwrap_or("")));
            if f.button || f.ask.is_some() {
                ev |= E_BUTTON;
            }
        }
        ev
    }

    /// Grows a comment system's block to the section around it while the section adds only a
    /// little text and no links (its heading and a note such as "Comments are moderated"):
    /// iframe widgets have no text of their own, so the share rule of [`Self::climb`] would not
    /// let them grow.
    fn climb_notes(&self, mut n: NodeId) -> NodeId {
        let link = |x: NodeId| self.sz.link.get(x.index()).copied().unwrap_or(0);
        while let Some(p) = self.page.parent(n) {
            let extra = self.text(p).saturating_sub(self.text(n));
            if !self.allowed_generic(p)
                || self.page.name(p) == "article"
                || h::MERGE_STOP_TAGS.contains(&self.page.name(p))
                || extra > h::CLIMB_SLACK_BYTES
                || link(p) > link(n)
                || !self.only_notes_beside(p, n)
            {
                break;
            }
            n = p;
        }
        n
    }

    /// Whether the children of `p` other than `n` are only headings and short notes (no
    /// other widget, list or section).
    fn only_notes_beside(&self, p: NodeId, n: NodeId) -> bool {
        self.page.children(p).iter().all(|&c| {
            c == n
                || self.text(c) == 0
                || self.page.text(c).is_some()
                || self.tag(c) & G_HEADING != 0
                || h::NOTE_TAGS.contains(&self.page.name(c))
        })
    }

    /// Whether `n` is an appeal box: an ask and evidence, compact, not a button itself (a
    /// button's wording and role count for the box around it), and inside the article body
    /// only with evidence other than an amount. When the only ask is a button's label, the box
    /// must be mostly text that is not links (a menu or link list is navigation).
    fn appeal_qualifies(&self, n: NodeId, a: Appeal) -> bool {
        let evidence = a.ev & !E_BUTTON_WORDS;
        if a.ask.is_none() || evidence == 0 {
            return false;
        }
        let name = self.page.name(n);
        let prose_box = || {
            self.sz.link.get(n.index()).copied().unwrap_or(0) * 2 < self.text(n)
                && !h::MERGE_STOP_TAGS.contains(&name)
        };
        (a.free_ask || prose_box())
            && !matches!(name, "a" | "button" | "area")
            && self.text(n) <= ha::APPEAL_MAX_BYTES
            && self.sz.long_paras.get(n.index()).copied().unwrap_or(0)
                <= h::MAX_LONG_PARAS_IN_BOX as u16
            && (evidence & E_HARD != 0 || !self.in_main(n))
            && self.allowed_generic(n)
    }

    fn appeal_candidate(&self, n: NodeId, a: Appeal) -> Candidate {
        let ev: Vec<&str> = EVIDENCE_NAMES
            .iter()
            .filter(|(bit, _)| a.ev & bit != 0)
            .map(|&(_, name)| name)
            .collect();
        Candidate {
            node: n,
            climbed: false,
            kind: ClutterKind::Fundraising,
            tier: Tier::Appeal,
            reason: format!(
                "appeal: “{}” + {}",
                a.ask.unwrap_or_default(),
                ev.join(" + ")
            ),
        }
    }

    /// A comment counter: a link or button whose whole text is a count and comment words
    /// ("Comments (12 posted)", "12 Kommentare"), reported even inside the article body.
    fn counter_candidate(&self, n: NodeId, e: &Element, out: &mut Vec<Candidate>) {
        if !matches!(e.name.as_str(), "a" | "button")
            || self.text(n) as usize > ha::COUNTER_MAX_BYTES
            || self.text(n) == 0
        {
            return;
        }
        // Most links hold no digit: check before building the text.
        let has_digit = self.page.descendants(n).any(|d| {
            self.page
                .text(d)
                .is_some_and(|t| t.bytes().any(|b| b.is_ascii_digit()))
        });
        if !has_digit {
            return;
        }
        let text = self.page.text_content(n);
        if appeal::is_counter(&appeal::lower(&text)) {
            let mut c = self.heading_candidate(n, "comment counter", &text);
            c.tier = Tier::Counter;
            out.push(c);
        }
    }

    /// Own fundraising signals of an element, from its attributes.
    fn element_signals(
        &self,
        e: &Element,
        m: &[Option<select::Match>],
        tokens: &Tokens<'_>,
        sets: &Sets,
        buf: &mut [u8],
    ) -> Sig {
        let mut s = Sig::default();
        if m.get(L_FUNDRAISING).is_some_and(|x| x.is_some()) {
            s.flags |= S_WIDGET;
        }
        let url = match e.name.as_str() {
            "a" | "area" => e.attr("href"),
            "form" => e.attr("action"),
            _ => None,
        };
        if url.is_some_and(|u| donate_url(u).is_some()) {
            s.flags |= S_LINK;
        }
        if tokens.donate.is_some() {
            s.flags |= S_DCLASS;
        }
        if tokens.support {
            s.flags |= S_SCLASS;
        }
        let styled_bar = tokens.progress && e.attr("style").is_some_and(|st| st.contains("width"));
        if matches!(e.name.as_str(), "progress" | "meter")
            || e.attr("role") == Some("progressbar")
            || styled_bar
        {
            s.flags |= S_PROGRESS;
        }
        if e.name == "input"
            && matches!(e.attr("type"), Some("submit" | "button"))
            && e.attr("value").is_some()
        {
            if let Some(lc) = lower_collapsed(e.attr("value").unwrap_or(""), buf) {
                let t = text_signals(lc, sets);
                s.add(t);
                if t.flags & (S_DWORDS | S_SWORDS) != 0 {
                    s.flags |= S_CTA;
                }
            }
        }
        s
    }

    /// Whether element `n` with evidence `s` is a fundraising box.
    fn fund_qualifies(&self, n: NodeId, s: Sig) -> bool {
        if s.score() < h::FUNDRAISING_THRESHOLD
            || self.text(n) > h::FUNDRAISING_BOX_MAX_BYTES
            || self.sz.long_paras.get(n.index()).copied().unwrap_or(0)
                > h::MAX_LONG_PARAS_IN_BOX as u16
        {
            return false;
        }
        // Wording alone: a short banner with a donate button or heading, not a paragraph.
        // In the article body, wording alone is article text ("How to donate to …").
        let hard = S_WIDGET | S_LINK | S_DCLASS | S_PROGRESS;
        if s.flags & hard == 0
            && s.amounts == 0
            && (self.words(n) > h::WORDING_ONLY_MAX_WORDS
                || s.flags & (S_CTA | S_HEAD) == 0
                || self.in_main(n))
        {
            return false;
        }
        // Figures alone (amounts, goal, countdown, bar): need two kinds, one of them a bar, and
        // not in a table or the article body, where figures are content. Prices with goal or
        // deadline wording and no bar are a price list or a sale, not a donation counter.
        if s.flags & S_DONATION == 0 {
            let kinds = (s.amounts >= 2) as u8
                + (s.flags & (S_GOAL | S_DEADLINE) != 0) as u8
                + (s.flags & S_PROGRESS != 0) as u8;
            if kinds < 2 || s.flags & S_PROGRESS == 0 || self.in_main(n) || self.in_table(n) {
                return false;
            }
        }
        self.allowed_generic(n)
    }

    fn fund_reason(&self, n: NodeId, s: Sig, sets: &Sets) -> String {
        let mut parts: Vec<String> = Vec::new();
        // Name the first widget, link and class found in the box.
        let (mut widget, mut link, mut class) = (None, None, None);
        for d in self.page.descendants(n) {
            let Some(e) = self.page.element(d) else {
                continue;
            };
            if widget.is_none() {
                widget = sets.selectors.matches(e)[L_FUNDRAISING];
            }
            if link.is_none() {
                link = e.attr("href").or(e.attr("action")).and_then(donate_url);
            }
            if class.is_none() {
                class = token_flags(e, sets).donate;
            }
        }
        if let Some((sel, name)) = widget {
            parts.push(format!("{name} ({sel})"));
        }
        if let Some(u) = link {
            parts.push(format!("donation link ({u})"));
        }
        if let Some(c) = class {
            parts.push(format!("donation class ({c})"));
        }
        if s.amounts > 0 {
            parts.push("currency amounts".to_string());
        }
        for &(bit, name) in SIGNAL_NAMES {
            let named = match bit {
                S_WIDGET => widget.is_some(),
                S_LINK => link.is_some(),
                S_DCLASS => class.is_some(),
                _ => false,
            };
            if s.flags & bit != 0 && !named {
                parts.push(name.to_string());
            }
        }
        let what = if s.amounts > 0 || s.flags & (S_DEADLINE | S_PROGRESS) != 0 {
            "donation goal counter"
        } else {
            "donation appeal"
        };
        format!("{what}: {}", parts.join(" + "))
    }

    /// A candidate from a comment heading in text node under `parent`.
    fn heading_candidate(&self, parent: NodeId, what: &str, text: &str) -> Candidate {
        let shown: String = crate::core::model::collapse_whitespace(text)
            .chars()
            .take(40)
            .collect();
        Candidate {
            node: parent,
            climbed: false,
            kind: ClutterKind::Comments,
            tier: Tier::Wording,
            reason: format!("{what} “{shown}”"),
        }
    }

    /// Comment candidates from an element's own markup.
    fn comment_candidates(
        &self,
        n: NodeId,
        e: &Element,
        m: &[Option<select::Match>],
        tok: &Tokens<'_>,
        out: &mut Vec<Candidate>,
    ) {
        if self.tag(n) & G_SKIP_COMMENT != 0 {
            return;
        }
        if let Some((sel, name)) = m.get(L_COMMENT_SYSTEM).copied().flatten() {
            out.push(Candidate {
                node: n,
                climbed: false,
                kind: ClutterKind::Comments,
                tier: Tier::System,
                reason: format!("{name} ({sel})"),
            });
        } else if let Some((sel, name)) = m.get(L_COMMENT_CATCHALL).copied().flatten() {
            out.push(Candidate {
                node: n,
                climbed: false,
                kind: ClutterKind::Comments,
                tier: Tier::Class,
                reason: format!("{name} ({sel}, hide-comments-everywhere)"),
            });
        } else if let Some(tok) = tok.comment {
            out.push(Candidate {
                node: n,
                climbed: false,
                kind: ClutterKind::Comments,
                tier: Tier::Class,
                reason: format!("comment section (class/id “{tok}”)"),
            });
        } else if self.tag(n) & G_HEADING != 0
            && e.name != "h1"
            && (1..=h::COMMENT_HEADING_MAX_BYTES).contains(&self.text(n))
        {
            // Headings whose count sits in its own element ("<span>3</span> Comments").
            let full = self.page.collapsed_text(n).to_ascii_lowercase();
            if let Some(what) = comment_heading(full.as_bytes()) {
                out.push(self.heading_candidate(n, what, &self.page.text_content(n)));
            }
        }
    }

    /// Applies the guards, grows comment candidates, and keeps the outermost ones.
    fn finish(&self, mut cands: Vec<Candidate>) -> Vec<Clutter> {
        cands.retain(|c| match c.tier {
            Tier::System => self.allowed(c.node),
            Tier::Class => {
                self.allowed_generic(c.node)
                    && (self.text(c.node) > 0 || self.sz.media[c.node.index()])
                    && !(self.page.name(c.node) == "p" && self.in_main(c.node))
            }
            Tier::Wording => self.allowed_generic(c.node) && !self.in_main(c.node),
            Tier::Fund | Tier::Appeal | Tier::Counter | Tier::Signup | Tier::Video => {
                self.allowed_generic(c.node)
            }
        });
        // A heading is grown to its box; a comment system's block takes the heading and notes
        // its section wraps it in.
        for c in cands.iter_mut() {
            if c.tier == Tier::System && self.tag(c.node) & G_INLINE == 0 {
                let up = self.climb_notes(c.node);
                c.climbed = up != c.node;
                c.node = up;
            }
            if matches!(c.tier, Tier::Wording | Tier::Counter) {
                let up = self.climb(c.node, ClutterKind::Comments);
                if up != c.node && self.allowed(up) {
                    c.node = up;
                    c.climbed = true;
                }
            }
        }
        // On one node, the reason that names markup (a widget, a class) wins over an appeal's
        // wording.
        cands.sort_by_key(|c| (c.node, c.tier == Tier::Appeal, c.climbed, c.tier));
        let mut out: Vec<Clutter> = Vec::new();
        let mut covered_until = 0u32;
        for c in cands {
            if c.node.0 < covered_until {
                continue;
            }
            covered_until = self.sz.end.get(c.node.index()).copied().unwrap_or(0);
            out.push(Clutter {
                node: c.node,
                kind: c.kind,
                reason: c.reason,
            });
        }
        out
    }
}

/// Appeal evidence of a text node from its lower-cased text: its ask, amounts, provider
/// names, countdown and button wording.
fn text_appeal(lc: &str) -> Appeal {
    let f = appeal::scan(lc);
    let mut ev = 0;
    for (on, bit) in [
        (f.amounts > 0, E_AMOUNT),
        (f.provider, E_PROVIDER),
        (f.countdown, E_COUNTDOWN),
        (f.button, E_BUTTON_WORDS),
    ] {
        if on {
            ev |= bit;
        }
    }
    Appeal {
        ask: f.ask,
        free_ask: f.ask.is_some(),
        ev,
    }
}

/// Lower-cases (ASCII), collapses whitespace (NBSP included) and trims `t` into `buf`;
/// `None` when it is empty or longer than the buffer.
fn lower_collapsed<'b>(t: &str, buf: &'b mut [u8]) -> Option<&'b [u8]> {
    if t.len() > buf.len() {
        return None;
    }
    let bytes = t.as_bytes();
    let (mut len, mut i, mut space) = (0usize, 0usize, false);
    while i < bytes.len() {
        let b = bytes[i];
        let ws = if b.is_ascii_whitespace() {
            1
        } else if b == 0xC2 && bytes.get(i + 1) == Some(&0xA0) {
            2
        } else {
            0
        };
        if ws > 0 {
            space = len > 0;
            i += ws;
            continue;
        }
        if space {
            *buf.get_mut(len)? = b' ';
            len += 1;
            space = false;
        }
        *buf.get_mut(len)? = b.to_ascii_lowercase();
        len += 1;
        i += 1;
    }
    (len > 0).then_some(&buf[..len])
}

/// `hay.starts_with(needle)`, checking the first byte inline before calling `memcmp`.
fn starts_with(hay: &[u8], needle: &str) -> bool {
    let n = needle.as_bytes();
    n.first().is_some_and(|f| hay.first() == Some(f)) && hay.starts_with(n)
}

/// Fundraising signals of a lower-cased short text.
fn text_signals(lc: &[u8], sets: &Sets) -> Sig {
    let mut s = Sig::default();
    if h::DONATE_PREFIXES.iter().any(|p| starts_with(lc, p)) {
        s.flags |= S_DWORDS;
    }
    if h::SUPPORT_PREFIXES.iter().any(|p| starts_with(lc, p)) {
        s.flags |= S_SWORDS;
    }
    for i in 0..lc.len() {
        let word_start = i == 0 || !lc[i - 1].is_ascii_alphanumeric() && lc[i - 1] < 0x80;
        if !word_start || lc[i] == b' ' {
            continue;
        }
        let (b0, b1) = (lc[i] as usize, lc.get(i + 1).copied().unwrap_or(0));
        let (Some(&from), Some(&to)) = (sets.phrase_from.get(b0), sets.phrase_from.get(b0 + 1))
        else {
            continue;
        };
        for (k, p, flag) in sets.phrases.get(from as usize..to as usize).unwrap_or(&[]) {
            if k[1] == b1 && s.flags & flag == 0 && starts_with(&lc[i..], p) {
                s.flags |= flag;
            }
        }
    }
    s.amounts = count_amounts(lc);
    s
}

/// Counts money amounts: digit runs ("2,500", "12.340,50", "5 000") with a currency sign or
/// code right before or after (one space allowed).
fn count_amounts(lc: &[u8]) -> u16 {
    let mut count = 0u16;
    let mut i = 0;
    while i < lc.len() {
        if !lc[i].is_ascii_digit() || (i > 0 && lc[i - 1].is_ascii_alphanumeric()) {
            i += 1;
            continue;
        }
        let start = i;
        while i < lc.len()
            && (lc[i].is_ascii_digit()
                || (matches!(lc[i], b',' | b'.' | b' ')
                    && lc.get(i + 1).is_some_and(|b| b.is_ascii_digit())))
        {
            i += 1;
        }
        let before = lc.get(..start).unwrap_or(&[]);
        let before = before.strip_suffix(b" ").unwrap_or(before);
        let after = lc.get(i..).unwrap_or(&[]);
        let after = after.strip_prefix(b" ").unwrap_or(after);
        let sign_before = h::CURRENCY_SIGNS.iter().any(|c| {
            before.ends_with(c.as_bytes())
                && (!c.as_bytes()[0].is_ascii_alphabetic()
                    || before.len() == c.len()
                    || !before[before.len() - c.len() - 1].is_ascii_alphabetic())
        });
        let sign_after = h::CURRENCY_SIGNS.iter().any(|c| {
            after.starts_with(c.as_bytes())
                && (!c.as_bytes()[0].is_ascii_alphabetic()
                    || after
                        .get(c.len())
                        .map_or(true, |b| !b.is_ascii_alphabetic()))
        });
        if sign_before || sign_after {
            count = count.saturating_add(1);
        }
    }
    count
}

/// What a comment heading text is, if it is one.
fn comment_heading(lc: &[u8]) -> Option<&'static str> {
    if lc.len() > h::COMMENT_HEADING_MAX_BYTES as usize {
        return None;
    }
    if h::COMMENT_HEADING_EXACT.iter().any(|p| lc == p.as_bytes()) {
        return Some("comment heading");
    }
    if h::COMMENT_HEADING_PREFIXES
        .iter()
        .any(|p| starts_with(lc, p))
    {
        return Some("comment prompt");
    }
    // A count then a comment word: "12 comments", "3 thoughts on “…”".
    let digits = lc.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits > 0 {
        let rest = lc.get(digits..).unwrap_or(&[]);
        let rest = rest.strip_prefix(b" ").unwrap_or(rest);
        for s in h::COMMENT_COUNT_SUFFIXES {
            if starts_with(rest, s) && rest.get(s.len()).map_or(true, |b| !b.is_ascii_alphabetic())
            {
                return Some("comment count");
            }
        }
    }
    // A sort bar: "Oldest Newest Most Voted".
    if contains(lc, b"oldest") && contains(lc, b"newest") {
        return Some("comment sort buttons");
    }
    None
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// Whether a URL points at a donation platform or page; returns the matching pattern.
/// Patterns are tried right after each `/` or `.` (host and path segment starts).
fn donate_url(url: &str) -> Option<&'static str> {
    let sets = sets();
    let b = url.as_bytes();
    for i in 0..b.len() {
        if i > 0 && !matches!(b[i - 1], b'/' | b'.') {
            continue;
        }
        let rest = &b[i..];
        let f = rest[0].to_ascii_lowercase() as usize;
        let (Some(&from), Some(&to)) = (sets.url_from.get(f), sets.url_from.get(f + 1)) else {
            continue;
        };
        for &p in sets
            .url_parts
            .get(from as usize..to as usize)
            .unwrap_or(&[])
        {
            let pb = p.as_bytes();
            if rest.len() >= pb.len() && rest[..pb.len()].eq_ignore_ascii_case(pb) {
                // A path word must end its segment ("/donate", "/donate/", "/donate?x").
                let tail = rest.get(pb.len()).copied();
                let host = pb.contains(&b'.');
                if host || tail.map_or(true, |t| !t.is_ascii_alphabetic() || t == b's') {
                    return Some(p);
                }
            }
        }
    }
    None
}

/// What an element's id and class tokens say.
#[derive(Default)]
struct Tokens<'e> {
    /// A donation token (`donate-box`, `fundraising-goal`).
    donate: Option<&'e str>,
    /// A "support" token.
    support: bool,
    /// A progress-bar token.
    progress: bool,
    /// A comment-section token.
    comment: Option<&'e str>,
    /// A token saying the box floats over the page (`sticky-video`, `jw-flag-floating`).
    float: Option<&'e str>,
    /// A video-player token part (`player`, `jw`, `vjs`), not on a post's own classes.
    player: bool,
    /// A newsletter or sign-up token (`newsletter-box`, `signup-form`).
    signup: Option<&'e str>,
}

fn token_flags<'e>(e: &'e Element, sets: &Sets) -> Tokens<'e> {
    let mut t = Tokens::default();
    let mut post = false;
    let ids = e.attr("id").into_iter();
    for tok in ids.chain(e.classes()) {
        let mut bits = 0u16;
        for part in parts(tok) {
            // No listed word is shorter than two bytes or longer than the buffer.
            let mut low = [0u8; 16];
            if part.len() < 2 {
                continue;
            }
            let Some(dst) = low.get_mut(..part.len()) else {
                continue;
            };
            dst.copy_from_slice(part.as_bytes());
            dst.make_ascii_lowercase();
            let dst: &[u8] = dst;
            bits |= sets.token_words.get(dst);
            if dst.len() >= 4 && h::DONATE_TOKEN_PREFIXES.iter().any(|p| starts_with(dst, p)) {
                bits |= T_DONATE;
            }
        }
        if bits & T_DONATE != 0 {
            t.donate.get_or_insert(tok);
        }
        t.support |= bits & T_SUPPORT != 0;
        t.progress |= bits & T_PROGRESS != 0;
        if bits & T_COMMENT != 0 && bits & T_STOP == 0 && t.comment.is_none() {
            t.comment = Some(tok);
        }
        if bits & T_FLOAT != 0 {
            t.float.get_or_insert(tok);
        }
        t.player |= bits & T_PLAYER != 0 && bits & T_POST == 0;
        post |= bits & T_POST != 0;
        if bits & T_SIGNUP != 0 {
            t.signup.get_or_insert(tok);
        }
    }
    // A post's classes (`post sticky format-video`) name the post, not a floating player.
    if post {
        t.float = None;
    }
    t
}

/// Splits an id/class token into words: at non-alphanumerics, letter/digit changes and
/// camel-case humps (`commentList` → `comment`, `List`).
fn parts(tok: &str) -> impl Iterator<Item = &str> {
    let b = tok.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() && !b[i].is_ascii_alphanumeric() {
            i += 1;
        }
        if i >= b.len() {
            return None;
        }
        let start = i;
        let digit = b[i].is_ascii_digit();
        i += 1;
        while i < b.len()
            && b[i].is_ascii_alphanumeric()
            && b[i].is_ascii_digit() == digit
            && !(b[i].is_ascii_uppercase() && b[i - 1].is_ascii_lowercase())
        {
            i += 1;
        }
        tok.get(start..i)
    })
}
