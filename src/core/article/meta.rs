//! Page metadata: title, byline, dates, site name, language, direction and excerpt, read
//! from `<meta>` tags, JSON-LD and the markup (the sources Readability.js reads, in the
//! preference order of [`crate::core::heuristics::article`]).
//!
//! Attribute values and text nodes arrive decoded by the HTML parser and are used as they are;
//! only JSON-LD strings, which the parser leaves raw inside `<script>`, get their JSON escapes
//! and HTML character references decoded — once.

mod date;

use super::json::{self, Value};
use super::{contains_ci, Article, Metadata};
use crate::core::heuristics::article as h;
use crate::core::heuristics::limits::{
    Reached, BYLINE_MAX_CHARS, BYLINE_READ_NODES_MAX, HEADING_TEXT_MAX_BYTES, JSON_LD_MAX_AUTHORS,
    JSON_LD_MAX_BYTES, TITLE_PARTS_MAX,
};
use crate::core::heuristics::meta as hm;
use crate::core::model::{collapse_whitespace, NodeId, Page};
use std::collections::{BTreeMap, BTreeSet};

/// What the page's JSON-LD says about the article.
#[derive(Debug, Default)]
struct JsonLd {
    headline: Option<String>,
    name: Option<String>,
    /// Authors that are people (or untyped).
    authors: Vec<String>,
    /// Authors explicitly typed `Person` (a person even when the site carries their name).
    persons: BTreeSet<String>,
    /// Authors typed as organizations: usually the publisher, a byline of last resort.
    org_authors: Vec<String>,
    published: Option<String>,
    /// `datePublished` of another node (a `WebPage` beside an untyped article).
    published_elsewhere: Option<String>,
    /// `dateModified`, the article's or another node's.
    modified: Option<String>,
    publisher: Option<String>,
    website: Option<String>,
    description: Option<String>,
}

/// Everything one pass over the arena collects for the metadata.
#[derive(Default)]
struct Sources<'a> {
    metas: Vec<(&'a str, &'a str)>,
    title: Option<NodeId>,
    h1s: Vec<NodeId>,
    h2s: Vec<NodeId>,
    ld_scripts: Vec<NodeId>,
    byline_nodes: Vec<NodeId>,
    /// Elements whose class/id names an author without being one of Readability.js's
    /// byline tokens (see [`hm::BYLINE_CLASS_PARTS`]).
    loose_bylines: Vec<NodeId>,
    /// Elements whose class/id names a date line, and `<time>` elements without `datetime`.
    date_lines: Vec<NodeId>,
    times: Vec<(NodeId, &'a str)>,
    html_lang: Option<&'a str>,
    html_dir: Option<&'a str>,
    body_dir: Option<&'a str>,
}

fn collect(page: &Page) -> Sources<'_> {
    let mut s = Sources::default();
    // Elements inside comment threads (their "author" names are commenters, not the byline).
    let mut in_comments = vec![false; page.len()];
    let mut memo = NameMemo::default();
    for id in page.ids() {
        let parent_in = page.parent(id).is_some_and(|p| in_comments[p.index()]);
        let Some(e) = page.element(id) else { continue };
        let names = memo.of(e.attr("class").unwrap_or("")) | memo.of(e.id());
        let commentish = parent_in || names & name_bits::COMMENT != 0;
        in_comments[id.index()] = commentish;
        match e.name.as_str() {
            "html" => {
                s.html_lang = s.html_lang.or(e.attr("lang"));
                s.html_dir = s.html_dir.or(e.attr("dir"));
            }
            "body" => s.body_dir = e.attr("dir"),
            "title" if s.title.is_none() => s.title = Some(id),
            "meta" => {
                let Some(content) = e.attr("content") else {
                    continue;
                };
                for key in ["property", "name", "itemprop"] {
                    if let Some(k) = e.attr(key) {
                        for k in k.split_ascii_whitespace() {
                            s.metas.push((k, content));
                        }
                    }
                }
            }
            "script" if crate::core::model::keeps_script_text(&e.attrs) => s.ld_scripts.push(id),
            "h1" => s.h1s.push(id),
            "h2" => s.h2s.push(id),
            "time" if !commentish => {
                if let Some(d) = e.attr("datetime") {
                    s.times.push((id, d));
                }
            }
            _ => {}
        }
        if !commentish
            && (e
                .attr("rel")
                .is_some_and(|r| r.split_ascii_whitespace().any(|t| t == "author"))
                || e.attr("itemprop")
                    .is_some_and(|v| v.split_ascii_whitespace().any(|t| t == "author"))
                || e.classes().any(|c| {
                    ["byline", "author", "p-author", "writtenby"]
                        .iter()
                        .any(|k| c.eq_ignore_ascii_case(k))
                }))
        {
            s.byline_nodes.push(id);
        } else if !commentish && names & name_bits::BYLINE != 0 {
            s.loose_bylines.push(id);
        }
        if !commentish
            && ((e.name == "time" && e.attr("datetime").is_none()) || names & name_bits::DATE != 0)
        {
            s.date_lines.push(id);
        }
    }
    s
}

/// What [`collect`] reads in one class or id value (ASCII case ignored), one bit each.
mod name_bits {
    /// Contains "comment".
    pub const COMMENT: u8 = 1;
    /// Contains one of [`super::hm::BYLINE_CLASS_PARTS`] and none of
    /// [`super::hm::BYLINE_CLASS_NOT`].
    pub const BYLINE: u8 = 2;
    /// Contains one of [`super::hm::DATE_LINE_PATTERNS`].
    pub const DATE: u8 = 4;
    /// Contains one of [`super::hm::BYLINE_CLASS_NOT`] (of a token; never in a result).
    pub const NOT: u8 = 8;
}

