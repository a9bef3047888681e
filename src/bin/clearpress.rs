//! `clearpress`: the reader-mode core on saved pages.
//!
//! ```text
//! clearpress clean FILE            page HTML with clutter removed
//! clearpress clutter FILE [--json] hidden widgets: kind, reason, text
//! clearpress reader FILE [--json]  article and metadata
//! clearpress quotes FILE [--json]  quoted spans with kind and speaker
//! clearpress report FILE           all of the above plus the model digest (JSON)
//! ```
//! FILE may be `-` for standard input. Any failure prints one line on stderr and exits 2.

// The CLI is native only; on wasm32 `main` is empty so that `cargo test --target
// wasm32-unknown-unknown` (which builds every binary) still compiles.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use clearpress::core::analysis::analyze;
    use clearpress::core::report;
    use clearpress::native::{self, decode::decode};
    use std::io::{Read, Write};
    use std::process::ExitCode;

    const USAGE: &str = "usage: clearpress (clean|clutter|reader|quotes|report) FILE [--json]";

    pub fn main() -> ExitCode {
        // A bug must still end as one clear line and exit code 2, not a backtrace.
        std::panic::set_hook(Box::new(|info| {
            let msg = info
                .payload()
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| info.payload().downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown".into());
            eprintln!(
                "clearpress: internal error: {}",
                msg.lines().next().unwrap_or("")
            );
            std::process::exit(2);
        }));
        // Arguments that are not UTF-8 (a file name) must not panic in `env::args`.
        let args = std::env::args_os()
            .skip(1)
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        match run(args) {
            Ok(out) => {
                let mut stdout = std::io::stdout().lock();
                // A closed pipe (`| head`) is not an error worth reporting.
                let _ = stdout
                    .write_all(out.as_bytes())
                    .and_then(|_| stdout.flush());
                ExitCode::SUCCESS
            }
            Err(e) => {
                // One line, whatever the message holds (a file name may contain a newline).
                eprintln!("clearpress: {}", e.replace(['\n', '\r'], " "));
                ExitCode::from(2)
            }
        }
    }

    fn read_input(path: &str) -> Result<String, String> {
        let mut bytes = Vec::new();
        let res = if path == "-" {
            std::io::stdin().read_to_end(&mut bytes).map(|_| ())
        } else {
            std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes).map(|_| ()))
        };
        res.map_err(|e| format!("cannot read {path}: {e}"))?;
        // Decoded as a browser would (BOM, <meta charset>, UTF-8, detector); binary files
        // are turned away by content sniffing.
        decode(&bytes)
            .map(|d| d.text)
            .map_err(|e| format!("{path}: {e}"))
    }

    fn json<T: serde::Serialize>(value: &T) -> Result<String, String> {
        serde_json::to_string_pretty(value)
            .map(|s| s + "\n")
            .map_err(|e| format!("cannot encode JSON: {e}"))
    }

    fn run(args: Vec<String>) -> Result<String, String> {
        let mut json_out = false;
        let mut positional = Vec::new();
        for a in &args {
            match a.as_str() {
                "--json" => json_out = true,
                "-h" | "--help" => return Ok(format!("{USAGE}\n")),
                s if s.starts_with("--") => return Err(format!("unknown option {s}; {USAGE}")),
                s => positional.push(s),
            }
        }
        let [cmd, file] = positional[..] else {
            return Err(USAGE.to_string());
        };
        if !matches!(cmd, "clean" | "clutter" | "reader" | "quotes" | "report") {
            return Err(format!("unknown command {cmd}; {USAGE}"));
        }
        let source = read_input(file)?;
        // The source is freed once the parser has its own copy, and the tree while the model
        // is built; `clean` keeps the page's markup (serialized once, with each node's place
        // in it) rather than the tree, which costs several times more.
        let (page, markup, mut limits) = if cmd == "clean" {
            let (page, markup, limits) =
                native::parse_for_clean(source).map_err(|e| format!("{file}: {e}"))?;
            (page, Some(markup), limits)
        } else {
            let (page, limits) = native::parse_page(source).map_err(|e| format!("{file}: {e}"))?;
            (page, None, limits)
        };
        let page = &page;
        let a = analyze(page);
        limits.extend(a.limits.iter().cloned());
        // A limit reached means a partial result: say so even where the output has no room
        // for it (`report` also lists them in its `limits` field).
        for l in &limits {
            eprintln!(
                "clearpress: note: {} = {} reached: {}",
                l.limit, l.value, l.detail
            );
        }
        match cmd {
            "clean" => {
                // No newline added: after `</html>` it would parse into `<body>`, one more
                // on every pass.
                Ok(markup
                    .map(|m| m.without(&m.clean_nodes(page, &a.clutter)))
                    .unwrap_or_default())
            }
            "clutter" => {
                let items = report::clutter(page, &a);
                if json_out {
                    return json(&items);
                }
                Ok(items
                    .iter()
                    .map(|c| format!("{:?}\t{}\t{}\n", c.kind, c.reason, c.text))
                    .collect())
            }
            "reader" => {
                let r = report::reader(page, &a);
                if json_out {
                    return json(&r);
                }
                let mut out = String::new();
                // The lines of the reader header: what a reader sees above the article.
                let title = r.headline.as_ref().or(r.title.as_ref());
                let day = r.date.as_ref().or(r.published_time.as_ref());
                for line in [title, r.byline.as_ref(), day].into_iter().flatten() {
                    out.push_str(line);
                    out.push('\n');
                }
                out.push('\n');
                out.push_str(&r.text);
                out.push('\n');
                Ok(out)
            }
            "quotes" => {
                let q = report::quotes(&a);
                if json_out {
                    return json(&q);
                }
                Ok(q.iter()
                    .map(|q| {
                        format!(
                            "{:?}\t{}\t“{}”\n",
                            q.kind,
                            q.speaker.as_deref().unwrap_or("-"),
                            q.text
                        )
                    })
                    .collect())
            }
            _ => {
                let mut r = report::report(page, &a);
                r.limits = limits;
                json(&r)
            }
        }
    }
}
