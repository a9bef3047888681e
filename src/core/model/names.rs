//! Element and attribute storage that costs no allocation for the names pages repeat.
//!
//! A page of 200,000 elements spelled each `div`, `p` or `a` as a string of its own, and each
//! attribute as two: a few hundred bytes per element in small allocations. Here a name HTML
//! defines is an index into a table of them, and an element's attributes are one string.

use std::fmt;
use std::ops::Deref;

/// Names stored as an index: the HTML Standard's element index (§ "Elements"), the obsolete
/// elements pages still carry (§16.2), the SVG and MathML elements seen in articles, and
/// the attributes the analyses read. Sorted (byte order) for the binary search.
const KNOWN: &[&str] = &[
    "#shadow-root",
    "a",
    "abbr",
    "acronym",
    "address",
    "alt",
    "annotation-xml",
    "applet",
    "area",
    "aria-hidden",
    "aria-label",
    "article",
    "aside",
    "audio",
    "b",
    "base",
    "basefont",
    "bdi",
    "bdo",
    "bgsound",
    "big",
    "blink",
    "blockquote",
    "body",
    "br",
    "button",
    "canvas",
    "caption",
    "center",
    "circle",
    "cite",
    "class",
    "clippath",
    "code",
    "col",
    "colgroup",
    "content",
    "data",
    "datalist",
    "datetime",
    "dd",
    "defs",
    "del",
    "details",
    "dfn",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "fieldset",
    "figcaption",
    "figure",
    "font",
    "footer",
    "form",
    "frame",
    "frameset",
    "g",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "height",
    "hgroup",
    "hidden",
    "hr",
    "href",
    "html",
    "i",
    "id",
    "iframe",
    "image",
    "img",
    "input",
    "ins",
    "itemprop",
    "itemscope",
    "itemtype",
    "kbd",
    "keygen",
    "label",
    "lang",
    "legend",
    "li",
    "line",
    "lineargradient",
    "link",
    "listing",
    "main",
    "map",
    "mark",
    "marquee",
    "math",
    "menu",
    "meta",
    "meter",
    "mi",
    "mn",
    "mo",
    "mode",
    "mrow",
    "ms",
    "mtext",
    "multicol",
    "name",
    "nav",
    "nobr",
    "noembed",
    "noframes",
    "noscript",
    "object",
    "ol",
    "optgroup",
    "option",
    "output",
    "p",
    "param",
    "path",
    "picture",
    "plaintext",
    "polygon",
    "polyline",
    "pre",
    "progress",
    "property",
    "q",
    "rb",
    "rect",
    "rel",
    "role",
    "rp",
    "rt",
    "rtc",
    "ruby",
    "s",
    "samp",
    "script",
    "search",
    "section",
    "select",
    "slot",
    "small",
    "source",
    "spacer",
    "span",
    "src",
    "srcset",
    "stop",
    "strike",
    "strong",
    "style",
    "sub",
    "summary",
    "sup",
    "svg",
    "symbol",
    "table",
    "target",
    "tbody",
    "td",
    "template",
    "text",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "time",
    "title",
    "tr",
    "track",
    "tt",
    "type",
    "u",
    "ul",
    "use",
    "var",
    "video",
    "viewbox",
    "wbr",
    "width",
    "xmp",
];

/// An element's local name: one of the names HTML defines by index (a table here), any
/// other owned.
#[derive(Clone)]
pub struct Name(Repr);

#[derive(Clone)]
enum Repr {
    Known(u16),
    Other(Box<str>),
}

impl Name {
    /// The name `s`, shared when HTML defines it.
    pub fn new(s: &str) -> Name {
        match KNOWN.binary_search(&s) {
            Ok(i) => Name(Repr::Known(i as u16)),
            Err(_) => Name(Repr::Other(s.into())),
        }
    }

    /// The name as text.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Known(i) => KNOWN.get(*i as usize).copied().unwrap_or(""),
            Repr::Other(s) => s,
        }
    }
}