/// A listed word's bytes and its [`name_bits`] bit.
type ListedWord = (&'static [u8], u8);

/// [`name_bits`] of one whitespace-free token, with [`name_bits::NOT`] apart: at each
/// position, only the listed words that start with its (lower-cased) byte are compared.
fn token_name_bits(v: &str) -> u8 {
    static BY_FIRST: std::sync::OnceLock<Vec<Vec<ListedWord>>> = std::sync::OnceLock::new();
    let by_first = BY_FIRST.get_or_init(|| {
        let mut t = vec![Vec::new(); 256];
        let lists: [(&[&'static str], u8); 4] = [
            (&["comment"], name_bits::COMMENT),
            (hm::BYLINE_CLASS_PARTS, name_bits::BYLINE),
            (hm::BYLINE_CLASS_NOT, name_bits::NOT),
            (hm::DATE_LINE_PATTERNS, name_bits::DATE),
        ];
        for (list, bit) in lists {
            for w in list {
                if let Some(&b) = w.as_bytes().first() {
                    t[b.to_ascii_lowercase() as usize].push((w.as_bytes(), bit));
                }
            }
        }
        t
    });
    let hay = v.as_bytes();
    let mut bits = 0;
    for i in 0..hay.len() {
        let Some(bucket) = by_first.get(hay[i].to_ascii_lowercase() as usize) else {
            continue;
        };
        for &(w, bit) in bucket {
            let at = hay.get(i..i + w.len());
            if bits & bit == 0 && at.is_some_and(|a| a.eq_ignore_ascii_case(w)) {
                bits |= bit;
            }
        }
    }
    bits
}

/// [`name_bits`] of class and id values, each distinct token looked at once per page: sites
/// repeat the same few classes on hundreds of elements, and the substring scans of every
/// value were the costliest step of the metadata. No listed word holds whitespace, so a
/// value contains one when a token does.
#[derive(Default)]
struct NameMemo<'a>(std::collections::HashMap<&'a str, u8>);

impl<'a> NameMemo<'a> {
    fn of(&mut self, v: &'a str) -> u8 {
        let mut bits = 0;
        for t in v.split_ascii_whitespace() {
            bits |= *self.0.entry(t).or_insert_with(|| token_name_bits(t));
        }
        if bits & name_bits::NOT != 0 {
            bits &= !name_bits::BYLINE;
        }
        bits & !name_bits::NOT
    }
}

impl Sources<'_> {
    /// The first non-empty `<meta>` content among `keys`, in the keys' order. Character
    /// references left in the content (double-escaped by the site's CMS, `That&#039;s`) are
    /// decoded once more, as Readability.js does.
    fn meta(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| {
            self.metas
                .iter()
                .find(|(n, v)| n.eq_ignore_ascii_case(k) && !v.trim().is_empty())
                .and_then(|(_, v)| clean(v))
        })
    }
}

