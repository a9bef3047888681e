//! The quality gate of `./build.sh eval`: compares the figures the evals wrote with the
//! floors in `tests/eval/floors.tsv` and exits 1 when one is below its floor (or above its
//! ceiling) or was not measured.
//!
//! usage: cargo run --example eval_floors -- [FLOORS.tsv] [FIGURES.tsv]

// Shared with the evals, which write figures; the gate only reads where they are.
#[allow(dead_code)]
#[path = "common/figures.rs"]
mod figures;

use std::collections::BTreeMap;
use std::process::ExitCode;

/// One line of the floors file.
struct Floor {
    name: String,
    at_most: bool,
    value: f64,
    what: String,
}

fn parse_floors(text: &str) -> Result<Vec<Floor>, String> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let bad = || format!("floors line {}: want figure, min|max, value, what", n + 1);
        let (name, dir, value) = match cols.as_slice() {
            [name, dir, value, ..] => (*name, *dir, *value),
            _ => return Err(bad()),
        };
        let at_most = match dir {
            "min" => false,
            "max" => true,
            _ => return Err(bad()),
        };
        out.push(Floor {
            name: name.to_string(),
            at_most,
            value: value.parse().map_err(|_| bad())?,
            what: cols.get(3).unwrap_or(&"").to_string(),
        });
    }
    Ok(out)
}

/// The last value written for each figure (an eval run twice keeps its latest).
fn parse_figures(text: &str) -> BTreeMap<String, f64> {
    text.lines()
        .filter_map(|l| l.split_once('\t'))
        .filter_map(|(k, v)| Some((k.to_string(), v.trim().parse().ok()?)))
        .collect()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let floors_path = args.first().map_or("tests/eval/floors.tsv", String::as_str);
    let figures_path = args.get(1).map(Into::into).unwrap_or_else(figures::path);
    let floors = match std::fs::read_to_string(floors_path)
        .map_err(|e| format!("{floors_path}: {e}"))
        .and_then(|t| parse_floors(&t))
    {
        Ok(f) => f,
        Err(e) => {
            eprintln!("eval_floors: {e}");
            return ExitCode::from(2);
        }
    };
    let figures = parse_figures(&std::fs::read_to_string(&figures_path).unwrap_or_default());
    println!(
        "\n{:<34} {:>8} {:>10}  {:<6} what",
        "figure", "ours", "floor", ""
    );
    let mut failed = 0;
    for f in &floors {
        let (shown, verdict) = match figures.get(&f.name) {
            None => ("-".to_string(), "MISSING"),
            Some(&v) if (f.at_most && v > f.value) || (!f.at_most && v < f.value) => {
                (format!("{v:.4}"), "FAIL")
            }
            Some(&v) => (format!("{v:.4}"), "ok"),
        };
        failed += usize::from(verdict != "ok");
        let bound = if f.at_most { "<=" } else { ">=" };
        println!(
            "{:<34} {:>8} {bound}{:>8.4}  {:<6} {}",
            f.name, shown, f.value, verdict, f.what
        );
    }
    if failed > 0 {
        println!("eval: {failed} figure(s) below their floors or not measured ({floors_path})");
        return ExitCode::FAILURE;
    }
    println!(
        "eval: all {} figures at or above their floors",
        floors.len()
    );
    ExitCode::SUCCESS
}
