//! Hardening bench (`./build.sh bench`): time and peak memory of every CLI command and of the
//! browser's core path on synthetic pages, from 10k to 1M elements plus pathological shapes.
//!
//! usage: cargo run --release --example bench_hardening -- [CLI] [--out FILE] [--quick]
//!
//! `CLI` is the release `clearpress` binary (default `target/release/clearpress`). Each run is
//! its own child process, its CPU time (user + system) and peak resident memory (`ru_utime`,
//! `ru_stime`, `ru_maxrss` from `wait4`) its own: CPU time rather than wall time because this
//! machine is shared, and the child is started from a fresh small process (`--measure`)
//! because Linux counts the forking process's peak in a child's `ru_maxrss`. A small page's
//! peak is the baseline subtracted before dividing by the element count.
//! The browser's path (`plan_flat`: snapshot → `Page::from_flat` → analysis → plan → JSON)
//! runs natively in a child of this binary (`--core FILE`).
//!
//! Checks (the process exits 1 when one fails): time per element on the flat pages stays
//! within [`MAX_PER_ELEMENT_SPREAD`] from the smallest to the largest; every command takes at
//! most [`MAX_200K_SECONDS`] on the 200k-element page; peak memory above the baseline stays
//! under [`MAX_BYTES_PER_ELEMENT`] on the flat pages. Results go to `target/bench/`.

#[cfg(not(unix))]
fn main() {
    eprintln!("bench_hardening: needs a Unix system (wait4)");
}

#[cfg(unix)]
fn main() -> std::process::ExitCode {
    bench::main()
}

#[cfg(unix)]
mod bench {
    use clearpress::core::model::Page;
    use clearpress::core::plan;
    use std::fmt::Write as _;
    use std::path::{Path, PathBuf};
    use std::process::{Command, ExitCode, Stdio};
    use std::time::{Duration, Instant};

    /// Largest ratio between the slowest and fastest time per element on the flat pages
    /// (issue 5: "time per element flat within 1.5× from 10k to 1M").
    pub const MAX_PER_ELEMENT_SPREAD: f64 = 1.5;
    /// Every command on the 200k-element page, in seconds (issue 5).
    pub const MAX_200K_SECONDS: f64 = 1.0;
    /// Peak memory above the process baseline, per element of a flat page (issue 5).
    pub const MAX_BYTES_PER_ELEMENT: f64 = 500.0;
    /// Runs per command on pages under [`REPEAT_BELOW_BYTES`]: the fastest CPU time is kept,
    /// because other processes on a shared machine only ever add to it.
    const REPEATS: usize = 3;
    /// Pages this large or larger run once per command.
    const REPEAT_BELOW_BYTES: usize = 20 << 20;
    /// A run taking longer than this is killed and reported as a timeout (a hang).
    const TIMEOUT: Duration = Duration::from_secs(300);

    const COMMANDS: &[&str] = &["clean", "clutter", "reader", "quotes", "core"];

    struct Case {
        name: String,
        /// Elements in the model (what the per-element figures divide by).
        elements: usize,
        html: String,
    }

    /// What one measured run reports.
    struct Measured {
        status: String,
        cpu: f64,
        wall: f64,
        peak: u64,
    }