/// Decodes HTML character references once (JSON-LD strings only; everything else arrives
/// decoded from the parser).
fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    const NAMED: &[(&str, char)] = &[
        ("amp", '&'),
        ("lt", '<'),
        ("gt", '>'),
        ("quot", '"'),
        ("apos", '\''),
        ("nbsp", '\u{a0}'),
        ("ndash", '–'),
        ("mdash", '—'),
        ("lsquo", '‘'),
        ("rsquo", '’'),
        ("ldquo", '“'),
        ("rdquo", '”'),
        ("hellip", '…'),
    ];
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest
            .bytes()
            .skip(1)
            .take(11)
            .position(|b| b == b';')
            .map(|e| e + 1);
        let decoded = end.and_then(|e| {
            let name = &rest[1..e];
            let ch = if let Some(num) = name.strip_prefix('#') {
                let v = match num.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => num.parse::<u32>().ok(),
                };
                // A reference to no character (0, a surrogate, past U+10FFFF) is U+FFFD.
                v.map(|v| {
                    char::from_u32(v)
                        .filter(|&c| c != '\0')
                        .unwrap_or('\u{FFFD}')
                })
            } else {
                NAMED.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
            };
            ch.map(|c| (c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn clean(s: &str) -> Option<String> {
    let s = collapse_whitespace(&decode_entities(s));
    (!s.is_empty()).then_some(s)
}

fn is_article_type(v: &Value) -> bool {
    v.get("@type").is_some_and(|t| {
        t.items().iter().filter_map(Value::as_str).any(|t| {
            t.ends_with("Article") || t.ends_with("Posting") || h::JSONLD_ARTICLE_TYPES.contains(&t)
        })
    })
}

fn has_type(v: &Value, ty: &str) -> bool {
    v.get("@type")
        .is_some_and(|t| t.items().iter().filter_map(Value::as_str).any(|t| t == ty))
}

/// The graph's named nodes by `@id` (the first of each), so that references resolve in one
/// look-up each rather than a scan of the graph per reference.
type Ids<'a> = BTreeMap<&'a str, &'a Value>;

/// Follows an `{"@id": …}` reference to the node it names, if the graph has it.
fn resolve<'a>(v: &'a Value, ids: &Ids<'a>) -> &'a Value {
    match (v.get("@id").and_then(Value::as_str), v.get("name")) {
        (Some(id), None) => ids.get(id).copied().unwrap_or(v),
        _ => v,
    }
}

fn name_of(v: &Value, nodes: &Ids<'_>) -> Option<String> {
    match v {
        Value::Str(s) => clean(s),
        Value::Obj(_) => resolve(v, nodes)
            .get("name")
            .and_then(Value::as_str)
            .and_then(clean),
        _ => None,
    }
}

/// Parses the JSON-LD scripts, skipping (with a note) any over [`JSON_LD_MAX_BYTES`].
fn json_ld_docs(page: &Page, scripts: &[NodeId], limits: &mut Vec<Reached>) -> Vec<Value> {
    let mut docs = Vec::new();
    for &s in scripts {
        let text = page.text_content(s);
        if text.len() > JSON_LD_MAX_BYTES {
            limits.push(Reached::new(
                "json_ld_max_bytes",
                JSON_LD_MAX_BYTES,
                format!("a JSON-LD block of {} bytes was not read", text.len()),
            ));
            continue;
        }
        docs.extend(json::parse(&text));
    }
    docs
}

fn read_json_ld(page: &Page, scripts: &[NodeId], limits: &mut Vec<Reached>) -> JsonLd {
    let mut out = JsonLd::default();
    let docs = json_ld_docs(page, scripts, limits);
    // Every node: top-level values, array items and `@graph` members.
    let mut nodes: Vec<&Value> = Vec::new();
    for d in &docs {
        for item in d.items() {
            nodes.push(item);
            if let Some(g) = item.get("@graph") {
                nodes.extend(g.items());
            }
        }
    }
    let mut ids = Ids::new();
    for n in &nodes {
        if let (Some(id), Some(_)) = (n.get("@id").and_then(Value::as_str), n.get("name")) {
            ids.entry(id).or_insert(*n);
        }
    }
    let article = nodes.iter().copied().find(|n| is_article_type(n));
    if let Some(a) = article {
        out.headline = a.get("headline").and_then(Value::as_str).and_then(clean);
        out.name = a.get("name").and_then(Value::as_str).and_then(clean);
        if let Some(au) = a.get("author").or_else(|| a.get("creator")) {
            read_authors(au, &ids, &mut out, limits);
        }
        out.published = a
            .get("datePublished")
            .and_then(Value::as_str)
            .and_then(clean);
        out.modified = a
            .get("dateModified")
            .and_then(Value::as_str)
            .and_then(clean);
        out.publisher = a
            .get("publisher")
            .and_then(|p| p.items().first())
            .and_then(|p| name_of(p, &ids));
        out.description = a.get("description").and_then(Value::as_str).and_then(clean);
    }
    let first = |key: &str| {
        nodes
            .iter()
            .find_map(|n| n.get(key).and_then(Value::as_str).and_then(clean))
    };
    out.published_elsewhere = first("datePublished");
    out.modified = out.modified.take().or_else(|| first("dateModified"));
    out.website = nodes
        .iter()
        .find(|n| has_type(n, "WebSite"))
        .and_then(|n| n.get("name"))
        .and_then(Value::as_str)
        .and_then(clean);
    out
}

/// Reads an `author` value into the person and organisation lists, each name once, at most
/// [`JSON_LD_MAX_AUTHORS`] of them.
fn read_authors(au: &Value, ids: &Ids<'_>, out: &mut JsonLd, limits: &mut Vec<Reached>) {
    let mut seen = BTreeSet::new();
    for item in au.items() {
        let Some(n) = name_of(item, ids) else {
            continue;
        };
        if seen.contains(&n) {
            continue;
        }
        if seen.len() == JSON_LD_MAX_AUTHORS {
            limits.push(Reached::new(
                "json_ld_max_authors",
                JSON_LD_MAX_AUTHORS,
                format!("only the first {JSON_LD_MAX_AUTHORS} JSON-LD authors were read"),
            ));
            break;
        }
        let node = resolve(item, ids);
        let org = node.get("@type").is_some_and(|t| {
            t.items()
                .iter()
                .filter_map(Value::as_str)
                .any(|t| t.ends_with("Organization") || t == "Corporation")
        });
        if has_type(node, "Person") {
            out.persons.insert(n.clone());
        }
        seen.insert(n.clone());
        if org {
            out.org_authors.push(n);
        } else {
            out.authors.push(n);
        }
    }
}

/// Cuts a byline longer than [`BYLINE_MAX_CHARS`] after its last whole name (names are
/// separated by commas), with a note.
fn capped_byline(b: String, limits: &mut Vec<Reached>) -> String {
    let Some((cut, _)) = b.char_indices().nth(BYLINE_MAX_CHARS) else {
        return b;
    };
    limits.push(Reached::new(
        "byline_max_chars",
        BYLINE_MAX_CHARS,
        format!("the byline was cut from {} bytes", b.len()),
    ));
    let head = b.get(..cut).unwrap_or("");
    let head = head.rfind(", ").and_then(|i| head.get(..i)).unwrap_or(head);
    format!("{}…", head.trim_end())
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// The JSON-LD title: `headline` and `name` should agree, but some sites put their own name
/// (or, Wikipedia, a short description) in one of them; the one that matches the document
/// title or a heading wins, `headline` when both or neither do (Readability.js `_getJSONLD`).
fn json_ld_title(ld: &JsonLd, doc_title: Option<&str>, headings: &[String]) -> Option<String> {
    let (headline, name) = match (&ld.headline, &ld.name) {
        (Some(hd), Some(n)) if hd != n => (hd, n),
        (hd, n) => return hd.clone().or_else(|| n.clone()),
    };
    let score = |t: &str| {
        doc_title
            .into_iter()
            .chain(headings.iter().map(String::as_str))
            .map(|r| similarity(t, r))
            .fold(0.0f32, f32::max)
    };
    let (sh, sn) = (score(headline), score(name));
    if sn > h::TITLE_SIMILARITY && sn > sh {
        Some(name.clone())
    } else {
        Some(headline.clone())
    }
}

/// Removes a trailing (or leading) " | Site" part when it names the site.
fn strip_site(title: &str, site: Option<&str>) -> String {
    let Some(site) = site.filter(|s| !s.is_empty()) else {
        return title.to_string();
    };
    for sep in h::TITLE_SEPARATORS {
        if let Some(head) = title.strip_suffix(site).and_then(|t| t.strip_suffix(sep)) {
            if !head.trim().is_empty() {
                return head.trim().to_string();
            }
        }
        if let Some(tail) = title.strip_prefix(site).and_then(|t| t.strip_prefix(sep)) {
            if !tail.trim().is_empty() {
                return tail.trim().to_string();
            }
        }
    }
    title.to_string()
}

/// The document `<title>` without its site part (Readability.js `_getArticleTitle`, reduced).
fn clean_document_title(orig: &str, page: &Page, h1s: &[NodeId]) -> String {
    let seps: Vec<(usize, &str)> = h::TITLE_SEPARATORS
        .iter()
        .flat_map(|s| orig.match_indices(s).map(|(i, _)| (i, *s)))
        .collect();
    let mut cur = orig.to_string();
    let mut hierarchical = false;
    if !seps.is_empty() {
        hierarchical = seps
            .iter()
            .any(|(_, s)| matches!(*s, " \\ " | " / " | " > " | " » "));
        let last = seps.iter().max_by_key(|(i, _)| *i).copied();
        let first = seps.iter().min_by_key(|(i, _)| *i).copied();
        if let Some((i, _)) = last {
            cur = orig[..i].to_string();
        }
        if word_count(&cur) < 3 {
            if let Some((i, s)) = first {
                cur = orig[i + s.len()..].to_string();
            }
        }
    } else if orig.contains(": ") {
        let heading_matches = h1s.iter().any(|&h| {
            page.collapsed_text_within(h, HEADING_TEXT_MAX_BYTES)
                .is_some_and(|t| t == orig)
        });
        if !heading_matches {
            if let Some(i) = orig.rfind(": ") {
                cur = orig[i + 2..].to_string();
            }
            if word_count(&cur) < 3 {
                if let Some(i) = orig.find(": ") {
                    cur = orig[i + 2..].to_string();
                }
            } else if orig.find(": ").is_some_and(|i| word_count(&orig[..i]) > 5) {
                cur = orig.to_string();
            }
        }
    } else if (orig.len() > 150 || orig.len() < 15) && h1s.len() == 1 {
        cur = h1s
            .first()
            .map(|&h| page.collapsed_text(h))
            .unwrap_or_default();
    }
    let cur = collapse_whitespace(&cur);
    let words = word_count(&cur);
    let orig_words = orig
        .split_whitespace()
        .filter(|w| !h::TITLE_SEPARATORS.iter().any(|s| s.trim() == *w))
        .count();
    if words <= 4 && (!hierarchical || words + 1 != orig_words) {
        return orig.to_string();
    }
    cur
}

/// Lower-case word tokens (letters and digits of any script).
fn tokens(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_ascii_lowercase)
        .collect()
}

/// How much of `b` the words of `a` cover, 0–1 (Readability.js `_textSimilarity`: one minus
/// the length share of `b`'s words that `a` lacks).
fn similarity(a: &str, b: &str) -> f32 {
    let (ta, tb) = (tokens(a), tokens(b));
    let total = tb.join(" ").chars().count();
    if ta.is_empty() || total == 0 {
        return 0.0;
    }
    let missing: Vec<&str> = tb
        .iter()
        .filter(|t| !ta.contains(t))
        .map(String::as_str)
        .collect();
    1.0 - missing.join(" ").chars().count() as f32 / total as f32
}

/// A heading's text without the permalink marker documentation generators append.
/// A heading longer than [`HEADING_TEXT_MAX_BYTES`] is no headline: its text is `""`.
fn heading_text(page: &Page, n: NodeId) -> String {
    page.collapsed_text_within(n, HEADING_TEXT_MAX_BYTES)
        .unwrap_or_default()
        .trim_end_matches(|c: char| h::HEADING_PERMALINK_MARKS.contains(&c) || c.is_whitespace())
        .to_string()
}

/// The part of a title with separators (`Headline | Site`, `Site: Section - Headline`) that
/// is the text of one of the page's headings; consecutive parts are tried together, longest
/// first, so a headline that contains a separator itself is kept whole (and the whole title
/// when it is a heading).
fn title_part_matching(title: &str, headings: &[String]) -> Option<String> {
    let spans = title_parts(title);
    if spans.len() < 2 || spans.len() > TITLE_PARTS_MAX {
        return None;
    }
    let set: BTreeSet<String> = headings.iter().map(|h| h.to_ascii_lowercase()).collect();
    for len in (1..=spans.len()).rev() {
        for w in spans.windows(len) {
            let part = title.get(w[0].0..w[len - 1].1).unwrap_or("").trim();
            if !part.is_empty() && set.contains(&part.to_ascii_lowercase()) {
                return Some(part.to_string());
            }
        }
    }
    None
}

/// The byte ranges of a title's parts between separators.
fn title_parts(title: &str) -> Vec<(usize, usize)> {
    let mut cuts: Vec<(usize, usize)> = h::TITLE_SEPARATORS
        .iter()
        .chain(&[": "])
        .flat_map(|sep| title.match_indices(sep).map(|(i, m)| (i, i + m.len())))
        .collect();
    cuts.sort_unstable();
    cuts.dedup_by(|b, a| b.0 < a.1);
    let mut spans = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for &(i, end) in &cuts {
        spans.push((start, i));
        start = end;
    }
    spans.push((start, title.len()));
    spans
}

/// Strips a leading "By" word ("By Jane Doe", "by: Jane Doe", "por Jane Doe").
fn strip_byline_prefix(s: &str) -> &str {
    let mut s = s.trim();
    for p in hm::BYLINE_LEAD_INS.iter().chain(h::BYLINE_PREFIXES) {
        let Some(head) = s.get(..p.len()) else {
            continue;
        };
        let rest = &s[p.len()..];
        if head.eq_ignore_ascii_case(p) && (rest.is_empty() || rest.starts_with([' ', ':'])) {
            s = rest.trim_start_matches([' ', ':']).trim();
            break;
        }
    }
    s
}

/// The author's name from a visible byline line, which often runs the name into a date, a
/// comment count or a job title ("Lucas Nolan22 Dec 2016651", "Dan Goodin - Apr 16, 2015"):
/// the text before the first separator and the first digit, without trailing date words.
fn clean_visible_byline(s: &str) -> Option<String> {
    let s = collapse_whitespace(s);
    let mut s = strip_byline_prefix(&s);
    for sep in h::BYLINE_SEPARATORS {
        if let Some(i) = s.find(sep).filter(|&i| i > 0) {
            s = &s[..i];
        }
    }
    let mut s = match s.find(|c: char| c.is_ascii_digit()) {
        Some(i) => {
            let mut head = s[..i].trim_end();
            while let Some((rest, last)) = head.rsplit_once(' ') {
                let w = last
                    .trim_matches(|c: char| c.is_ascii_punctuation())
                    .to_ascii_lowercase();
                if !h::BYLINE_DATE_WORDS.contains(&w.as_str()) {
                    break;
                }
                head = rest.trim_end();
            }
            head
        }
        None => s,
    };
    s = s.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | ':' | '|' | '-' | '–' | '—' | '•' | '·')
    });
    clean_byline(s)
}

