//! Wording of generic appeals and comment counters, matched on Unicode-lower-cased text.
//!
//! The fundraising score of the parent module reads ASCII-lower-cased bytes, which is enough
//! for widget class names and English buttons; appeals are running text in seven languages
//! ("JETZT UNTERSTÜTZEN", "Apóyanos", "1 234,56 €"), so they are lower-cased with
//! `char::to_lowercase` and matched char by char. Lists and formats live in
//! [`crate::core::heuristics::appeals`].

use crate::core::heuristics::appeals as h;
use std::sync::OnceLock;

/// Pattern kinds in [`Lists::table`].
const K_ASK: u8 = 1;
const K_BUTTON: u8 = 1 << 1;
const K_PROVIDER: u8 = 1 << 2;
const K_COUNTDOWN: u8 = 1 << 3;

/// What a piece of text says about an appeal.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Facts {
    /// The first ask found outside quotation marks.
    pub ask: Option<&'static str>,
    /// Donate-button wording.
    pub button: bool,
    /// A payment provider's name.
    pub provider: bool,
    /// A countdown ("noch 9 Tage").
    pub countdown: bool,
    /// Money amounts.
    pub amounts: u16,
}

/// All patterns, sorted by their first char for a binary search at each word start.
struct Lists {
    table: Vec<(char, &'static str, u8)>,
    /// `ascii[b]`: the range of `table` whose patterns start with ASCII byte `b` (most word
    /// starts are ASCII, and this runs at every one of them).
    ascii: Vec<(u16, u16)>,
    /// Bit `b * 256 + s`: a pattern starts with ASCII byte `b` then byte `s`; most word
    /// starts match no pattern's first two bytes, and one bit test tells so.
    pairs: Vec<u64>,
    /// Bit `b`: a pattern starting with ASCII byte `b` matches whatever byte follows (its
    /// second is a wildcard, or it has none).
    any_second: u128,
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let mut table = Vec::new();
        for (list, kind) in [
            (h::ASK_PHRASES, K_ASK),
            (h::BUTTON_WORDS, K_BUTTON),
            (h::PROVIDER_NAMES, K_PROVIDER),
            (h::COUNTDOWN_PATTERNS, K_COUNTDOWN),
        ] {
            for &p in list {
                if let Some(c) = p.chars().next() {
                    table.push((c, p, kind));
                }
            }
        }
        table.sort_by_key(|&(c, _, _)| c);
        let range = |c: char| {
            let from = table.partition_point(|&(k, _, _)| k < c);
            let to = table.partition_point(|&(k, _, _)| k <= c);
            (from as u16, to as u16)
        };
        let ascii = (0u8..128).map(|b| range(b as char)).collect();
        let mut pairs = vec![0u64; 128 * 256 / 64];
        let mut any_second = 0u128;
        for &(c, p, _) in &table {
            if !c.is_ascii() {
                continue;
            }
            match p.as_bytes().get(1) {
                Some(&s) if s != b'#' && s != b'*' => {
                    let bit = c as usize * 256 + s as usize;
                    pairs[bit / 64] |= 1 << (bit % 64);
                }
                _ => any_second |= 1 << (c as u32),
            }
        }
        Lists {
            table,
            ascii,
            pairs,
            any_second,
        }
    })
}

impl Lists {
    /// Whether a pattern may start at ASCII byte `b` followed by `second`: false rules out
    /// every pattern of [`Lists::starting_with`] `b` (the first test of [`scan`]'s loop).
    fn may_start(&self, b: u8, second: Option<u8>) -> bool {
        if self.any_second & (1 << (b & 0x7f)) != 0 {
            return true;
        }
        second.is_some_and(|s| {
            let bit = (b & 0x7f) as usize * 256 + s as usize;
            self.pairs
                .get(bit / 64)
                .is_some_and(|w| w & (1 << (bit % 64)) != 0)
        })
    }

