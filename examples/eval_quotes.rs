//! Runs `find_quotes` on PolNeAR quote gold and writes predictions for
//! `../shared/corpus/tools/score_quotes.py` (see `./build.sh eval`).
//!
//! usage: cargo run --release --example eval_quotes [GOLD_JSONL] [OUT_JSONL] [--all-kinds]
//!        [--lang=de] [--score SCORER.py --set NAME]
//!
//! `--lang` is the page's `lang` attribute, as if each article were wrapped in
//! `<html lang="de">`. The predicted speaker span is the quote's mention (the words near it
//! that name the speaker); the speaker text is the canonical name.
//!
//! With `--score`, it also runs the scorer (`--kinds direct`), prints its report and records
//! the gated figures as `NAME.*` (see `examples/common/figures.rs`).

#[path = "common/figures.rs"]
mod figures;

use clearpress::core::quotes::{find_quotes_in, QuoteKind};
use std::io::Write;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let opt = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let scorer = opt("--score");
    let set = opt("--set").unwrap_or_else(|| "polnear".into());
    let gold = args
        .get(1)
        .map_or("../shared/corpus/polnear/quotes/dev.jsonl", |s| s.as_str());
    let out_path = args
        .get(2)
        .map_or("target/eval/quotes-dev.jsonl", |s| s.as_str());
    let all = args.iter().any(|a| a == "--all-kinds");
    let lang = args.iter().find_map(|a| a.strip_prefix("--lang="));
    let Ok(gold_text) = std::fs::read_to_string(gold) else {
        eprintln!(
            "eval_quotes: {gold} not found (the shared corpus is not beside this clone); skipped"
        );
        return Ok(());
    };
    if let Some(dir) = std::path::Path::new(out_path).parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut out = std::fs::File::create(out_path)?;
    for line in gold_text.lines() {
        let rec: serde_json::Value = serde_json::from_str(line)?;
        let id = rec["id"].as_str().unwrap_or("");
        let text = rec["text"].as_str().unwrap_or("");
        let pars: Vec<&str> = text.split('\n').collect();
        // byte offset of each paragraph in the whole text
        let mut starts = Vec::new();
        let mut off = 0;
        for p in &pars {
            starts.push(off);
            off += p.len() + 1;
        }
        let cp = |b: usize| text.get(..b).map_or(0, |s| s.chars().count());
        let closing = ['\u{201D}', '"', '\u{BB}', '\u{AB}', '\u{201C}', '\u{2019}'];
        type Pred = (usize, usize, Option<String>, Option<(usize, usize)>);
        let mut preds: Vec<Pred> = Vec::new();
        let mut open_ended_prev = false;
        for q in find_quotes_in(&pars, lang) {
            if !all && q.kind == QuoteKind::Scare {
                continue;
            }
            let par = pars[q.paragraph];
            let (s, e) = (starts[q.paragraph] + q.start, starts[q.paragraph] + q.end);
            let mention = q
                .mention
                .as_ref()
                .map(|m| (starts[m.paragraph] + m.start, starts[m.paragraph] + m.end));
            let continues = open_ended_prev;
            // A piece with no closing mark that runs to the paragraph end continues in the
            // next paragraph: merge the pieces into one span, as the gold does.
            open_ended_prev =
                q.end == par.trim_end().len() && !par.get(..q.end).unwrap_or("").ends_with(closing);
            if continues {
                if let Some(last) = preds.last_mut() {
                    last.1 = e;
                    if last.2.is_none() {
                        last.2 = q.speaker.clone();
                        last.3 = mention;
                    }
                    continue;
                }
            }
            preds.push((s, e, q.speaker.clone(), mention));
        }
        let quotes: Vec<serde_json::Value> = preds
            .iter()
            .map(|(s, e, sp, m)| {
                let (ms, me) = match m {
                    Some((a, b)) if a < b => (Some(cp(*a)), Some(cp(*b))),
                    _ => (None, None),
                };
                serde_json::json!({"start": cp(*s), "end": cp(*e), "speaker_start": ms, "speaker_end": me, "speaker_text": sp})
            })
            .collect();
        writeln!(out, "{}", serde_json::json!({"id": id, "quotes": quotes}))?;
    }
    drop(out);
    if let Some(scorer) = scorer {
        score(&scorer, gold, out_path, &set)?;
    }
    Ok(())
}

/// Scores the predictions with the corpus scorer and records the gated figures.
fn score(
    scorer: &str,
    gold: &str,
    preds: &str,
    set: &str,
) -> Result<(), Box<dyn std::error::Error>> {
    let o = std::process::Command::new("python3")
        .args([scorer, gold, preds, "--kinds", "direct"])
        .output()?;
    eprint!("{}", String::from_utf8_lossy(&o.stderr));
    print!("{}", String::from_utf8_lossy(&o.stdout));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout)?;
    let num = |a: &str, b: &str| v[a][b].as_f64();
    let figures = [
        ("exact_f1", num("exact", "F1")),
        ("span_f1_03", num("overlap_ge0_3", "F1")),
        ("speaker_string_acc", num("speaker", "string_acc")),
        ("named_speaker", num("speaker", "named_only_span_acc")),
        ("all_speakers", num("speaker", "span_acc")),
    ];
    for (name, value) in figures {
        if let Some(value) = value {
            figures::record(&format!("{set}.{name}"), value);
        }
    }
    let probe = &v["scare_probe"];
    if let (Some(hit), Some(n)) = (
        probe["hit_by_pred"].as_f64(),
        probe["unattributed_quoted"].as_f64(),
    ) {
        if n > 0.0 {
            figures::record(&format!("{set}.unattributed_highlighted"), hit / n);
        }
    }
    Ok(())
}
