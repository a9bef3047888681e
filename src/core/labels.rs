//! What clearpress calls each kind of quote, in every language it reads quotes in: the one
//! table the extension's tooltips and quote panel, the demo page and the CLI report share.
//!
//! Source: our own wording. English, German and French are the extension's interface
//! languages (these strings were its `_locales` messages); Spanish, Italian, Dutch and
//! Portuguese are the other languages of the quote analysis
//! ([`crate::core::heuristics::quotes`]), named with each language's usual term for a
//! declaration, a quoted phrase and quotation marks that keep a word at a distance.

use crate::core::quotes::QuoteKind;

/// Labels of one language: statement, quoted fragment, scare quotes.
struct Labels {
    /// Primary language subtag (`de` of `de-AT`).
    lang: &'static str,
    statement: &'static str,
    fragment: &'static str,
    scare: &'static str,
}

const LABELS: &[Labels] = &[
    Labels {
        lang: "en",
        statement: "Statement",
        fragment: "Quoted fragment",
        scare: "Scare quotes",
    },
    Labels {
        lang: "de",
        statement: "Aussage",
        fragment: "Zitierter Ausdruck",
        scare: "Distanzierende Anführungszeichen",
    },
    Labels {
        lang: "fr",
        statement: "Déclaration",
        fragment: "Fragment cité",
        scare: "Guillemets de distance",
    },
    Labels {
        lang: "es",
        statement: "Declaración",
        fragment: "Fragmento citado",
        scare: "Comillas de distanciamiento",
    },
    Labels {
        lang: "it",
        statement: "Dichiarazione",
        fragment: "Frammento citato",
        scare: "Virgolette di distanza",
    },
    Labels {
        lang: "nl",
        statement: "Uitspraak",
        fragment: "Geciteerd fragment",
        scare: "Ironische aanhalingstekens",
    },
    Labels {
        lang: "pt",
        statement: "Declaração",
        fragment: "Fragmento citado",
        scare: "Aspas de distanciamento",
    },
];

/// The label table for a BCP 47 tag (`pt-BR`, `de_DE`, `FR`): its primary subtag's, or
/// English for a language without one.
fn table(lang: Option<&str>) -> &'static Labels {
    let primary = lang
        .and_then(|l| l.trim().split(['-', '_']).next())
        .unwrap_or("");
    LABELS
        .iter()
        .find(|l| l.lang.eq_ignore_ascii_case(primary))
        .unwrap_or(&LABELS[0])
}

/// The kind's name in JSON and in the `data-kind` attribute (as serde writes it).
pub fn kind_name(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Statement => "statement",
        QuoteKind::Fragment => "fragment",
        QuoteKind::Scare => "scare",
    }
}

/// The name of `kind` shown to a reader of `lang` (English when `lang` is unknown).
pub fn quote_label(kind: QuoteKind, lang: Option<&str>) -> &'static str {
    let t = table(lang);
    match kind {
        QuoteKind::Statement => t.statement,
        QuoteKind::Fragment => t.fragment,
        QuoteKind::Scare => t.scare,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regional_tags_use_their_language() {
        assert_eq!(quote_label(QuoteKind::Statement, Some("de-AT")), "Aussage");
        assert_eq!(
            quote_label(QuoteKind::Fragment, Some("pt_BR")),
            "Fragmento citado"
        );
        assert_eq!(
            quote_label(QuoteKind::Scare, Some("FR")),
            "Guillemets de distance"
        );
    }

    #[test]
    fn unknown_or_missing_languages_fall_back_to_english() {
        assert_eq!(quote_label(QuoteKind::Statement, Some("ja")), "Statement");
        assert_eq!(quote_label(QuoteKind::Scare, None), "Scare quotes");
        assert_eq!(
            quote_label(QuoteKind::Fragment, Some("")),
            "Quoted fragment"
        );
    }

    #[test]
    fn every_language_names_every_kind_differently() {
        for l in LABELS {
            assert!(
                l.statement != l.fragment && l.fragment != l.scare,
                "{}",
                l.lang
            );
        }
    }
}
