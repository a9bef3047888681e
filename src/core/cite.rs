//! What the quote panel shows beyond the quotes themselves, decided here so that every
//! adapter lists the same thing: who the page quotes, in order, with their quotes, and a link
//! to each quote (a URL text fragment, see [`crate::core::heuristics::fragments`]).

use crate::core::heuristics::fragments::{
    CONTEXT_WORDS, EXACT_TEXT_MAX_CHARS, RANGE_WORDS, TEXT_DIRECTIVE_ENCODED,
};
use crate::core::model::collapse_whitespace;
use crate::core::quotes::QuoteKind;
use percent_encoding::utf8_percent_encode;
use serde::Serialize;

/// Whether quotes of `kind` are someone's words, listed and linked: statements and quoted
/// fragments are; scare quotes (titles, labels, irony) are nobody's.
pub fn listed(kind: QuoteKind) -> bool {
    matches!(kind, QuoteKind::Statement | QuoteKind::Fragment)
}

/// One speaker and their quotes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Speaker {
    /// The speaker's canonical name; `None` for the quotes nobody is named for.
    pub name: Option<String>,
    /// Ids of their quotes, in document order.
    pub quotes: Vec<usize>,
}

/// The speakers of the listed quotes among `quotes` (`(id, kind, speaker)`, in document
/// order), in the order they are first quoted, the unattributed quotes last. The position
/// of a speaker in the result is what adapters colour them by.
pub fn speakers<'a>(
    quotes: impl IntoIterator<Item = (usize, QuoteKind, Option<&'a str>)>,
) -> Vec<Speaker> {
    let mut named: Vec<Speaker> = Vec::new();
    let mut nobody = Vec::new();
    for (id, kind, speaker) in quotes {
        if !listed(kind) {
            continue;
        }
        let Some(name) = speaker else {
            nobody.push(id);
            continue;
        };
        match named.iter_mut().find(|s| s.name.as_deref() == Some(name)) {
            Some(s) => s.quotes.push(id),
            None => named.push(Speaker {
                name: Some(name.to_string()),
                quotes: vec![id],
            }),
        }
    }
    if !nobody.is_empty() {
        named.push(Speaker {
            name: None,
            quotes: nobody,
        });
    }
    named
}

/// Byte offset where the last `n` words of `s` begin (0 when it has fewer).
fn last_words_start(s: &str, n: usize) -> usize {
    let mut words = 0;
    let mut in_word = false;
    for (i, c) in s.char_indices().rev() {
        if c.is_whitespace() {
            if in_word && words == n {
                return i + c.len_utf8();
            }
            in_word = false;
        } else if !in_word {
            in_word = true;
            words += 1;
        }
    }
    0
}

/// Byte offset where the first `n` words of `s` end (`s.len()` when it has fewer).
fn first_words_end(s: &str, n: usize) -> usize {
    let mut words = 0;
    let mut in_word = false;
    for (i, c) in s.char_indices() {
        if c.is_whitespace() {
            if in_word && words == n {
                return i;
            }
            in_word = false;
        } else if !in_word {
            in_word = true;
            words += 1;
        }
    }
    s.len()
}

fn encoded(s: &str) -> String {
    utf8_percent_encode(s, TEXT_DIRECTIVE_ENCODED).to_string()
}

