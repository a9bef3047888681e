//! Where each word of the text read so far appears, so that resolving a role description
//! (`the Turkish leader`) looks up a surname's mentions instead of re-reading every earlier
//! paragraph for every candidate, which made pages with many such quotes quadratic.

use crate::core::heuristics::limits::ROLE_MENTIONS_MAX;
use crate::core::heuristics::quotes::fold;
use std::collections::BTreeMap;

/// Words before a mention in which a description's hint word is looked for.
const HINT_WINDOW: usize = 4;

/// An index of the words of paragraphs `0..indexed`, built as the quote search moves on.
#[derive(Default)]
pub(super) struct Mentions {
    /// Paragraphs indexed so far.
    indexed: usize,
    /// Per paragraph: its words as byte ranges, in order.
    words: Vec<Vec<(u32, u32)>>,
    /// Folded word ([`fold`]) → (paragraph, word number) of each occurrence, in order.
    at: BTreeMap<Box<str>, Vec<(u32, u32)>>,
}

impl Mentions {
    /// Indexes every paragraph of `paragraphs` not indexed yet.
    fn index(&mut self, paragraphs: &[&str]) {
        while self.indexed < paragraphs.len() {
            let Some(par) = paragraphs.get(self.indexed) else {
                return;
            };
            let p = self.indexed as u32;
            let mut words = Vec::new();
            for (start, w) in split_words(par) {
                let n = words.len() as u32;
                words.push((start as u32, (start + w.len()) as u32));
                self.at
                    .entry(fold(w).into_boxed_str())
                    .or_default()
                    .push((p, n));
            }
            self.words.push(words);
            self.indexed += 1;
        }
    }

    /// Whether `surname` is mentioned in `seen` (the paragraphs read so far, a prefix of
    /// the same list on every call) with one of `hints` (folded) among the [`HINT_WINDOW`]
    /// words before it. Only the latest [`ROLE_MENTIONS_MAX`] mentions are looked at: a
    /// description refers to how someone was recently introduced.
    pub(super) fn with_hint(&mut self, seen: &[&str], surname: &str, hints: &[String]) -> bool {
        self.with_hint_within(seen, surname, hints, HINT_WINDOW)
    }

    /// [`Mentions::with_hint`] with a window of `window` words. A hint of five letters or
    /// more also matches as the end of a compound (`ministerin` in `Kultusministerin`).
    pub(super) fn with_hint_within(
        &mut self,
        seen: &[&str],
        surname: &str,
        hints: &[String],
        window: usize,
    ) -> bool {
        self.index(seen);
        let Some(occ) = self.at.get(fold(surname).as_str()) else {
            return false;
        };
        occ.iter()
            .rev()
            .filter(|&&(p, _)| (p as usize) < seen.len())
            .take(ROLE_MENTIONS_MAX)
            .any(|&(p, n)| {
                let (Some(par), Some(words)) = (seen.get(p as usize), self.words.get(p as usize))
                else {
                    return false;
                };
                let n = n as usize;
                words[n.saturating_sub(window)..n].iter().any(|&(a, b)| {
                    let w = fold(par.get(a as usize..b as usize).unwrap_or(""));
                    hints
                        .iter()
                        .any(|h| *h == w || (h.chars().count() >= 5 && w.ends_with(h.as_str())))
                })
            })
    }
}

/// The words of `par` (runs of alphanumerics and hyphens) with their byte offsets.
fn split_words(par: &str) -> impl Iterator<Item = (usize, &str)> {
    let is_word = |c: char| c.is_alphanumeric() || c == '-';
    let mut rest = par.char_indices().peekable();
    std::iter::from_fn(move || {
        while rest.next_if(|&(_, c)| !is_word(c)).is_some() {}
        let (start, _) = *rest.peek()?;
        let mut end = start;
        while let Some((i, c)) = rest.next_if(|&(_, c)| is_word(c)) {
            end = i + c.len_utf8();
        }
        par.get(start..end).map(|w| (start, w))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_like_the_hint_search() {
        let w: Vec<_> = split_words("Turkish President Recep Tayyip Erdoğan, re-elected.")
            .map(|(_, w)| w)
            .collect();
        assert_eq!(
            w,
            [
                "Turkish",
                "President",
                "Recep",
                "Tayyip",
                "Erdoğan",
                "re-elected"
            ]
        );
    }

    #[test]
    fn finds_hinted_mentions_only_up_to_the_paragraph() {
        let pars = [
            "Ann Lee spoke first.",
            "Then Turkish President Recep Tayyip Erdogan answered.",
        ];
        let hints = vec!["turkish".to_string()];
        let mut m = Mentions::default();
        assert!(!m.with_hint(&pars[..1], "Erdogan", &hints));
        assert!(m.with_hint(&pars, "Erdogan", &hints));
        assert!(!m.with_hint(&pars, "Lee", &hints));
        // Five words before the name: outside the window.
        let far = ["Turkish one two three four Erdogan"];
        assert!(!Mentions::default().with_hint(&far, "Erdogan", &hints));
    }
}