impl Deref for Name {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for Name {
    fn eq(&self, other: &Name) -> bool {
        match (&self.0, &other.0) {
            (Repr::Known(a), Repr::Known(b)) => a == b,
            _ => self.as_str() == other.as_str(),
        }
    }
}

impl Eq for Name {}

impl PartialEq<str> for Name {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Name {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<Name> for str {
    fn eq(&self, other: &Name) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Name> for &str {
    fn eq(&self, other: &Name) -> bool {
        *self == other.as_str()
    }
}

impl fmt::Debug for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An element's attributes in source order, as one string: `name NUL value NUL` for each.
/// Neither a name nor a value holds a NUL (the HTML parser turns one into U+FFFD, and the
/// flat snapshot separates its strings with it); one given anyway is stored as U+FFFD too.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Attrs(Box<str>);

impl Attrs {
    /// The attributes `(name, value)` in order.
    pub fn from_pairs<N: AsRef<str>, V: AsRef<str>>(
        pairs: impl IntoIterator<Item = (N, V)>,
    ) -> Attrs {
        let mut s = String::new();
        for (n, v) in pairs {
            for part in [n.as_ref(), v.as_ref()] {
                if part.contains('\0') {
                    s.push_str(&part.replace('\0', "\u{FFFD}"));
                } else {
                    s.push_str(part);
                }
                s.push('\0');
            }
        }
        Attrs(s.into_boxed_str())
    }

    /// The `(name, value)` pairs in source order.
    pub fn iter(&self) -> AttrIter<'_> {
        AttrIter { rest: &self.0 }
    }

    /// The value of the first attribute named `name`. The analyses ask this of every
    /// element many times, mostly for attributes it does not have, so a name is compared
    /// in place and only then a value's end looked for.
    pub fn get(&self, name: &str) -> Option<&str> {
        let mut rest: &str = &self.0;
        while !rest.is_empty() {
            let hit = rest.as_bytes().get(name.len()) == Some(&0) && rest.starts_with(name);
            let value_at = if hit { name.len() + 1 } else { nul(rest)? + 1 };
            let value = rest.get(value_at..)?;
            let end = nul(value)?;
            if hit {
                return value.get(..end);
            }
            rest = value.get(end + 1..)?;
        }
        None
    }

    /// How many attributes.
    pub fn len(&self) -> usize {
        self.0.bytes().filter(|&b| b == 0).count() / 2
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<Vec<(String, String)>> for Attrs {
    fn from(pairs: Vec<(String, String)>) -> Attrs {
        Attrs::from_pairs(pairs)
    }
}

impl fmt::Debug for Attrs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<'a> IntoIterator for &'a Attrs {
    type Item = (&'a str, &'a str);
    type IntoIter = AttrIter<'a>;
    fn into_iter(self) -> AttrIter<'a> {
        self.iter()
    }
}

/// Where the first NUL of `s` is.
fn nul(s: &str) -> Option<usize> {
    s.bytes().position(|b| b == 0)
}

/// Iterator over [`Attrs`]' pairs.
pub struct AttrIter<'a> {
    rest: &'a str,
}

impl<'a> Iterator for AttrIter<'a> {
    type Item = (&'a str, &'a str);
    fn next(&mut self) -> Option<(&'a str, &'a str)> {
        let rest = self.rest;
        let n = nul(rest)?;
        let value = rest.get(n + 1..)?;
        let v = nul(value)?;
        self.rest = value.get(v + 1..).unwrap_or("");
        Some((rest.get(..n)?, value.get(..v)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_names_are_sorted_and_unique() {
        assert!(KNOWN.windows(2).all(|w| w[0] < w[1]));
        assert!(KNOWN.len() < u16::MAX as usize);
    }

    #[test]
    fn names_read_back_as_given() {
        for s in [
            "div",
            "p",
            "my-widget",
            "",
            "#shadow-root",
            "DIV",
            "annotation-xml",
        ] {
            let n = Name::new(s);
            assert_eq!(n.as_str(), s);
            assert!(n == s);
            assert!(s == n);
            assert_eq!(n, Name::new(s));
        }
        assert_ne!(Name::new("div"), Name::new("span"));
        assert_ne!(Name::new("x-a"), Name::new("x-b"));
        assert!(std::mem::size_of::<Name>() <= 2 * std::mem::size_of::<usize>());
    }

    #[test]
    fn attributes_keep_order_empty_values_and_nul() {
        let a = Attrs::from_pairs([("id", "x"), ("hidden", ""), ("data-a", "b\0c"), ("id", "y")]);
        let pairs: Vec<_> = a.iter().collect();
        assert_eq!(
            pairs,
            [
                ("id", "x"),
                ("hidden", ""),
                ("data-a", "b\u{FFFD}c"),
                ("id", "y")
            ]
        );
        assert_eq!(a.len(), 4);
        assert_eq!(a.get("id"), Some("x"));
        assert_eq!(a.get("hidden"), Some(""));
        assert_eq!(a.get("nope"), None);
        let none = Attrs::from_pairs(Vec::<(String, String)>::new());
        assert!(none.is_empty() && none.iter().next().is_none());
        assert_eq!(none.len(), 0);
    }
}