    struct Run {
        case: String,
        command: &'static str,
        elements: usize,
        input_bytes: usize,
        seconds: f64,
        wall_seconds: f64,
        peak_bytes: u64,
        net_bytes: u64,
        status: String,
    }

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        if let [flag, file] = &args[..] {
            if flag == "--core" {
                return core_child(file);
            }
        }
        if args.first().is_some_and(|a| a == "--measure") {
            return measure_child(&args[1..]);
        }
        let quick = args.iter().any(|a| a == "--quick");
        let out = flag_value(&args, "--out").unwrap_or("target/bench/hardening.json");
        let cli = args
            .iter()
            .find(|a| !a.starts_with("--") && Some(a.as_str()) != flag_value(&args, "--out"))
            .map_or("target/release/clearpress", |s| s.as_str());
        match run_all(Path::new(cli), Path::new(out), quick) {
            Ok(true) => ExitCode::SUCCESS,
            Ok(false) => ExitCode::from(1),
            Err(e) => {
                eprintln!("bench_hardening: {e}");
                ExitCode::from(2)
            }
        }
    }

    fn flag_value<'a>(args: &'a [String], flag: &str) -> Option<&'a str> {
        let i = args.iter().position(|a| a == flag)?;
        args.get(i + 1).map(|s| s.as_str())
    }

    type Res<T> = Result<T, Box<dyn std::error::Error>>;

    fn run_all(cli: &Path, out: &Path, quick: bool) -> Res<bool> {
        if !cli.exists() {
            return Err(format!(
                "{} not found: build it with cargo build --release",
                cli.display()
            )
            .into());
        }
        let dir = out.parent().unwrap_or(Path::new(".")).join("pages");
        std::fs::create_dir_all(&dir)?;
        let me = std::env::current_exe()?;
        let baseline_case = Case {
            name: "baseline".into(),
            elements: 4,
            html: flat_page(1),
        };
        let mut baseline = std::collections::HashMap::new();
        for &cmd in COMMANDS {
            let files = write_case(&dir, &baseline_case)?;
            let r = measure(cli, &me, cmd, &files, &baseline_case, 0)?;
            baseline.insert(cmd, r.peak_bytes);
        }
        let mut runs = Vec::new();
        for make in cases(quick) {
            let case = make();
            let files = write_case(&dir, &case)?;
            for &cmd in COMMANDS {
                let base = baseline.get(cmd).copied().unwrap_or(0);
                let mut r = measure(cli, &me, cmd, &files, &case, base)?;
                let repeats = if case.html.len() < REPEAT_BELOW_BYTES {
                    REPEATS
                } else {
                    1
                };
                for _ in 1..repeats {
                    let again = measure(cli, &me, cmd, &files, &case, base)?;
                    let (peak, net) = (
                        r.peak_bytes.max(again.peak_bytes),
                        r.net_bytes.max(again.net_bytes),
                    );
                    if again.seconds < r.seconds {
                        r = again;
                    }
                    (r.peak_bytes, r.net_bytes) = (peak, net);
                }
                eprintln!(
                    "  {:<14} {:<8} {:>9.3} s cpu {:>9.3} s wall {:>8.1} MB  {}",
                    r.case,
                    r.command,
                    r.seconds,
                    r.wall_seconds,
                    r.peak_bytes as f64 / 1e6,
                    r.status
                );
                runs.push(r);
            }
        }
        let (table, failures) = report(&runs);
        print!("{table}");
        std::fs::write(out, json(&runs, &failures))?;
        println!("wrote {}", out.display());
        for f in &failures {
            println!("FAIL {f}");
        }
        Ok(failures.is_empty())
    }

    /// Writes the page as HTML (for the CLI) and as the flat snapshot (for the core path).
    fn write_case(dir: &Path, case: &Case) -> Res<(PathBuf, PathBuf)> {
        let html = dir.join(format!("{}.html", case.name));
        std::fs::write(&html, &case.html)?;
        let flat = dir.join(format!("{}.flat", case.name));
        let page = clearpress::native::parse(&case.html)?.page;
        let (structure, strings) = page.to_flat();
        let mut bytes = Vec::with_capacity(8 + structure.len() * 4 + strings.len());
        bytes.extend_from_slice(&(structure.len() as u64).to_le_bytes());
        for n in structure {
            bytes.extend_from_slice(&n.to_le_bytes());
        }
        bytes.extend_from_slice(strings.as_bytes());
        std::fs::write(&flat, bytes)?;
        Ok((html, flat))
    }

    /// The browser's path natively: the snapshot, the model, the plan, and its JSON (as
    /// serde-wasm-bindgen would walk it).
    fn core_child(file: &str) -> ExitCode {
        let Ok(bytes) = std::fs::read(file) else {
            return ExitCode::from(2);
        };
        let Some((head, rest)) = bytes.split_at_checked(8) else {
            return ExitCode::from(2);
        };
        let n = u64::from_le_bytes(head.try_into().unwrap_or([0; 8])) as usize;
        let Some((words, strings)) = rest.split_at_checked(n * 4) else {
            return ExitCode::from(2);
        };
        let structure: Vec<u32> = words
            .chunks_exact(4)
            .map(|w| u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
            .collect();
        let Ok(strings) = std::str::from_utf8(strings) else {
            return ExitCode::from(2);
        };
        let Ok(page) = Page::from_flat(&structure, strings) else {
            return ExitCode::from(2);
        };
        let p = plan::plan(&page, None);
        match serde_json::to_string(&p) {
            Ok(s) => {
                println!("{}", s.len());
                ExitCode::SUCCESS
            }
            Err(_) => ExitCode::from(2),
        }
    }

    /// Runs `cmd` on the case through a fresh `--measure` process and reads what it reports.
    fn measure(
        cli: &Path,
        me: &Path,
        cmd: &'static str,
        (html, flat): &(PathBuf, PathBuf),
        case: &Case,
        base: u64,
    ) -> Res<Run> {
        let out = Command::new(me)
            .arg("--measure")
            .arg(cmd)
            .arg(cli)
            .arg(html)
            .arg(flat)
            .stderr(Stdio::inherit())
            .output()?;
        let line = String::from_utf8_lossy(&out.stdout);
        let f: Vec<&str> = line.trim().splitn(4, ' ').collect();
        let [cpu, wall, peak, status] = f[..] else {
            return Err(format!("--measure said {line:?}").into());
        };
        let peak: u64 = peak.parse()?;
        Ok(Run {
            case: case.name.clone(),
            command: cmd,
            elements: case.elements,
            input_bytes: case.html.len(),
            seconds: cpu.parse()?,
            wall_seconds: wall.parse()?,
            peak_bytes: peak,
            net_bytes: peak.saturating_sub(base),
            status: status.to_string(),
        })
    }

    /// `--measure CMD CLI HTML FLAT`: runs one command in a child and prints
    /// `cpu-seconds wall-seconds peak-bytes status`.
    fn measure_child(args: &[String]) -> ExitCode {
        let [cmd, cli, html, flat] = args else {
            return ExitCode::from(2);
        };
        let mut c = if cmd == "core" {
            let mut c = Command::new(std::env::current_exe().unwrap_or_default());
            c.arg("--core").arg(flat);
            c
        } else {
            let mut c = Command::new(cli);
            c.arg(cmd).arg(html);
            if cmd != "clean" {
                c.arg("--json");
            }
            c
        };
        c.stdout(Stdio::null()).stderr(Stdio::null());
        let start = Instant::now();
        let m = c
            .spawn()
            .map_err(|e| e.into())
            .and_then(|child| wait_with_peak(child.id() as libc::pid_t, start));
        match m {
            Ok(m) => {
                println!("{} {} {} {}", m.cpu, m.wall, m.peak, m.status);
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("bench_hardening: {e}");
                ExitCode::from(2)
            }
        }
    }

    /// Waits for `pid` (killing it after [`TIMEOUT`]) and returns its exit status, CPU time
    /// and peak resident memory.
    fn wait_with_peak(pid: libc::pid_t, start: Instant) -> Res<Measured> {
        let mut killed = false;
        loop {
            let mut status = 0;
            // SAFETY: plain FFI call with valid out-pointers; `pid` is our own child.
            let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
            let got = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
            if got < 0 {
                return Err(std::io::Error::last_os_error().into());
            }
            if got == pid {
                // Linux reports ru_maxrss in kilobytes.
                let peak = usage.ru_maxrss.max(0) as u64 * 1024;
                let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
                let cpu = secs(usage.ru_utime) + secs(usage.ru_stime);
                let what = if killed {
                    format!("timeout > {} s", TIMEOUT.as_secs())
                } else if libc::WIFEXITED(status) {
                    match libc::WEXITSTATUS(status) {
                        0 => "ok".to_string(),
                        c => format!("exit {c}"),
                    }
                } else {
                    format!("signal {}", libc::WTERMSIG(status))
                };
                return Ok(Measured {
                    status: what,
                    cpu,
                    wall: start.elapsed().as_secs_f64(),
                    peak,
                });
            }
            if !killed && start.elapsed() > TIMEOUT {
                // SAFETY: sending a signal to our own unreaped child.
                unsafe { libc::kill(pid, libc::SIGKILL) };
                killed = true;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
    }

    // --- pages -----------------------------------------------------------------------------

    /// The cases, each made only when its turn comes (the largest pages are tens of MB).
    fn cases(quick: bool) -> Vec<Box<dyn Fn() -> Case>> {
        let sizes: &[usize] = if quick {
            &[10_000, 50_000, 200_000]
        } else {
            &[10_000, 50_000, 200_000, 1_000_000]
        };
        let mut out: Vec<Box<dyn Fn() -> Case>> = Vec::new();
        for &n in sizes {
            out.push(Box::new(move || {
                let units = n.div_ceil(UNIT_ELEMENTS);
                Case {
                    name: format!("flat-{}k", n / 1000),
                    elements: units * UNIT_ELEMENTS + PAGE_ELEMENTS,
                    html: flat_page(units),
                }
            }));
        }
        out.push(Box::new(|| single("para-10mb", big_paragraph(10 << 20))));
        out.push(Box::new(|| single("quotes-20k", quote_paragraph(20_000))));
        out.push(Box::new(|| single("jsonld-64k", json_ld_authors(64_000))));
        out.push(Box::new(|| single("attrs-100k", many_attributes(100_000))));
        out.push(Box::new(|| single("nest-40k", nested(40_000))));
        out
    }

    fn single(name: &str, (html, elements): (String, usize)) -> Case {
        Case {
            name: name.into(),
            elements,
            html,
        }
    }

    /// Elements of the page skeleton around the units (html, head, title, body, header, h1,
    /// article, footer).
    const PAGE_ELEMENTS: usize = 8;
    /// Elements per repeated unit of [`flat_page`].
    const UNIT_ELEMENTS: usize = 12;

    const WORDS: &[&str] = &[
        "the", "council", "said", "on", "Tuesday", "that", "budget", "would", "rise", "by",
        "three", "percent", "after", "a", "long", "debate", "over", "schools", "and", "roads",
    ];

    fn words(out: &mut String, seed: usize, n: usize) {
        for k in 0..n {
            if k > 0 {
                out.push(' ');
            }
            out.push_str(WORDS[(seed * 7 + k * 13) % WORDS.len()]);
        }
    }

    /// A shallow news page: `units` sections of 12 elements (heading, paragraph with a link,
    /// emphasis and a quote, a list, a figure); every 40th is a comment box and every 97th a
    /// donation appeal, so clutter and quotes have work at every size.
    fn flat_page(units: usize) -> String {
        let mut s = String::with_capacity(units * 420 + 300);
        s.push_str("<!DOCTYPE html><html lang=\"en\"><head><title>Council budget - Gazette</title></head><body><header>Gazette</header><h1>Council budget</h1><article>");
        for i in 0..units {
            let _ = write!(s, "<div class=\"section\"><h2 id=\"s{i}\">Part {i}</h2><p>");
            words(&mut s, i, 18);
            let _ = write!(s, " <a href=\"/news/{i}\">");
            words(&mut s, i + 1, 3);
            s.push_str("</a> and <em>");
            words(&mut s, i + 2, 2);
            let _ = write!(s, "</em>. “We will finish item {i} this year,” said Mayor Ann Lee, who chairs the council.</p><ul><li>");
            words(&mut s, i + 3, 4);
            s.push_str("</li><li>");
            words(&mut s, i + 4, 3);
            s.push_str(" <strong>");
            words(&mut s, i + 5, 2);
            s.push_str("</strong></li></ul>");
            if i % 40 == 39 {
                let _ = write!(
                    s,
                    "<div class=\"comments\"><h3>{i} Comments</h3><p>Join the discussion</p></div>"
                );
            } else if i % 97 == 96 {
                s.push_str(
                    "<div class=\"donate-box\"><h3>Support us</h3><p>Donate $5 today</p></div>",
                );
            } else {
                let _ = write!(s, "<figure><img src=\"/img/{i}.jpg\" alt=\"photo\"><figcaption>Photo {i}</figcaption></figure>");
            }
            s.push_str("</div>");
        }
        s.push_str("</article><footer>Gazette</footer></body></html>\n");
        s
    }

    fn article_page(head_extra: &str, body: &str) -> String {
        format!("<!DOCTYPE html><html lang=\"en\"><head><title>Synthetic</title>{head_extra}</head><body><article><h1>Synthetic</h1>{body}</article></body></html>\n")
    }

    /// One paragraph of `bytes` bytes of prose.
    fn big_paragraph(bytes: usize) -> (String, usize) {
        let mut p = String::with_capacity(bytes + 64);
        p.push_str("<p>");
        let mut i = 0;
        while p.len() < bytes {
            words(&mut p, i, 12);
            p.push_str(". ");
            i += 1;
        }
        p.push_str("</p>");
        (article_page("", &p), 7)
    }

    /// One paragraph holding `n` attributed quotes.
    fn quote_paragraph(n: usize) -> (String, usize) {
        let mut p = String::from("<p>");
        for i in 0..n {
            let _ = write!(p, "“Point {i} is settled,” said Ann Lee. ");
        }
        p.push_str("</p>");
        (article_page("", &p), 7)
    }

    /// A JSON-LD article with `n` authors, each name listed twice, as plain strings (which
    /// keeps the block under the JSON-LD size limit, so the author list itself is read).
    fn json_ld_authors(n: usize) -> (String, usize) {
        let mut ld = String::from("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Synthetic\",\"author\":[");
        for i in 0..n {
            if i > 0 {
                ld.push(',');
            }
            let _ = write!(ld, "\"A {}\"", i / 2);
        }
        ld.push_str("]}</script>");
        let body = "<p>A short article body with enough words to be read as the text of the page, as the reader view expects of one.</p>";
        (article_page(&ld, body), 8)
    }

    /// One element with `n` attributes.
    fn many_attributes(n: usize) -> (String, usize) {
        let mut d = String::from("<div");
        for i in 0..n {
            let _ = write!(d, " data-a{i}=\"{i}\"");
        }
        d.push_str("><p>Text inside a heavily attributed box, long enough to be a paragraph of the article.</p></div>");
        (article_page("", &d), 9)
    }

    /// `n` nested `div`s around one paragraph.
    fn nested(n: usize) -> (String, usize) {
        let mut d = "<div>".repeat(n);
        d.push_str(
            "<p>Deep text, long enough to be a paragraph of the article that the reader keeps.</p>",
        );
        d.push_str(&"</div>".repeat(n));
        (article_page("", &d), n + 7)
    }

    // --- results -----------------------------------------------------------------------------

    fn report(runs: &[Run]) -> (String, Vec<String>) {
        let mut t = String::new();
        let _ = writeln!(
            t,
            "\n{:<14} {:<8} {:>9} {:>10} {:>9} {:>10} {:>9} {:>8}  status",
            "case", "command", "elements", "cpu s", "ns/elem", "peak MB", "B/elem", "×input"
        );
        for r in runs {
            let _ = writeln!(
                t,
                "{:<14} {:<8} {:>9} {:>10.3} {:>9.0} {:>10.1} {:>9.0} {:>8.1}  {}",
                r.case,
                r.command,
                r.elements,
                r.seconds,
                r.seconds * 1e9 / r.elements as f64,
                r.peak_bytes as f64 / 1e6,
                r.net_bytes as f64 / r.elements as f64,
                r.net_bytes as f64 / r.input_bytes as f64,
                r.status
            );
        }
        (t, failures(runs))
    }

    fn failures(runs: &[Run]) -> Vec<String> {
        let mut out = Vec::new();
        for r in runs.iter().filter(|r| r.status != "ok") {
            out.push(format!("{} {}: {}", r.case, r.command, r.status));
        }
        for &cmd in COMMANDS {
            let flat: Vec<&Run> = runs
                .iter()
                .filter(|r| r.command == cmd && r.case.starts_with("flat-"))
                .collect();
            let per: Vec<f64> = flat.iter().map(|r| r.seconds / r.elements as f64).collect();
            let (lo, hi) = per
                .iter()
                .fold((f64::MAX, 0.0f64), |(lo, hi), &x| (lo.min(x), hi.max(x)));
            if !per.is_empty() && hi > lo * MAX_PER_ELEMENT_SPREAD {
                out.push(format!(
                    "{cmd}: time per element {:.0}–{:.0} ns on the flat pages (more than {MAX_PER_ELEMENT_SPREAD}× apart)",
                    lo * 1e9,
                    hi * 1e9
                ));
            }
            for r in &flat {
                if r.case == "flat-200k" && r.seconds > MAX_200K_SECONDS {
                    out.push(format!(
                        "{cmd}: {:.2} s on flat-200k (> {MAX_200K_SECONDS} s)",
                        r.seconds
                    ));
                }
                let per_el = r.net_bytes as f64 / r.elements as f64;
                if per_el > MAX_BYTES_PER_ELEMENT {
                    out.push(format!(
                        "{cmd}: {per_el:.0} bytes per element on {} (> {MAX_BYTES_PER_ELEMENT})",
                        r.case
                    ));
                }
            }
        }
        out
    }

    fn json(runs: &[Run], failures: &[String]) -> String {
        let rows: Vec<serde_json::Value> = runs
            .iter()
            .map(|r| {
                serde_json::json!({
                    "case": r.case,
                    "command": r.command,
                    "elements": r.elements,
                    "input_bytes": r.input_bytes,
                    "cpu_seconds": r.seconds,
                    "wall_seconds": r.wall_seconds,
                    "ns_per_element": r.seconds * 1e9 / r.elements as f64,
                    "peak_bytes": r.peak_bytes,
                    "net_peak_bytes": r.net_bytes,
                    "net_bytes_per_element": r.net_bytes as f64 / r.elements as f64,
                    "status": r.status,
                })
            })
            .collect();
        let doc = serde_json::json!({
            "checks": {
                "max_per_element_spread": MAX_PER_ELEMENT_SPREAD,
                "max_200k_seconds": MAX_200K_SECONDS,
                "max_bytes_per_element": MAX_BYTES_PER_ELEMENT,
            },
            "failures": failures,
            "runs": rows,
        });
        serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
    }
}