/// The names inside a byline element: its `[itemprop=name]` elements, else its
/// `[rel=author]` or author-name elements, else its links to author pages.
///
/// One pass per kind, each step paid from `budget`. A name inside the publisher's box is the
/// site's, not the author's: the publisher boxes around the current node are kept on a
/// stack instead of walking each name's ancestors (nested names made that the square of the
/// nesting). Collecting stops once the names are too long together to make a byline.
fn nested_author_names(page: &Page, node: NodeId, budget: &ReadBudget) -> Vec<String> {
    let kinds: [&dyn Fn(&crate::core::model::Element) -> bool; 3] = [
        &|e| e.attr("itemprop").is_some_and(|v| has_word(v, "name")),
        &|e| {
            e.attr("rel").is_some_and(|v| has_word(v, "author"))
                || e.classes().any(|c| {
                    h::BYLINE_NAME_CLASSES
                        .iter()
                        .any(|k| c.eq_ignore_ascii_case(k))
                })
        },
        &|e| {
            e.name == "a"
                && e.attr("href")
                    .is_some_and(|href| h::AUTHOR_HREF_PARTS.iter().any(|p| contains_ci(href, p)))
        },
    ];
    for kind in kinds {
        let mut names: Vec<String> = Vec::new();
        let mut chars = 0;
        let mut publishers: Vec<NodeId> = Vec::new();
        for n in page.descendants(node).skip(1) {
            if !budget.take() || chars > BYLINE_READ_CHARS {
                break;
            }
            while publishers
                .last()
                .is_some_and(|&p| !page.is_inclusive_ancestor(p, n))
            {
                publishers.pop();
            }
            let Some(e) = page.element(n) else { continue };
            let in_publisher = !publishers.is_empty();
            if e.attr("itemprop").is_some_and(|v| has_word(v, "publisher")) {
                publishers.push(n);
            }
            if in_publisher || !kind(e) {
                continue;
            }
            if let Some(name) = clean_visible_byline(&spaced_text(page, n, budget)) {
                if !names.contains(&name) {
                    chars += name.chars().count() + 2;
                    names.push(name);
                }
            }
        }
        if !names.is_empty() {
            return names;
        }
    }
    Vec::new()
}

