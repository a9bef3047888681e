//! Quotes: finds quoted spans in an article's paragraphs, says how each one is used
//! (direct statement, fragment inside a paraphrase, or scare quote) and who said it.
//!
//! The reader view highlights what people actually said, so the analysis has to tell a
//! quoted statement (`“We will win,” Smith said.`) from a quoted phrase in the writer's
//! paraphrase (`Smith called the plan “a rushed job”`) and from scare quotes
//! (`the US “concessions”`), and it must name the speaker even when the attribution is
//! a pronoun or a description (`he added`, `said the Turkish leader`).
//!
//! How it works, paragraph by paragraph in reading order:
//!
//! 1. **Marks.** Double marks (“…”, „…“, «…», »…«, straight "…") are paired first; a straight
//!    or ambiguous mark opens after whitespace/start/bracket/dash and closes otherwise
//!    (the same convention typesetters and the PolNeAR gold use). Single marks (‘…’) are
//!    paired only outside double quotes and only when clearly paired, because ’ is also the
//!    apostrophe (`country’s`, `aren’t`). Straight single quotes (') are never paired: in
//!    running text they are apostrophes far more often than quotes. A double quote left open
//!    at the end of a paragraph whose next paragraph opens with a quote mark is a
//!    multi-paragraph quote (news style repeats the opening mark and omits the closing one);
//!    each paragraph piece is reported with the same speaker. Other unclosed marks are dropped.
//! 2. **Sentences.** The paragraph is split into sentences on `.?!` outside quotes (not after
//!    abbreviations or initials), and after a quote that ends a sentence inside its marks
//!    unless an attribution (`he said`) follows.
//! 3. **Cues.** The page's language is chosen from its `lang` attribute and its text
//!    ([`lexicons::choose`]); its [`Lexicon`] gives the words below. In each sentence,
//!    reporting verbs in any tense, naming verbs and source prepositions (`according to`,
//!    `laut`, `selon`, `X zufolge`, `„…“, so X`) outside quotes are cues; each cue's speaker is its subject before the
//!    verb (`Smith said`, `he added`, `the Turkish leader said`) or after it when inverted
//!    right after a quote (`“…,” said Smith`). Participles (`adding`, `saying`) take the
//!    subject their clause opens with (`Smith hit back, saying`, also after a fronted
//!    adverbial); they and verbs with a dropped subject (`and said`) otherwise inherit the
//!    sentence's other cue or the current speaker.
//!    A parenthetical or appositive may sit between name and verb (`Rep. Jane Doe (D-Ohio), a
//!    member of the panel, said`); a dash and a bare name after a quote (`“…” ― Jane Doe`), an
//!    upper-case transcript label (`"PENCE: …`) and a name plus inflected verb right after a
//!    quote ending in a comma (`“…,” Blige sings`) also attribute.
//!    Pronouns and definite role descriptions resolve to the most recently named person
//!    (a description's adjectives such as `Turkish` pick an earlier mention when they match).
//! 4. **Kinds.** A quote with a cue in its sentence is a `statement` when it opens the
//!    sentence or follows an introduction (`X said: “…”`, `X said, “…”`, `“A,” X said, “B”`),
//!    otherwise a `fragment` of the paraphrase. A quote without a cue is a `statement` when it
//!    opens a sentence that continues a speaker's run (`“A,” Smith said. “B.”`), a continued
//!    multi-paragraph quote, follows a previous paragraph ending in `X said:`, or opens a
//!    paragraph right after one whose last sentence quotes someone (the continuation
//!    paragraph of news style; its mention is the earlier paragraph's); otherwise a
//!    short quote (three words or fewer) or a quote that does not look like a sentence is a
//!    `scare` quote, and a longer sentence-like quote is a `statement` with no speaker. A short
//!    title-cased quote inside a sentence (`MSNBC’s “Morning Joe”`) names a show, book or
//!    nickname and is a `scare` quote even when the sentence reports someone.
//!
//! All rules are general (word lists and punctuation), never keyed to particular names or
//! sites. The code never panics: every slice is taken at offsets produced by `char_indices`
//! and through `str::get`.

use serde::Serialize;

use crate::core::heuristics::quotes::marks::{
    double_pairs, DOUBLE_QUOTE_PAIRS, SINGLE_QUOTE_PAIRS,
};
use crate::core::heuristics::quotes::{self as lexicons, fold, folds_to, Lexicon};

mod lex;
mod mentions;
use crate::core::heuristics::limits::{
    MENTION_WINDOW_BYTES, PEOPLE_RECENT_MAX, ROLE_CANDIDATES_MAX,
};
use lex::*;
use mentions::Mentions;
use std::collections::{BTreeMap, BTreeSet};

/// How a quoted span is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Direct speech: a quoted clause or sentence set off by (or continuing) an attribution.
    Statement,
    /// A quoted phrase embedded in a sentence that paraphrases someone.
    Fragment,
    /// Scare quotes: a quoted word or phrase with nobody speaking it.
    Scare,
}

/// One quoted span found in the article's paragraphs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// The quoted text without the quote marks.
    pub text: String,
    /// The speaker: the name as written at the attribution; pronouns and role descriptions
    /// are resolved to the most recently named person. `None` when nobody is attributed.
    pub speaker: Option<String>,
    /// The words near the quote that name the speaker (`he`, `the minister`, `Erdogan`),
    /// where they are; `None` when nobody is attributed or the attribution is inherited
    /// from an earlier paragraph that named nobody near it.
    pub mention: Option<Mention>,
    /// How the quote is used.
    pub kind: QuoteKind,
    /// Index of the paragraph in the input slice.
    pub paragraph: usize,
    /// Byte offset in that paragraph of the opening mark.
    pub start: usize,
    /// Byte offset just past the closing mark (exclusive); for a piece of a multi-paragraph
    /// quote that has no closing mark, the end of the paragraph's text.
    pub end: usize,
}

/// Words that name a speaker, as written, and where: paragraph index and byte offsets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// The words as written.
    pub text: String,
    /// Index of the paragraph in the input slice.
    pub paragraph: usize,
    /// Byte offset of the first word in that paragraph.
    pub start: usize,
    /// Byte offset just past the last word.
    pub end: usize,
}

impl Mention {
    /// The occurrence of `text` in paragraph `pi` (`par`) nearest to byte offset `near`;
    /// an empty range at `near` if it is not there.
    fn at(par: &str, pi: usize, near: usize, text: &str) -> Mention {
        // The mention is in the cue's sentence: it is looked for around the cue, not in the
        // whole paragraph, which made a paragraph of many quotes quadratic.
        let mut lo = near.saturating_sub(MENTION_WINDOW_BYTES).min(par.len());
        while !par.is_char_boundary(lo) {
            lo -= 1;
        }
        let mut hi = near
            .saturating_add(MENTION_WINDOW_BYTES + text.len())
            .min(par.len());
        while !par.is_char_boundary(hi) {
            hi += 1;
        }
        let start = par
            .get(lo..hi)
            .unwrap_or("")
            .match_indices(text)
            .map(|(i, _)| lo + i)
            .min_by_key(|&i| i.abs_diff(near))
            .unwrap_or(near.min(par.len()));
        let end = if par.get(start..).is_some_and(|r| r.starts_with(text)) {
            start + text.len()
        } else {
            start
        };
        Mention {
            text: text.to_string(),
            paragraph: pi,
            start,
            end,
        }
    }
}

/// A resolved speaker: the canonical name and the mention it was resolved from.
#[derive(Debug, Clone)]
struct Said {
    name: String,
    mention: Option<Mention>,
}

/// A paired span inside one paragraph (byte offsets).
#[derive(Debug, Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
    inner_start: usize,
    inner_end: usize,
    /// No closing mark: the quote continues in the next paragraph.
    open_ended: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TokKind {
    Word,
    Punct(char),
    /// Index into the paragraph's spans.
    Quote(usize),
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    kind: TokKind,
    start: usize,
    end: usize,
    /// Word classes in the page's language ([`lex`] bits); 0 for punctuation and quotes.
    f: u32,
}

impl Tok {
    /// Has any of the word classes in `bits`.
    fn is(&self, bits: u32) -> bool {
        self.f & bits != 0
    }
}

/// Who a cue names, before resolution.
#[derive(Debug, Clone)]
enum Who {
    Named(String),
    Pronoun(String),
    /// A definite role description (`the Turkish leader`) with its capitalised hint words.
    Role {
        text: String,
        hints: Vec<String>,
    },
    Other(String),
    Inherit,
}

fn is_opening_context(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || "([{-\u{2013}\u{2014}/".contains(c)
                || DOUBLE_QUOTE_PAIRS.iter().any(|p| p.0 == c && c != '"')
                || SINGLE_QUOTE_PAIRS.iter().any(|p| p.0 == c)
        }
    }
}

fn is_closing_context(next: Option<char>) -> bool {
    match next {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || ".,;:!?)]}-\u{2013}\u{2014}\u{2026}/".contains(c)
                || DOUBLE_QUOTE_PAIRS.iter().any(|p| p.1 == c)
                || SINGLE_QUOTE_PAIRS.iter().any(|p| p.1 == c)
        }
    }
}

fn inside(spans: &[Span], pos: usize) -> bool {
    spans.iter().any(|s| pos >= s.start && pos < s.end)
}

/// Pairs quote marks of one family in `par`, skipping positions inside `exclude`.
/// Returns closed spans plus, if a mark is still open at the end, its offset.
fn pair_marks(
    par: &str,
    pairs: &[(char, char)],
    single: bool,
    exclude: &[Span],
    lx: &Lexicon,
) -> (Vec<Span>, Option<(usize, char)>) {
    let chars: Vec<(usize, char)> = par.char_indices().collect();
    let mut spans = Vec::new();
    let mut open: Option<(usize, char)> = None;
    // The closing mark of a quote of another family nested in the open one (`«Слово „кризис“
    // здесь…»`, `「『安全第一』という…」`): marks are skipped until it.
    let mut nested: Option<char> = None;
    // The ASCII marks among `pairs` as bits: most characters are ASCII and no mark, and one
    // bit test rejects them before the pair lists are searched.
    let ascii_marks = pairs
        .iter()
        .flat_map(|&(o, c)| [o, c])
        .filter(char::is_ascii)
        .fold(0u128, |m, c| m | 1 << (c as u32));
    for (i, &(pos, ch)) in chars.iter().enumerate() {
        if ch.is_ascii() && ascii_marks & 1 << (ch as u32) == 0 {
            continue;
        }
        let is_opener = pairs.iter().any(|p| p.0 == ch);
        let is_closer = pairs.iter().any(|p| p.1 == ch);
        if !(is_opener || is_closer) || inside(exclude, pos) {
            continue;
        }
        if let Some(nc) = nested {
            if ch == nc {
                nested = None;
            }
            continue;
        }
        let prev = if i > 0 { Some(chars[i - 1].1) } else { None };
        let next = chars.get(i + 1).map(|c| c.1);
        let open_ctx = is_opening_context(prev);
        let close_ctx = is_closing_context(next);
        if single {
            // ’ between letters or digits is an apostrophe (aren’t, country’s, ’90s).
            let word_inside = prev.is_some_and(|c| c.is_alphanumeric())
                && next.is_some_and(|c| c.is_alphanumeric());
            if word_inside {
                continue;
            }
        }
        let mut close = |open: &mut Option<(usize, char)>, o: usize| {
            let end = pos + ch.len_utf8();
            let inner_start = o + par
                .get(o..)
                .and_then(|r| r.chars().next())
                .map_or(1, char::len_utf8);
            if inner_start < pos {
                spans.push(Span {
                    start: o,
                    end,
                    inner_start,
                    inner_end: pos,
                    open_ended: false,
                });
            }
            *open = None;
        };
        match open {
            Some((o, oc)) => {
                let matches = pairs.iter().any(|p| p.0 == oc && p.1 == ch);
                if matches {
                    let symmetric = oc == ch;
                    if symmetric && open_ctx && !close_ctx && !prev.is_some_and(char::is_whitespace)
                    {
                        open = Some((pos, ch));
                    } else if symmetric && open_ctx && !close_ctx {
                        // `"a "b` : a straight mark after a space opening a word starts anew.
                        open = Some((pos, ch));
                    } else if single && !close_ctx {
                        // ’ followed by a letter cannot close a single quote.
                        continue;
                    } else {
                        close(&mut open, o);
                    }
                } else if is_closer && close_ctx && !open_ctx {
                    // Sloppy closing mark of another style (“…“): still closes.
                    close(&mut open, o);
                } else if let Some(ic) = nested_closer(pairs, &chars[i + 1..], oc, ch) {
                    nested = Some(ic);
                } else if is_opener && open_ctx {
                    // The earlier opener was stray: drop it, start again here.
                    open = Some((pos, ch));
                }
            }
            None => {
                if is_opener && !(is_closer && close_ctx && !open_ctx) {
                    if single
                        && (next.map_or(true, char::is_whitespace)
                            || is_elision(par, pos + ch.len_utf8(), lx))
                    {
                        continue;
                    }
                    open = Some((pos, ch));
                } else if !single && is_closer && open_ctx && !close_ctx {
                    // A closing mark used as an opener (”Word…”).
                    let oc = pairs.iter().find(|p| p.1 == ch).map_or(ch, |p| p.0);
                    open = Some((pos, oc));
                }
            }
        }
    }
    (spans, open)
}