    /// Patterns whose first char is `c`.
    fn starting_with(&self, c: char) -> &[(char, &'static str, u8)] {
        let (from, to) = match self.ascii.get(c as usize) {
            Some(&(f, t)) => (f as usize, t as usize),
            None => (
                self.table.partition_point(|&(k, _, _)| k < c),
                self.table.partition_point(|&(k, _, _)| k <= c),
            ),
        };
        self.table.get(from..to).unwrap_or(&[])
    }
}

/// Lower-cases `t` with `char::to_lowercase`, turns every whitespace run (no-break and thin
/// spaces included) into one space and trims.
pub(super) fn lower(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    lower_into(t, &mut out);
    out
}

/// [`lower`] into a reused buffer.
pub(super) fn lower_into(t: &str, out: &mut String) {
    out.clear();
    let mut space = false;
    for c in t.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// Length in bytes of the number at the start of `s` (digits, with single separators between
/// digits), 0 when `s` does not start with a digit.
fn number_len(s: &str) -> usize {
    let mut end = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_digit = chars.peek().is_some_and(|&(_, n)| n.is_ascii_digit());
        if c.is_ascii_digit() {
            end = i + 1;
        } else if !(end > 0 && next_digit && h::DIGIT_SEPARATORS.contains(&c)) {
            break;
        }
    }
    end
}

/// Whether pattern `pat` matches `hay` from its start (see the pattern syntax in
/// [`crate::core::heuristics::appeals`]).
pub(super) fn match_at(hay: &str, pat: &str) -> bool {
    let mut rest = hay;
    let mut pc = pat.chars().peekable();
    while let Some(p) = pc.next() {
        if p == '*' && pc.peek().is_none() {
            return true;
        }
        if p == '#' {
            let n = number_len(rest);
            if n == 0 {
                return false;
            }
            rest = rest.get(n..).unwrap_or("");
            continue;
        }
        let mut hc = rest.chars();
        if hc.next() != Some(p) {
            return false;
        }
        rest = hc.as_str();
    }
    rest.chars().next().map_or(true, |c| !c.is_alphanumeric())
}

/// `char::is_alphanumeric` with the ASCII case first (most text is ASCII).
fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// Scans lower-cased text for asks, button wording, provider names, countdowns and amounts.
pub(super) fn scan(lc: &str) -> Facts {
    let lists = lists();
    let mut f = Facts {
        amounts: count_amounts(lc),
        ..Facts::default()
    };
    let (mut prev, mut quoted) = (' ', false);
    for (i, c) in lc.char_indices() {
        if c == '"' || (!c.is_ascii() && h::QUOTE_MARKS.contains(&c)) {
            quoted = !quoted;
        }
        let start = !is_alnum(prev) && is_alnum(c);
        prev = c;
        if !start {
            continue;
        }
        let rest = lc.get(i..).unwrap_or("");
        let second = rest.as_bytes().get(1).copied();
        if c.is_ascii() && !c.is_ascii_digit() && !lists.may_start(c as u8, second) {
            continue;
        }
        let digits = if c.is_ascii_digit() {
            lists.starting_with('#')
        } else {
            &[]
        };
        for &(_, p, kind) in lists.starting_with(c).iter().chain(digits) {
            let wanted = match kind {
                K_ASK => f.ask.is_none() && !quoted,
                K_BUTTON => !f.button,
                K_PROVIDER => !f.provider,
                _ => !f.countdown,
            };
            // Most patterns differ from the text in their second byte: a cheap first test.
            let p1 = p.as_bytes().get(1).copied();
            if !wanted || (p1 != second && !matches!(p1, Some(b'#' | b'*'))) || !match_at(rest, p) {
                continue;
            }
            match kind {
                K_ASK => f.ask = Some(p),
                K_BUTTON => f.button = true,
                K_PROVIDER => f.provider = true,
                _ => f.countdown = true,
            }
        }
    }
    f
}

/// Whether `s` ends with currency token `tok` standing as a word of its own.
fn currency_before(s: &str) -> bool {
    let s = s.strip_suffix(' ').unwrap_or(s);
    h::CURRENCY_BEFORE.iter().any(|tok| {
        s.strip_suffix(tok).is_some_and(|head| {
            let alpha_tok = tok.chars().next().is_some_and(char::is_alphabetic);
            !alpha_tok || !head.chars().next_back().is_some_and(char::is_alphabetic)
        })
    })
}

/// Whether `s` starts with a currency token standing as a word of its own.
fn currency_after(s: &str) -> bool {
    let s = s.strip_prefix(' ').unwrap_or(s);
    h::CURRENCY_AFTER.iter().any(|tok| {
        s.strip_prefix(tok).is_some_and(|tail| {
            let alpha_tok = tok.chars().next_back().is_some_and(char::is_alphabetic);
            !alpha_tok || !tail.chars().next().is_some_and(char::is_alphabetic)
        })
    })
}

/// Counts money amounts in the number formats of the seven languages: a number with a
/// currency sign, code or word right before or after it (one space allowed), such as
/// "1.234,56 €", "1 234,56 €", "€1,234.56", "CHF 1’234.50", "20,- €", "30 reais".
pub(super) fn count_amounts(lc: &str) -> u16 {
    // Most text holds no digit at all: one fast pass rules it out.
    if !lc.bytes().any(|b| b.is_ascii_digit()) {
        return 0;
    }
    let mut count = 0u16;
    let mut i = 0;
    while i < lc.len() {
        let Some(rest) = lc.get(i..) else { break };
        let Some(c) = rest.chars().next() else { break };
        let prev = lc.get(..i).and_then(|s| s.chars().next_back());
        if !c.is_ascii_digit() || prev.is_some_and(char::is_alphanumeric) {
            i += c.len_utf8();
            continue;
        }
        let mut n = number_len(rest);
        // "20,- €", "20,– €": a round amount in German and Dutch price writing.
        for dash in [",-", ",–", ".-", ".–"] {
            if rest.get(n..).is_some_and(|t| t.starts_with(dash)) {
                n += dash.len();
            }
        }
        let before = lc.get(..i).unwrap_or("");
        let after = lc.get(i + n..).unwrap_or("");
        if currency_before(before) || currency_after(after) {
            count = count.saturating_add(1);
        }
        i += n.max(1);
    }
    count
}

/// Whether a link or form URL goes to a payment provider.
pub(super) fn provider_url(url: &str) -> bool {
    let b = url.as_bytes();
    // Hosts start the URL or follow a `/` or `.`: only those positions are tried.
    (0..b.len())
        .filter(|&i| i == 0 || matches!(b[i - 1], b'/' | b'.'))
        .any(|i| {
            let rest = &b[i..];
            h::PROVIDER_HOSTS.iter().any(|host| {
                let hb = host.as_bytes();
                rest.len() >= hb.len() && rest[..hb.len()].eq_ignore_ascii_case(hb)
            })
        })
}

/// Whether lower-cased short text is a comment counter: one number, at least one comment
/// word, and nothing else but a few filler words and punctuation ("comments (12 posted)",
/// "12 kommentare", "voir les 3 commentaires").
pub(super) fn is_counter(lc: &str) -> bool {
    if lc.len() > h::COUNTER_MAX_BYTES {
        return false;
    }
    let (mut numbers, mut comment_words) = (0, 0);
    for w in lc
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if w.chars().all(|c| c.is_ascii_digit()) {
            numbers += 1;
        } else if h::COUNTER_WORDS.contains(&w) {
            comment_words += 1;
        } else if !h::COUNTER_FILLER_WORDS.contains(&w) {
            return false;
        }
    }
    numbers == 1 && comment_words > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn amounts(s: &str) -> u16 {
        count_amounts(&lower(s))
    }