/// Whether `a` and `b` have a word of three or more characters in common.
fn shares_word(a: &str, b: &str) -> bool {
    let tb = tokens(b);
    tokens(a)
        .iter()
        .any(|t| t.chars().count() >= 3 && tb.contains(t))
}

fn has_word(v: &str, word: &str) -> bool {
    v.split_ascii_whitespace()
        .any(|t| t.eq_ignore_ascii_case(word))
}

/// The byline an element shows: the names nested in it, else its cleaned text. `None` also
/// when the budget ran out while reading it (a partial read is no answer).
fn visible_byline(page: &Page, node: NodeId, budget: &ReadBudget) -> Option<String> {
    let e = page.element(node)?;
    if let Some(c) = e.attr("content") {
        return clean_byline(&collapse_whitespace(c));
    }
    let names = nested_author_names(page, node, budget);
    let found = if names.is_empty() {
        clean_visible_byline(&spaced_text(page, node, budget))
    } else {
        clean_byline(&names.join(", "))
    };
    found.filter(|_| !budget.exhausted())
}

/// Most characters of a byline candidate's text read: a byline is kept only when the part
/// before its first separator is under [`h::BYLINE_MAX_CHARS`], so four times that leaves
/// room for a lead-in ("Written by") and decides the same as the whole text would. Without
/// the cap, bylines nested in bylines each read all the text below them.
const BYLINE_READ_CHARS: usize = 4 * h::BYLINE_MAX_CHARS as usize;

/// What the byline search may still read: nodes visited, over all candidates (see
/// [`BYLINE_READ_NODES_MAX`]).
struct ReadBudget {
    left: std::cell::Cell<usize>,
    exhausted: std::cell::Cell<bool>,
}

impl ReadBudget {
    fn new(nodes: usize) -> ReadBudget {
        ReadBudget {
            left: std::cell::Cell::new(nodes),
            exhausted: std::cell::Cell::new(false),
        }
    }

    /// Pays for one node; `false` once nothing is left.
    fn take(&self) -> bool {
        match self.left.get().checked_sub(1) {
            Some(left) => {
                self.left.set(left);
                true
            }
            None => {
                self.exhausted.set(true);
                false
            }
        }
    }

    fn exhausted(&self) -> bool {
        self.exhausted.get()
    }
}

/// The subtree's text with a space between its text nodes, whitespace collapsed, cut after
/// [`BYLINE_READ_CHARS`] characters: a byline line's parts sit in elements of their own
/// ("<span>Luke Kim</span><small>December 17, 2025</small>"), which plain text runs together
/// into "Luke KimDecember".
fn spaced_text(page: &Page, n: NodeId, budget: &ReadBudget) -> String {
    let mut out = String::new();
    let (mut chars, mut pending) = (0, false);
    for d in page.descendants(n) {
        if !budget.take() {
            break;
        }
        let Some(t) = page.text(d) else { continue };
        pending |= !out.is_empty();
        for c in t.chars() {
            if c.is_whitespace() {
                pending = !out.is_empty();
                continue;
            }
            if chars >= BYLINE_READ_CHARS {
                return out;
            }
            if pending {
                out.push(' ');
                chars += 1;
                pending = false;
            }
            out.push(c);
            chars += 1;
        }
    }
    out
}

/// The page's visible text (everything but script bodies and the `<head>`), lower-cased and
/// whitespace-collapsed.
fn visible_text(page: &Page) -> String {
    let body = page.body();
    let mut out = String::new();
    for n in page.descendants(body) {
        let Some(t) = page.text(n) else { continue };
        if page.parent(n).is_some_and(|p| page.name(p) == "script") {
            continue;
        }
        out.push_str(t);
        out.push(' ');
    }
    collapse_whitespace(&out).to_ascii_lowercase()
}

