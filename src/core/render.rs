//! Renders the article as clean, safe HTML for the reader view and the CLI.
//!
//! The output is built from the page model through an allow-list, never by copying markup,
//! so it cannot carry scripts, event handlers, `javascript:` links or styles: an element not
//! on the list is either dropped with its content (active or form content) or unwrapped
//! (layout wrappers). Quote spans are wrapped in `<span class="cp-quote">` so the reader view
//! can highlight them.

use crate::core::analysis::{Analysis, Segment};
use crate::core::labels::kind_name;
use crate::core::model::{Element, NodeData, NodeId, Page};
use std::collections::HashMap;

/// Elements kept in the reader view, with the attributes each may keep.
const ALLOWED: &[(&str, &[&str])] = &[
    ("p", &[]),
    ("h1", &[]),
    ("h2", &[]),
    ("h3", &[]),
    ("h4", &[]),
    ("h5", &[]),
    ("h6", &[]),
    ("ul", &[]),
    ("ol", &["start", "reversed"]),
    ("li", &[]),
    ("dl", &[]),
    ("dt", &[]),
    ("dd", &[]),
    ("blockquote", &["cite"]),
    ("q", &["cite"]),
    ("pre", &[]),
    ("code", &[]),
    ("em", &[]),
    ("i", &[]),
    ("strong", &[]),
    ("b", &[]),
    ("u", &[]),
    ("s", &[]),
    ("del", &[]),
    ("ins", &[]),
    ("sub", &[]),
    ("sup", &[]),
    ("small", &[]),
    ("mark", &[]),
    ("abbr", &["title"]),
    ("cite", &[]),
    ("time", &["datetime"]),
    ("a", &["href", "title"]),
    ("img", &["src", "alt", "title", "width", "height"]),
    ("figure", &[]),
    ("figcaption", &[]),
    ("table", &[]),
    ("caption", &[]),
    ("thead", &[]),
    ("tbody", &[]),
    ("tfoot", &[]),
    ("tr", &[]),
    ("th", &["colspan", "rowspan", "scope"]),
    ("td", &["colspan", "rowspan"]),
    ("br", &[]),
    ("hr", &[]),
];

/// Elements dropped together with their content: active content, forms, and chrome that is
/// never part of an article's text.
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "object", "embed", "applet", "form",
    "input", "button", "select", "textarea", "option", "svg", "math", "canvas", "video", "audio",
    "source", "track", "link", "meta", "head", "title", "nav", "dialog",
];

/// Void elements: no closing tag.
const VOID: &[&str] = &["br", "hr", "img"];

/// Lazy-loading attributes that hold the real image URL, in preference order (the usual
/// lazy-load plugins' names).
const LAZY_SRC: &[&str] = &[
    "data-src",
    "data-lazy-src",
    "data-original",
    "data-orig-file",
    "data-url",
    "data-hi-res-src",
];

/// Substrings of a `src` file name that lazy loaders use for the stand-in they show until
/// the real image loads (lazysizes' and WordPress plugins' `blank.gif`, `placeholder.png`,
/// `spacer.gif`, `transparent.png`, `loading.gif`): the lazy attribute holds the image.
const PLACEHOLDER_SRC: &[&str] = &["blank", "placeholder", "spacer", "transparent", "loading"];

/// `srcset`-style attributes, used when an image has no usable `src` (lazy loaders and
/// `<picture>` markup often leave `src` empty or a `data:` placeholder).
const LAZY_SRCSET: &[&str] = &["data-srcset", "data-lazy-srcset", "srcset"];

/// Elements kept even when they hold no text or image: table structure must stay whole.
const KEEP_EMPTY: &[&str] = &["td", "th", "tr"];

/// The attributes element `name` may keep in the reader view, or `None` when the element is
/// not on the allow-list (the XSS tests check rendered output against this same list).
pub fn allowed_attrs(name: &str) -> Option<&'static [&'static str]> {
    ALLOWED.iter().find(|(n, _)| *n == name).map(|(_, a)| *a)
}

