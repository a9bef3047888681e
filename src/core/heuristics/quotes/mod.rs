//! Named data for the quote analysis ([`crate::core::quotes`]): one [`Lexicon`] per language
//! (reporting verbs, "according to" forms, pronouns, titles, function words), the quote-mark
//! conventions of each writing tradition ([`marks`]), and the page-language choice.
//!
//! Each language file says where its words come from (a grammar, a style guide, a
//! dictionary, Wikipedia's "Quotation mark" article) next to each list. Words are stored
//! lower-case; the analysis folds a word with [`fold`] (full Unicode lower-casing, so `Ä`,
//! `É` and `İ` match) before looking it up.

pub mod de;
pub mod en;
pub mod es;
pub mod fr;
pub mod it;
pub mod marks;
pub mod nl;
pub mod pt;

/// The words one language uses around quotes. Lists hold lower-case forms; an entry with a
/// space (`according to`, `d'après`) is matched as consecutive words.
#[derive(Debug)]
pub struct Lexicon {
    /// ISO 639-1 code.
    pub code: &'static str,
    /// Frequent function words that identify the language in running text (for pages whose
    /// `lang` is missing or wrong): the most frequent words of news text in the language
    /// that are rare in the others.
    pub stopwords: &'static [&'static str],
    /// Finite reporting verbs and the participles of compound tenses (`said`, `sagte`,
    /// `gesagt`, `déclaré`, `dijo`): a cue whose subject is the speaker.
    pub reporting_verbs: &'static [&'static str],
    /// Forms that continue someone's speech without a subject of their own (`adding`,
    /// `ajoutant`, `añadiendo`); their speaker is inherited.
    pub participles: &'static [&'static str],
    /// Verbs that introduce a quoted label rather than speech (`called`, `nannte`).
    pub naming_verbs: &'static [&'static str],
    /// Prepositions before a source (`according to X`, `laut X`, `selon X`).
    pub according_before: &'static [&'static str],
    /// Prepositions that name whose view a sentence gives when they open it (`For Smith,
    /// …`, `Pour le ministre, …`, `Para o senador, …`); mid-sentence they mean something else.
    pub according_initial: &'static [&'static str],
    /// Postpositions after a source (`X zufolge`).
    pub according_after: &'static [&'static str],
    /// Words that, right after a quote and a comma, introduce its source (`„…“, so Müller`,
    /// `"…", aldus De Vries`).
    pub after_quote: &'static [&'static str],
    /// Third-person pronouns that resolve to the latest person named.
    pub pronouns: &'static [&'static str],
    /// Words that mark a person as male: pronouns, determiners and honorifics (`he`, `il`,
    /// `le`, `Herr`); they make a pronoun or description resolve to a compatible person.
    pub masculine: &'static [&'static str],
    /// Words that mark a person as female (`she`, `elle`, `la`, `Frau`).
    pub feminine: &'static [&'static str],
    /// First/second-person pronouns (kept as written) and impersonal ones (no speaker).
    pub other_pronouns: &'static [&'static str],
    /// Impersonal subjects that name nobody (`it`, `es`).
    pub impersonal: &'static [&'static str],
    /// Titles and honorifics stripped from the front of a name.
    pub titles: &'static [&'static str],
    /// Role nouns: a definite description built on one refers to someone already named.
    pub role_nouns: &'static [&'static str],
    /// Role nouns also match as the head of a compound (German/Dutch write compounds as one
    /// word: `Regierungssprecher` ends in `sprecher`).
    pub compound_roles: bool,
    /// Common nouns are capitalised (German), so a capitalised word after a determiner is a
    /// noun, not a name.
    pub capitalised_nouns: bool,
    /// Capitalised words that start sentences or clauses but are not part of a name.
    pub non_name_caps: &'static [&'static str],
    /// Words that may stand between a subject and its verb: adverbs and auxiliaries.
    pub skip_before_verb: &'static [&'static str],
    /// Determiners opening a subject phrase.
    pub determiners: &'static [&'static str],
    /// The definite ones among them: a definite role description (`the minister`) refers
    /// to someone already named.
    pub definite: &'static [&'static str],
    /// Words that end a backward walk over a lower-case subject phrase.
    pub phrase_breakers: &'static [&'static str],
    /// Particles allowed inside a name (`de`, `van`, `von`).
    pub name_particles: &'static [&'static str],
    /// Abbreviations that keep their period (do not end a sentence).
    pub abbreviations: &'static [&'static str],
    /// Words opening an appositive or relative clause after a name.
    pub appositive_openers: &'static [&'static str],
    /// Conjunctions that start a clause without being part of its subject.
    pub clause_conjunctions: &'static [&'static str],
    /// Small words allowed in lower case inside a title of a work.
    pub title_small_words: &'static [&'static str],
    /// Words right before a quote that make it a title, name or label whatever its case
    /// (`so-called`, `titled`, `namens`, `intitulé`): the quote is a scare quote.
    pub label_cues: &'static [&'static str],
    /// Nouns for works, media, campaigns and things with names (`the book`, `le film`,
    /// `das Schiff`): a capitalised quote right after one is its title or name (a lower-case
    /// one is more often a quoted judgement: `un plan « insuffisant »`).
    pub work_nouns: &'static [&'static str],
    /// Relative words that open `what X calls`: before a naming verb right before a quote
    /// (`ce qu'ils appellent le « … »`, `what critics call the “…”`) they make the quote the
    /// name some people give a thing, a scare quote.
    pub what_relatives: &'static [&'static str],
    /// Words right after a quote that make it a name (`„Bruno“ genannt`, `„X“ heißt`).
    pub label_after: &'static [&'static str],
    /// Elided articles and pronouns written onto the next word (`l'`, `d'`, `qu'`).
    pub elided_prefixes: &'static [&'static str],
    /// Reflexive pronouns that may follow an inverted verb before its subject (`äußerte
    /// sich der Minister`, `zei zich`).
    pub reflexives: &'static [&'static str],
    /// Subject pronouns joined to an inverted verb (`déclare-t-il`, `a-t-elle`).
    pub inversion_suffixes: &'static [&'static str],
    /// Subjects may be dropped (Spanish, Italian, Portuguese): `…», ha aggiunto.` and `Fue
    /// tajante: «…»` continue the latest speaker.
    pub pro_drop: bool,
    /// Verb-second word order (German, Dutch): after a fronted adverbial the subject follows
    /// the verb (`Am Montag sagte Müller`), so a verb without a subject before it looks after.
    pub verb_second: bool,
    /// Verb forms of the reported-speech mood (German Konjunktiv I: `sei`, `habe`, `werde`):
    /// outside quotes they mark the sentence as someone's reported words, so a quote in it is
    /// a fragment of that report (`Er habe „nicht den Eindruck, …“`).
    pub reported_mood: &'static [&'static str],
    /// Words written with a leading apostrophe that looks like an opening single quote
    /// (`‘em`, `‘til`).
    pub elisions: &'static [&'static str],
}