/// When `ch` opens a quote of another family inside one opened by `outer`: its closing mark,
/// if that comes in `rest` before the outer quote's closing mark (which must come too).
fn nested_closer(
    pairs: &[(char, char)],
    rest: &[(usize, char)],
    outer: char,
    ch: char,
) -> Option<char> {
    if ch == outer || ch == '"' {
        return None;
    }
    let inner = pairs.iter().find(|p| p.0 == ch && p.1 != ch)?.1;
    let outer_closes = |c: char| pairs.iter().any(|p| p.0 == outer && p.1 == c);
    let at_inner = rest.iter().position(|&(_, c)| c == inner)?;
    let at_outer = rest
        .iter()
        .skip(at_inner + 1)
        .position(|&(_, c)| outer_closes(c));
    at_outer.map(|_| inner)
}

/// Is a ‘ at this point an elision apostrophe (`‘90s`, `‘em`, `‘til`) rather than a quote?
fn is_elision(par: &str, after: usize, lx: &Lexicon) -> bool {
    let rest = par.get(after..).unwrap_or("");
    if rest.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return true;
    }
    let w: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>();
    lx.elisions.contains(&fold(&w).as_str())
}

/// Does this paragraph start with an opening double mark (a multi-paragraph continuation)?
fn starts_with_opener(par: &str) -> bool {
    par.trim_start()
        .chars()
        .next()
        .is_some_and(|c| DOUBLE_QUOTE_PAIRS.iter().any(|p| p.0 == c) || c == '\u{201D}')
}

/// All quote spans of a paragraph, in order. `continues` says whether an unclosed double
/// quote at the end runs on into the next paragraph.
fn find_spans(par: &str, continues: bool, lx: &Lexicon, doubles: &[(char, char)]) -> Vec<Span> {
    let (mut spans, open) = pair_marks(par, doubles, false, &[], lx);
    if let Some((o, _)) = open {
        let end = par.trim_end().len();
        let inner_start = o + par
            .get(o..)
            .and_then(|r| r.chars().next())
            .map_or(1, char::len_utf8);
        if continues && inner_start < end {
            spans.push(Span {
                start: o,
                end,
                inner_start,
                inner_end: end,
                open_ended: true,
            });
        }
    }
    let (singles, _) = pair_marks(par, SINGLE_QUOTE_PAIRS, true, &spans, lx);
    spans.extend(singles);
    spans.sort_by_key(|s| s.start);
    spans
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Splits a paragraph into words, punctuation and quote tokens.
fn tokenize(par: &str, spans: &[Span], lx: &Lexicon) -> Vec<Tok> {
    let chars: Vec<(usize, char)> = par.char_indices().collect();
    let mut toks = Vec::new();
    let mut i = 0;
    let mut si = 0;
    while i < chars.len() {
        let (pos, ch) = chars[i];
        while si < spans.len() && spans[si].end <= pos {
            si += 1;
        }
        if let Some(s) = spans.get(si) {
            if pos >= s.start {
                toks.push(Tok {
                    kind: TokKind::Quote(si),
                    start: s.start,
                    end: s.end,
                    f: 0,
                });
                while i < chars.len() && chars[i].0 < s.end {
                    i += 1;
                }
                si += 1;
                continue;
            }
        }
        if ch.is_alphanumeric() {
            let mut j = i + 1;
            while j < chars.len() {
                let c = chars[j].1;
                let next_alnum = chars.get(j + 1).is_some_and(|n| n.1.is_alphanumeric());
                if c.is_alphanumeric()
                    || ("'\u{2019}-.&".contains(c) && next_alnum && !inside(spans, chars[j].0))
                {
                    j += 1;
                } else {
                    break;
                }
            }
            let end = chars.get(j).map_or(par.len(), |c| c.0);
            let word = par.get(pos..end).unwrap_or("");
            let f = classify(word, lx);
            let mut end2 = end;
            if chars.get(j).is_some_and(|c| c.1 == '.') {
                let single_cap = word.chars().count() == 1 && starts_upper(word);
                if single_cap || word.contains('.') || f & ABBR != 0 {
                    end2 = end + 1;
                    j += 1;
                }
            }
            toks.push(Tok {
                kind: TokKind::Word,
                start: pos,
                end: end2,
                f,
            });
            i = j;
        } else {
            if !ch.is_whitespace() {
                toks.push(Tok {
                    kind: TokKind::Punct(ch),
                    start: pos,
                    end: pos + ch.len_utf8(),
                    f: 0,
                });
            }
            i += 1;
        }
    }
    toks
}

fn word<'a>(par: &'a str, t: &Tok) -> &'a str {
    par.get(t.start..t.end).unwrap_or("")
}

fn is_word(toks: &[Tok], i: usize) -> bool {
    toks.get(i).is_some_and(|t| t.kind == TokKind::Word)
}

/// A reporting or naming verb. A capitalised `States` or `Reports` is a name or a heading,
/// not a verb.
fn is_verb(t: &Tok) -> bool {
    t.is(VERB | NAMING) && !t.is(UPPER)
}

fn is_participle(t: &Tok) -> bool {
    t.is(PART)
}

/// Does an attribution start at token `i` (`he said`, `said Smith`, `Smith told CNN`)?
fn attribution_starts(toks: &[Tok], i: usize) -> bool {
    for k in i..(i + 6).min(toks.len()) {
        if !is_word(toks, k) {
            return false;
        }
        if is_verb(&toks[k]) || is_participle(&toks[k]) {
            return true;
        }
    }
    false
}

fn quote_ends_sentence(par: &str, s: &Span) -> bool {
    let inner = par.get(s.inner_start..s.inner_end).unwrap_or("").trim_end();
    inner.ends_with(['.', '?', '!', '\u{2026}'])
}

/// Sentence ranges over token indices `[a, b)`.
fn sentences(par: &str, toks: &[Tok], spans: &[Span]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < toks.len() {
        let mut boundary_after = None;
        match toks[i].kind {
            TokKind::Punct(c) if ".?!\u{2026}".contains(c) => {
                let mut j = i + 1;
                while toks.get(j).is_some_and(
                    |t| matches!(t.kind, TokKind::Punct(c) if ".?!)]\u{2026}".contains(c)),
                ) {
                    j += 1;
                }
                let next_ok = match toks.get(j) {
                    None => true,
                    Some(t) => match t.kind {
                        TokKind::Word => word(par, t)
                            .chars()
                            .next()
                            .is_some_and(|c| c.is_uppercase() || c.is_numeric()),
                        TokKind::Quote(_) => true,
                        TokKind::Punct(c) => "([".contains(c),
                    },
                };
                if next_ok {
                    boundary_after = Some(j);
                }
            }
            TokKind::Quote(q) if spans.get(q).is_some_and(|s| quote_ends_sentence(par, s)) => {
                let next_ok = match toks.get(i + 1) {
                    None => false,
                    Some(t) => match t.kind {
                        TokKind::Word => {
                            starts_upper(word(par, t))
                                && (i != start || !attribution_starts(toks, i + 1))
                        }
                        TokKind::Quote(_) => true,
                        TokKind::Punct(_) => false,
                    },
                };
                if next_ok {
                    boundary_after = Some(i + 1);
                }
            }
            _ => {}
        }
        if let Some(j) = boundary_after {
            out.push((start, j));
            start = j;
            i = j;
        } else {
            i += 1;
        }
    }
    if start < toks.len() {
        out.push((start, toks.len()));
    }
    out
}

/// Joins the original text of tokens `a..=b` (keeps `Sen. Bernie Sanders` as written).
fn text_of(par: &str, toks: &[Tok], a: usize, b: usize) -> String {
    match (toks.get(a), toks.get(b)) {
        (Some(x), Some(y)) if x.start <= y.end => par.get(x.start..y.end).unwrap_or("").to_string(),
        _ => String::new(),
    }
}

/// Turns a run of capitalised word tokens `a..=b` into a name: drops leading function words
/// and the title prefix (`Turkish President Recep Tayyip Erdogan` -> `Recep Tayyip Erdogan`).
fn name_from_run(par: &str, toks: &[Tok], a: usize, b: usize) -> Option<Who> {
    let mut a = a;
    // `minister van Infrastructuur Sanne de Groot`, `ministre de la Culture Anne Roy`: the
    // first capital after a role and a preposition is the portfolio, not the name.
    let complement = a >= 2
        && toks[a - 1].is(BREAK | PARTICLE | DET)
        && !toks[a - 1].is(UPPER)
        && (a - 2..a).any(|k| is_word(toks, k) && toks[k].is(ROLE | TITLE) && !toks[k].is(UPPER));
    if complement && b >= a + 2 {
        a += 1;
    }
    // `Van Dam`, `De Groot`, `Le Pen`: a capitalised particle before a capital begins a name.
    let particle_name = |k: usize| toks[k].is(PARTICLE | DET) && toks[k].is(UPPER) && k < b;
    while a <= b && toks[a].is(NONNAME) && !(particle_name(a) && toks[a].is(PARTICLE)) {
        a += 1;
    }
    if a > b {
        return None;
    }
    // Titles are stripped from the front, but the last word is the name (`Mr. King`), unless
    // the run is only a title (`the President said`).
    let mut first = a;
    for (k, t) in toks.iter().enumerate().take(b).skip(a) {
        // A role noun in front of two or more words is a description (`Schrijfster Lotte
        // Vermeulen`, `L’économiste Hélène Garnier`); before a single one it may be part of
        // the name.
        if t.is(TITLE) || (t.is(ROLE) && b >= k + 2) {
            first = k + 1;
        }
    }
    let only_title = toks[b].is(TITLE) && {
        let prev = if b > a { word(par, &toks[b - 1]) } else { "" };
        let honorific = ["mr", "mrs", "ms", "dr", "miss", "sir", "prof"]
            .contains(&fold(prev.trim_end_matches('.')).as_str());
        let nationality = ["an", "ish", "ese", "i"].iter().any(|e| prev.ends_with(e));
        a == b || (b > a && toks[b - 1].is(TITLE) && !honorific) || nationality
    };
    if only_title {
        // Only titles (`the President said`): a role description.
        let text = text_of(par, toks, a, b);
        let hints = (a..=b).map(|k| fold(word(par, &toks[k]))).collect();
        return Some(Who::Role { text, hints });
    }
    let last = word(par, &toks[b]);
    let lw = fold(last);
    if a == b && toks[b].is(PRON | PRON_OTHER | IMPERS) {
        return None;
    }
    // Possessive at the end (`Clinton’s`) is not a speaker.
    if lw.ends_with("'s") {
        return None;
    }
    Some(Who::Named(text_of(par, toks, first, b)))
}

/// The gender marked by a determiner, honorific or title among the three words before
/// token `a` (`La critica Marta Colombo`, `Mme Dubois`), if any.
fn gender_before(toks: &[Tok], a: usize) -> Option<bool> {
    (a.saturating_sub(3)..=a)
        .rev()
        .take_while(|&k| k == a || is_word(toks, k))
        .find_map(|k| {
            if toks[k].is(FEM) {
                Some(true)
            } else if toks[k].is(MASC) {
                Some(false)
            } else {
                None
            }
        })
}

/// End (exclusive) of the name run starting at `a`: capitalised words and particles, where a
/// lower-case particle after a name that already had one ends it (`Erik van Dam van FC
/// Twente` → `Erik van Dam`).
fn name_run_end(par: &str, toks: &[Tok], a: usize, hi: usize) -> usize {
    let (mut b, mut particle, mut named_after) = (a, false, false);
    while b < hi && can_join_name(par, toks, b) {
        let part = toks[b].is(PARTICLE) && !toks[b].is(UPPER);
        if part && named_after {
            break;
        }
        if part {
            particle = true;
        } else if particle {
            named_after = true;
        }
        b += 1;
    }
    while b > a + 1 && toks[b - 1].is(PARTICLE) && !toks[b - 1].is(UPPER) {
        b -= 1;
    }
    b
}

fn can_join_name(par: &str, toks: &[Tok], k: usize) -> bool {
    is_word(toks, k) && {
        let w = word(par, &toks[k]);
        starts_upper(w) || toks[k].is(PARTICLE)
    }
}

/// Where a subject ends when a parenthesis closes just before token `j` (`Rep. Gwen Moore
/// (D-Wis.) said`): the index of the opening parenthesis, or `j` itself.
fn before_parenthetical(toks: &[Tok], lo: usize, j: usize) -> usize {
    if j > lo && toks[j - 1].kind == TokKind::Punct(')') {
        if let Some(k) = (lo..j - 1)
            .rev()
            .take(10)
            .find(|&k| toks[k].kind == TokKind::Punct('('))
        {
            return k;
        }
    }
    j
}

