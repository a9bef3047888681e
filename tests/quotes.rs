//! The multilingual quote set (`tests/quotes/*.json`): news paragraphs written for this
//! project in each supported language, with every quote's kind and speaker. Checks that at
//! least 95% of the statements get the right speaker in each language, that most kinds are
//! right, and that the marks-only cases (`marks.json`) pair every quote span.

use clearpress::core::quotes::{find_quotes_in, Quote, QuoteKind};
use serde_json::Value;
use std::path::Path;

/// Share of statements (per language) that must have the right speaker.
const SPEAKER_FLOOR: f64 = 0.95;
/// Share of quotes (per language) that must have the right kind.
const KIND_FLOOR: f64 = 0.90;

fn load(name: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/quotes")
        .join(name);
    let text = std::fs::read_to_string(&path).expect("test set present");
    serde_json::from_str(&text).expect("valid JSON")
}

/// The paragraphs of one fixture article.
fn paragraphs(art: &Value) -> Vec<&str> {
    art["paragraphs"]
        .as_array()
        .expect("paragraphs")
        .iter()
        .filter_map(Value::as_str)
        .collect()
}

fn kind_of(s: &str) -> QuoteKind {
    match s {
        "statement" => QuoteKind::Statement,
        "fragment" => QuoteKind::Fragment,
        _ => QuoteKind::Scare,
    }
}

/// Counts for one language: (statements, right speakers, quotes, right kinds, misses).
fn score(lang: &str, set: &Value) -> (usize, usize, usize, usize, Vec<String>) {
    let (mut st, mut st_ok, mut n, mut kind_ok) = (0, 0, 0, 0);
    let mut misses = Vec::new();
    for art in set["articles"].as_array().expect("articles") {
        let pars = paragraphs(art);
        let found = find_quotes_in(&pars, Some(lang));
        for want in art["quotes"].as_array().expect("quotes") {
            let prefix = want["text"].as_str().expect("text");
            let kind = kind_of(want["kind"].as_str().expect("kind"));
            let speaker = want["speaker"].as_str();
            let got: Option<&Quote> = found.iter().find(|q| q.text.starts_with(prefix));
            n += 1;
            if got.is_some_and(|q| q.kind == kind) {
                kind_ok += 1;
            } else {
                misses.push(format!(
                    "{lang} kind {prefix:?}: want {kind:?}, got {:?}",
                    got.map(|q| q.kind)
                ));
            }
            if kind == QuoteKind::Statement {
                st += 1;
                let got_sp = got.and_then(|q| q.speaker.as_deref());
                if got_sp == speaker {
                    st_ok += 1;
                } else {
                    misses.push(format!(
                        "{lang} speaker {prefix:?}: want {speaker:?}, got {got_sp:?}"
                    ));
                }
            }
        }
    }
    (st, st_ok, n, kind_ok, misses)
}

#[test]
fn every_language_names_the_speakers() {
    let mut failed = Vec::new();
    for lang in ["de", "fr", "es", "it", "pt", "nl"] {
        let set = load(&format!("{lang}.json"));
        let (st, st_ok, n, kind_ok, misses) = score(lang, &set);
        let paragraphs: usize = set["articles"].as_array().map_or(0, |a| {
            a.iter()
                .map(|x| x["paragraphs"].as_array().map_or(0, Vec::len))
                .sum()
        });
        let sp = st_ok as f64 / st.max(1) as f64;
        let kd = kind_ok as f64 / n.max(1) as f64;
        println!("{lang}: {paragraphs} paragraphs, speakers {st_ok}/{st} = {sp:.3}, kinds {kind_ok}/{n} = {kd:.3}");
        for m in &misses {
            println!("  {m}");
        }
        assert!(paragraphs >= 25, "{lang}: only {paragraphs} paragraphs");
        if sp < SPEAKER_FLOOR || kd < KIND_FLOOR {
            failed.push(format!("{lang}: speakers {sp:.3}, kinds {kd:.3}"));
        }
    }
    assert!(failed.is_empty(), "below the floors: {failed:?}");
}

#[test]
fn marks_of_every_tradition_pair() {
    let set = load("marks.json");
    let mut misses = Vec::new();
    for case in set["cases"].as_array().expect("cases") {
        let lang = case["lang"].as_str().expect("lang");
        let pars: Vec<&str> = case["paragraphs"]
            .as_array()
            .expect("paragraphs")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        let found = find_quotes_in(&pars, Some(lang));
        let want: Vec<&str> = case["quotes"]
            .as_array()
            .expect("quotes")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        let got: Vec<&str> = found.iter().map(|q| q.text.as_str()).collect();
        if got != want {
            misses.push(format!("{lang}: want {want:?}, got {got:?}"));
        }
    }
    assert!(misses.is_empty(), "{misses:#?}");
}

/// The English rule fixtures (`tests/quotes/en.json`): every listed quote must have its
/// kind, its canonical speaker and, where given, the words that name the speaker.
#[test]
fn english_rule_fixtures() {
    let set = load("en.json");
    let mut misses = Vec::new();
    for art in set["articles"].as_array().expect("articles") {
        let pars = paragraphs(art);
        let found = find_quotes_in(&pars, Some("en"));
        for want in art["quotes"].as_array().expect("quotes") {
            let prefix = want["text"].as_str().expect("text");
            let Some(got) = found.iter().find(|q| q.text.starts_with(prefix)) else {
                misses.push(format!("{prefix:?}: not found"));
                continue;
            };
            let kind = kind_of(want["kind"].as_str().expect("kind"));
            let speaker = want["speaker"].as_str();
            let mention = want.get("mention").and_then(Value::as_str);
            let got_mention = got.mention.as_ref().map(|m| m.text.as_str());
            if got.kind != kind || got.speaker.as_deref() != speaker {
                misses.push(format!(
                    "{prefix:?}: want {kind:?} {speaker:?}, got {:?} {:?}",
                    got.kind, got.speaker
                ));
            } else if mention.is_some() && got_mention != mention {
                misses.push(format!(
                    "{prefix:?}: want mention {mention:?}, got {got_mention:?}"
                ));
            }
        }
    }
    assert!(misses.is_empty(), "{}", misses.join("\n"));
}