/// All languages with a lexicon, English first (the fallback).
pub const LEXICONS: &[&Lexicon] = &[
    &en::EN,
    &de::DE,
    &fr::FR,
    &es::ES,
    &it::IT,
    &pt::PT,
    &nl::NL,
];

/// Folds a word for lookup: full Unicode lower-casing (`char::to_lowercase`, so `Ä` → `ä`
/// and `İ` → `i̇`) and the typographic apostrophe ’ read as '.
pub fn fold(w: &str) -> String {
    // Most words are ASCII, where this is the same and a byte copy (the quote analysis
    // folds every word it looks up).
    if w.is_ascii() {
        return w.to_ascii_lowercase();
    }
    w.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == '\u{2019}' { '\'' } else { c })
        .collect()
}

/// Whether `fold(w) == folded`, without building the folded string.
pub fn folds_to(w: &str, folded: &str) -> bool {
    w.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == '\u{2019}' { '\'' } else { c })
        .eq(folded.chars())
}

/// The lexicon for a BCP 47 language tag (`de-CH` → German); `None` for languages without
/// one.
pub fn by_tag(tag: &str) -> Option<&'static Lexicon> {
    let primary = fold(tag.trim().split(['-', '_']).next().unwrap_or(""));
    LEXICONS.iter().copied().find(|l| l.code == primary)
}