/// The subject before a verb at `v` (sentence starts at `lo`).
fn subject_before(par: &str, toks: &[Tok], lo: usize, v: usize) -> Option<Who> {
    let mut j = v;
    while j > lo && is_word(toks, j - 1) && {
        let w = word(par, &toks[j - 1]);
        toks[j - 1].is(SKIP) || (w.len() > 4 && w.ends_with("ly") && !starts_upper(w))
    } {
        j -= 1;
    }
    // A parenthetical between subject and verb: `Rep. Gwen Moore (D-Wis.) said`.
    j = before_parenthetical(toks, lo, j);
    // An appositive between subject and verb: `Scott Pruitt, the attorney general, said`.
    // A relative clause or appositive after a sentence-initial name, however long: `Teresa
    // Alvarez, who has run a shop near the Ferry Street launch for 22 years, described …`.
    if let Some(b) = (j > lo + 1 && toks[j - 1].kind == TokKind::Punct(','))
        .then(|| opening_name_comma(par, toks, lo, j - 1))
        .flatten()
    {
        j = b;
    } else if j > lo + 1 && toks[j - 1].kind == TokKind::Punct(',') {
        let k = (lo..j - 1)
            .rev()
            .take(16)
            .take_while(|&k| !matches!(toks[k].kind, TokKind::Quote(_)))
            .find(|&k| toks[k].kind == TokKind::Punct(','));
        if let Some(k) = k {
            // `Le procureur de Rennes, Xavier Lemaire, a annoncé`, `Su presidente, el crítico
            // Andrés Molina, dijo`: the name in apposition is the subject.
            if let Some(Who::Named(n)) = appositive_segment(par, toks, k + 1, j - 1) {
                return Some(Who::Named(n));
            }
            let noun = toks[k - 1].is(CAPS_LANG) && k >= 2 && toks[k - 2].is(DET);
            let name_before = k > lo
                && ((is_word(toks, k - 1) && starts_upper(word(par, &toks[k - 1])) && !noun)
                    || toks[k - 1].kind == TokKind::Punct(')'));
            if name_before {
                j = k;
            }
        }
    }
    j = before_parenthetical(toks, lo, j);
    if j <= lo || !is_word(toks, j - 1) {
        return None;
    }
    let s = j - 1;
    let w = word(par, &toks[s]);
    if toks[s].is(PRON | PRON_OTHER | IMPERS) {
        return Some(Who::Pronoun(w.to_string()));
    }
    if starts_upper(w) {
        let mut a = s;
        while a > lo && can_join_name(par, toks, a - 1) && !toks[a - 1].is(DET) {
            a -= 1;
        }
        // A name cannot begin with a particle.
        while a < s && toks[a].is(PARTICLE) && !toks[a].is(UPPER) {
            a += 1;
        }
        if let Some(np) = noun_phrase_subject(par, toks, lo, a, s) {
            return Some(np);
        }
        // `the Turkish leader`-style run that ends in a capitalised role word is handled by
        // name_from_run; a lowercase determiner in front of a one-word capitalised run that is
        // a role (`the President`) also lands there.
        return name_from_run(par, toks, a, s);
    }
    if toks[s].is(BREAK | DET) {
        return None;
    }
    // Lowercase noun phrase: walk back to a determiner.
    let mut a = s;
    let mut det = None;
    while a > lo && s - a < 5 && is_word(toks, a - 1) {
        let pt = &toks[a - 1];
        if pt.is(DET) {
            det = Some(a - 1);
            a -= 1;
            break;
        }
        if pt.is(BREAK) || is_verb(pt) || is_participle(pt) {
            break;
        }
        a -= 1;
    }
    let text = text_of(par, toks, a, s);
    let has_role = (a..=s).any(|k| toks[k].is(ROLE));
    if det.is_some_and(|d| toks[d].is(DEF)) && has_role {
        let hints = (a..=s)
            .filter(|&k| toks[k].is(UPPER) && !toks[k].is(NONNAME))
            .map(|k| fold(word(par, &toks[k])))
            .collect();
        return Some(Who::Role { text, hints });
    }
    Some(Who::Other(text))
}

/// The subject of a reporting verb at `v` in a verb-second language (German, Dutch): the
/// clause's one constituent before the finite verb when it is a name or noun phrase
/// (`Museumsdirektor Thomas Metz hat anlässlich der Eröffnung erklärt`), else the subject
/// right after the finite verb (`Ähnlich äußerte sich der US-Präsident George W. Bush`,
/// `hatte VW-Chef Winterkorn in einem Interview erklärt`). A fronted noun phrase gives way to
/// a full name after the verb (`Der Zeitung sagte Filep Karma`: a fronted object). `None`
/// when the clause starts at the verb or with a comma-set appositive (the general rules
/// handle those).
fn v2_subject(par: &str, toks: &[Tok], lo: usize, v: usize, hi: usize) -> Option<Who> {
    let mut c = (lo..v)
        .rev()
        .find(|&k| {
            matches!(
                toks[k].kind,
                TokKind::Punct(',' | ':' | ';' | '(') | TokKind::Quote(_)
            )
        })
        .map_or(lo, |k| k + 1);
    while c < v && toks[c].is(CONJ) && !toks[c].is(UPPER) {
        c += 1;
    }
    if c >= v || !is_word(toks, c) {
        return None;
    }
    let f = finite_verb(toks, c, v)?;
    if (c..f).any(|k| !is_word(toks, k) || toks[k].is(CONJ | VERB)) {
        return None;
    }
    v2_pick(par, toks, c, f, if f == v { hi } else { v })
}

/// The finite verb of a verb-second clause starting at `c`, at or before the reporting verb
/// at `v`: the clause's first word when it is a lower-case auxiliary or verb (`hatte X
/// erklärt` after a quote); where nouns are capitalised, the first lower-case word after a
/// capitalised non-determiner (the end of the fronted constituent); else the first
/// lower-case auxiliary or adverb slot before `v`, or `v`.
fn finite_verb(toks: &[Tok], c: usize, v: usize) -> Option<usize> {
    if !toks[c].is(UPPER) && toks[c].is(SKIP | VERB) {
        return Some(c);
    }
    let slot = |k: usize| is_word(toks, k) && !toks[k].is(UPPER);
    let f = if toks[c].is(CAPS_LANG) {
        (c + 1..v).find(|&k| {
            // A preposition (`In einem Interview vor dem Konzert sagte …`) continues the
            // fronted constituent; it is not its end.
            slot(k)
                && !toks[k].is(DET | PARTICLE | NONNAME)
                && toks[k - 1].is(UPPER)
                && !toks[k - 1].is(DET)
        })
    } else {
        (c + 1..v).find(|&k| slot(k) && toks[k].is(SKIP))
    };
    Some(f.unwrap_or(v))
}

/// Chooses between the constituent `c..f` before the finite verb at `f` and the subject
/// right after it (searched up to `hi`), as [`v2_subject`] describes.
fn v2_pick(par: &str, toks: &[Tok], c: usize, f: usize, hi: usize) -> Option<Who> {
    let mut after_at = f + 1;
    while after_at < hi && is_word(toks, after_at) && toks[after_at].is(SKIP | REFLEXIVE) {
        after_at += 1;
    }
    let after = subject_after(par, toks, after_at, hi);
    let front = if f > c {
        front_constituent(par, toks, c, f - 1)
    } else {
        None
    };
    let full_name_after =
        matches!(&after, Some(Who::Named(n)) if n.split_whitespace().count() >= 2);
    match front {
        Some(Who::Named(n)) if !full_name_after || n.split_whitespace().count() >= 2 => {
            Some(Who::Named(n))
        }
        Some(w @ (Who::Pronoun(_) | Who::Role { .. })) => Some(w),
        // `Dessen Haushaltspolitik nennt er …`: a fronted object before a pronoun subject.
        Some(Who::Other(t)) if !full_name_after && !matches!(after, Some(Who::Pronoun(_))) => {
            Some(Who::Other(t))
        }
        _ => after,
    }
}

/// The subject a sentence opens with (before token `end`): a name or, where nouns are
/// capitalised, a noun phrase, followed by a lower-case word (its verb); `None` otherwise.
fn sentence_subject(par: &str, toks: &[Tok], lo: usize, end: usize) -> Option<Who> {
    if lo >= end || !is_word(toks, lo) || !toks[lo].is(UPPER) {
        return None;
    }
    let f = finite_verb(toks, lo, end)?;
    if f <= lo || f >= end || (lo..f).any(|k| !is_word(toks, k)) {
        return None;
    }
    match front_constituent(par, toks, lo, f - 1)? {
        Who::Named(n) => Some(Who::Named(n)),
        Who::Other(t) if toks[lo].is(CAPS_LANG) => Some(Who::Other(t)),
        _ => None,
    }
}

/// The constituent `c..=s` before the finite verb as a subject: a pronoun, a name (titles
/// stripped) or a noun phrase; `None` for an adverbial (`Am Montag`, `Darin`).
fn front_constituent(par: &str, toks: &[Tok], c: usize, s: usize) -> Option<Who> {
    if toks[c].is(NONNAME | BREAK) && !toks[c].is(DET) {
        return None;
    }
    if c == s && toks[c].is(PRON | PRON_OTHER | IMPERS) {
        return Some(Who::Pronoun(word(par, &toks[c]).to_string()));
    }
    // A fronted adverb (`Weiter sagte Larson`, `Dazu erklärte …`) is not the subject.
    if c == s && toks[c].is(SKIP) {
        return None;
    }
    if !toks[s].is(UPPER) {
        return None;
    }
    let mut a = s;
    while a > c && can_join_name(par, toks, a - 1) && !toks[a - 1].is(DET) {
        a -= 1;
    }
    if a > c {
        return noun_phrase_subject(par, toks, c, a, s).or_else(|| name_from_run(par, toks, a, s));
    }
    name_from_run(par, toks, a, s)
}

/// A capitalised run `a..=s` before a verb that is part of a common noun phrase, not a
/// name: a complement of a lower-case role noun (`le ministre de l'Intérieur`, `the mayor
/// of Paris`), or, where nouns are capitalised (German), a noun after a determiner (`Der
/// Sprecher der Polizei`, `ein Sprecher des Ministeriums`). A definite phrase headed by a role
/// noun is a role description; any other is an unnamed source. A title followed by a name
/// (`der Bundeskanzler Olaf Scholz`) stays a name.
fn noun_phrase_subject(par: &str, toks: &[Tok], lo: usize, a: usize, s: usize) -> Option<Who> {
    let caps_nouns = toks[s].is(CAPS_LANG);
    let complement = a >= lo + 2
        && toks[a - 1].is(BREAK | PARTICLE)
        && is_word(toks, a - 2)
        && !toks[a - 2].is(UPPER)
        && toks[a - 2].is(ROLE);
    let title_then_name = (a..s).any(|k| toks[k].is(TITLE | ROLE));
    let det_before = a > lo && toks[a - 1].is(DET) && !toks[a - 1].is(PRON);
    let mut d = if complement {
        a - 2
    } else if caps_nouns && det_before && !title_then_name {
        a - 1
    } else {
        return None;
    };
    // Walk back over determiners, lower-case adjectives and, in German, genitive chains
    // (`Ein Sprecher des Ministeriums`) to the phrase's first determiner.
    let mut steps = 0;
    while d > lo && steps < 8 && is_word(toks, d - 1) {
        let pt = &toks[d - 1];
        let noun = caps_nouns && pt.is(UPPER) && !pt.is(NONNAME);
        let adj = !pt.is(UPPER) && !pt.is(BREAK | SKIP) && !is_verb(pt) && !pt.is(DET);
        if pt.is(DET) || noun || (adj && !toks[d].is(DET)) {
            d -= 1;
            steps += 1;
        } else {
            break;
        }
    }
    while d < s && !toks[d].is(DET) && !toks[d].is(UPPER) {
        d += 1;
    }
    let text = text_of(par, toks, d, s);
    let head = (d..=s).find(|&k| !toks[k].is(DET) && toks[k].is(UPPER | ROLE));
    let role = head.is_some_and(|h| toks[h].is(ROLE)) && toks[d].is(DEF);
    if role {
        let hints = (d..=s)
            .filter(|&k| toks[k].is(UPPER) && !toks[k].is(NONNAME | ROLE | TITLE))
            .map(|k| fold(word(par, &toks[k])))
            .collect();
        Some(Who::Role { text, hints })
    } else {
        Some(Who::Other(text))
    }
}

/// For a verb preceded by a comma at `comma`: when the clause starting at `lo` opens with a
/// proper name followed by `, who …,` / `, a …,` / `, the …,` running up to that comma, the
/// token index just past the name (where its comma is), so the name is the verb's subject.
fn opening_name_comma(par: &str, toks: &[Tok], lo: usize, comma: usize) -> Option<usize> {
    let mut a = lo;
    while a < comma && is_word(toks, a) && toks[a].is(CONJ) {
        a += 1;
    }
    if a >= comma || !is_word(toks, a) || !starts_upper(word(par, &toks[a])) {
        return None;
    }
    if toks[a].is(NONNAME) {
        return None;
    }
    let mut b = a;
    while b < comma && can_join_name(par, toks, b) {
        b += 1;
    }
    let opener = toks
        .get(b + 1)
        .is_some_and(|t| t.kind == TokKind::Word && t.is(APPOS) && !starts_upper(word(par, t)));
    // Nothing in between that starts another clause or subject: no quote, no reporting verb
    // (`Smith, the mayor, said that Jones, a councillor, called …`), no second name in a list
    // (`Alvarez, the owner, and Smith, the mayor, said`).
    let clean = (b..comma).all(|k| match toks[k].kind {
        TokKind::Quote(_) => false,
        TokKind::Punct(c) => !";:".contains(c),
        TokKind::Word => {
            let list =
                toks[k].is(CONJ) && toks.get(k + 1).is_some_and(|t| starts_upper(word(par, t)));
            !(is_verb(&toks[k]) || is_participle(&toks[k]) || list)
        }
    });
    if b > a && b < comma && toks[b].kind == TokKind::Punct(',') && opener && clean {
        Some(b)
    } else {
        None
    }
}

/// The subject after an inverted verb or `according to` starting at token `i`.
fn subject_after(par: &str, toks: &[Tok], mut i: usize, hi: usize) -> Option<Who> {
    // A role word between two name runs restarts the search after it; a loop rather than
    // recursion, because a paragraph of `A host B host C …` would otherwise nest one call
    // per run and could overflow the stack.
    loop {
        let mut restart = None;
        let who = subject_at(par, toks, i, hi, &mut restart);
        match restart {
            Some(next) => i = next,
            None => return who,
        }
    }
}

