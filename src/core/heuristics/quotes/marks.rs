//! Quotation marks of each writing tradition, as (opening, closing) pairs.
//!
//! Sources: Unicode CLDR `delimiters` data (`quotationStart/End` and
//! `alternateQuotationStart/End` of each locale) and Wikipedia, "Quotation mark", section
//! "Summary table" (checked 2026): English “…” ‘…’; German „…“ ‚…‘ and »…« ›…‹ (books,
//! Swiss-printed German uses «…» ‹…›); French « … » with inner “…”; Spanish, Italian,
//! Portuguese «…» with inner “…”; Dutch “…” ‘…’ and „…”; Polish „…” with inner «…»; Swedish
//! and Finnish ”…” ’…’ and »…»; Russian «…» with inner „…“; Japanese 「…」 with inner 『…』;
//! Chinese “…” ‘…’ (simplified) and 「…」 『…』 (traditional). All traditions are paired on
//! every page: a German page quotes English sources, a French one Swiss ones.

/// Double (primary) quote-mark pairs. Several share a mark in different roles (“ opens in
/// English and closes in German), which the pairing settles from the context.
pub const DOUBLE_QUOTE_PAIRS: &[(char, char)] = &[
    // English, Dutch, Chinese: “…”
    ('\u{201C}', '\u{201D}'),
    // German, Russian inner, Czech: „…“
    ('\u{201E}', '\u{201C}'),
    // Polish, Dutch, Hungarian, and German as often typed: „…”
    ('\u{201E}', '\u{201D}'),
    // French, Spanish, Italian, Portuguese, Russian, Swiss: «…»
    ('\u{AB}', '\u{BB}'),
    // German and Danish books: »…«
    ('\u{BB}', '\u{AB}'),
    // Japanese and traditional Chinese: 「…」 and nested 『…』
    ('\u{300C}', '\u{300D}'),
    ('\u{300E}', '\u{300F}'),
    // Typewriter: "…"
    ('"', '"'),
];

/// [`DOUBLE_QUOTE_PAIRS`] plus the Swedish and Finnish symmetric pairs ”…” and »…». Only for
/// pages in those languages: elsewhere a ” at the start of a paragraph is a typo for “ far
/// more often than an opening mark, and pairing it there swallows the following text.
pub const NORDIC_DOUBLE_QUOTE_PAIRS: &[(char, char)] = &[
    ('\u{201D}', '\u{201D}'),
    ('\u{BB}', '\u{BB}'),
    ('\u{201C}', '\u{201D}'),
    ('\u{201E}', '\u{201C}'),
    ('\u{201E}', '\u{201D}'),
    ('\u{AB}', '\u{BB}'),
    ('\u{BB}', '\u{AB}'),
    ('\u{300C}', '\u{300D}'),
    ('\u{300E}', '\u{300F}'),
    ('"', '"'),
];

/// Languages written with the symmetric Nordic marks (ISO 639-1).
pub const NORDIC: &[&str] = &["sv", "fi"];

/// The double pairs for a page in language `lang` (a BCP 47 tag).
pub fn double_pairs(lang: Option<&str>) -> &'static [(char, char)] {
    let primary = lang
        .and_then(|l| l.trim().split(['-', '_']).next())
        .map(super::fold)
        .unwrap_or_default();
    if NORDIC.contains(&primary.as_str()) {
        NORDIC_DOUBLE_QUOTE_PAIRS
    } else {
        DOUBLE_QUOTE_PAIRS
    }
}

/// Single (secondary) quote-mark pairs: English ‘…’, German ‚…‘, Swiss and French ‹…› and
/// ›…‹. Straight ' is left out on purpose: in running text it is an apostrophe far more often
/// than a quote, and so is ’ between letters (checked by the pairing).
pub const SINGLE_QUOTE_PAIRS: &[(char, char)] = &[
    ('\u{2018}', '\u{2019}'),
    ('\u{201A}', '\u{2018}'),
    ('\u{2039}', '\u{203A}'),
    ('\u{203A}', '\u{2039}'),
];