/// Escapes text for an HTML text node.
pub fn escape_text(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\u{a0}' => out.push_str("&nbsp;"),
            _ => out.push(c),
        }
    }
}

/// Escapes text for a double-quoted attribute value.
pub fn escape_attr(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
}

/// Whether a URL is safe to keep in a link or image: http(s), mailto, or relative.
pub fn safe_url(url: &str) -> bool {
    let u: String = url
        .trim()
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    match u.find(':') {
        None => true,
        Some(colon) => {
            // A colon after a path, query or fragment start does not begin a scheme.
            if u[..colon].contains(['/', '?', '#']) {
                return true;
            }
            let scheme = &u[..colon];
            matches!(scheme, "http" | "https" | "mailto")
        }
    }
}

struct Renderer<'a> {
    page: &'a Page,
    analysis: &'a Analysis,
    /// The URL relative links resolve against: the page's `<base href>`, else its URL.
    base: Option<String>,
    /// `content[i]`: node `i`'s subtree has visible text or an image (empty wrappers are
    /// left out of the output).
    content: Vec<bool>,
    /// Quote pieces per text node: (segment, quote index).
    marks: HashMap<NodeId, Vec<(Segment, usize)>>,
    out: String,
}

/// Work left for [`Renderer::render`]'s explicit stack.
#[derive(Debug, Clone, Copy)]
enum Step<'a> {
    /// Render a node and its subtree.
    Open(NodeId),
    /// Close an element opened earlier.
    Close(&'a str),
}

impl<'a> Renderer<'a> {
    /// Renders the subtree at `root`.
    ///
    /// An explicit stack instead of recursion: a page can nest elements far deeper than the
    /// call stack allows (the wasm stack overflowed at a few thousand levels).
    fn render(&mut self, root: NodeId) {
        let mut stack = vec![Step::Open(root)];
        while let Some(step) = stack.pop() {
            match step {
                Step::Open(id) => self.node(id, &mut stack),
                Step::Close(name) => {
                    self.out.push_str("</");
                    self.out.push_str(name);
                    self.out.push('>');
                }
            }
        }
    }

    /// Writes what `id` itself contributes and queues its children (and its closing tag).
    fn node(&mut self, id: NodeId, stack: &mut Vec<Step<'a>>) {
        if self.analysis.is_removed(id) {
            return;
        }
        let page = self.page;
        match &page.node(id).data {
            NodeData::Text(t) => self.text(id, t),
            NodeData::Document => push_children(page, id, stack),
            NodeData::Element(e) => {
                let name = e.name.as_str();
                if DROPPED.contains(&name)
                    || hidden(e) && !crate::core::article::is_math_fallback(self.page, id)
                {
                    return;
                }
                let Some(attrs) = allowed_attrs(name) else {
                    return push_children(page, id, stack);
                };
                if !self.content.get(id.index()).copied().unwrap_or(true)
                    && !VOID.contains(&name)
                    && !KEEP_EMPTY.contains(&name)
                {
                    return;
                }
                self.open_tag(e, attrs);
                if VOID.contains(&name) {
                    return;
                }
                stack.push(Step::Close(name));
                push_children(page, id, stack);
            }
        }
    }

    /// `<name attr="…">` with the allowed, safe attributes.
    fn open_tag(&mut self, e: &Element, attrs: &[&str]) {
        let name = e.name.as_str();
        self.out.push('<');
        self.out.push_str(name);
        for &a in attrs {
            let value = if name == "img" && a == "src" {
                image_src(e)
            } else {
                e.attr(a)
            };
            let Some(v) = value else { continue };
            if matches!(a, "href" | "src" | "cite") && !safe_url(v) {
                continue;
            }
            let resolved;
            let v = if matches!(a, "href" | "src" | "cite") {
                resolved = resolve_url(self.base.as_deref(), v.trim());
                // A relative URL takes the base's scheme, which need not be a safe one.
                if !safe_url(&resolved) {
                    continue;
                }
                resolved.as_str()
            } else {
                v
            };
            self.out.push(' ');
            self.out.push_str(a);
            self.out.push_str("=\"");
            escape_attr(v, &mut self.out);
            self.out.push('"');
        }
        self.out.push('>');
    }