/// One step of [`subject_after`]: the subject at token `i`, or `None` with `restart` set
/// when the search must go on from a later token.
fn subject_at(
    par: &str,
    toks: &[Tok],
    i: usize,
    hi: usize,
    restart: &mut Option<usize>,
) -> Option<Who> {
    if i >= hi || !is_word(toks, i) {
        return None;
    }
    let w = word(par, &toks[i]);
    if toks[i].is(PRON | PRON_OTHER | IMPERS) {
        return Some(Who::Pronoun(w.to_string()));
    }
    // A capitalised determiner inside a sentence followed by a capital is a name particle
    // (`zei De Groot`, `said The New York Times`).
    let name_particle = toks[i].is(UPPER) && toks.get(i + 1).is_some_and(|n| n.is(UPPER));
    if toks[i].is(DET | ELIDED_DET) && (!name_particle || toks[i].is(CAPS_LANG)) {
        // `said the Turkish leader` / `according to the report`
        if toks[i].is(CAPS_LANG) {
            return german_noun_phrase(par, toks, i, hi);
        }
        // `l’autore`: the elided article is written onto the noun.
        let first = if toks[i].is(DET) { i + 1 } else { i };
        let mut b = i + 1;
        while b < hi && b - i <= 4 && is_word(toks, b) {
            let bt = &toks[b];
            let adverbial = bt.is(NONNAME) && !bt.is(UPPER);
            if bt.is(BREAK) || is_verb(bt) || is_participle(bt) || adverbial {
                break;
            }
            b += 1;
        }
        if b <= first {
            return None;
        }
        let last = b - 1;
        // `a réagi l’avocat du propriétaire, Me Philippe Caron, …`: the name in apposition.
        if let Some(n) = appositive_name(par, toks, last + 1, hi) {
            return Some(n);
        }
        // `il pubblico ministero Valeria Conti`: a description ending in a full name.
        if let Some(k) = (i + 1..last).find(|&k| (k..=last).all(|j| can_join_name(par, toks, j))) {
            if k > i + 1 && toks[k].is(UPPER) {
                if let Some(Who::Named(n)) = name_from_run(par, toks, k, last) {
                    return Some(Who::Named(n));
                }
            }
        }
        let text = text_of(par, toks, i, last);
        let has_role = (first..=last).any(|k| toks[k].is(ROLE | TITLE));
        // `the Rev. Peter Wherry`, `the New York Times`: a name after all.
        if (i + 1..=last).all(|k| starts_upper(word(par, &toks[k]))) {
            if let Some(Who::Named(n)) = name_from_run(par, toks, i + 1, last) {
                return Some(Who::Named(n));
            }
        }
        if toks[i].is(DEF | ELIDED_DET) && has_role {
            let hints = (i + 1..=last)
                .filter(|&k| toks[k].is(UPPER) && !toks[k].is(TITLE | ROLE))
                .map(|k| fold(word(par, &toks[k])))
                .collect();
            return Some(Who::Role { text, hints });
        }
        // `the New York Times` is a name after all.
        if (i + 1..=last).all(|k| starts_upper(word(par, &toks[k]))) {
            return Some(Who::Named(text_of(par, toks, i + 1, last)));
        }
        return Some(Who::Other(text));
    }
    if starts_upper(w) {
        let mut b = i;
        while b + 1 < hi && can_join_name(par, toks, b + 1) {
            b += 1;
        }
        while b > i && toks[b].is(PARTICLE) {
            b -= 1;
        }
        // `said MSNBC host Chris Matthews`: a role word between two runs; the person is the
        // second run.
        let role_next = is_word(toks, b + 1) && {
            let rw = word(par, &toks[b + 1]);
            !starts_upper(rw) && toks[b + 1].is(TITLE | ROLE)
        };
        if role_next && b + 2 < hi && can_join_name(par, toks, b + 2) {
            *restart = Some(b + 2);
            return None;
        }
        return name_from_run(par, toks, i, b);
    }
    if toks[i].is(ROLE | TITLE) {
        return role_then_name(par, toks, i, hi);
    }
    None
}

/// The tokens `a..b` between two commas as a full name, or a description ending in one.
fn appositive_segment(par: &str, toks: &[Tok], a: usize, b: usize) -> Option<Who> {
    if a + 2 > b || !(a..b).all(|k| is_word(toks, k)) || !can_join_name(par, toks, b - 1) {
        return None;
    }
    let mut s = b - 1;
    while s > a && can_join_name(par, toks, s - 1) {
        s -= 1;
    }
    if b - s < 2 || toks[s].is(NONNAME) && !toks[s].is(PARTICLE) {
        return None;
    }
    // Only a description may come before the name (`el crítico`, `der Unternehmer`).
    if (a..s).any(|k| toks[k].is(UPPER) && !toks[k].is(DET) || is_verb(&toks[k])) {
        return None;
    }
    match name_from_run(par, toks, s, b - 1)? {
        Who::Named(n) if n.split_whitespace().count() >= 2 => Some(Who::Named(n)),
        _ => None,
    }
}

/// After a noun phrase, `, Name Surname,` (or up to the sentence's end): the name.
fn appositive_name(par: &str, toks: &[Tok], comma: usize, hi: usize) -> Option<Who> {
    if comma + 1 >= hi || toks[comma].kind != TokKind::Punct(',') {
        return None;
    }
    let a = comma + 1;
    let mut b = a;
    while b < hi && can_join_name(par, toks, b) {
        b += 1;
    }
    let closed = b >= hi || matches!(toks[b].kind, TokKind::Punct(_));
    if b < a + 2 || !closed || toks[a].is(NONNAME) {
        return None;
    }
    match name_from_run(par, toks, a, b - 1)? {
        Who::Named(n) => Some(Who::Named(n)),
        _ => None,
    }
}

/// A bare role before a name after a verb (`zei officier van justitie Ruud Visser`,
/// `vertelde brandweercommandant Henk Verhoeven`): the name; a bare role alone is a
/// description.
fn role_then_name(par: &str, toks: &[Tok], i: usize, hi: usize) -> Option<Who> {
    let mut k = i + 1;
    while k < hi && k - i <= 4 && is_word(toks, k) && !toks[k].is(UPPER) {
        if toks[k].is(BREAK) && !toks[k].is(PARTICLE) || is_verb(&toks[k]) {
            break;
        }
        k += 1;
    }
    if k < hi && is_word(toks, k) && toks[k].is(UPPER) && !toks[k].is(NONNAME) {
        let mut b = k;
        while b + 1 < hi && can_join_name(par, toks, b + 1) {
            b += 1;
        }
        while b > k && toks[b].is(PARTICLE) {
            b -= 1;
        }
        if let Some(Who::Named(n)) = name_from_run(par, toks, k, b) {
            return Some(Who::Named(n));
        }
    }
    Some(Who::Role {
        text: text_of(par, toks, i, i),
        hints: Vec::new(),
    })
}

/// A subject after a verb that starts with the determiner at `i` where nouns are
/// capitalised: determiner, adjectives, the noun, then either a name (`der US-Präsident
/// George W. Bush`: the person, title stripped) or a genitive chain (`ein Sprecher der
/// Feuerwehr`). A definite phrase headed by a role noun is a role description, any other an
/// unnamed source; a capitalised noun is never taken for a name on its own.
fn german_noun_phrase(par: &str, toks: &[Tok], i: usize, hi: usize) -> Option<Who> {
    let stop = |k: usize| {
        k >= hi || !is_word(toks, k) || toks[k].is(BREAK) && !toks[k].is(DET) || is_verb(&toks[k])
    };
    // A noun is capitalised, also after a number (`der 78-Jährige`).
    let noun =
        |k: usize| toks[k].is(UPPER) || word(par, &toks[k]).contains(|c: char| c.is_uppercase());
    // Determiner and adjectives up to the noun.
    let mut n = i + 1;
    while !stop(n) && !noun(n) && n - i <= 3 {
        n += 1;
    }
    if stop(n) || !noun(n) {
        return None;
    }
    // A name run right after the noun.
    let mut e = n;
    while e + 1 < hi && can_join_name(par, toks, e + 1) && !toks[e + 1].is(DET) {
        e += 1;
    }
    if e > n && toks[n].is(TITLE | ROLE) {
        if let Some(Who::Named(name)) = name_from_run(par, toks, n, e) {
            return Some(Who::Named(name));
        }
    }
    // Genitive chain: `der Feuerwehr`, `des Bundestags-Innenausschusses`.
    let mut last = e;
    while last + 2 < hi && toks[last + 1].is(DET) && is_word(toks, last + 1) {
        let mut k = last + 2;
        while k < hi && is_word(toks, k) && !toks[k].is(UPPER) && k - last <= 3 {
            k += 1;
        }
        if k < hi && is_word(toks, k) && toks[k].is(UPPER) {
            last = k;
        } else {
            break;
        }
    }
    let text = text_of(par, toks, i, last);
    if toks[i].is(DEF) && toks[n].is(ROLE) {
        let hints = (n + 1..=last)
            .filter(|&k| toks[k].is(UPPER) && !toks[k].is(TITLE | ROLE | DET))
            .map(|k| fold(word(par, &toks[k])))
            .collect();
        return Some(Who::Role { text, hints });
    }
    Some(Who::Other(text))
}

/// A cue: a reporting verb at token `tok` and who it names.
struct Cue {
    tok: usize,
    who: Who,
}

fn find_cues(par: &str, toks: &[Tok], lo: usize, hi: usize, lx: &Lexicon) -> Vec<Cue> {
    let mut cues = Vec::new();
    for v in lo..hi {
        if let Some(who) = dash_attribution(par, toks, v, hi) {
            cues.push(Cue { tok: v, who });
            continue;
        }
        if let Some((verb, who)) = unknown_verb_after_quote(par, toks, v, hi) {
            cues.push(Cue { tok: verb, who });
            continue;
        }
        if lx.verb_second {
            if let Some((verb, who)) = v2_verb_after_quote(par, toks, lo, v, hi) {
                cues.push(Cue { tok: verb, who });
                continue;
            }
        }
        if !is_word(toks, v) {
            continue;
        }
        if let Some(who) = source_cue(par, toks, lo, v, hi, lx) {
            cues.push(Cue { tok: v, who });
            continue;
        }
        if let Some(who) = verb_cue(par, toks, lo, v, hi, lx) {
            cues.push(Cue { tok: v, who });
        }
    }
    cues
}

/// The words of tokens `v..` up to four, for matching multi-word entries.
fn words_from<'a>(par: &'a str, toks: &[Tok], v: usize, hi: usize) -> Vec<&'a str> {
    (v..hi.min(v + 4))
        .take_while(|&k| is_word(toks, k))
        .map(|k| word(par, &toks[k]))
        .collect()
}

/// A source named by a preposition or postposition rather than a verb: `according to X`,
/// `laut X`, `selon X`, `X zufolge`, and `„…“, so X` / `"…", aldus X` after a quote.
fn source_cue(
    par: &str,
    toks: &[Tok],
    lo: usize,
    v: usize,
    hi: usize,
    lx: &Lexicon,
) -> Option<Who> {
    let t = &toks[v];
    let opens = (lo..v).all(|k| toks[k].is(CONJ));
    if opens && phrase_at(lx.according_initial, &words_from(par, toks, v, hi)).is_some() {
        // `Para o senador Paulo Teixeira, o pacote é …`: only a person, not `For years, …`.
        let who = subject_after(par, toks, v + 1, hi)?;
        return matches!(who, Who::Named(_) | Who::Role { .. }).then_some(who);
    }
    if let Some(n) = phrase_at(lx.according_before, &words_from(par, toks, v, hi)) {
        let mut s = v + n;
        // `nach Angaben von X`, `de acuerdo con X`: a linking preposition before the source.
        if is_word(toks, s) && toks[s].is(BREAK) && !toks[s].is(DET) {
            s += 1;
        }
        return subject_after(par, toks, s, hi);
    }
    if t.is(ACC_AFTER) {
        return subject_before(par, toks, lo, v);
    }
    let after_quote = v >= 2
        && toks[v - 1].kind == TokKind::Punct(',')
        && matches!(toks[v - 2].kind, TokKind::Quote(_));
    if t.is(AFTER_Q) && !t.is(UPPER) && after_quote {
        return subject_after(par, toks, v + 1, hi);
    }
    None
}

