//! Page metadata: title, byline, dates, site name, language, direction and excerpt, read
//! from `<meta>` tags, JSON-LD and the markup (the sources Readability.js reads, in the
//! preference order of [`crate::core::heuristics::article`]).
//!
//! Attribute values and text nodes arrive decoded by the HTML parser and are used as they are;
//! only JSON-LD strings, which the parser leaves raw inside `<script>`, get their JSON escapes
//! and HTML character references decoded — once.

use super::json::{self, Value};
use super::{contains_ci, Article, Metadata};
use crate::core::heuristics::article as h;
use crate::core::model::{collapse_whitespace, NodeId, Page};

/// What the page's JSON-LD says about the article.
#[derive(Debug, Default)]
struct JsonLd {
    headline: Option<String>,
    authors: Vec<String>,
    published: Option<String>,
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
    ld_scripts: Vec<NodeId>,
    byline_nodes: Vec<NodeId>,
    times: Vec<(NodeId, &'a str)>,
    html_lang: Option<&'a str>,
    html_dir: Option<&'a str>,
    body_dir: Option<&'a str>,
}

fn collect(page: &Page) -> Sources<'_> {
    let mut s = Sources::default();
    // Elements inside comment threads (their "author" names are commenters, not the byline).
    let mut in_comments = vec![false; page.len()];
    for id in page.ids() {
        let parent_in = page.parent(id).is_some_and(|p| in_comments[p.index()]);
        let Some(e) = page.element(id) else { continue };
        let commentish = parent_in
            || e.attr("class").is_some_and(|c| contains_ci(c, "comment"))
            || contains_ci(e.id(), "comment");
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
        }
    }
    s
}

impl Sources<'_> {
    /// The first non-empty `<meta>` content among `keys`, in the keys' order.
    fn meta(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| {
            self.metas
                .iter()
                .find(|(n, v)| n.eq_ignore_ascii_case(k) && !v.trim().is_empty())
                .map(|(_, v)| collapse_whitespace(v))
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
                v.and_then(char::from_u32)
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

/// Follows an `{"@id": …}` reference to the node it names, if the graph has it.
fn resolve<'a>(v: &'a Value, nodes: &[&'a Value]) -> &'a Value {
    match (v.get("@id").and_then(Value::as_str), v.get("name")) {
        (Some(id), None) => nodes
            .iter()
            .find(|n| n.get("@id").and_then(Value::as_str) == Some(id) && n.get("name").is_some())
            .copied()
            .unwrap_or(v),
        _ => v,
    }
}

fn name_of(v: &Value, nodes: &[&Value]) -> Option<String> {
    match v {
        Value::Str(s) => clean(s),
        Value::Obj(_) => resolve(v, nodes)
            .get("name")
            .and_then(Value::as_str)
            .and_then(clean),
        _ => None,
    }
}

fn read_json_ld(page: &Page, scripts: &[NodeId]) -> JsonLd {
    let mut out = JsonLd::default();
    let docs: Vec<Value> = scripts
        .iter()
        .filter_map(|&s| json::parse(&page.text_content(s)))
        .collect();
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
    let article = nodes.iter().copied().find(|n| is_article_type(n));
    if let Some(a) = article {
        out.headline = a
            .get("headline")
            .or_else(|| a.get("name"))
            .and_then(Value::as_str)
            .and_then(clean);
        if let Some(au) = a.get("author").or_else(|| a.get("creator")) {
            for item in au.items() {
                if let Some(n) = name_of(item, &nodes) {
                    if !out.authors.contains(&n) {
                        out.authors.push(n);
                    }
                }
            }
        }
        out.published = a
            .get("datePublished")
            .and_then(Value::as_str)
            .and_then(clean);
        out.publisher = a
            .get("publisher")
            .and_then(|p| p.items().first())
            .and_then(|p| name_of(p, &nodes));
        out.description = a.get("description").and_then(Value::as_str).and_then(clean);
    }
    out.website = nodes
        .iter()
        .find(|n| has_type(n, "WebSite"))
        .and_then(|n| n.get("name"))
        .and_then(Value::as_str)
        .and_then(clean);
    out
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
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
        let heading_matches = h1s.iter().any(|&h| page.collapsed_text(h) == orig);
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

fn clean_byline(s: &str) -> Option<String> {
    let s = collapse_whitespace(s);
    let lower = s.to_ascii_lowercase();
    let s = if lower.starts_with("by ") {
        s[3..].trim().to_string()
    } else {
        s
    };
    let looks_like_url =
        s.starts_with("http://") || s.starts_with("https://") || s.starts_with('/');
    (!s.is_empty() && !looks_like_url && s.chars().count() < h::BYLINE_MAX_CHARS as usize)
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

/// Reads the page's metadata.
pub fn metadata(page: &Page, article: Option<&Article>) -> Metadata {
    let src = collect(page);
    let ld = read_json_ld(page, &src.ld_scripts);
    let root = article.map(|a| a.root);

    let site_name = src
        .meta(h::META_SITE_NAME)
        .or_else(|| ld.publisher.clone())
        .or_else(|| ld.website.clone());
    let site = site_name.as_deref();

    let article_h1 = root.and_then(|r| {
        page.descendants(r)
            .find(|&n| page.name(n) == "h1")
            .map(|n| page.collapsed_text(n))
            .filter(|t| !t.is_empty())
    });
    let doc_title = src
        .title
        .map(|t| page.collapsed_text(t))
        .filter(|t| !t.is_empty());
    let title = src
        .meta(h::META_TITLE)
        .map(|t| strip_site(&t, site))
        .or_else(|| ld.headline.as_deref().map(|t| strip_site(t, site)))
        .or(article_h1)
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
        .filter(|t| !t.is_empty());

    let in_root = |n: NodeId| root.is_some_and(|r| page.is_inclusive_ancestor(r, n));
    let byline = src
        .meta(h::META_BYLINE)
        .and_then(|b| clean_byline(&b))
        .filter(|b| Some(b.as_str()) != site)
        .or_else(|| (!ld.authors.is_empty()).then(|| ld.authors.join(", ")))
        .or_else(|| {
            // Prefer a byline inside the article, then anywhere outside comment threads.
            let mut nodes: Vec<NodeId> = src
                .byline_nodes
                .iter()
                .copied()
                .filter(|&n| in_root(n))
                .collect();
            nodes.extend(src.byline_nodes.iter().copied().filter(|&n| !in_root(n)));
            nodes.into_iter().find_map(|n| {
                let e = page.element(n)?;
                let text = e
                    .attr("content")
                    .map(str::to_string)
                    .unwrap_or_else(|| page.collapsed_text(n));
                clean_byline(&text)
            })
        });

    let published_time = src
        .meta(h::META_PUBLISHED)
        .or_else(|| ld.published.clone())
        .or_else(|| {
            let inside = src.times.iter().find(|(n, _)| in_root(*n));
            inside
                .or_else(|| src.times.first())
                .map(|(_, d)| collapse_whitespace(d))
                .filter(|d| !d.is_empty())
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
            article?
                .blocks
                .iter()
                .map(|&b| page.collapsed_text(b))
                .find(|t| t.chars().count() >= h::MIN_PARAGRAPH_CHARS as usize)
                .map(|t| truncate_chars(&t, h::EXCERPT_MAX_CHARS))
        });

    Metadata {
        title,
        byline,
        published_time,
        site_name,
        lang: src
            .html_lang
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty()),
        dir,
        excerpt,
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