    fn text(&mut self, id: NodeId, t: &str) {
        let Some(marks) = self.marks.get(&id).cloned() else {
            escape_text(t, &mut self.out);
            return;
        };
        let mut at = 0;
        for (seg, q) in marks {
            let (Some(before), Some(inner)) = (t.get(at..seg.start), t.get(seg.start..seg.end))
            else {
                continue;
            };
            escape_text(before, &mut self.out);
            let quote = &self.analysis.quotes[q].quote;
            self.out.push_str("<span class=\"cp-quote\" data-q=\"");
            self.out.push_str(&q.to_string());
            self.out.push_str("\" data-kind=\"");
            self.out.push_str(kind_name(quote.kind));
            self.out.push('"');
            if let Some(s) = &quote.speaker {
                self.out.push_str(" title=\"");
                escape_attr(s, &mut self.out);
                self.out.push('"');
            }
            self.out.push('>');
            escape_text(inner, &mut self.out);
            self.out.push_str("</span>");
            at = seg.end;
        }
        escape_text(t.get(at..).unwrap_or(""), &mut self.out);
    }
}

/// Queues `id`'s children for [`Renderer::render`], last first so the first is popped first.
fn push_children(page: &Page, id: NodeId, stack: &mut Vec<Step<'_>>) {
    stack.extend(page.children(id).iter().rev().map(|&c| Step::Open(c)));
}

/// The real URL of an image: its `src`, unless the image is waiting for a lazy loader (a
/// `lazy` class, or a stand-in `src`) and a lazy-loading attribute holds the URL; then the
/// first candidate of a `srcset`. A real `src` wins over the lazy attributes because some
/// of them name other sizes of the same picture (Jetpack's `data-orig-file`, high-resolution
/// variants), as Readability.js's `_fixLazyImages` also keeps a present `src`.
fn image_src(e: &Element) -> Option<&str> {
    let usable = |v: &&str| {
        let t = v.trim();
        !t.is_empty() && !t.starts_with("data:")
    };
    let src = e.attr("src").filter(usable);
    let waiting = e
        .attr("class")
        .is_some_and(|c| c.to_ascii_lowercase().contains("lazy"))
        || src.is_some_and(is_placeholder);
    let lazy = || LAZY_SRC.iter().filter_map(|l| e.attr(l)).find(usable);
    let first = if waiting {
        lazy().or(src)
    } else {
        src.or_else(lazy)
    };
    first.or_else(|| {
        LAZY_SRCSET
            .iter()
            .filter_map(|l| e.attr(l))
            .find_map(|set| set.split(',').next()?.split_whitespace().next())
            .filter(usable)
    })
}

/// Whether an image URL's file name is a lazy loader's stand-in.
fn is_placeholder(src: &str) -> bool {
    let path = src.split(['?', '#']).next().unwrap_or(src);
    let file = path.rsplit('/').next().unwrap_or(path).to_ascii_lowercase();
    PLACEHOLDER_SRC.iter().any(|p| file.contains(p))
}

/// The document's base URL: its first `<base href>` resolved against its URL (HTML's
/// "document base URL"), else its URL.
fn base_url(page: &Page) -> Option<String> {
    let href = page
        .first_element("base")
        .and_then(|b| page.element(b)?.attr("href"))
        .map(str::trim)
        .filter(|h| !h.is_empty() && safe_url(h));
    match href {
        Some(h) => Some(resolve_url(page.url.as_deref(), h)),
        None => page.url.clone(),
    }
}