/// A reporting verb at `v` and its subject: before it (`Smith said`), inverted after a quote
/// or comma (`said Smith`, `sagte er`, `a déclaré le ministre`), joined to it
/// (`déclare-t-il`, `a-t-elle ajouté`), after a fronted adverbial in verb-second languages
/// (`Am Montag sagte Müller`), or inherited (`adding`, `and said`, a pro-drop `…», ha
/// aggiunto.`).
fn verb_cue(par: &str, toks: &[Tok], lo: usize, v: usize, hi: usize, lx: &Lexicon) -> Option<Who> {
    let t = &toks[v];
    let w = word(par, t);
    let lw = fold(w);
    if is_participle(t) {
        // `footage of Hillary Clinton asking, “…”`: a name right before the participle.
        let named = match subject_before(par, toks, lo, v) {
            Some(Who::Named(n)) if v > lo && is_word(toks, v - 1) => Some(Who::Named(n)),
            _ => None,
        };
        return Some(
            named
                .or_else(|| lead_subject(par, toks, lo, v))
                .unwrap_or(Who::Inherit),
        );
    }
    let verb = is_verb(t) || (v == lo && t.is(VERB));
    if !verb {
        return None;
    }
    // `pointed` only reports in `pointed out`.
    if lw == "pointed" && !(is_word(toks, v + 1) && fold(word(par, &toks[v + 1])) == "out") {
        return None;
    }
    if let Some(p) = joined_pronoun(par, toks, lo, v) {
        return Some(p);
    }
    let naming = t.is(NAMING);
    let v2 = if lx.verb_second {
        v2_subject(par, toks, lo, v, hi)
    } else {
        None
    };
    if let Some(who) = v2.or_else(|| subject_before(par, toks, lo, v)) {
        // `battleground states`, `his notes`: an English -s form after a common noun is a
        // noun.
        if matches!(who, Who::Other(_)) && lx.code == "en" && lw.ends_with('s') && lw != "says" {
            return None;
        }
        // `a box labeled “…”`: an English naming verb after a common noun is a participle.
        if matches!(who, Who::Other(_)) && naming && lx.code == "en" {
            return None;
        }
        return Some(who);
    }
    // Auxiliaries of a compound tense stand between the comma and the participle
    // (`…», ha detto il ministro`, `…“, hatte Müller gesagt`).
    let mut p = v;
    while p > lo && toks[p - 1].is(SKIP) && !toks[p - 1].is(UPPER) {
        p -= 1;
    }
    let prev_kind = if p > lo { Some(toks[p - 1].kind) } else { None };
    let inverted_ok = matches!(
        prev_kind,
        None | Some(TokKind::Quote(_)) | Some(TokKind::Punct(','))
    );
    // The object of a naming verb (`…, described the city’s outreach as “…”`) is never
    // its speaker: only reporting verbs invert (`“…,” said Smith`).
    if naming && prev_kind == Some(TokKind::Punct(',')) {
        return Some(Who::Inherit);
    }
    if (inverted_ok || lx.verb_second) && !naming {
        if let Some(who) = subject_after(par, toks, v + 1, hi) {
            return Some(who);
        }
    }
    let after_quote = matches!(prev_kind, Some(TokKind::Punct(',')))
        && p >= 2
        && matches!(toks[p - 2].kind, TokKind::Quote(_));
    let conj = p > lo && toks[p - 1].is(CONJ);
    if conj {
        // `Medvedev bedankte sich … und sagte:`: the sentence's subject.
        if let Some(who) = sentence_subject(par, toks, lo, p - 1) {
            return Some(who);
        }
    }
    (conj || after_quote || prev_kind.is_some_and(|k| matches!(k, TokKind::Quote(_))))
        .then_some(Who::Inherit)
}

/// The subject of the clause a participle hangs on (`Weaver seemed unimpressed, telling
/// reporters, “…”`, `After the vote, Smith hit back, calling it “…”`): the name or pronoun
/// that opens the sentence, or the first clause after a comma when the sentence opens with
/// an adverbial or a subordinate clause, followed by a lower-case word (its verb).
fn lead_subject(par: &str, toks: &[Tok], lo: usize, v: usize) -> Option<Who> {
    let mut a = lo;
    while a < v && (toks[a].is(CONJ) || toks[a].kind == TokKind::Punct(',')) {
        a += 1;
    }
    // Lazily: the search usually ends at the first clause.
    let starts = std::iter::once(a).chain(
        (a..v)
            .filter(|&k| toks[k].kind == TokKind::Punct(','))
            .map(|k| k + 1),
    );
    for a in starts.filter(|&a| a < v) {
        if let Some(who) = clause_opening_subject(par, toks, a, v) {
            return Some(who);
        }
        // Only an adverbial or subordinate clause is skipped: a clause that opens with a
        // quote or a name not followed by its verb ends the search.
        if !is_word(toks, a) || !toks[a].is(NONNAME) || toks[a].is(DET) {
            return None;
        }
    }
    None
}

/// A name, third-person pronoun or role description at token `a` followed by a lower-case
/// word that can be its verb (not a conjunction, preposition or relative word).
fn clause_opening_subject(par: &str, toks: &[Tok], a: usize, v: usize) -> Option<Who> {
    let verb_next = |b: usize| {
        b < v
            && is_word(toks, b)
            && !starts_upper(word(par, &toks[b]))
            && !toks[b].is(BREAK | DET | APPOS | PART)
    };
    if !is_word(toks, a) {
        return None;
    }
    if toks[a].is(PRON) {
        return verb_next(a + 1).then(|| Who::Pronoun(word(par, &toks[a]).to_string()));
    }
    if toks[a].is(NONNAME) || !starts_upper(word(par, &toks[a])) {
        return None;
    }
    let b = name_run_end(par, toks, a, v);
    let mut after = b;
    while after < v && is_word(toks, after) && toks[after].is(SKIP) {
        after += 1;
    }
    if b == a || !verb_next(after) {
        return None;
    }
    match name_from_run(par, toks, a, b - 1)? {
        who @ (Who::Named(_) | Who::Role { .. }) => Some(who),
        _ => None,
    }
}

/// A subject pronoun written onto the verb or its auxiliary (`déclare-t-il`, `a-t-elle
/// ajouté`).
fn joined_pronoun(par: &str, toks: &[Tok], lo: usize, v: usize) -> Option<Who> {
    let mut k = v;
    loop {
        if toks[k].is(INV_PRON) {
            let w = word(par, &toks[k]);
            let p = w.rsplit('-').next().unwrap_or(w);
            return Some(Who::Pronoun(p.to_string()));
        }
        if k == lo || !(is_word(toks, k - 1) && toks[k - 1].is(SKIP)) {
            return None;
        }
        k -= 1;
    }
}

/// A dash attribution right after a quote (`“…” ― Jane Doe`, the testimonial/epigraph
/// style): the dash at `v` follows a quote and only a capitalised name follows it.
fn dash_attribution(par: &str, toks: &[Tok], v: usize, hi: usize) -> Option<Who> {
    let is_dash =
        matches!(toks[v].kind, TokKind::Punct(c) if "\u{2015}\u{2014}\u{2013}-".contains(c));
    if !is_dash || v == 0 || !matches!(toks[v - 1].kind, TokKind::Quote(_)) {
        return None;
    }
    let rest = toks.get(v + 1..hi)?;
    let end = rest
        .iter()
        .position(|t| matches!(t.kind, TokKind::Quote(_)))
        .unwrap_or(rest.len());
    let name_only = rest[..end].iter().all(|t| match t.kind {
        TokKind::Word => starts_upper(word(par, t)) || t.is(PARTICLE),
        TokKind::Punct(c) => ".,;()".contains(c),
        TokKind::Quote(_) => false,
    });
    if end == 0 || !name_only {
        return None;
    }
    subject_after(par, toks, v + 1, hi)
}

/// `“…,” Blige sings`: right after a quote that ends in a comma, a name or pronoun followed by
/// an inflected verb (-s/-ed) not in the verb lists is still the attribution.
fn unknown_verb_after_quote(par: &str, toks: &[Tok], v: usize, hi: usize) -> Option<(usize, Who)> {
    if !matches!(toks[v].kind, TokKind::Quote(_)) {
        return None;
    }
    let inner_comma = par.get(toks[v].start..toks[v].end).is_some_and(|q| {
        let t: Vec<char> = q.chars().collect();
        t.len() >= 2 && t[t.len() - 2] == ','
    });
    let mut i = v + 1;
    if toks.get(i).is_some_and(|t| t.kind == TokKind::Punct(',')) {
        i += 1;
    } else if !inner_comma {
        return None;
    }
    let first = toks.get(i).filter(|t| t.kind == TokKind::Word)?;
    if let Some(who) = inverted_unknown_verb(par, toks, i, hi) {
        return Some((i, who));
    }
    let fw = word(par, first);
    let mut b = i;
    if !first.is(PRON | PRON_OTHER) {
        if !starts_upper(fw) {
            return None;
        }
        while b + 1 < hi && can_join_name(par, toks, b + 1) {
            b += 1;
        }
    }
    let verb = b + 1;
    if verb >= hi || !is_word(toks, verb) {
        return None;
    }
    let vw = word(par, &toks[verb]);
    let inflected = !starts_upper(vw) && vw.len() > 3 && (vw.ends_with('s') || vw.ends_with("ed"));
    if !inflected || is_verb(&toks[verb]) || toks[verb].is(BREAK) {
        return None;
    }
    subject_before(par, toks, i, verb).map(|who| (verb, who))
}

/// `„…“, begründete das Gericht seine Entscheidung`, `„…“, zeigte sich der Trainer zufrieden`,
/// `„…“, gab ein Sprecher bekannt`: in a verb-second language a quote that opens the sentence
/// is its first constituent, so the lower-case word after its comma is the finite verb
/// (often a separable or unlisted reporting verb) and the subject follows it. A relative
/// pronoun, article, conjunction or preposition there starts something else.
fn v2_verb_after_quote(
    par: &str,
    toks: &[Tok],
    lo: usize,
    v: usize,
    hi: usize,
) -> Option<(usize, Who)> {
    if !matches!(toks[v].kind, TokKind::Quote(_)) || v != lo {
        return None;
    }
    if toks.get(v + 1)?.kind != TokKind::Punct(',') {
        return None;
    }
    let f = v + 2;
    let t = toks.get(f).filter(|t| t.kind == TokKind::Word && f < hi)?;
    let other = DET | BREAK | CONJ | PRON | PRON_OTHER | IMPERS | NONNAME | APPOS | PARTICLE;
    if t.is(UPPER | other | AFTER_Q | ACC_AFTER) || is_verb(t) || t.is(SKIP) {
        return None;
    }
    let mut s = f + 1;
    while s < hi && is_word(toks, s) && toks[s].is(SKIP | REFLEXIVE) && !toks[s].is(UPPER) {
        s += 1;
    }
    subject_after(par, toks, s, hi).map(|who| (f, who))
}

/// `„…“, lachte ze.` / `« … », sourit-elle.`: right after a quote and a comma, a verb not in
/// the lists with its subject pronoun after it (or joined to it), ending the sentence.
fn inverted_unknown_verb(par: &str, toks: &[Tok], i: usize, hi: usize) -> Option<Who> {
    let t = &toks[i];
    if t.is(UPPER) || t.is(BREAK | DET) {
        return None;
    }
    let ends = |k: usize| k >= hi || matches!(toks[k].kind, TokKind::Punct(_));
    if t.is(INV_PRON) && ends(i + 1) {
        let w = word(par, t);
        return Some(Who::Pronoun(w.rsplit('-').next().unwrap_or(w).to_string()));
    }
    let p = toks
        .get(i + 1)
        .filter(|p| p.kind == TokKind::Word && p.is(PRON))?;
    ends(i + 2).then(|| Who::Pronoun(word(par, p).to_string()))
}

/// Is the token range `a..b` a bare proper name (`Aoife Kerrigan`, `Mayor Jane Doe`): only
/// capitalised words and particles, not starting with a function word, not possessive?
fn name_segment(par: &str, toks: &[Tok], a: usize, b: usize) -> Option<Who> {
    if a >= b || !(a..b).all(|k| can_join_name(par, toks, k)) {
        return None;
    }
    if toks[a].is(NONNAME | PARTICLE) {
        return None;
    }
    match name_from_run(par, toks, a, b - 1)? {
        Who::Named(n) if !n.chars().all(|c| !c.is_lowercase()) => Some(Who::Named(n)),
        Who::Role { text, hints } => Some(Who::Role { text, hints }),
        _ => None,
    }
}

/// The speaker of a quote introduced by a colon whose clause has no reporting verb
/// (`Its spokesperson, Aoife Kerrigan, was blunt: “…”`, `Smith had a warning: “…”`,
/// `Smith’s answer: “…”`): the clause `lo..colon` must be a short plain clause whose subject
/// is a proper name (possibly with an appositive before or after it), `he`/`she`, or a
/// possessive name followed by a noun or two. Any other subject (`The sign read: “…”`)
/// gives `None`.
fn colon_subject(par: &str, toks: &[Tok], lo: usize, colon: usize) -> Option<Who> {
    if colon <= lo || colon - lo > 30 {
        return None;
    }
    if toks[lo].is(CAPS_LANG) {
        return colon_v2(par, toks, lo, colon);
    }
    let plain = toks[lo..colon].iter().all(|t| match t.kind {
        TokKind::Word => true,
        TokKind::Punct(c) => ",\u{2019}'".contains(c),
        TokKind::Quote(_) => false,
    });
    if !plain {
        return None;
    }
    // Comma-separated segments; the last one holds the predicate.
    let mut segs: Vec<(usize, usize)> = Vec::new();
    let mut a = lo;
    for (k, t) in toks.iter().enumerate().take(colon + 1).skip(lo) {
        if k == colon || t.kind == TokKind::Punct(',') {
            if k > a {
                segs.push((a, k));
            }
            a = k + 1;
        }
    }
    let &(mut p0, p1) = segs.last()?;
    if !is_word(toks, p0) {
        return None;
    }
    // A list (`Smith, Jones and Brown were blunt`) has no single subject.
    let lead = fold(word(par, &toks[p0]));
    if segs.len() > 1 && (lead == "and" || lead == "or") {
        return None;
    }
    if toks[p0].is(CONJ) && p0 + 1 < p1 {
        p0 += 1;
    }
    let pred_words = (p0..p1).filter(|&k| is_word(toks, k)).count();
    // A relative clause moves the subject away (`Smith pointed to a sign that read:`).
    let relative = (p0..p1).any(|k| {
        is_word(toks, k) && ["which", "that", "where"].contains(&fold(word(par, &toks[k])).as_str())
    });
    if pred_words > 12 || relative {
        return None;
    }
    // `Lo scrittore minimizza:`, `O ministro rebateu:`: a description as the subject.
    if toks[p0].is(DET) && !toks[p0].is(CAPS_LANG) && pred_words <= 8 {
        if let Some(w @ (Who::Named(_) | Who::Role { .. })) = subject_after(par, toks, p0, p1) {
            return Some(w);
        }
    }
    let first = word(par, &toks[p0]);
    if starts_upper(first) {
        if toks[p0].is(PRON) {
            let next_lower = is_word(toks, p0 + 1) && !starts_upper(word(par, &toks[p0 + 1]));
            return next_lower.then(|| Who::Pronoun(first.to_string()));
        }
        if toks[p0].is(NONNAME) {
            return None;
        }
        let mut b = p0;
        while b + 1 < p1 && can_join_name(par, toks, b + 1) {
            b += 1;
        }
        let last = word(par, &toks[b]);
        let rest_lower =
            (b + 1..p1).all(|k| is_word(toks, k) && !starts_upper(word(par, &toks[k])));
        if b + 1 >= p1 || !rest_lower {
            return None;
        }
        // `Smith’s answer:` / `Jane Doe's verdict:`.
        if let Some(stem) = last
            .strip_suffix("\u{2019}s")
            .or_else(|| last.strip_suffix("'s"))
        {
            if pred_words - (b + 1 - p0) > 3 || segs.len() > 1 {
                return None;
            }
            let f = (p0..b)
                .rev()
                .find(|&k| toks[k].is(TITLE))
                .map_or(p0, |k| k + 1);
            let head = if f < b {
                format!("{} {}", text_of(par, toks, f, b - 1), stem)
            } else {
                stem.to_string()
            };
            return Some(Who::Named(head));
        }
        return name_segment(par, toks, p0, b + 1);
    }
    // Predicate segment starts in lower case: the subject is the name segment right before
    // it (`Its spokesperson, Aoife Kerrigan, was blunt:`) or before an appositive
    // (`Kerrigan, the group’s spokesperson, was blunt:`).
    let n = segs.len();
    if n < 2 {
        return None;
    }
    let (a1, b1) = segs[n - 2];
    if let Some(who) = name_segment(par, toks, a1, b1) {
        return Some(who);
    }
    if n >= 3 && is_word(toks, a1) && !starts_upper(word(par, &toks[a1])) {
        let (a2, b2) = segs[n - 3];
        return name_segment(par, toks, a2, b2);
    }
    None
}