/// How many of the first words must be function words of the best language before the text
/// overrules the page's `lang` (a few hundred words of news text hold dozens).
const MIN_STOPWORD_HITS: usize = 8;
/// Words of text looked at.
const PROFILE_WORDS: usize = 400;

/// Picks the page language: the `lang` attribute when the text agrees or says too little,
/// else the language whose function words the text uses most. Content-management systems
/// often ship a default `lang="en"` on pages in other languages, so the text has the last
/// word when it is clear (a best language with at least eight hits and
/// twice the declared language's count).
pub fn choose(lang_attr: Option<&str>, paragraphs: &[&str]) -> &'static Lexicon {
    let declared = lang_attr.and_then(by_tag);
    let counts = stopword_counts(paragraphs);
    let best = counts
        .iter()
        .enumerate()
        .max_by_key(|&(i, c)| (*c, usize::MAX - i))
        .map(|(i, c)| (LEXICONS[i], *c));
    match (declared, best) {
        (Some(d), Some((b, n))) => {
            let dn = LEXICONS
                .iter()
                .position(|l| std::ptr::eq(*l, d))
                .map_or(0, |i| counts[i]);
            if n >= MIN_STOPWORD_HITS && n >= 2 * dn.max(1) {
                b
            } else {
                d
            }
        }
        (Some(d), None) => d,
        (None, Some((b, n))) if n >= MIN_STOPWORD_HITS => b,
        _ => &en::EN,
    }
}

fn stopword_counts(paragraphs: &[&str]) -> Vec<usize> {
    let mut counts = vec![0; LEXICONS.len()];
    let words = paragraphs
        .iter()
        .flat_map(|p| p.split(|c: char| !c.is_alphabetic() && c != '\'' && c != '\u{2019}'))
        .filter(|w| !w.is_empty())
        .take(PROFILE_WORDS);
    for w in words {
        let f = fold(w);
        for (i, l) in LEXICONS.iter().enumerate() {
            if l.stopwords.contains(&f.as_str()) {
                counts[i] += 1;
            }
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_attribute_picks_the_lexicon() {
        assert_eq!(choose(Some("de-CH"), &["Kurz."]).code, "de");
        assert_eq!(choose(Some("pt-BR"), &[]).code, "pt");
        assert_eq!(choose(None, &[]).code, "en");
    }

    #[test]
    fn text_overrules_a_wrong_default_lang() {
        let par = "Der Minister sagte am Montag, dass die Regierung nicht mit der Opposition \
                   verhandeln werde und dass es für die Bürger keine neuen Steuern gebe. Das \
                   sei auch im Interesse der Länder, die sich nicht einigen konnten.";
        assert_eq!(choose(Some("en"), &[par]).code, "de");
        let fr = "Le ministre a déclaré lundi que le gouvernement ne négocierait pas avec \
                  l'opposition et qu'il n'y aurait pas de nouveaux impôts pour les citoyens.";
        assert_eq!(choose(None, &[fr]).code, "fr");
        let nl = "De minister zei maandag dat de regering niet met de oppositie zou \
                  onderhandelen en dat er voor de burgers geen nieuwe belastingen komen.";
        assert_eq!(choose(Some("en-US"), &[nl]).code, "nl");
    }

    #[test]
    fn folding_is_unicode() {
        assert_eq!(fold("ÄUSSERTE"), "äusserte");
        assert_eq!(fold("Déclaré"), "déclaré");
        assert_eq!(fold("D’après"), "d'après");
    }

    #[test]
    fn every_list_is_lower_case() {
        for l in LEXICONS {
            let lists = [
                l.stopwords,
                l.reporting_verbs,
                l.participles,
                l.naming_verbs,
                l.according_before,
                l.according_after,
                l.after_quote,
                l.pronouns,
                l.other_pronouns,
                l.titles,
                l.role_nouns,
                l.non_name_caps,
                l.skip_before_verb,
                l.determiners,
                l.label_cues,
                l.reported_mood,
            ];
            for w in lists.iter().flat_map(|x| x.iter()) {
                assert_eq!(fold(w), *w, "{}: {w}", l.code);
            }
        }
    }
}