    #[test]
    fn lower_is_unicode_and_collapses_every_space() {
        assert_eq!(
            lower("  JETZT\u{a0}UNTERSTÜTZEN\u{202f}!  "),
            "jetzt unterstützen !"
        );
        assert_eq!(lower("APÓYANOS"), "apóyanos");
    }

    #[test]
    fn amounts_in_the_seven_languages_number_formats() {
        assert_eq!(amounts("12.340,56 € von 20.000 €"), 2);
        assert_eq!(amounts("1\u{202f}234,56\u{a0}€"), 1);
        assert_eq!(amounts("€1,234.56 of €5,000"), 2);
        assert_eq!(amounts("CHF 1’234.50"), 1);
        assert_eq!(amounts("ab 5,- € im Monat"), 1);
        assert_eq!(amounts("R$ 1.234,56"), 1);
        assert_eq!(amounts("30 reais, 20 Euro, 15 dollari, 10 francs"), 4);
        assert_eq!(amounts("$5 a month"), 1);
        // Not money: years, percentages, counts, codes glued to letters.
        assert_eq!(amounts("in 2019, 45% of 300 people"), 0);
        assert_eq!(amounts("mp3 player, 5 europeans, 3 eurostars"), 0);
    }

    #[test]
    fn asks_are_found_at_word_starts_outside_quotes() {
        assert_eq!(
            scan(&lower("Bitte unterstützen Sie uns")).ask,
            Some("unterstützen sie uns")
        );
        assert_eq!(scan(&lower("Faites un don !")).ask, Some("faites un don"));
        assert_eq!(scan(&lower("APÓYANOS hoy")).ask, Some("apóyanos"));
        // Whole words only, and not inside a quotation.
        assert_eq!(scan(&lower("the doneerbox")).ask, None);
        assert_eq!(scan(&lower("“Please donate,” she said.")).ask, None);
        assert_eq!(scan(&lower("„Unterstützen Sie uns“, sagte er.")).ask, None);
        // A prefix pattern takes any ending.
        assert!(scan(&lower("leserfinanzierte Zeitung")).ask.is_some());
    }

    #[test]
    fn countdowns_providers_and_buttons() {
        assert!(scan(&lower("Noch 9 Tage")).countdown);
        assert!(scan(&lower("plus que 6 jours")).countdown);
        assert!(!scan(&lower("noch heute")).countdown);
        assert!(scan(&lower("per PayPal oder Überweisung")).provider);
        assert!(!scan(&lower("paypals")).provider);
        assert!(scan(&lower("Jetzt spenden")).button);
        assert!(provider_url("https://www.paypal.com/donate/?x=1"));
        assert!(provider_url("https://steadyhq.com/de/x"));
        assert!(!provider_url("https://example.org/notpatreon.com"));
    }

    #[test]
    fn comment_counters() {
        for yes in [
            "comments (12 posted)",
            "12 kommentare",
            "commentaires (3)",
            "voir les 3 commentaires",
            "5 comentarios",
            "commenti: 4",
            "7 comentários",
            "3 reacties",
        ] {
            assert!(is_counter(yes), "{yes}");
        }
        for no in [
            "comments",
            "12 comments on the draft rule",
            "2024 budget",
            "page 2",
        ] {
            assert!(!is_counter(no), "{no}");
        }
    }
}