/// [`colon_subject`] where nouns are capitalised (German), so case says nothing about
/// names: the clause before the colon is verb-second; its finite verb is the first
/// lower-case word after a capitalised one (the end of the fronted constituent), and the
/// subject is chosen as for [`v2_subject`] (`Staatssekretär Harald Stegemann bestreitet jede
/// Kenntnis: „…“`, `In seiner Radioansprache begründete der brasilianische Präsident seine
/// Position folgendermaßen: „…“`).
fn colon_v2(par: &str, toks: &[Tok], lo: usize, colon: usize) -> Option<Who> {
    let mut c = lo;
    while c < colon && toks[c].is(CONJ) && !toks[c].is(UPPER) {
        c += 1;
    }
    let plain = toks[c..colon].iter().all(|t| match t.kind {
        TokKind::Word => true,
        TokKind::Punct(ch) => ",()".contains(ch),
        TokKind::Quote(_) => false,
    });
    if !plain || c >= colon {
        return None;
    }
    if toks[c].is(PRON) && is_word(toks, c + 1) && !toks[c + 1].is(UPPER) {
        return Some(Who::Pronoun(word(par, &toks[c]).to_string()));
    }
    // `Der Eigentümer der Halle, der Unternehmer Jürgen Haas, zeigte sich erschüttert:`.
    let commas: Vec<usize> = (c..colon)
        .filter(|&k| toks[k].kind == TokKind::Punct(','))
        .collect();
    if let [k1, k2, ..] = commas[..] {
        if toks[c].is(DET) {
            if let Some(who) = appositive_segment(par, toks, k1 + 1, k2) {
                return Some(who);
            }
        }
    }
    if let Some(who) = colon_name_label(par, toks, c, colon, &commas) {
        return Some(who);
    }
    let f = (c + 1..colon).find(|&k| {
        is_word(toks, k)
            && !toks[k].is(UPPER | DET | PARTICLE)
            && toks[k - 1].kind == TokKind::Word
            && toks[k - 1].is(UPPER)
    })?;
    if (c..f).any(|k| !is_word(toks, k)) {
        return None;
    }
    v2_pick(par, toks, c, f, colon)
}

/// A bare name before a colon, as interviews and press round-ups set out who says what
/// (`BKA-Präsident Ziercke: „…“`, `Erkki Tuomioja, Präsident des Rats: „…“`): a role word
/// followed by a name, or a name of two words or more followed by an appositive that opens
/// with a role word. Anything else (`Wichtige Frage: …`) is not a speaker.
fn colon_name_label(
    par: &str,
    toks: &[Tok],
    c: usize,
    colon: usize,
    commas: &[usize],
) -> Option<Who> {
    let end = commas.first().copied().unwrap_or(colon);
    if end <= c + 1 || !(c..end).all(|k| can_join_name(par, toks, k)) {
        return None;
    }
    let role_then_name = toks[c].is(TITLE | ROLE) && !toks[end - 1].is(TITLE | ROLE);
    let appositive = end < colon
        && end - c >= 2
        && toks
            .get(end + 1)
            .is_some_and(|t| t.kind == TokKind::Word && t.is(TITLE | ROLE));
    if !(role_then_name || appositive) {
        return None;
    }
    match name_segment(par, toks, c, end)? {
        Who::Named(n) => Some(Who::Named(n)),
        _ => None,
    }
}

/// A transcript line quoted whole (`"PENCE: Well, look…`): the upper-case name before the
/// colon is the speaker.
fn transcript_speaker(inner: &str) -> Option<String> {
    let (head, _) = inner.trim_start().split_once(':')?;
    let letters = head.chars().filter(|c| c.is_alphabetic()).count();
    let ok = letters >= 2
        && head.len() <= 40
        && head.split_whitespace().count() <= 3
        && head
            .chars()
            .all(|c| c.is_uppercase() || c == ' ' || c == '.' || c == '-' || c == '\'');
    ok.then(|| head.trim().to_string())
}

/// A quote that is a title, name or label rather than speech (a scare quote): right after a
/// label word (`the book “…”`, `so-called “…”`, `des Magazins „…“`, `le film « … »`)
/// whatever its length or case, or, when it is not set off as speech (`at_start` or after
/// an introduction), a short title-cased phrase (`MSNBC’s “Morning Joe”`), except in languages
/// that capitalise nouns. `reported`: a reporting verb with a speaker comes before the quote
/// in its sentence, so a work noun before a colon is the verb's object (`sagte der Zeitung:
/// „…“`), not a label (`Das Motto: „…“`).
fn is_label(
    par: &str,
    toks: &[Tok],
    qt: usize,
    inner: &str,
    set_off: bool,
    reported: bool,
    lx: &Lexicon,
) -> bool {
    let prev = qt.checked_sub(1).and_then(|k| toks.get(k));
    let before = qt.checked_sub(2).and_then(|k| toks.get(k));
    let next = toks.get(qt + 1);
    let capitalised = inner
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    let label_word = |t: Option<&Tok>| {
        t.is_some_and(|t| t.kind == TokKind::Word && (t.is(LABEL) || t.is(WORK) && capitalised))
    };
    // `the book “…”`, `Motto: „…“`, `laut „news.bbc.co.uk“`, `„Bruno“ genannt`.
    let colon_label = prev.is_some_and(|t| t.kind == TokKind::Punct(':'))
        && label_word(before)
        && !(reported && before.is_some_and(|t| !t.is(LABEL)));
    let source_name = prev.is_some_and(|t| t.kind == TokKind::Word && t.is(ACC_BEFORE));
    // `„…“ heißt es in der Mitteilung`: with an impersonal subject the verb reports.
    let impersonal_next = toks
        .get(qt + 2)
        .is_some_and(|t| t.kind == TokKind::Word && t.is(IMPERS));
    let named_after =
        next.is_some_and(|t| t.kind == TokKind::Word && t.is(LABEL_AFTER)) && !impersonal_next;
    if label_word(prev) || colon_label || source_name || named_after {
        return true;
    }
    // A title in apposition or named by a verb after its work noun (`his memoir, “Tough
    // Choices,”`, `a play called “…”`): capitalised, whatever its length.
    let work_before = |k: Option<usize>| {
        k.and_then(|k| toks.get(k))
            .is_some_and(|t| t.kind == TokKind::Word && t.is(WORK) && !t.is(CAPS_LANG))
    };
    let titled = prev.is_some_and(|t| t.kind == TokKind::Punct(',') || t.is(NAMING))
        && work_before(qt.checked_sub(2))
        && title_cased(inner);
    if titled {
        return true;
    }
    // A short gloss in parentheses (`Kreuzungen („Hybride“)`).
    let in_parens = prev.is_some_and(|t| t.kind == TokKind::Punct('('))
        && next.is_some_and(|t| t.kind == TokKind::Punct(')'));
    if in_parens && word_count(inner) <= 3 {
        return true;
    }
    // Where nouns are capitalised, a capitalised quote right after a noun with its
    // determiner is the noun's name (`das Zebroid „Eclyse“`, `die Firma „Hvalur hf“`), not a
    // predicate (`war die Lage „zu keinem Zeitpunkt …“`).
    let after_noun = prev
        .is_some_and(|t| t.kind == TokKind::Word && t.is(UPPER) && t.is(CAPS_LANG))
        && before.is_some_and(|t| t.kind == TokKind::Word && t.is(DET))
        && capitalised;
    if after_noun {
        return true;
    }
    // Where nouns are capitalised, one capitalised word right after a determiner is a name
    // or a coinage (`die „Computerwoche“`, `vor der „Jahrhundertflut“`), unless a naming verb
    // just before makes it a judgement (`nannte den Bericht eine „Zeitungsente“`).
    let named_noun = prev.is_some_and(|t| t.kind == TokKind::Word && t.is(DET) && t.is(CAPS_LANG))
        && capitalised
        && word_count(inner) == 1
        && !(qt.saturating_sub(5)..qt).any(|k| toks[k].is(NAMING));
    if named_noun {
        return true;
    }
    // `ce qu'ils appellent le « … »`, `what he calls the “…”`: the name some give a thing.
    let what_they_call = (qt.saturating_sub(3)..qt)
        .rev()
        .find(|&k| toks[k].is(NAMING) && (k + 1..qt).all(|j| toks[j].is(DET)))
        .is_some_and(|v| (v.saturating_sub(4)..v).any(|k| toks[k].is(WHAT)));
    if what_they_call {
        return true;
    }
    if set_off {
        return false;
    }
    // In languages that capitalise nouns, title case says nothing about titles.
    if lx.capitalised_nouns {
        return false;
    }
    let _ = par;
    is_title_like(inner, lx)
}

/// Every word longer than three letters starts with a capital or a digit (`13 Hours: The
/// Secret Soldiers of Benghazi`, `Los Hijos de Trump`), the way titles of works are written
/// in English, whatever their length; a sentence (`America’s porous gun laws …`) is not.
fn title_cased(inner: &str) -> bool {
    let mut long = inner
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 3)
        .peekable();
    long.peek().is_some()
        && long.all(|w| {
            w.chars()
                .find(|c| c.is_alphanumeric())
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        })
}

/// A quote that reads like a title or name (`“Morning Joe”`, `“State of the Union”`): up to six
/// words, capitalised apart from small words, without sentence punctuation.
fn is_title_like(inner: &str, lx: &Lexicon) -> bool {
    let t = inner.trim().trim_end_matches([',', '.']);
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 || t.ends_with(['?', '!', ':', ';']) {
        return false;
    }
    words.first().is_some_and(|w| starts_upper(w))
        && words.iter().all(|w| {
            starts_upper(w)
                || lx.title_small_words.contains(&fold(w).as_str())
                || !w.chars().next().is_some_and(char::is_alphabetic)
        })
}

/// Person mentions in reading order, for resolving pronouns and descriptions.
///
/// Each list is kept short or indexed so that a page naming thousands of people, or one
/// person thousands of times, costs the same per quote as a short article.
#[derive(Default)]
struct People {
    /// The distinct named speakers and sentence subjects, the most recently mentioned last
    /// (at most [`PEOPLE_RECENT_MAX`]).
    named: Vec<String>,
    /// Multi-word names anywhere in the text so far (not speakers), for full names, by
    /// folded last word, each list in order of first appearance.
    seen_names: BTreeMap<String, Vec<String>>,
    /// Every name in `seen_names`.
    seen_set: BTreeSet<String>,
    /// The names in `seen_names` in order of first appearance.
    seen_order: Vec<String>,
    /// Known grammatical gender of people (`true` = female), from the words before their
    /// names (`La critica Marta Colombo`, `Herr Weber`); not from resolved pronouns, which
    /// would spread one wrong resolution.
    genders: BTreeMap<String, bool>,
    /// Where the words of the text so far appear, for role descriptions.
    mentions: Mentions,
    /// The page language's name particles (`van`, `de`): `Van Dam` is a surname.
    particles: &'static [&'static str],
}

impl People {
    fn push(&mut self, name: &str) {
        if let Some(i) = self.named.iter().rposition(|n| n == name) {
            self.named.remove(i);
        } else if self.named.len() == PEOPLE_RECENT_MAX {
            self.named.remove(0);
        }
        self.named.push(name.to_string());
    }

    fn last(&self) -> Option<String> {
        self.named.last().cloned()
    }

    fn gender(&self, name: &str) -> Option<bool> {
        self.genders.get(name).copied()
    }

    fn set_gender(&mut self, name: &str, female: bool) {
        self.genders.entry(name.to_string()).or_insert(female);
    }

    /// The most recent candidates for a description: speakers first, then names seen in the
    /// text, at most [`ROLE_CANDIDATES_MAX`] distinct ones.
    fn candidates(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for n in self.named.iter().rev().chain(self.seen_order.iter().rev()) {
            if out.len() == ROLE_CANDIDATES_MAX {
                break;
            }
            if !out.contains(n) {
                out.push(n.clone());
            }
        }
        out
    }