fn clean_byline(s: &str) -> Option<String> {
    let s = collapse_whitespace(s);
    let s = strip_byline_prefix(&s).to_string();
    let looks_like_url =
        s.starts_with("http://") || s.starts_with("https://") || s.starts_with('/');
    let lower = s.to_ascii_lowercase();
    // A label or a lone date word left where a theme prints no name.
    let no_name = hm::BYLINE_NOT_NAMES.contains(&lower.as_str())
        || h::BYLINE_DATE_WORDS.contains(&lower.as_str())
        || hm::MONTHS.iter().any(|(m, _)| *m == lower)
        || hm::WEEKDAYS.contains(&lower.as_str());
    (!s.is_empty()
        && !looks_like_url
        && !no_name
        && s.chars().count() < h::BYLINE_MAX_CHARS as usize)
        .then_some(s)
}

fn truncate_chars(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        None => s.to_string(),
        Some((cut, _)) => {
            let head = &s[..cut];
            let head = head.rfind(' ').map_or(head, |i| &head[..i]);
            format!("{}…", head.trim_end())
        }
    }
}

/// The subtree's collapsed text when it is at most `max` characters; a larger subtree is
/// left as soon as its text is too long, so that looking at many candidate lines stays cheap.
fn short_text(page: &Page, n: NodeId, max: usize) -> Option<String> {
    // The subtree's text is one slice of the model: its length is known without a walk, so
    // date lines and bylines nested in each other cost no more than side by side.
    let text = page.subtree_text(n);
    if text.len() > max * 4 {
        return None;
    }
    let t = collapse_whitespace(text);
    (t.chars().count() <= max).then_some(t)
}

/// The article's date as its page shows it: the first date line inside the article, else the
/// first one before it (the header above the article).
fn visible_date(page: &Page, lines: &[NodeId], root: Option<NodeId>) -> Option<String> {
    let read =
        |&n: &NodeId| short_text(page, n, hm::DATE_LINE_MAX_CHARS).and_then(|t| date::iso_date(&t));
    let Some(root) = root else {
        return lines.iter().find_map(read);
    };
    lines
        .iter()
        .filter(|&&n| page.is_inclusive_ancestor(root, n))
        .find_map(read)
        .or_else(|| {
            lines
                .iter()
                .filter(|&&n| n.index() < root.index() && !page.is_inclusive_ancestor(n, root))
                .find_map(read)
        })
}

/// Whether a text node is text a reader sees (not the source of a script, style or template).
fn is_shown_text(page: &Page, n: NodeId) -> bool {
    page.text(n).is_some()
        && page.parent(n).is_some_and(|p| {
            !matches!(
                page.name(p),
                "script" | "style" | "noscript" | "template" | "title" | "textarea"
            )
        })
}

/// Whether a short line (or the label just before it) says its date is the last update
/// ("Updated on …", "Last updated", "Mis à jour le …"; see [`hm::UPDATED_LABELS`]).
fn says_updated(text: &str) -> bool {
    let lower = text.to_lowercase();
    hm::UPDATED_LABELS.iter().any(|l| lower.contains(l))
}

/// A date the page shows beside its headline: among the short texts just after the
/// `<h1>` (the byline and date line under it; past the article root's end the dates belong
/// to related posts) and, closest first, just before it (a kicker line above it). A date
/// labelled as the last update gives way to one that is not ("Published Apr 26, 2023 ·
/// Updated Aug 21, 2025"), and is taken only when the page shows no other.
fn date_beside_headline(page: &Page, headline: NodeId, root: Option<NodeId>) -> Option<String> {
    let root_end = root.map(|r| page.descendants(r).last().map_or(r.index(), |n| n.index()));
    let after = page
        .ids()
        .skip(headline.index() + 1)
        .take(hm::HEADER_ZONE_MAX_NODES)
        .take_while(|n| !matches!(root_end, Some(end) if n.index() > end))
        .filter(|&n| is_shown_text(page, n))
        .filter_map(|n| page.text(n).map(str::trim).filter(|t| !t.is_empty()))
        .take(hm::HEADER_ZONE_TEXTS_AFTER);
    let before = page
        .ids()
        .rev()
        .skip(page.len().saturating_sub(headline.index()))
        .take(hm::HEADER_ZONE_MAX_NODES)
        .filter(|&n| is_shown_text(page, n) && !page.is_inclusive_ancestor(n, headline))
        .filter_map(|n| page.text(n).map(str::trim).filter(|t| !t.is_empty()))
        .take(hm::HEADER_ZONE_TEXTS_BEFORE);
    let mut updated = None;
    let mut prev_label = false;
    for t in after {
        let short = t.chars().count() <= hm::HEADER_DATE_MAX_CHARS;
        match short.then(|| date::iso_date(t)).flatten() {
            Some(d) if prev_label || says_updated(t) => {
                updated = updated.or(Some(d));
                prev_label = false;
            }
            Some(d) => return Some(d),
            // A label alone ("Last updated") speaks for the date that follows it.
            None => prev_label = short && says_updated(t),
        }
    }
    // Before the headline the label is the text before the date, met after it here.
    let mut pending: Option<String> = None;
    for t in before {
        let short = t.chars().count() <= hm::HEADER_DATE_MAX_CHARS;
        if let Some(d) = pending.take() {
            if short && says_updated(t) {
                updated = updated.or(Some(d));
            } else {
                return Some(d);
            }
        }
        match short.then(|| date::iso_date(t)).flatten() {
            Some(d) if says_updated(t) => updated = updated.or(Some(d)),
            Some(d) => pending = Some(d),
            None => {}
        }
    }
    pending.or(updated)
}

/// Where the headline stands: the first `<h1>` or `<h2>` that reads as the headline the
/// reader shows, else the article's `<h1>`, else the page's only one.
fn headline_node(
    page: &Page,
    src: &Sources<'_>,
    headline: Option<&str>,
    root: Option<NodeId>,
) -> Option<NodeId> {
    let same = |&&n: &&NodeId| headline.is_some_and(|hl| same_title(&heading_text(page, n), hl));
    src.h1s
        .iter()
        .find(same)
        .or_else(|| src.h2s.iter().find(same))
        .copied()
        .or_else(|| root.and_then(|r| page.descendants(r).find(|&n| page.name(n) == "h1")))
        .or(match src.h1s.as_slice() {
            [one] => Some(*one),
            _ => None,
        })
}

