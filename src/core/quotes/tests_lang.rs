//! Unit tests for the language-specific rules (German so far): each sentence is written in
//! the style of German news agencies, in our own words.

use super::*;

fn de(pars: &[&str]) -> Vec<Quote> {
    find_quotes_in(pars, Some("de"))
}

fn get<'a>(qs: &'a [Quote], prefix: &str) -> &'a Quote {
    match qs.iter().find(|q| q.text.starts_with(prefix)) {
        Some(q) => q,
        None => panic!("no quote starting with {prefix:?} in {qs:#?}"),
    }
}

fn check(qs: &[Quote], prefix: &str, kind: QuoteKind, speaker: Option<&str>) {
    let q = get(qs, prefix);
    assert_eq!(q.kind, kind, "kind of {prefix:?}: {q:?}");
    assert_eq!(
        q.speaker.as_deref(),
        speaker,
        "speaker of {prefix:?}: {q:?}"
    );
}

#[test]
fn german_inverted_and_verb_second() {
    let qs = de(&[
        "Bundesinnenministerin Katrin Albers hat die Pläne verteidigt.",
        "„Wir werden niemanden im Stich lassen“, sagte Albers am Dienstag in Berlin.",
        "Am Abend äußerte sich auch der Oppositionsführer Jens Brück: „Das ist ein Wortbruch.“",
        "„Die Zahlen sprechen eine klare Sprache“, hatte Brück zuvor in einem Interview erklärt.",
    ]);
    check(
        &qs,
        "Wir werden",
        QuoteKind::Statement,
        Some("Katrin Albers"),
    );
    check(&qs, "Das ist ein", QuoteKind::Statement, Some("Jens Brück"));
    check(&qs, "Die Zahlen", QuoteKind::Statement, Some("Jens Brück"));
    let m = get(&qs, "Wir werden")
        .mention
        .as_ref()
        .map(|m| m.text.as_str());
    assert_eq!(m, Some("Albers"), "the mention is the words near the quote");
}

#[test]
fn german_sources_without_a_verb() {
    let qs = de(&[
        "„Der Schaden geht in die Millionen“, so ein Sprecher der Feuerwehr.",
        "Laut Polizeisprecher Tobias Renner war die Lage „zu keinem Zeitpunkt unter Kontrolle“.",
        "Dem Bericht zufolge sei das Vorgehen „rechtlich nicht haltbar“ gewesen.",
    ]);
    check(
        &qs,
        "Der Schaden",
        QuoteKind::Statement,
        Some("ein Sprecher der Feuerwehr"),
    );
    check(&qs, "zu keinem", QuoteKind::Fragment, Some("Tobias Renner"));
    check(&qs, "rechtlich", QuoteKind::Fragment, Some("Dem Bericht"));
}

#[test]
fn german_names_and_labels_are_scare_quotes() {
    let qs = de(&[
        "Der Bär, von Anwohnern „Bruno“ genannt, wurde zuletzt im Tal gesehen.",
        "Die Reederei schickte das Schiff „Nordlicht“ zurück, wie die Zeitung „Kieler Nachrichten“ meldete.",
        "Die Initiative (Motto: „Kein Dorf ohne Bahnhof“) sammelte 4000 Unterschriften.",
    ]);
    for q in &qs {
        assert_eq!(q.kind, QuoteKind::Scare, "{q:?}");
    }
}

#[test]
fn german_colon_and_conjunction_keep_the_subject() {
    let qs = de(&[
        "Die Trainerin Maria Vogt bedankte sich bei den Fans und sagte: „Ohne euch wäre das nicht möglich gewesen.“",
        "Staatssekretär Harald Kemmer bestreitet jede Kenntnis von den Vorgängen: „Davon wusste ich nichts.“",
    ]);
    check(&qs, "Ohne euch", QuoteKind::Statement, Some("Maria Vogt"));
    check(
        &qs,
        "Davon wusste",
        QuoteKind::Statement,
        Some("Harald Kemmer"),
    );
}

#[test]
fn wrong_lang_attribute_is_overruled_by_the_text() {
    let par = "„Wir haben alles versucht, aber die Mannschaft war heute nicht bereit“, sagte der \
               Trainer nach dem Spiel, das für die Gäste mit einer deutlichen Niederlage endete.";
    let qs = find_quotes_in(&[par], Some("en"));
    assert_eq!(qs.len(), 1);
    assert_eq!(qs[0].kind, QuoteKind::Statement);
    assert_eq!(qs[0].speaker.as_deref(), Some("der Trainer"));
}