/// Resolves `url` against the page URL (`base`) when it is relative; absolute URLs,
/// fragments and URLs without a usable base are returned as they are.
pub fn resolve_url(base: Option<&str>, url: &str) -> String {
    let Some(base) = base else {
        return url.to_string();
    };
    let has_scheme = url
        .find(':')
        .is_some_and(|c| !url[..c].contains(['/', '?', '#']));
    if has_scheme || url.starts_with('#') || url.is_empty() {
        return url.to_string();
    }
    let Some(scheme_end) = base.find("://") else {
        return url.to_string();
    };
    let after = scheme_end + 3;
    let host_end = base[after..]
        .find(['/', '?', '#'])
        .map_or(base.len(), |i| after + i);
    if let Some(rest) = url.strip_prefix("//") {
        return format!("{}//{}", &base[..scheme_end + 1], rest);
    }
    if url.starts_with('/') {
        return format!("{}{}", &base[..host_end], remove_dot_segments(url));
    }
    // Path-relative: drop the base's query/fragment and last segment.
    let path_end = base[host_end..]
        .find(['?', '#'])
        .map_or(base.len(), |i| host_end + i);
    let dir_end = base[host_end..path_end]
        .rfind('/')
        .map_or(host_end, |i| host_end + i);
    if url.starts_with('?') {
        return format!("{}{}", &base[..path_end], url);
    }
    let path = format!("{}/{}", &base[host_end..dir_end], url);
    format!("{}{}", &base[..host_end], remove_dot_segments(&path))
}

/// RFC 3986 §5.2.4: `.` and `..` segments of an absolute path removed (`/a/./b/../c` is
/// `/a/c`); the query and fragment are left alone.
fn remove_dot_segments(path: &str) -> String {
    let split = path.find(['?', '#']).unwrap_or(path.len());
    let (p, rest) = path.split_at(split);
    let mut out: Vec<&str> = Vec::new();
    let segments: Vec<&str> = p.split('/').skip(1).collect();
    for (i, seg) in segments.iter().enumerate() {
        let last = i + 1 == segments.len();
        match *seg {
            "." | ".." => {
                if *seg == ".." {
                    out.pop();
                }
                if last {
                    out.push("");
                }
            }
            s => out.push(s),
        }
    }
    format!("/{}{}", out.join("/"), rest)
}

/// Which nodes have visible text or an image in their subtree (one reverse pass: the arena
/// is pre-order, so children come after their parent).
fn content_mask(page: &Page, analysis: &Analysis) -> Vec<bool> {
    let mut has = vec![false; page.len()];
    for i in (0..page.len()).rev() {
        let id = NodeId(i as u32);
        if analysis.is_removed(id) {
            continue;
        }
        let own = match &page.node(id).data {
            NodeData::Text(t) => t.chars().any(|c| !c.is_whitespace()),
            NodeData::Element(e) => e.name == "img" && image_src(e).is_some_and(safe_url),
            NodeData::Document => false,
        };
        if own {
            has[i] = true;
        }
        if has[i] {
            if let Some(p) = page.parent(id) {
                has[p.index()] = true;
            }
        }
    }
    has
}

/// Elements the page itself hides: never part of what a reader sees.
fn hidden(e: &Element) -> bool {
    e.attr("hidden").is_some()
        || e.attr("aria-hidden") == Some("true")
        || e.attr("style").is_some_and(|s| {
            let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
            let s = s.to_ascii_lowercase();
            s.contains("display:none") || s.contains("visibility:hidden")
        })
}

/// The article's content as safe HTML with quote spans marked, or `""` with no article.
pub fn article_html(page: &Page, analysis: &Analysis) -> String {
    let Some(article) = &analysis.article else {
        return String::new();
    };
    let mut marks: HashMap<NodeId, Vec<(Segment, usize)>> = HashMap::new();
    for (i, q) in analysis.quotes.iter().enumerate() {
        for s in &q.segments {
            marks.entry(s.node).or_default().push((*s, i));
        }
    }
    for v in marks.values_mut() {
        v.sort_by_key(|(s, _)| s.start);
    }
    let mut r = Renderer {
        page,
        analysis,
        base: base_url(page),
        content: content_mask(page, analysis),
        marks,
        out: String::new(),
    };
    r.render(article.root);
    r.out
}