/// Whether the page shows the day `day` (`YYYY-MM-DD`) in one of its short texts: a
/// modification date the page never shows is no date a reader would give the article.
fn shows_day(page: &Page, day: &str) -> bool {
    page.ids().any(|n| {
        is_shown_text(page, n)
            && page.text(n).map(str::trim).is_some_and(|t| {
                !t.is_empty()
                    && t.chars().count() <= hm::DATE_LINE_MAX_CHARS
                    && date::iso_date(t).as_deref() == Some(day)
            })
    })
}

/// A declared title's head before its first " | " (what follows is the site, a section or
/// a tagline: "Headline | Opinion", "Headline | Python, SQL & AI"), when the head has at
/// least [`hm::PIPE_HEAD_MIN_WORDS`] words.
fn head_before_pipe(t: &str) -> Option<String> {
    let (head, _) = t.split_once(" | ")?;
    (word_count(head) >= hm::PIPE_HEAD_MIN_WORDS).then(|| head.trim().to_string())
}

/// Lower case, typographic quotes as ASCII, whitespace collapsed: two spellings of one title.
fn same_title(a: &str, b: &str) -> bool {
    let fold = |s: &str| {
        let s: String = s
            .chars()
            .map(|c| match c {
                '‘' | '’' => '\'',
                '“' | '”' => '"',
                c => c.to_ascii_lowercase(),
            })
            .collect();
        collapse_whitespace(&s)
    };
    fold(a) == fold(b)
}

/// The headline a reader sees: the article's `<h1>`, else the page's only `<h1>`, when it
/// shares enough words with the titles the page gives machines (`refs`), as the same story
/// under a headline written for people does (see [`hm::HEADLINE_SHARED_SHARE`]).
fn visible_headline(
    page: &Page,
    h1s: &[NodeId],
    article_h1: Option<&String>,
    refs: &[&str],
) -> Option<String> {
    let h1 = match (article_h1, h1s) {
        (Some(t), _) => t.clone(),
        (None, [one]) => heading_text(page, *one),
        _ => return None,
    };
    if h1.is_empty() || h1.chars().count() > hm::HEADLINE_MAX_CHARS {
        return None;
    }
    let known: BTreeSet<String> = refs.iter().flat_map(|r| tokens(r)).collect();
    let words = tokens(&h1);
    let shared = words.iter().filter(|w| known.contains(*w)).count();
    (shared >= hm::HEADLINE_SHARED_MIN
        && shared as f32 >= hm::HEADLINE_SHARED_SHARE * words.len() as f32)
        .then_some(h1)
}

/// The byline of an element whose class only contains an author word (see
/// [`hm::BYLINE_CLASS_PARTS`]): inside the article first, then anywhere.
fn loose_byline(
    page: &Page,
    nodes: &[NodeId],
    root: Option<NodeId>,
    budget: &ReadBudget,
) -> Option<String> {
    let read = |&n: &NodeId| {
        short_text(page, n, h::BYLINE_MAX_CHARS as usize)?;
        visible_byline(page, n, budget)
    };
    let inside = |n: NodeId| root.is_some_and(|r| page.is_inclusive_ancestor(r, n));
    nodes
        .iter()
        .filter(|&&n| inside(n))
        .find_map(read)
        .or_else(|| nodes.iter().filter(|&&n| !inside(n)).find_map(read))
}