/// The text directive (`text=…`, to follow `#:~:`) that finds the quote `text` whose marks
/// span bytes `start..end` of `paragraph`. The words around it go in as prefix and suffix,
/// with the quotation marks: between a prefix and the text only whitespace may stand. A quote
/// over [`EXACT_TEXT_MAX_CHARS`] is given by its first and last [`RANGE_WORDS`] words.
pub fn text_directive(paragraph: &str, start: usize, end: usize, text: &str) -> String {
    let marked = paragraph.get(start..end).unwrap_or("");
    // Where the words sit between the marks; without that, context would not join onto them.
    let context = marked.find(text).filter(|_| !text.is_empty()).map(|at| {
        let inner = start + at;
        let before = paragraph.get(..inner).unwrap_or("");
        let from = last_words_start(paragraph.get(..start).unwrap_or(""), CONTEXT_WORDS);
        let after = paragraph.get(inner + text.len()..).unwrap_or("");
        // The closing mark, then the words after it.
        let close = end.saturating_sub(inner + text.len());
        let to = close + first_words_end(paragraph.get(end..).unwrap_or(""), CONTEXT_WORDS);
        (
            collapse_whitespace(before.get(from..).unwrap_or("")),
            collapse_whitespace(after.get(..to).unwrap_or(after)),
        )
    });
    let text = collapse_whitespace(text);
    let mut out = String::from("text=");
    if let Some((prefix, _)) = context.as_ref().filter(|(p, _)| !p.is_empty()) {
        out.push_str(&encoded(prefix));
        out.push_str("-,");
    }
    let words: Vec<&str> = text.split(' ').collect();
    if text.chars().count() > EXACT_TEXT_MAX_CHARS && words.len() > 2 * RANGE_WORDS {
        out.push_str(&encoded(&words[..RANGE_WORDS].join(" ")));
        out.push(',');
        out.push_str(&encoded(&words[words.len() - RANGE_WORDS..].join(" ")));
    } else {
        out.push_str(&encoded(&text));
    }
    if let Some((_, suffix)) = context.as_ref().filter(|(_, s)| !s.is_empty()) {
        out.push_str(",-");
        out.push_str(&encoded(suffix));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use percent_encoding::percent_decode_str;

    /// The directive's parts, decoded: (prefix, start, end, suffix).
    fn parts(directive: &str) -> (Option<String>, String, Option<String>, Option<String>) {
        let body = directive.strip_prefix("text=").expect("text= directive");
        let dec = |s: &str| {
            percent_decode_str(s)
                .decode_utf8()
                .expect("utf-8")
                .into_owned()
        };
        let mut items: Vec<&str> = body.split(',').collect();
        let prefix = items.first().and_then(|p| p.strip_suffix('-')).map(dec);
        if prefix.is_some() {
            items.remove(0);
        }
        let suffix = items.last().and_then(|s| s.strip_prefix('-')).map(dec);
        if suffix.is_some() {
            items.pop();
        }
        let start = dec(items[0]);
        let end = items.get(1).map(|e| dec(e));
        assert!(items.len() <= 2, "{directive}");
        (prefix, start, end, suffix)
    }

    #[test]
    fn separators_inside_the_words_are_encoded() {
        let par = "The mayor said: “Rain, wind & a well-known river - we are ready.” Then she left the hall.";
        let start = par.find('“').expect("open");
        let end = par.find('”').expect("close") + '”'.len_utf8();
        let d = text_directive(
            par,
            start,
            end,
            "Rain, wind & a well-known river - we are ready.",
        );
        let body = d.strip_prefix("text=").expect("text=");
        // Only the directive's own separators are left bare.
        assert_eq!(body.matches(',').count(), 2, "{d}");
        assert_eq!(body.matches('-').count(), 2, "{d}");
        assert!(!body.contains('&') && !body.contains(' '), "{d}");
        let (prefix, text, end, suffix) = parts(&d);
        assert_eq!(prefix.as_deref(), Some("The mayor said: “"));
        assert_eq!(text, "Rain, wind & a well-known river - we are ready.");
        assert_eq!(end, None);
        assert_eq!(suffix.as_deref(), Some("” Then she left"));
    }

    #[test]
    fn guillemets_with_spaces_keep_the_marks_in_the_context() {
        let par = "Selon la ministre, « nous ne reculerons pas » a-t-elle ajouté lundi.";
        let start = par.find('«').expect("open");
        let end = par.find('»').expect("close") + '»'.len_utf8();
        let (prefix, text, _, suffix) =
            parts(&text_directive(par, start, end, "nous ne reculerons pas"));
        assert_eq!(prefix.as_deref(), Some("Selon la ministre, «"));
        assert_eq!(text, "nous ne reculerons pas");
        assert_eq!(suffix.as_deref(), Some("» a-t-elle ajouté lundi."));
    }

    #[test]
    fn a_long_quote_is_linked_by_its_first_and_last_words() {
        let words: Vec<String> = (0..80).map(|i| format!("word{i}")).collect();
        let quote = words.join(" ");
        let par = format!("“{quote}” he said.");
        let end = par.find('”').expect("close") + '”'.len_utf8();
        let (prefix, start, last, suffix) = parts(&text_directive(&par, 0, end, &quote));
        assert_eq!(prefix.as_deref(), Some("“"));
        assert_eq!(start, words[..RANGE_WORDS].join(" "));
        assert_eq!(last, Some(words[80 - RANGE_WORDS..].join(" ")));
        assert_eq!(suffix.as_deref(), Some("” he said."));
    }

    #[test]
    fn whitespace_is_squashed_and_a_quote_at_the_edges_has_no_context() {
        let par = "“Not\n   yet”";
        let (prefix, text, _, suffix) = parts(&text_directive(par, 0, par.len(), "Not\n   yet"));
        assert_eq!(prefix.as_deref(), Some("“"));
        assert_eq!(text, "Not yet");
        assert_eq!(suffix.as_deref(), Some("”"));
        // Offsets that do not frame the text: the text alone, never a context that would not
        // join onto it.
        assert_eq!(text_directive(par, 5, 2, "Not yet"), "text=Not%20yet");
    }

    #[test]
    fn speakers_in_order_of_first_quote_scare_quotes_left_out() {
        let got = speakers([
            (0, QuoteKind::Statement, Some("Ada Lovelace")),
            (1, QuoteKind::Scare, None),
            (2, QuoteKind::Fragment, Some("Alan Turing")),
            (3, QuoteKind::Statement, None),
            (4, QuoteKind::Statement, Some("Ada Lovelace")),
            (5, QuoteKind::Scare, Some("Alan Turing")),
        ]);
        let names: Vec<_> = got.iter().map(|s| s.name.as_deref()).collect();
        assert_eq!(names, [Some("Ada Lovelace"), Some("Alan Turing"), None]);
        assert_eq!(got[0].quotes, [0, 4]);
        assert_eq!(got[1].quotes, [2]);
        assert_eq!(got[2].quotes, [3]);
    }
}