#[test]
fn german_work_noun_before_colon_after_a_reporting_verb_is_speech() {
    let qs = de(&[
        "Nach dem Auftritt in Hamburg sagte Lena Hartwig, Sängerin der Band: „Wir spielen für die Leute hier, nicht für die Charts.“",
        "Arno Fiedler sagte der Zeitung: „Wir drucken weiter, solange es Leser gibt.“",
        "Der Slogan der Kampagne: „Mehr Bus, weniger Stau“.",
    ]);
    check(
        &qs,
        "Wir spielen",
        QuoteKind::Statement,
        Some("Lena Hartwig"),
    );
    check(
        &qs,
        "Wir drucken",
        QuoteKind::Statement,
        Some("Arno Fiedler"),
    );
    check(&qs, "Mehr Bus", QuoteKind::Scare, None);
}

#[test]
fn german_fronted_adverbials_are_not_speakers() {
    let qs = de(&[
        "Die Stadtwerke haben ihre Preise erhöht. Geschäftsführer Jonas Wendt verteidigte den Schritt.",
        "Weiter sagte Wendt: „Ohne die Erhöhung wären die Netze nicht zu halten.“",
        "In einem Gespräch mit dem Lokalradio erklärte Wendt: „Niemand erhöht gern Preise.“",
        "„Die Kunden werden das merken“, gab ein Sprecher der Verbraucherzentrale bekannt.",
        "„Das Geld fließt in die Leitungen“, führte er später aus.",
    ]);
    check(&qs, "Ohne die", QuoteKind::Statement, Some("Jonas Wendt"));
    check(&qs, "Niemand", QuoteKind::Statement, Some("Jonas Wendt"));
    check(
        &qs,
        "Die Kunden",
        QuoteKind::Statement,
        Some("ein Sprecher der Verbraucherzentrale"),
    );
    let q = get(&qs, "Das Geld");
    assert_eq!(q.kind, QuoteKind::Statement, "{q:?}");
    assert!(q.speaker.is_some(), "{q:?}");
}

#[test]
fn german_bare_name_before_a_colon_and_judging_verbs() {
    let qs = de(&[
        "Die Ermittler stellten am Montag 40 Computer sicher.",
        "LKA-Präsidentin Sabine Roth: „Das ist der größte Fund in der Geschichte des Landes.“",
        "Die Gewerkschaft würdigte den Verstorbenen als „unermüdlichen Kämpfer für die Beschäftigten“.",
        "Die Polizei rief den Autofahrern zu: „Bleiben Sie zu Hause!“",
        "„Wir bleiben bei unserer Linie“ heißt es in einer Mitteilung des Verbands.",
        "Wichtige Frage: „Wer zahlt das alles“.",
    ]);
    check(
        &qs,
        "Das ist der",
        QuoteKind::Statement,
        Some("Sabine Roth"),
    );
    check(
        &qs,
        "unermüdlichen",
        QuoteKind::Fragment,
        Some("Die Gewerkschaft"),
    );
    assert_ne!(get(&qs, "Bleiben Sie").kind, QuoteKind::Scare);
    assert_ne!(get(&qs, "Wir bleiben").kind, QuoteKind::Scare);
    assert_eq!(get(&qs, "Wer zahlt").speaker, None);
}

#[test]
fn german_one_capitalised_word_after_an_article_is_a_name() {
    let qs = de(&[
        "Die Ministerin sagte, man habe vor der „Jahrhundertdürre“ früh gewarnt.",
        "Wie die „Ostseezeitung“ berichtete, sollen die Felder bewässert werden.",
        "Bauernpräsident Kai Lorenz nannte den Plan eine „Luftnummer“.",
    ]);
    check(&qs, "Jahrhundertdürre", QuoteKind::Scare, None);
    check(&qs, "Ostseezeitung", QuoteKind::Scare, None);
    check(&qs, "Luftnummer", QuoteKind::Fragment, Some("Kai Lorenz"));
}

#[test]
fn french_what_they_call_is_a_name() {
    let qs = find_quotes_in(
        &[
            "Les infirmiers dénoncent ce qu'ils appellent le « service minimum permanent », un planning imposé depuis janvier.",
            "La directrice Anne Morel a qualifié la grève de « prise d'otages ».",
        ],
        Some("fr"),
    );
    check(&qs, "service minimum", QuoteKind::Scare, None);
    check(
        &qs,
        "prise d'otages",
        QuoteKind::Fragment,
        Some("Anne Morel"),
    );
}
