//! Word classes of the page's language, looked up once per word token so the attribution
//! rules test bits instead of lists (and stay the same in every language).

use super::{fold, Lexicon};
use crate::core::heuristics::quotes::LEXICONS;
use std::collections::HashMap;
use std::sync::OnceLock;

/// A finite reporting verb or compound-tense participle.
pub(super) const VERB: u32 = 1;
/// A naming verb (`called`, `nannte`).
pub(super) const NAMING: u32 = 1 << 1;
/// A participle that continues someone's speech (`adding`).
pub(super) const PART: u32 = 1 << 2;
/// A third-person pronoun that resolves to the latest person.
pub(super) const PRON: u32 = 1 << 3;
/// A first/second-person pronoun.
pub(super) const PRON_OTHER: u32 = 1 << 4;
/// An impersonal subject (`it`, `es`).
pub(super) const IMPERS: u32 = 1 << 5;
/// A title stripped from the front of a name.
pub(super) const TITLE: u32 = 1 << 6;
/// A role noun.
pub(super) const ROLE: u32 = 1 << 7;
/// A capitalised word that is not part of a name.
pub(super) const NONNAME: u32 = 1 << 8;
/// An adverb or auxiliary between subject and verb.
pub(super) const SKIP: u32 = 1 << 9;
/// A determiner.
pub(super) const DET: u32 = 1 << 10;
/// A word that ends a subject phrase.
pub(super) const BREAK: u32 = 1 << 11;
/// A name particle (`de`, `van`).
pub(super) const PARTICLE: u32 = 1 << 12;
/// Opens an appositive or relative clause.
pub(super) const APPOS: u32 = 1 << 13;
/// A clause conjunction.
pub(super) const CONJ: u32 = 1 << 14;
/// Introduces a title or label (`book`, `namens`).
pub(super) const LABEL: u32 = 1 << 15;
/// A postposition after a source (`zufolge`).
pub(super) const ACC_AFTER: u32 = 1 << 16;
/// Introduces a source right after a quote (`so`, `aldus`).
pub(super) const AFTER_Q: u32 = 1 << 17;
/// Carries an inverted subject pronoun (`déclare-t-il`, `a-t-elle`).
pub(super) const INV_PRON: u32 = 1 << 18;
/// An abbreviation that keeps its period.
pub(super) const ABBR: u32 = 1 << 19;
/// Starts with an upper-case letter.
pub(super) const UPPER: u32 = 1 << 20;
/// Began with an elided article (`l'économiste`).
pub(super) const ELIDED_DET: u32 = 1 << 21;
/// A definite determiner (`the`, `der`, `le`).
pub(super) const DEF: u32 = 1 << 22;
/// A reflexive pronoun after an inverted verb (`äußerte sich der Minister`).
pub(super) const REFLEXIVE: u32 = 1 << 24;
/// A one-word source preposition (`laut`, `selon`).
pub(super) const ACC_BEFORE: u32 = 1 << 25;
/// Follows a name or label in quotes (`„Bruno“ genannt`, `« X », surnommé`).
pub(super) const LABEL_AFTER: u32 = 1 << 26;
/// A noun for a work or named thing (`book`, `film`, `Schiff`).
pub(super) const WORK: u32 = 1 << 27;
/// Marks a male person (`he`, `il`, `le`, `Herr`).
pub(super) const MASC: u32 = 1 << 28;
/// Marks a female person (`she`, `elle`, `la`, `Frau`).
pub(super) const FEM: u32 = 1 << 29;
/// Opens `what X calls` (`what`, `ce`, `was`).
pub(super) const WHAT: u32 = 1 << 30;
/// A verb form of the reported-speech mood (`sei`, `habe`).
pub(super) const MOOD: u32 = 1 << 31;
/// The page's language capitalises common nouns (every word token carries this bit then).
pub(super) const CAPS_LANG: u32 = 1 << 23;

/// `w` ends in an entry of `list` of at least four letters: a compound's head
/// (`regierungssprecher`).
fn has_compound_head(list: &[&str], w: &str) -> bool {
    list.iter()
        .any(|e| e.chars().count() >= 4 && w.len() > e.len() && w.ends_with(e))
}

/// Every list of `lx` a word is looked up in whole, with the class bit it gives.
fn lists(lx: &Lexicon) -> [(&'static [&'static str], u32); 28] {
    [
        (lx.reported_mood, MOOD),
        (lx.what_relatives, WHAT),
        (lx.masculine, MASC),
        (lx.feminine, FEM),
        (lx.according_before, ACC_BEFORE),
        (lx.label_after, LABEL_AFTER),
        (lx.reflexives, REFLEXIVE),
        (lx.definite, DEF),
        (lx.reporting_verbs, VERB),
        (lx.naming_verbs, NAMING),
        (lx.participles, PART),
        (lx.pronouns, PRON),
        (lx.other_pronouns, PRON_OTHER),
        (lx.impersonal, IMPERS),
        (lx.non_name_caps, NONNAME),
        (lx.skip_before_verb, SKIP),
        (lx.determiners, DET),
        (lx.phrase_breakers, BREAK),
        (lx.name_particles, PARTICLE),
        (lx.appositive_openers, APPOS),
        (lx.clause_conjunctions, CONJ),
        (lx.according_after, ACC_AFTER),
        (lx.after_quote, AFTER_Q),
        (lx.abbreviations, ABBR),
        (lx.titles, TITLE),
        (lx.role_nouns, ROLE),
        (lx.label_cues, LABEL),
        (lx.work_nouns, WORK),
    ]
}