    /// The latest person (speakers first, then names seen) whose gender is not known to
    /// differ from `female`.
    fn last_compatible(&self, female: Option<bool>) -> Option<String> {
        let ok =
            |n: &String| female.is_none() || self.gender(n).map_or(true, |g| Some(g) == female);
        self.candidates().into_iter().find(ok)
    }

    /// [`People::last_compatible`] among speakers and sentence subjects only: a pronoun needs
    /// a person who did something in the text, not any name seen (`World War II`).
    fn last_compatible_named(&self, female: Option<bool>) -> Option<String> {
        let ok =
            |n: &&String| female.is_none() || self.gender(n).map_or(true, |g| Some(g) == female);
        self.named.iter().rev().find(ok).cloned()
    }

    /// The latest person, with no mention near the quote.
    fn last_said(&self) -> Option<Said> {
        self.last().map(|name| Said {
            name,
            mention: None,
        })
    }

    /// The full name a shorter mention stands for (`Erdogan` → `Recep Tayyip Erdogan`): the
    /// latest person named, or the latest multi-word name seen in the text, whose last
    /// words are the mention's words; otherwise the mention itself.
    fn canonical(&self, name: &str) -> String {
        let words: Vec<String> = name.split_whitespace().map(fold).collect();
        // A full name stays as written: `Hillary Clinton` is not `Rival Hillary Clinton`.
        let surname = words.len() == 1
            || name.starts_with(|c: char| c.is_uppercase()) && {
                let first = words.first().map_or("", String::as_str);
                self.particles.contains(&first)
            };
        if !surname {
            return name.to_string();
        }
        // The name's words are the last of `full`'s, and `full` has more. Compared word by
        // word from the end without folding `full` into new strings: this runs for up to
        // twice PEOPLE_RECENT_MAX names per mention, and nearly all differ in the last word.
        let ends_with = |full: &&String| {
            let mut fw = full.split_whitespace().rev();
            words
                .iter()
                .rev()
                .all(|w| fw.next().is_some_and(|f| folds_to(f, w)))
                && fw.next().is_some()
        };
        let seen = words
            .last()
            .and_then(|w| self.seen_names.get(w))
            .map_or(&[][..], |v| v.as_slice());
        self.named
            .iter()
            .rev()
            .find(ends_with)
            .or_else(|| seen.iter().rev().take(PEOPLE_RECENT_MAX).find(ends_with))
            .cloned()
            .unwrap_or_else(|| name.to_string())
    }

    /// Records the multi-word names of a paragraph (runs of two or more capitalised words,
    /// titles and sentence openers stripped), for [`People::canonical`], and the gender the
    /// words before them mark. Where nouns are capitalised (German) only runs not after a
    /// determiner count.
    fn learn_names(&mut self, par: &str, toks: &[Tok]) {
        let mut k = 0;
        while k < toks.len() {
            if !can_join_name(par, toks, k) || toks[k].is(PARTICLE) {
                k += 1;
                continue;
            }
            let a = k;
            k = name_run_end(par, toks, a, toks.len());
            let after_det =
                (a > 0 && toks[a - 1].is(DET) || toks[a].is(DET)) && toks[a].is(CAPS_LANG);
            let mut e = k - 1;
            while e > a && toks[e].is(PARTICLE) {
                e -= 1;
            }
            if after_det || e < a + 1 {
                continue;
            }
            if let Some(Who::Named(n)) = name_from_run(par, toks, a, e) {
                if let Some(female) = gender_before(toks, a) {
                    self.set_gender(&n, female);
                }
                let all_caps = !n.chars().any(char::is_lowercase);
                if n.split_whitespace().count() >= 2 && !all_caps && !self.seen_set.contains(&n) {
                    self.seen_set.insert(n.clone());
                    let last = fold(n.split_whitespace().last().unwrap_or(""));
                    self.seen_names.entry(last).or_default().push(n.clone());
                    self.seen_order.push(n);
                }
            }
        }
    }

    /// Resolves a role description: the most recent person whose mentions so far carry one
    /// of the description's hint words just before the name (`Turkish President … Erdogan`
    /// for `the Turkish leader`); otherwise the most recent person, or name seen.
    /// `seen` is the paragraphs read so far (up to and including the quote's); only the
    /// [`ROLE_CANDIDATES_MAX`] most recent distinct surnames are tried.
    fn resolve_role(&mut self, hints: &[String], seen: &[&str]) -> Option<String> {
        self.resolve_role_by(hints, seen)
            .or_else(|| self.last())
            .or_else(|| self.seen_order.last().cloned())
    }

    /// A role description by its role noun (`la ministre`, `il ministro`, `de minister`):
    /// the latest person, named or only seen, with the role word within eight words before
    /// the name (`La ministre de la Transition écologique, Claire Vasseur`).
    fn resolve_by_role_word(&mut self, roles: &[String], seen: &[&str]) -> Option<String> {
        if roles.is_empty() {
            return None;
        }
        let mut tried: Vec<String> = Vec::new();
        for name in self.candidates() {
            let surname = name.split_whitespace().last().unwrap_or("").to_string();
            if surname.is_empty() || tried.contains(&surname) {
                continue;
            }
            if self.mentions.with_hint_within(seen, &surname, roles, 8) {
                return Some(name);
            }
            tried.push(surname);
        }
        None
    }

    /// The latest speaker whose mentions carry one of `hints` just before the surname.
    fn resolve_role_by(&mut self, hints: &[String], seen: &[&str]) -> Option<String> {
        if hints.is_empty() {
            return None;
        }
        let mut tried: Vec<String> = Vec::new();
        let names: Vec<String> = self.named.iter().rev().cloned().collect();
        for name in names {
            let surname = name.split_whitespace().last().unwrap_or("").to_string();
            if surname.is_empty() || tried.contains(&surname) {
                continue;
            }
            if tried.len() == ROLE_CANDIDATES_MAX {
                break;
            }
            if self.mentions.with_hint(seen, &surname, hints) {
                return Some(name);
            }
            tried.push(surname);
        }
        None
    }
}

/// Number of words in a quote's text.
fn word_count(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Looks like a sentence: starts with a capital (or digit) and ends with punctuation inside
/// the marks or right after them.
fn looks_like_sentence(par: &str, s: &Span) -> bool {
    let inner = par.get(s.inner_start..s.inner_end).unwrap_or("").trim();
    let first = inner.chars().find(|c| c.is_alphanumeric());
    let starts = first.is_some_and(|c| c.is_uppercase() || c.is_numeric());
    let ends_in = inner.ends_with(['.', '?', '!', ',', '\u{2026}']);
    let after = par.get(s.end..).unwrap_or("").chars().next();
    let ends_at = after.is_some_and(|c| ".?!".contains(c));
    starts && (ends_in || ends_at || s.open_ended)
}

/// State carried across paragraphs.
struct Carry {
    /// Speaker of a multi-paragraph quote still running, and the output indices of its pieces.
    multi: Option<(Option<Said>, Vec<usize>)>,
    /// The previous paragraph ended with an introduction (`X said:`): its speaker.
    intro: Option<Option<Said>>,
    /// The speaker of the previous paragraph's last statement, when that statement was in
    /// its last sentence: a paragraph that is only a quote continues them.
    last: Option<Said>,
}

/// Finds quoted spans in paragraphs given in reading order.
///
/// Each returned [`Quote`] carries its paragraph index and byte offsets into that paragraph
/// (opening mark to just past the closing mark), its [`QuoteKind`] and the speaker. Never
/// panics, whatever the input.
pub fn find_quotes(paragraphs: &[&str]) -> Vec<Quote> {
    find_quotes_in(paragraphs, None)
}

/// [`find_quotes`] for a page whose `lang` attribute is `lang`: the reporting verbs, pronouns
/// and titles are those of the page's language ([`lexicons::choose`] checks the attribute
/// against the text).
pub fn find_quotes_in(paragraphs: &[&str], lang: Option<&str>) -> Vec<Quote> {
    let lx = lexicons::choose(lang, paragraphs);
    let doubles = double_pairs(lang);
    let mut out: Vec<Quote> = Vec::new();
    let mut people = People {
        particles: lx.name_particles,
        ..People::default()
    };
    let mut carry = Carry {
        multi: None,
        intro: None,
        last: None,
    };
    for (pi, par) in paragraphs.iter().enumerate() {
        if par.trim().is_empty() {
            continue;
        }
        let next_par = paragraphs[pi + 1..].iter().find(|p| !p.trim().is_empty());
        let continues = next_par.is_some_and(|p| starts_with_opener(p));
        let spans = find_spans(par, continues, lx, doubles);
        let toks = tokenize(par, &spans, lx);
        people.learn_names(par, &toks);
        let sents = sentences(par, &toks, &spans);
        let first_is_continuation = carry.multi.is_some() && starts_with_opener(par);
        let mut run: Option<Said> = None;
        let mut last_cue_speaker: Option<Option<Said>> = None;
        let mut pending_multi = None;
        let mut last_statement: Option<(usize, Said)> = None;
        for (sn, &(lo, hi)) in sents.iter().enumerate() {
            track_sentence_subject(par, &toks, lo, hi, &mut people);
            let cues = find_cues(par, &toks, lo, hi, lx);
            // Resolve cues in order, updating the people list as names appear.
            let mut resolved: Vec<(usize, Option<Said>, bool)> = Vec::new();
            for cue in &cues {
                let near = toks.get(cue.tok).map_or(0, |t| t.start);
                let at = Place { par, pi, near };
                let inherit = matches!(cue.who, Who::Inherit);
                let sp = resolve_who(&cue.who, &mut people, paragraphs, at, lx);
                resolved.push((cue.tok, sp, inherit));
            }
            // Inherit: the nearest cue of the sentence that names someone, else the running
            // speaker of the paragraph, else the latest person.
            let named: Vec<(usize, Option<Said>)> = resolved
                .iter()
                .filter(|r| !r.2)
                .map(|r| (r.0, r.1.clone()))
                .collect();
            for r in resolved.iter_mut().filter(|r| r.2) {
                let from_sentence = named
                    .iter()
                    .min_by_key(|n| n.0.abs_diff(r.0))
                    .and_then(|n| n.1.clone());
                r.1 = from_sentence
                    .or_else(|| run.clone())
                    .or_else(|| people.last_said());
            }
            let prev_cue = last_cue_speaker.clone().flatten();
            if let Some(r) = resolved.last() {
                last_cue_speaker = Some(r.1.clone());
            }
            // The quotes of this sentence.
            let quote_toks: Vec<usize> = (lo..hi)
                .filter(|&k| matches!(toks[k].kind, TokKind::Quote(_)))
                .collect();
            for (qn, &qt) in quote_toks.iter().enumerate() {
                let TokKind::Quote(si) = toks[qt].kind else {
                    continue;
                };
                let Some(span) = spans.get(si) else { continue };
                let before_lo = if qn > 0 { quote_toks[qn - 1] + 1 } else { lo };
                let before: Vec<&Tok> = toks[before_lo..qt].iter().collect();
                let at_start = qn == 0
                    && before.iter().all(|t| matches!(t.kind, TokKind::Punct(c) if "([-\u{2013}\u{2014}".contains(c)));
                let inner = par.get(span.inner_start..span.inner_end).unwrap_or("");
                let inner_upper = inner
                    .trim_start()
                    .chars()
                    .find(|c| c.is_alphanumeric())
                    .is_some_and(|c| c.is_uppercase() || c.is_numeric());
                let before_has_cue = resolved.iter().any(|r| r.0 >= before_lo && r.0 < qt);
                // A reporting verb (not a naming one) with a speaker before the quote.
                let reported = resolved.iter().any(|r| {
                    r.0 >= before_lo && r.0 < qt && r.1.is_some() && !toks[r.0].is(NAMING)
                });
                let intro = match before.last().map(|t| t.kind) {
                    Some(TokKind::Punct(':')) => true,
                    Some(TokKind::Punct(',')) => before_has_cue,
                    Some(TokKind::Word) => before.last().is_some_and(|t| is_verb(t)) && inner_upper,
                    _ => false,
                };
                let nearest = resolved.iter().min_by_key(|r| r.0.abs_diff(qt));
                let is_cont_piece =
                    first_is_continuation && span.start == par.len() - par.trim_start().len();
                // `X was blunt: “…”`: a colon after a clause with a named subject.
                let colon_who = match before.last().map(|t| t.kind) {
                    Some(TokKind::Punct(':')) if qt > before_lo => {
                        colon_subject(par, &toks, before_lo, qt - 1)
                    }
                    _ => None,
                };
                let transcript = if at_start {
                    transcript_speaker(inner).map(|name| Said {
                        mention: Some(Mention::at(par, pi, span.inner_start, &name)),
                        name,
                    })
                } else {
                    None
                };
                let incise = if nearest.is_none() {
                    incise_speaker(par, pi, span, &mut people, paragraphs, lx)
                } else {
                    None
                };
                let (kind, speaker) = if let Some(name) = transcript {
                    (QuoteKind::Statement, Some(name))
                } else if let Some(said) = incise {
                    (QuoteKind::Statement, Some(said))
                } else if is_label(par, &toks, qt, inner, at_start || intro, reported, lx) {
                    (QuoteKind::Scare, None)
                } else if let Some(r) = nearest {
                    let kind = if at_start || intro || is_cont_piece {
                        QuoteKind::Statement
                    } else {
                        QuoteKind::Fragment
                    };
                    (kind, r.1.clone())
                } else if colon_who.is_none() && pro_drop_intro(par, &toks, &before, lx) {
                    // `Fue tajante: «…»`: the subject is the latest speaker.
                    (
                        QuoteKind::Statement,
                        run.clone().or_else(|| people.last_said()),
                    )
                } else if let Some(who) = colon_who {
                    (
                        QuoteKind::Statement,
                        resolve_who(
                            &who,
                            &mut people,
                            paragraphs,
                            Place {
                                par,
                                pi,
                                near: span.start,
                            },
                            lx,
                        ),
                    )
                } else if at_start && is_cont_piece {
                    (
                        QuoteKind::Statement,
                        carry.multi.as_ref().and_then(|m| m.0.clone()),
                    )
                } else if at_start && run.is_some() {
                    (QuoteKind::Statement, run.clone())
                } else if at_start && looks_like_sentence(par, span) && prev_cue.is_some() {
                    // `X sagte, dass … . „…“`: a quoted sentence right after a sentence that
                    // reports someone continues them.
                    (QuoteKind::Statement, prev_cue.clone())
                } else if at_start && carry.intro.is_some() {
                    (QuoteKind::Statement, carry.intro.clone().flatten())
                } else if sn == 0
                    && at_start
                    && carry.last.is_some()
                    && looks_like_sentence(par, span)
                {
                    // A paragraph of quoted speech with no attribution right after a
                    // paragraph that ends with someone's statement goes on quoting them.
                    (QuoteKind::Statement, carry.last.clone())
                } else if word_count(inner) <= 3 || !looks_like_sentence(par, span) {
                    (QuoteKind::Scare, None)
                } else {
                    (QuoteKind::Statement, None)
                };
                if kind == QuoteKind::Statement && speaker.is_some() {
                    run = speaker.clone();
                }
                if kind != QuoteKind::Scare {
                    last_statement = speaker.clone().map(|s| (sn, s));
                }
                let idx = out.len();
                out.push(Quote {
                    text: inner.trim().to_string(),
                    speaker: speaker.as_ref().map(|s| s.name.clone()),
                    mention: speaker.as_ref().and_then(|s| s.mention.clone()),
                    kind,
                    paragraph: pi,
                    start: span.start,
                    end: span.end,
                });
                if is_cont_piece {
                    if let Some((msp, pieces)) = carry.multi.as_mut() {
                        if speaker.is_some() && msp.is_none() {
                            // The attribution came late: give it to the earlier pieces too.
                            for &p in pieces.iter() {
                                if let Some(q) = out.get_mut(p) {
                                    q.speaker = speaker.as_ref().map(|s| s.name.clone());
                                    q.mention = speaker.as_ref().and_then(|s| s.mention.clone());
                                }
                            }
                            *msp = speaker.clone();
                        }
                        pieces.push(idx);
                    }
                }
                if span.open_ended {
                    pending_multi = Some((speaker, idx));
                }
            }
        }
        // Carry a running multi-paragraph quote on.
        carry.multi = match pending_multi {
            Some((sp, idx)) => {
                let mut pieces = if first_is_continuation {
                    carry.multi.take().map(|m| m.1).unwrap_or_default()
                } else {
                    Vec::new()
                };
                let sp = sp.or_else(|| {
                    pieces.first().and_then(|&p| out.get(p)).and_then(|q| {
                        Some(Said {
                            name: q.speaker.clone()?,
                            mention: q.mention.clone(),
                        })
                    })
                });
                pieces.push(idx);
                Some((sp, pieces))
            }
            None => None,
        };
        carry.last = last_statement
            .filter(|(sn, _)| sn + 1 == sents.len())
            .map(|(_, s)| s);
        carry.intro = if par.trim_end().ends_with(':') {
            last_cue_speaker.or_else(|| {
                // `Its spokesperson, Aoife Kerrigan, was blunt:` closing the paragraph.
                let &(lo, hi) = sents.last()?;
                let colon = hi.checked_sub(1)?;
                if toks.get(colon)?.kind != TokKind::Punct(':') {
                    return None;
                }
                let who = colon_subject(par, &toks, lo, colon)?;
                let near = toks.get(colon).map_or(0, |t| t.start);
                resolve_who(&who, &mut people, paragraphs, Place { par, pi, near }, lx).map(Some)
            })
        } else {
            None
        };
    }
    out
}

/// Where a cue was found: the paragraph (text and index) and a byte offset near the words
/// that name the speaker.
#[derive(Clone, Copy)]
struct Place<'a> {
    par: &'a str,
    pi: usize,
    near: usize,
}

