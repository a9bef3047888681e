//! Estimated reading time of an article (see [`crate::core::heuristics::reading`]).

use crate::core::heuristics::reading::{
    MEAN_WORD_LETTERS, SILENT_WORDS_PER_MINUTE, UNSPACED_SCRIPT_SHARE_MAX, WORD_LENGTH_FACTOR_MAX,
};
use serde::Serialize;

/// How long the article takes to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ReadingTime {
    /// Words counted (tokens between spaces holding a letter or digit).
    pub words: u32,
    /// The rate used, words per minute.
    pub words_per_minute: u32,
    /// Whole minutes, rounded up; at least 1.
    pub minutes: u32,
}

/// Whether `c` belongs to a script written without spaces between words.
fn unspaced(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}' // Hiragana, Katakana
        | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' // Han
        | '\u{0e00}'..='\u{0eff}' // Thai, Lao
        | '\u{1000}'..='\u{109f}' // Myanmar
        | '\u{1780}'..='\u{17ff}' // Khmer
    )
}

/// The mean word length of `lang`'s non-fiction, when known.
fn language_mean(lang: Option<&str>) -> Option<f64> {
    let primary = lang?.split(['-', '_']).next()?.trim().to_ascii_lowercase();
    MEAN_WORD_LETTERS
        .iter()
        .find(|(code, _)| *code == primary)
        .map(|&(_, mean)| mean)
}

/// The reading time of `blocks` (the article's text blocks) in language `lang` (a BCP 47
/// tag as the page declared it); `None` when there are no words, or when the text is in a
/// script that does not separate words with spaces.
pub fn reading_time<'a>(
    blocks: impl IntoIterator<Item = &'a str>,
    lang: Option<&str>,
) -> Option<ReadingTime> {
    let (mut words, mut letters, mut unspaced_letters) = (0u64, 0u64, 0u64);
    for block in blocks {
        for token in block.split_whitespace() {
            let alphanumeric = token.chars().filter(|c| c.is_alphanumeric());
            let (mut n, mut u) = (0u64, 0u64);
            for c in alphanumeric {
                n += 1;
                u += u64::from(unspaced(c));
            }
            if n > 0 {
                words += 1;
                letters += n;
                unspaced_letters += u;
            }
        }
    }
    if words == 0 || unspaced_letters as f64 > letters as f64 * UNSPACED_SCRIPT_SHARE_MAX {
        return None;
    }
    let rate = match language_mean(lang) {
        Some(mean) => {
            let factor = (mean / (letters as f64 / words as f64))
                .clamp(1.0 / WORD_LENGTH_FACTOR_MAX, WORD_LENGTH_FACTOR_MAX);
            SILENT_WORDS_PER_MINUTE * factor
        }
        None => SILENT_WORDS_PER_MINUTE,
    };
    let minutes = (words as f64 / rate).ceil().max(1.0);
    Some(ReadingTime {
        words: u32::try_from(words).unwrap_or(u32::MAX),
        words_per_minute: rate.round() as u32,
        minutes: minutes.min(f64::from(u32::MAX)) as u32,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repeat(sentence: &str, times: usize) -> String {
        vec![sentence; times].join(" ")
    }

    #[test]
    fn an_english_text_of_average_word_length_reads_at_the_plain_rate() {
        // 10 words, 46 letters: the English mean of 4.6 letters per word.
        let text = repeat(
            "The river rose two metres and the council opened stores.",
            50,
        );
        let t = reading_time([text.as_str()], Some("en-GB")).expect("words");
        assert_eq!(t.words, 500);
        assert_eq!(t.words_per_minute, 238);
        assert_eq!(t.minutes, 3); // 500 / 238 = 2.1
    }

    #[test]
    fn longer_words_than_the_language_usually_has_read_slower() {
        let short = repeat("The dog ran to the old red barn in the rain.", 30);
        let long = repeat(
            "Parliamentary investigators scrutinised municipal procurement irregularities.",
            30,
        );
        let lang = Some("en");
        let a = reading_time([short.as_str()], lang).expect("words");
        let b = reading_time([long.as_str()], lang).expect("words");
        assert!(
            a.words_per_minute > 238 && b.words_per_minute < 238,
            "{a:?} {b:?}"
        );
        // Bounded either way by WORD_LENGTH_FACTOR_MAX.
        assert!(b.words_per_minute as f64 >= 238.0 / WORD_LENGTH_FACTOR_MAX - 1.0);
    }

    #[test]
    fn languages_without_a_known_word_length_get_the_plain_rate() {
        let de = repeat(
            "Die Gemeinde öffnete die Turnhalle für Familien aus der Unterstadt.",
            40,
        );
        let fr = repeat(
            "La mairie a ouvert le gymnase aux familles des rues basses.",
            40,
        );
        for (text, lang) in [(de, "de"), (fr, "fr-FR")] {
            let t = reading_time([text.as_str()], Some(lang)).expect("words");
            assert_eq!(t.words_per_minute, 238, "{lang}");
        }
        let none = reading_time(["two words"], None).expect("words");
        assert_eq!((none.words, none.minutes), (2, 1));
    }

    #[test]
    fn punctuation_alone_is_not_a_word_and_empty_text_has_no_time() {
        let t = reading_time(["Yes — no – “maybe” …"], Some("en")).expect("words");
        assert_eq!(t.words, 3);
        assert_eq!(reading_time(["", " — "], Some("en")), None);
    }

    #[test]
    fn unspaced_scripts_get_no_estimate() {
        assert_eq!(
            reading_time(["川の水位が一晩で二メートル上がった。"], Some("ja")),
            None
        );
        assert_eq!(reading_time(["河水一夜之间上涨了两米。"], Some("zh")), None);
    }
}