// The tests parse HTML with the native adapter, which the wasm build does not have.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        assert!(safe_url("https://example.org/a"));
        assert!(safe_url("/relative/path?x=1:2"));
        assert!(!safe_url("javascript:alert(1)"));
        assert!(!safe_url(" JaVa\tScript:alert(1)"));
        assert!(!safe_url("data:text/html,<script>"));
    }

    #[test]
    fn relative_urls_resolve_against_the_page() {
        let base = Some("https://example.org/news/2024/story.html?x=1#top");
        assert_eq!(resolve_url(base, "/a.png"), "https://example.org/a.png");
        assert_eq!(
            resolve_url(base, "//cdn.example.net/b.png"),
            "https://cdn.example.net/b.png"
        );
        assert_eq!(
            resolve_url(base, "img/c.png"),
            "https://example.org/news/2024/img/c.png"
        );
        assert_eq!(resolve_url(base, "#note"), "#note");
        assert_eq!(
            resolve_url(base, "./d.png"),
            "https://example.org/news/2024/d.png"
        );
        assert_eq!(
            resolve_url(base, "../../e/f.png?x=../y"),
            "https://example.org/e/f.png?x=../y"
        );
        assert_eq!(resolve_url(base, "/a/./b/../"), "https://example.org/a/");
        assert_eq!(resolve_url(base, "mailto:a@b.c"), "mailto:a@b.c");
        assert_eq!(resolve_url(None, "/a.png"), "/a.png");
        assert_eq!(resolve_url(Some("not a url"), "x"), "x");
    }

    fn render(html: &str) -> String {
        let page = crate::native::parse(html).expect("parses").page;
        let a = crate::core::analysis::analyze(&page);
        article_html(&page, &a)
    }

    const PARA: &str = "<p>Paragraph text of the article, long enough to be read as one, with commas, words and more words.</p>";

    #[test]
    fn hostile_markup_is_neutralised() {
        let html = format!(
            "<html><body><article>{PARA}{PARA}{PARA}\
             <p onclick=\"alert(1)\" style=\"color:red\">Click <a href=\"javascript:alert(2)\" onmouseover=\"x()\">here</a> \
             <a href=\" JaVaScRiPt:alert(3)\">there</a> <img src=\"x\" onerror=\"alert(4)\"></p>\
             <svg><script>alert(5)</script><a href=\"https://e.org\">svg link</a></svg>\
             <iframe srcdoc=\"<script>alert(6)</script>\"></iframe>\
             <math><mtext><img src=x onerror=alert(7)></mtext></math>\
             <p>Text &lt;script&gt;alert(8)&lt;/script&gt; and \"quotes\"</p>\
             <img src=\"data:text/html,<script>alert(9)</script>\" alt='\" onload=\"alert(10)'>\
             </article></body></html>"
        );
        let out = render(&html);
        let lower = out.to_ascii_lowercase();
        for bad in [
            "onclick",
            "onerror",
            "onmouseover",
            "onload=\"",
            "javascript:",
            "<script",
            "<svg",
            "srcdoc",
            "style=",
            "<iframe",
            "<math",
            "data:text",
        ] {
            assert!(!lower.contains(bad), "{bad} survived in {out}");
        }
        assert!(out.contains("&lt;script&gt;"));
        assert!(out.contains("alt=\"&quot; onload=&quot;alert(10)\""));
    }

    #[test]
    fn lazy_images_and_empty_wrappers() {
        let html = format!(
            "<html><body><article>{PARA}{PARA}\
             <figure><img src=\"data:image/gif;base64,R0lGOD\" data-src=\"/real.jpg\"></figure>\
             <img srcset=\"/set-1x.jpg 1x, /set-2x.jpg 2x\">\
             <div><span> </span><p></p></div>{PARA}</article></body></html>"
        );
        let out = render(&html);
        assert!(out.contains("src=\"/real.jpg\""), "{out}");
        assert!(out.contains("src=\"/set-1x.jpg\""), "{out}");
        assert!(!out.contains("<p></p>"), "{out}");
        assert!(out.contains("<figure>"), "{out}");
    }

    /// The recursive renderer as it was before it became iterative, kept as the reference
    /// for shallow pages.
    fn old_node(r: &mut Renderer, id: NodeId) {
        if r.analysis.is_removed(id) {
            return;
        }
        match &r.page.node(id).data {
            NodeData::Text(t) => r.text(id, t),
            NodeData::Document => old_children(r, id),
            NodeData::Element(e) => {
                let name = e.name.as_str();
                if DROPPED.contains(&name) || hidden(e) {
                    return;
                }
                let Some(attrs) = allowed_attrs(name) else {
                    old_children(r, id);
                    return;
                };
                if !r.content.get(id.index()).copied().unwrap_or(true)
                    && !VOID.contains(&name)
                    && !KEEP_EMPTY.contains(&name)
                {
                    return;
                }
                r.open_tag(e, attrs);
                if VOID.contains(&name) {
                    return;
                }
                old_children(r, id);
                r.out.push_str("</");
                r.out.push_str(name);
                r.out.push('>');
            }
        }
    }

    fn old_children(r: &mut Renderer, id: NodeId) {
        for &c in r.page.children(id) {
            old_node(r, c);
        }
    }

    fn renderer<'a>(page: &'a Page, analysis: &'a Analysis) -> Renderer<'a> {
        let mut marks: HashMap<NodeId, Vec<(Segment, usize)>> = HashMap::new();
        for (i, q) in analysis.quotes.iter().enumerate() {
            for s in &q.segments {
                marks.entry(s.node).or_default().push((*s, i));
            }
        }
        Renderer {
            page,
            analysis,
            base: base_url(page),
            content: content_mask(page, analysis),
            marks,
            out: String::new(),
        }
    }

    #[test]
    fn iterative_render_matches_the_recursive_one_on_random_pages() {
        use crate::core::testing::{random_page, tags_balance, Shape};
        let (mut compared, mut with_quotes) = (0, 0);
        for seed in 0..150 {
            let shape = Shape {
                nodes: 50 + (seed as usize * 7) % 400,
                depth: 2 + seed as usize % 14,
                open: 30 + seed as usize % 30,
                plain: false,
            };
            let page = random_page(seed, shape);
            let a = crate::core::analysis::analyze(&page);
            with_quotes += usize::from(!a.quotes.is_empty());
            // Every node as a root: the article root is one of them.
            for root in page.ids() {
                let mut new = renderer(&page, &a);
                new.render(root);
                let mut old = renderer(&page, &a);
                old_node(&mut old, root);
                assert_eq!(new.out, old.out, "seed {seed}, root {root:?}");
                assert!(tags_balance(&new.out), "seed {seed}: {}", new.out);
                compared += 1;
            }
        }
        assert!(
            compared > 10_000 && with_quotes > 50,
            "{compared} {with_quotes}"
        );
    }

    #[test]
    fn deep_pages_render_without_overflow() {
        use crate::core::testing::{deep_page, random_page, tags_balance, Shape};
        let shape = Shape {
            nodes: 200_000,
            depth: 100_000,
            open: 70,
            plain: true,
        };
        for page in [deep_page("blockquote", 100_000), random_page(7, shape)] {
            // Nothing removed: every kept element of the page is rendered.
            let nothing = Analysis {
                clutter: Vec::new(),
                article: None,
                meta: Default::default(),
                quotes: Vec::new(),
                removed: vec![false; page.len()],
                limits: Vec::new(),
            };
            let mut r = renderer(&page, &nothing);
            r.render(page.root());
            assert!(tags_balance(&r.out));
        }
        // Through the whole pipeline, kept elements nest as deep as the page.
        let page = deep_page("blockquote", 100_000);
        let html = article_html(&page, &crate::core::analysis::analyze(&page));
        assert_eq!(html.matches("<blockquote>").count(), 100_000);
        assert!(tags_balance(&html));
    }

    #[test]
    fn escaping() {
        let mut s = String::new();
        escape_text("a<b & \"c\"", &mut s);
        escape_attr("\"x\"<", &mut s);
        assert_eq!(s, "a&lt;b &amp; \"c\"&quot;x&quot;&lt;");
    }
}