/// Reads the page's metadata.
pub fn metadata(page: &Page, article: Option<&Article>) -> Metadata {
    let src = collect(page);
    let mut limits = Vec::new();
    let ld = read_json_ld(page, &src.ld_scripts, &mut limits);
    let root = article.map(|a| a.root);

    let site_name = src
        .meta(h::META_SITE_NAME)
        .or_else(|| ld.publisher.clone())
        .or_else(|| ld.website.clone());
    let site = site_name.as_deref();

    let headings: Vec<String> = src
        .h1s
        .iter()
        .chain(&src.h2s)
        .map(|&n| heading_text(page, n))
        .filter(|t| !t.is_empty())
        .collect();
    let article_h1 = root.and_then(|r| {
        page.descendants(r)
            .find(|&n| page.name(n) == "h1")
            .map(|n| heading_text(page, n))
            .filter(|t| !t.is_empty())
    });
    let doc_title = src
        .title
        .map(|t| page.collapsed_text(t))
        .filter(|t| !t.is_empty());
    // A title with separators: the part that is one of the page's headings, else the title
    // without the site name.
    let meta_title = src.meta(h::META_TITLE);
    for t in [&meta_title, &doc_title].into_iter().flatten() {
        let parts = title_parts(t).len();
        if parts > TITLE_PARTS_MAX {
            limits.push(Reached::new(
                "title_parts_max",
                TITLE_PARTS_MAX,
                format!("a title of {parts} parts was not split"),
            ));
        }
    }
    let refs: Vec<&str> = [meta_title.as_deref(), doc_title.as_deref()]
        .into_iter()
        .flatten()
        .chain(ld.headline.as_deref())
        .collect();
    let headline = visible_headline(page, &src.h1s, article_h1.as_ref(), &refs);
    let tidy = |t: &str| title_part_matching(t, &headings).unwrap_or_else(|| strip_site(t, site));
    let title = meta_title
        .map(|t| tidy(&t))
        .or_else(|| json_ld_title(&ld, doc_title.as_deref(), &headings).map(|t| tidy(&t)))
        .or_else(|| {
            let t = doc_title.as_deref()?;
            title_part_matching(t, &headings)
        })
        .or_else(|| {
            doc_title.as_deref().map(|t| {
                let stripped = strip_site(t, site);
                if stripped != t {
                    stripped
                } else {
                    clean_document_title(t, page, &src.h1s)
                }
            })
        })
        .or_else(|| article_h1.clone())
        .filter(|t| !t.is_empty());
    // The headline people read wins over the titles written for machines, unless it is the
    // same title spelled differently (the machine form is kept then).
    let headline = match (headline, &title) {
        (Some(hl), Some(t)) if same_title(&hl, t) => Some(t.clone()),
        (Some(hl), _) => Some(hl),
        (None, t) => t
            .as_deref()
            .map(|t| head_before_pipe(t).unwrap_or_else(|| t.to_string())),
    };

    let in_root = |n: NodeId| root.is_some_and(|r| page.is_inclusive_ancestor(r, n));
    // The publisher is not the author: names equal to the site's are dropped, unless the
    // JSON-LD says that name is a person's (a personal site).
    let publisher_names: Vec<&str> = [site, ld.publisher.as_deref(), ld.website.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    let not_publisher = |b: &String| {
        ld.persons.contains(b)
            || !publisher_names
                .iter()
                .any(|p| p.eq_ignore_ascii_case(b.trim()))
    };
    let structured = src
        .meta(h::META_BYLINE)
        .and_then(|b| clean_byline(&b))
        .filter(not_publisher)
        .or_else(|| {
            let people: Vec<&String> = ld.authors.iter().filter(|a| not_publisher(a)).collect();
            (!people.is_empty()).then(|| {
                people
                    .iter()
                    .map(|a| a.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            })
        });
    // Prefer a byline inside the article, then anywhere outside comment threads.
    let budget = ReadBudget::new(BYLINE_READ_NODES_MAX);
    let visible_in = |inside: bool| {
        src.byline_nodes
            .iter()
            .copied()
            .filter(|&n| in_root(n) == inside)
            .find_map(|n| visible_byline(page, n, &budget))
            .filter(not_publisher)
    };
    let byline = match structured {
        // A meta/JSON-LD author the page never shows (a CMS account name, the IT department)
        // loses to the byline the page shows, preferably inside the article — unless the two
        // share a word (the same person, the structured form being the cleaner one).
        Some(s) => {
            let text = visible_text(page);
            let shown = s
                .split(", ")
                .any(|name| text.contains(&collapse_whitespace(name).to_ascii_lowercase()));
            let visible = if shown {
                None
            } else {
                visible_in(true).or_else(|| visible_in(false))
            };
            match visible {
                Some(v) if !shares_word(&s, &v) => Some(v),
                _ => Some(s),
            }
        }
        None => visible_in(true)
            .or_else(|| visible_in(false))
            .or_else(|| loose_byline(page, &src.loose_bylines, root, &budget).filter(not_publisher))
            .or_else(|| ld.org_authors.iter().find(|a| not_publisher(a)).cloned()),
    };

    let time_element = || {
        let inside = src.times.iter().find(|(n, _)| in_root(*n));
        inside
            .or_else(|| src.times.first())
            .map(|(_, d)| collapse_whitespace(d))
            .filter(|d| !d.is_empty())
    };
    let published_time = src
        .meta(h::META_PUBLISHED)
        .or_else(|| ld.published.clone())
        .or_else(time_element);
    // The day: what the page declares, in the order above with the further declarations
    // between, else what it shows, else when it was last changed.
    let date = src
        .meta(h::META_PUBLISHED)
        .or_else(|| ld.published.clone())
        .or_else(|| src.meta(hm::META_PUBLISHED_MORE))
        .or_else(|| ld.published_elsewhere.clone())
        .or_else(time_element)
        .and_then(|d| date::iso_date(&d))
        .or_else(|| {
            let node = headline_node(page, &src, headline.as_deref(), root)?;
            date_beside_headline(page, node, root)
        })
        .or_else(|| visible_date(page, &src.date_lines, root))
        .or_else(|| {
            src.meta(hm::META_MODIFIED)
                .or_else(|| ld.modified.clone())
                .and_then(|d| date::iso_date(&d))
                .filter(|d| shows_day(page, d))
        });

    let dir = src
        .html_dir
        .or(src.body_dir)
        .or_else(|| {
            let r = root?;
            std::iter::once(r)
                .chain(page.ancestors(r))
                .find_map(|n| page.element(n).and_then(|e| e.attr("dir")))
        })
        .map(|d| d.trim().to_string())
        .filter(|d| !d.is_empty());

    let excerpt = src
        .meta(h::META_EXCERPT)
        .or_else(|| ld.description.clone())
        .or_else(|| {
            // The first paragraph (Readability.js: the first `<p>`), else the first block
            // that is not a heading.
            let blocks = &article?.blocks;
            let long = |b: &NodeId| {
                page.collapsed_text(*b).chars().count() >= h::MIN_PARAGRAPH_CHARS as usize
            };
            let heading =
                |b: &NodeId| matches!(page.name(*b), "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
            blocks
                .iter()
                .find(|b| page.name(**b) == "p" && long(b))
                .or_else(|| blocks.iter().find(|b| !heading(b) && long(b)))
                .map(|&b| truncate_chars(&page.collapsed_text(b), h::EXCERPT_MAX_CHARS))
        });

    if budget.exhausted() {
        limits.push(Reached::new(
            "byline_read_nodes_max",
            BYLINE_READ_NODES_MAX,
            "the byline candidates past this many nodes read were not read",
        ));
    }
    let byline = byline.map(|b| capped_byline(b, &mut limits));
    Metadata {
        title,
        headline,
        byline,
        published_time,
        date,
        site_name,
        lang: src
            .html_lang
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty()),
        dir,
        excerpt,
        limits,
    }
}

#[cfg(test)]
mod unit {
    use super::*;

    #[test]
    fn entities_decode_once() {
        assert_eq!(
            decode_entities("A &amp;amp; B &#8211; &#x2014; &bogus; &"),
            "A &amp; B – — &bogus; &"
        );
    }

    #[test]
    fn site_suffix() {
        assert_eq!(strip_site("Headline | Site", Some("Site")), "Headline");
        assert_eq!(strip_site("Headline – Site", Some("Site")), "Headline");
        assert_eq!(strip_site("Site » Headline", Some("Site")), "Headline");
        assert_eq!(strip_site("Site", Some("Site")), "Site");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