/// The speaker named by an attribution set inside the marks, as French, Spanish and Italian
/// write it (`« Nous avons tout essayé, a-t-il déclaré. Rien n’a fonctionné. »`, `«Es
/// pronto —dijo—, pero llegaremos»`): a comma or dash, a reporting verb with its inverted or
/// joined subject, then a comma, dash or full stop.
fn incise_speaker(
    par: &str,
    pi: usize,
    span: &Span,
    people: &mut People,
    paragraphs: &[&str],
    lx: &Lexicon,
) -> Option<Said> {
    let inner = par.get(span.inner_start..span.inner_end)?;
    let toks = tokenize(inner, &[], lx);
    let sep =
        |k: usize| matches!(toks[k].kind, TokKind::Punct(c) if ",\u{2014}\u{2013}".contains(c));
    for k in 0..toks.len() {
        if !sep(k) {
            continue;
        }
        let end = (k + 1..toks.len())
            .find(|&j| matches!(toks[j].kind, TokKind::Punct(_)))
            .unwrap_or(toks.len());
        if end - k > 7 || !(k + 1..end).any(|j| is_verb(&toks[j]) && !toks[j].is(NAMING)) {
            continue;
        }
        let v = (k + 1..end).find(|&j| is_verb(&toks[j]) || toks[j].is(INV_PRON | SKIP))?;
        let who = joined_pronoun(
            inner,
            &toks,
            k + 1,
            (k + 1..end).find(|&j| is_verb(&toks[j]))?,
        )
        .or_else(|| {
            subject_after(
                inner,
                &toks,
                (v..end).find(|&j| is_verb(&toks[j]))? + 1,
                end,
            )
        })?;
        let near = span.inner_start + toks[v].start;
        return resolve_who(&who, people, paragraphs, Place { par, pi, near }, lx);
    }
    None
}

/// A colon introduction with no subject in a language that drops subjects (`Fue tajante:`,
/// `è stato chiaro:`, `foi direto:`): a short clause of lower-case words (a capital only at
/// its start) right before the quote.
fn pro_drop_intro(par: &str, toks: &[Tok], before: &[&Tok], lx: &Lexicon) -> bool {
    if !lx.pro_drop || !before.last().is_some_and(|t| t.kind == TokKind::Punct(':')) {
        return false;
    }
    let clause: Vec<&&Tok> = before[..before.len() - 1]
        .iter()
        .rev()
        .take_while(|t| t.kind == TokKind::Word)
        .collect();
    let _ = (par, toks);
    !clause.is_empty()
        && clause.len() <= 10
        && clause.iter().rev().skip(1).all(|t| !t.is(UPPER))
        && clause.iter().all(|t| !t.is(PRON | DET) || t.is(SKIP))
}

/// The gender a word marks in `lx` (`she`, `elle`, `la`), if any.
fn gender_of_word(w: &str, lx: &Lexicon) -> Option<bool> {
    let f = classify(w, lx);
    if f & FEM != 0 {
        Some(true)
    } else if f & MASC != 0 {
        Some(false)
    } else {
        None
    }
}

/// Resolves who a cue or colon introduction names: a name is recorded under its canonical
/// form (the full name as first introduced), third-person pronouns and role descriptions
/// resolve to earlier mentions, first/second-person pronouns and unnamed sources stay as
/// written, impersonal subjects (`it`, `es`) name nobody, and `Inherit` gives `None` (the
/// caller inherits).
fn resolve_who(
    who: &Who,
    people: &mut People,
    paragraphs: &[&str],
    at: Place,
    lx: &Lexicon,
) -> Option<Said> {
    let mention = |text: &str| Some(Mention::at(at.par, at.pi, at.near, text));
    match who {
        Who::Named(n) => {
            let name = people.canonical(n);
            people.push(&name);
            Some(Said {
                name,
                mention: mention(n),
            })
        }
        Who::Pronoun(p) => {
            let lp = fold(p);
            if lx.pronouns.contains(&lp.as_str()) {
                let female = gender_of_word(p, lx);
                let name = people
                    .last_compatible_named(female)
                    .or_else(|| people.last())
                    .unwrap_or_else(|| p.clone());
                Some(Said {
                    name,
                    mention: mention(p),
                })
            } else if lx.impersonal.contains(&lp.as_str()) {
                // An institution or document nobody named here.
                None
            } else {
                Some(Said {
                    name: p.clone(),
                    mention: mention(p),
                })
            }
        }
        Who::Role { text, hints } => {
            let seen = paragraphs.get(..=at.pi).unwrap_or(paragraphs);
            let roles: Vec<String> = text
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| classify(w, lx) & (ROLE | TITLE) != 0)
                .map(fold)
                .collect();
            let canon = people.canonical(text);
            let found = (canon != *text)
                .then_some(canon)
                .or_else(|| people.resolve_role_by(hints, seen))
                .or_else(|| people.resolve_by_role_word(&roles, seen))
                .or_else(|| {
                    let female = text
                        .split_whitespace()
                        .next()
                        .and_then(|w| gender_of_word(w, lx));
                    female.and_then(|_| people.last_compatible(female))
                })
                .or_else(|| people.resolve_role(hints, seen));
            if let Some(n) = &found {
                people.push(n);
            }
            Some(Said {
                name: found.unwrap_or_else(|| text.clone()),
                mention: mention(text),
            })
        }
        Who::Other(t) => Some(Said {
            name: t.clone(),
            mention: mention(t),
        }),
        Who::Inherit => None,
    }
}

/// A sentence that opens with a description and the name in apposition (`La sindaca,
/// Francesca Bellini, ha disposto …`, `Son capitaine, Karim Benali, se veut …`): the name.
fn described_subject(par: &str, toks: &[Tok], lo: usize, hi: usize) -> Option<String> {
    let mut a = lo;
    while a < hi && toks[a].is(CONJ) {
        a += 1;
    }
    if !(is_word(toks, a) && toks[a].is(DET)) {
        return None;
    }
    let comma = (a + 1..hi.min(a + 10))
        .take_while(|&k| is_word(toks, k) || toks[k].kind == TokKind::Punct(','))
        .find(|&k| toks[k].kind == TokKind::Punct(','))?;
    let mut b = comma + 1;
    while b < hi && can_join_name(par, toks, b) {
        b += 1;
    }
    let closed = toks.get(b).is_some_and(|t| t.kind == TokKind::Punct(','));
    if b < comma + 3 || !closed || toks[comma + 1].is(NONNAME) {
        return None;
    }
    match name_from_run(par, toks, comma + 1, b - 1)? {
        Who::Named(n) if n.split_whitespace().count() >= 2 => Some(n),
        _ => None,
    }
}

/// A sentence that starts with a multi-word name followed by a lowercase word
/// (`Hillary Clinton has gotten…`) still makes that person the latest one mentioned.
fn track_sentence_subject(par: &str, toks: &[Tok], lo: usize, hi: usize, people: &mut People) {
    if let Some(n) = described_subject(par, toks, lo, hi) {
        let name = people.canonical(&n);
        if let Some(female) = gender_before(toks, lo) {
            people.set_gender(&name, female);
        }
        people.push(&name);
        return;
    }
    // `La escritora mexicana Daniela Fuentes ganó …`: a description ending in a full name.
    if is_word(toks, lo) && toks[lo].is(DET) && !toks[lo].is(CAPS_LANG) {
        if let Some(Who::Named(n)) = subject_after(par, toks, lo, hi) {
            if n.split_whitespace().count() >= 2 {
                let name = people.canonical(&n);
                people.push(&name);
                return;
            }
        }
    }
    // `Fuentes, de 41 años, publicó …`: a surname alone for someone named in full before.
    let single = is_word(toks, lo)
        && toks[lo].is(UPPER)
        && !toks[lo].is(NONNAME | DET | PRON)
        && toks.get(lo + 1).is_some_and(|t| {
            t.kind == TokKind::Punct(',') || t.kind == TokKind::Word && !t.is(UPPER)
        });
    if single {
        let w = word(par, &toks[lo]);
        let name = people.canonical(w);
        if name != w {
            people.push(&name);
            return;
        }
    }
    let mut a = lo;
    let particle_name = |k: usize| {
        toks[k].is(PARTICLE) && toks[k].is(UPPER) && toks.get(k + 1).is_some_and(|n| n.is(UPPER))
    };
    while a < hi && is_word(toks, a) && toks[a].is(NONNAME) && !particle_name(a) {
        a += 1;
    }
    if toks.get(a).is_some_and(|t| t.is(DET) && t.is(CAPS_LANG)) {
        // `Dessen Haushaltspolitik nennt …`: a German noun phrase, not a name.
        return;
    }
    let b = name_run_end(par, toks, a, hi);
    let followed = toks.get(b).is_some_and(|t| match t.kind {
        TokKind::Word => !starts_upper(word(par, t)),
        TokKind::Punct(c) => c == '(' || c == ',',
        TokKind::Quote(_) => false,
    });
    if b < hi && b >= a + 2 && followed {
        if let Some(Who::Named(n)) = name_from_run(par, toks, a, b - 1) {
            let all_caps = !n.chars().any(char::is_lowercase);
            if n.split_whitespace().count() >= 2 && !all_caps {
                let name = people.canonical(&n);
                people.push(&name);
            }
        }
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_lang;