/// The class bits of every entry of `lx`'s lists.
fn entry_bits(lx: &Lexicon) -> HashMap<&'static str, u32> {
    let mut bits: HashMap<&'static str, u32> = HashMap::new();
    for (list, bit) in lists(lx) {
        for &e in list {
            *bits.entry(e).or_default() |= bit;
        }
    }
    bits
}

/// The whole-word class bits of `base` in `lx`. Each language's table is built once: this
/// runs for every word of every paragraph, and testing each word against 26 lists one entry
/// at a time was the analyses' largest cost (`perf` on the Readability test pages).
fn whole_word_bits(base: &str, lx: &Lexicon) -> u32 {
    static TABLES: OnceLock<Vec<HashMap<&'static str, u32>>> = OnceLock::new();
    let tables = TABLES.get_or_init(|| LEXICONS.iter().map(|l| entry_bits(l)).collect());
    match LEXICONS.iter().position(|l| l.code == lx.code) {
        Some(i) => tables
            .get(i)
            .and_then(|t| t.get(base))
            .copied()
            .unwrap_or(0),
        // Not a shipped lexicon: look through its lists.
        None => lists(lx)
            .iter()
            .filter(|(list, _)| list.contains(&base))
            .fold(0, |f, (_, bit)| f | bit),
    }
}

/// Longest word [`classify`] folds on the stack.
const FOLD_BUF: usize = 32;

/// [`fold`] of an ASCII word that fits `buf`, written there: every word of every paragraph
/// is classified, and most are short and ASCII, where an allocation per word was a large
/// part of the quote analysis (callgrind on the Readability test pages).
fn ascii_folded<'b>(w: &str, buf: &'b mut [u8; FOLD_BUF]) -> Option<&'b str> {
    let dst = buf.get_mut(..w.len()).filter(|_| w.is_ascii())?;
    dst.copy_from_slice(w.as_bytes());
    dst.make_ascii_lowercase();
    std::str::from_utf8(dst).ok()
}

/// The word classes of `w` (as written) in `lx`.
pub(super) fn classify(w: &str, lx: &Lexicon) -> u32 {
    let mut f = if lx.capitalised_nouns { CAPS_LANG } else { 0 };
    if w.chars().next().is_some_and(char::is_uppercase) {
        f |= UPPER;
    }
    let mut buf = [0u8; FOLD_BUF];
    let owned;
    let mut base = match ascii_folded(w.trim_end_matches('.'), &mut buf) {
        Some(b) => b,
        None => {
            owned = fold(w.trim_end_matches('.'));
            owned.as_str()
        }
    };
    if let Some(p) = lx.elided_prefixes.iter().find(|p| base.starts_with(**p)) {
        if base.len() > p.len() {
            base = &base[p.len()..];
            if lx.determiners.contains(p) {
                f |= ELIDED_DET;
            }
        }
    }
    if let Some(sfx) = lx
        .inversion_suffixes
        .iter()
        .find(|s| base.len() > s.len() && base.ends_with(**s))
    {
        base = &base[..base.len() - sfx.len()];
        f |= INV_PRON;
    }
    f |= whole_word_bits(base, lx);
    if lx.compound_roles {
        let heads = [
            (lx.titles, TITLE),
            (lx.role_nouns, ROLE),
            (lx.label_cues, LABEL),
            (lx.work_nouns, WORK),
        ];
        for (list, bit) in heads {
            if f & bit == 0 && has_compound_head(list, base) {
                f |= bit;
            }
        }
    }
    f
}

/// Number of words of the first entry of `list` that starts at `words[0]` (entries with a
/// space are consecutive words), if any.
pub(super) fn phrase_at(list: &[&str], words: &[&str]) -> Option<usize> {
    // Entries are folded already. This runs at every word of a sentence and most words
    // start no entry: the first word, folded on the stack, rejects them before anything is
    // allocated; the words are then folded once, not once per entry.
    let mut buf = [0u8; FOLD_BUF];
    let owned;
    let first = match ascii_folded(words.first()?, &mut buf) {
        Some(f) => f,
        None => {
            owned = fold(words.first()?);
            owned.as_str()
        }
    };
    let opens = |e: &&str| {
        e.strip_prefix(first)
            .is_some_and(|r| r.is_empty() || r.starts_with(' '))
    };
    if !list.iter().any(opens) {
        return None;
    }
    let folded: Vec<String> = words.iter().map(|w| fold(w)).collect();
    list.iter().find_map(|e| {
        let n = e.split(' ').count();
        let ok = n <= folded.len() && e.split(' ').zip(&folded).all(|(p, w)| w == p);
        ok.then_some(n)
    })
}
