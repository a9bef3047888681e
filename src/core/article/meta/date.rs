//! Dates as pages write them ("March 5th, 2025", "5 mars 2025", "05.03.2025",
//! "2025-03-05T10:00:00Z") read into ISO 8601 `YYYY-MM-DD`.
//!
//! Written by hand: the date crates (chrono, time, dateparser) parse one known format at a
//! time or pull in locale tables far larger than the seven languages' month names needed
//! here, and the core must stay small for wasm.

use crate::core::heuristics::meta as hm;

/// One piece of a date's text.
#[derive(Debug, Clone, PartialEq)]
enum Tok {
    /// A run of ASCII digits: its value and its number of digits.
    Num(u32, usize),
    /// A run of letters, ASCII lower-cased.
    Word(String),
    /// Any other character but whitespace.
    Sep(char),
}

fn tokens(s: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut chars = s.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_ascii_digit() {
            let mut v: u32 = 0;
            let mut n = 0;
            while let Some(d) = chars.peek().and_then(|c| c.to_digit(10)) {
                v = v.saturating_mul(10).saturating_add(d);
                n += 1;
                chars.next();
            }
            out.push(Tok::Num(v, n));
        } else if c.is_alphabetic() {
            let mut w = String::new();
            while let Some(&c) = chars.peek().filter(|c| c.is_alphabetic()) {
                w.push(c.to_ascii_lowercase());
                chars.next();
            }
            out.push(Tok::Word(w));
        } else {
            if !c.is_whitespace() {
                out.push(Tok::Sep(c));
            }
            chars.next();
        }
    }
    out
}

fn days_in(year: u32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `YYYY-MM-DD` when the three make a real day in the years read.
fn ymd(year: u32, month: u32, day: u32) -> Option<String> {
    let (lo, hi) = hm::DATE_YEARS;
    let ok = (lo..=hi).contains(&year)
        && (1..=12).contains(&month)
        && (1..=days_in(year, month)).contains(&day);
    ok.then(|| format!("{year:04}-{month:02}-{day:02}"))
}

fn month_of(w: &str) -> Option<u32> {
    hm::MONTHS.iter().find(|(n, _)| *n == w).map(|&(_, m)| m)
}

/// A date of digits at `t[i..]`: `Y-M-D` (any of `-`, `/`, `.`), `D.M.Y`, or `D/M/Y` and
/// `M/D/Y` where the day is over 12 and so tells the order (an ambiguous `03/05/2025` is
/// left unread rather than guessed).
fn numeric_at(t: &[Tok]) -> Option<String> {
    let [Tok::Num(a, na), Tok::Sep(s1), Tok::Num(b, nb), Tok::Sep(s2), Tok::Num(c, nc), ..] = t
    else {
        return None;
    };
    if s1 != s2 || !matches!(s1, '-' | '/' | '.') || *nb > 2 {
        return None;
    }
    if *na == 4 && *nc <= 2 {
        return ymd(*a, *b, *c);
    }
    if *na > 2 || *nc != 4 {
        return None;
    }
    match (s1, *a > 12, *b > 12) {
        ('.', _, false) => ymd(*c, *b, *a),
        (_, true, false) => ymd(*c, *b, *a),
        (_, false, true) => ymd(*c, *a, *b),
        _ => None,
    }
}

/// A date with its month in words, around the month word at `t[i]`: "March 5, 2025",
/// "5 March 2025", "5. März 2025", "5 de marzo de 2025", "Dec. 19, 2025".
fn worded_at(t: &[&Tok], i: usize) -> Option<String> {
    let Tok::Word(w) = t.get(i)? else { return None };
    let month = month_of(w)?;
    let num = |k: usize| match t.get(k) {
        Some(Tok::Num(v, n)) => Some((*v, *n)),
        _ => None,
    };
    // Month, day, year.
    if let (Some((d, 1..=2)), Some((y, 4))) = (num(i + 1), num(i + 2)) {
        return ymd(y, month, d);
    }
    // Day, month, year.
    if let (Some((d, 1..=2)), Some((y, 4))) = (i.checked_sub(1).and_then(num), num(i + 1)) {
        return ymd(y, month, d);
    }
    None
}

/// The first date in `s`, as `YYYY-MM-DD`.
pub fn iso_date(s: &str) -> Option<String> {
    let toks = tokens(s);
    if let Some(d) = (0..toks.len()).find_map(|i| numeric_at(&toks[i..])) {
        return Some(d);
    }
    // Worded dates read without the punctuation and filler words between their parts.
    let bare: Vec<&Tok> = toks
        .iter()
        .filter(|t| match t {
            Tok::Sep(c) => !matches!(c, '.' | ','),
            Tok::Word(w) => !hm::DATE_FILLER_WORDS.contains(&w.as_str()),
            Tok::Num(..) => true,
        })
        .collect();
    (0..bare.len()).find_map(|i| worded_at(&bare, i))
}

#[cfg(test)]
mod unit {
    use super::*;

    #[test]
    fn machine_dates() {
        assert_eq!(
            iso_date("2025-03-05T10:00:00Z").as_deref(),
            Some("2025-03-05")
        );
        assert_eq!(iso_date("2025/12/18").as_deref(), Some("2025-12-18"));
        assert_eq!(
            iso_date("2025-07-09 11:50:26").as_deref(),
            Some("2025-07-09")
        );
    }

    #[test]
    fn worded_dates_in_seven_languages() {
        for (text, want) in [
            ("Updated on July 9, 2025", "2025-07-09"),
            ("Published: Dec. 19, 2025 · 4 min read", "2025-12-19"),
            ("September 1st, 2023", "2023-09-01"),
            ("Tue, 25 Nov 2025 17:00:00 GMT", "2025-11-25"),
            ("Publié le 12 mars 2026 à 10h32", "2026-03-12"),
            ("1er août 2024", "2024-08-01"),
            ("Aktualisiert am 5. März 2025", "2025-03-05"),
            ("Publicado el 5 de marzo de 2025", "2025-03-05"),
            ("Pubblicato il 3 settembre 2024", "2024-09-03"),
            ("Publicado em 15 de outubro de 2024", "2024-10-15"),
            ("Gepubliceerd op 12 maart 2025", "2025-03-12"),
        ] {
            assert_eq!(iso_date(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn day_month_order_only_when_certain() {
        assert_eq!(iso_date("12.12.2025").as_deref(), Some("2025-12-12"));
        assert_eq!(iso_date("23.07.2025").as_deref(), Some("2025-07-23"));
        assert_eq!(iso_date("09/25/2025").as_deref(), Some("2025-09-25"));
        assert_eq!(iso_date("25/09/2025").as_deref(), Some("2025-09-25"));
        assert_eq!(iso_date("03/05/2025"), None);
    }

    #[test]
    fn not_dates() {
        for text in [
            "",
            "4 min read",
            "May the best team win in 2025",
            "February 30, 2025",
            "Top 10 of 2025",
            "99999999999999999999-01-01",
        ] {
            assert_eq!(iso_date(text), None, "{text}");
        }
    }
}
