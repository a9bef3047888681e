//! A tiny matcher for the simple CSS selectors of the heuristics lists: an optional tag,
//! `#id`, `.class` and `[attr]`, `[attr=v]`, `[attr~=v]`, `[attr^=v]`, `[attr*=v]`,
//! `[attr$=v]`, compounded (`iframe.giscus-frame`, `a[href$='#disqus_thread']`), with no
//! combinators. The lists are compiled once into an index keyed by id, class, tag or attribute
//! name, so an element only tests the few selectors that could match it.

use crate::core::model::Element;
use std::cmp::Ordering;

/// How an attribute condition compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Exists,
    Equals,
    Word,
    Prefix,
    Contains,
    Suffix,
}

#[derive(Debug, Clone, Copy)]
struct Cond {
    attr: &'static str,
    op: Op,
    value: &'static str,
}

/// One compiled selector.
#[derive(Debug, Clone)]
struct Selector {
    tag: &'static str,
    conds: Vec<Cond>,
}

/// What an index entry is keyed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Key<'a> {
    Id(&'a str),
    Class(&'a str),
    Tag(&'a str),
    Attr(&'a str),
}

/// Compiled selector lists, each entry tagged with the number of the list it came from.
#[derive(Debug, Clone)]
pub struct SelectorSet {
    sels: Vec<Entry>,
    index: Vec<(Key<'static>, usize)>,
    /// A 1024-bit filter over the index keys: most class tokens and ids of a page match no
    /// selector, and one hash rejects them without a binary search.
    bloom: [u64; 16],
}

#[derive(Debug, Clone)]
struct Entry {
    sel: Selector,
    text: &'static str,
    name: &'static str,
    list: usize,
}

/// Number of lists a [`SelectorSet`] can hold.
pub const MAX_LISTS: usize = 4;

/// A match: the selector's text and its name.
pub type Match = (&'static str, &'static str);

fn key_hash(key: Key<'_>) -> usize {
    let (salt, s) = match key {
        Key::Id(s) => (1u32, s),
        Key::Class(s) => (2, s),
        Key::Tag(s) => (3, s),
        Key::Attr(s) => (4, s),
    };
    // FNV-1a: short keys, no allocation.
    let mut h: u32 = 0x811c_9dc5 ^ salt;
    for &b in s.as_bytes() {
        h ^= b as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    (h ^ (h >> 16)) as usize & 1023
}

/// Parses one compound selector; `None` for anything outside the supported subset (a typo in
/// the lists then shows up in the unit test that compiles them all).
fn parse(sel: &'static str) -> Option<Selector> {
    let s = sel.trim();
    let bytes = s.as_bytes();
    let ident_end = |from: usize| {
        let mut i = from;
        while i < bytes.len() && !matches!(bytes[i], b'#' | b'.' | b'[' | b' ' | b'>') {
            i += 1;
        }
        i
    };
    let mut i = ident_end(0);
    let tag = s.get(..i)?;
    let mut conds = Vec::new();
    while i < bytes.len() {
        match bytes[i] {
            b'#' | b'.' => {
                let end = ident_end(i + 1);
                let value = s.get(i + 1..end)?;
                if value.is_empty() {
                    return None;
                }
                let (attr, op) = if bytes[i] == b'#' {
                    ("id", Op::Equals)
                } else {
                    ("class", Op::Word)
                };
                conds.push(Cond { attr, op, value });
                i = end;
            }
            b'[' => {
                let close = i + s.get(i..)?.find(']')?;
                let inner = s.get(i + 1..close)?;
                conds.push(parse_attr(inner)?);
                i = close + 1;
            }
            _ => return None,
        }
    }
    if tag.is_empty() && conds.is_empty() {
        return None;
    }
    Some(Selector { tag, conds })
}

fn parse_attr(inner: &'static str) -> Option<Cond> {
    let Some(eq) = inner.find('=') else {
        return Some(Cond {
            attr: inner.trim(),
            op: Op::Exists,
            value: "",
        });
    };
    let (lhs, rhs) = (inner.get(..eq)?, inner.get(eq + 1..)?);
    let (attr, op) = match lhs.as_bytes().last() {
        Some(b'~') => (lhs.get(..lhs.len() - 1)?, Op::Word),
        Some(b'^') => (lhs.get(..lhs.len() - 1)?, Op::Prefix),
        Some(b'*') => (lhs.get(..lhs.len() - 1)?, Op::Contains),
        Some(b'$') => (lhs.get(..lhs.len() - 1)?, Op::Suffix),
        _ => (lhs, Op::Equals),
    };
    let value = rhs.trim().trim_matches(|c| c == '\'' || c == '"');
    Some(Cond {
        attr: attr.trim(),
        op,
        value,
    })
}

impl Cond {
    fn matches(&self, el: &Element) -> bool {
        let Some(v) = el.attr(self.attr) else {
            return false;
        };
        match self.op {
            Op::Exists => true,
            Op::Equals => v == self.value,
            Op::Word => v.split_ascii_whitespace().any(|w| w == self.value),
            Op::Prefix => v.starts_with(self.value),
            Op::Contains => v.contains(self.value),
            Op::Suffix => v.ends_with(self.value),
        }
    }
}

impl Selector {
    fn matches(&self, el: &Element) -> bool {
        (self.tag.is_empty() || self.tag == el.name) && self.conds.iter().all(|c| c.matches(el))
    }

    /// The most selective key: an id, else a class, else the tag, else an attribute name.
    fn key(&self) -> Key<'static> {
        let find = |attr: &str, op: Op| {
            self.conds
                .iter()
                .find(|c| c.attr == attr && c.op == op)
                .map(|c| c.value)
        };
        if let Some(id) = find("id", Op::Equals) {
            Key::Id(id)
        } else if let Some(class) = find("class", Op::Word) {
            Key::Class(class)
        } else if !self.tag.is_empty() {
            Key::Tag(self.tag)
        } else {
            Key::Attr(self.conds.first().map(|c| c.attr).unwrap_or(""))
        }
    }
}

impl SelectorSet {
    /// Compiles lists of `(selector, name)` pairs; unsupported selectors are skipped. At most
    /// [`MAX_LISTS`] lists.
    pub fn new(lists: &[&[(&'static str, &'static str)]]) -> SelectorSet {
        let mut sels = Vec::new();
        for (list, pairs) in lists.iter().enumerate().take(MAX_LISTS) {
            for &(text, name) in pairs.iter() {
                if let Some(sel) = parse(text) {
                    sels.push(Entry {
                        sel,
                        text,
                        name,
                        list,
                    });
                }
            }
        }
        let mut index: Vec<(Key<'static>, usize)> = sels
            .iter()
            .enumerate()
            .map(|(i, e)| (e.sel.key(), i))
            .collect();
        index.sort();
        let mut bloom = [0u64; 16];
        for &(k, _) in &index {
            let b = key_hash(k);
            bloom[b / 64] |= 1 << (b % 64);
        }
        SelectorSet { sels, index, bloom }
    }

    /// How many selectors compiled.
    #[cfg(all(test, not(target_arch = "wasm32")))]
    pub fn len(&self) -> usize {
        self.sels.len()
    }

    /// Whether no selector compiled.
    #[cfg(all(test, not(target_arch = "wasm32")))]
    pub fn is_empty(&self) -> bool {
        self.sels.is_empty()
    }

    fn lookup(&self, key: Key<'_>, el: &Element, best: &mut [Option<usize>; MAX_LISTS]) {
        let b = key_hash(key);
        if self.bloom[b / 64] & (1 << (b % 64)) == 0 {
            return;
        }
        let start = self
            .index
            .partition_point(|(k, _)| k.cmp(&key) == Ordering::Less);
        for &(k, i) in self.index.get(start..).unwrap_or(&[]) {
            if k != key {
                break;
            }
            let Some(e) = self.sels.get(i) else { continue };
            let Some(slot) = best.get_mut(e.list) else {
                continue;
            };
            if slot.map_or(true, |b| i < b) && e.sel.matches(el) {
                *slot = Some(i);
            }
        }
    }

    /// For each list, the first selector (in list order) that `el` matches.
    pub fn matches(&self, el: &Element) -> [Option<Match>; MAX_LISTS] {
        let mut best = [None; MAX_LISTS];
        for (n, v) in &el.attrs {
            match n {
                "id" => self.lookup(Key::Id(v), el, &mut best),
                "class" => {
                    for c in v.split_ascii_whitespace() {
                        self.lookup(Key::Class(c), el, &mut best);
                    }
                }
                other => self.lookup(Key::Attr(other), el, &mut best),
            }
        }
        self.lookup(Key::Tag(&el.name), el, &mut best);
        best.map(|b| b.and_then(|i| self.sels.get(i)).map(|e| (e.text, e.name)))
    }
}
