//! A pass over the HTML text before parsing that caps how many attributes one tag may have.
//!
//! html5ever's tokenizer checks each new attribute against all earlier ones of the same tag
//! for duplicates, so one tag with 100,000 attributes costs 5·10⁹ comparisons (5 s). The
//! tokenizer is not ours to change and hands a tag on only when it is complete, so the cap
//! must act on the text: attributes past [`ATTRIBUTES_MAX`] are cut from the tag before the
//! tokenizer sees them.
//!
//! The scanner follows the tokenizer's states closely enough to know where tags are: it
//! skips comments, doctypes and the text of raw-text elements (`<script>`, `<style>`,
//! `<textarea>`, …), reads quoted values, and stops at `<plaintext>`. Where it is only close
//! (script-data escapes, CDATA in SVG) the cost of a mistake is a tag it does not cap; it
//! never changes text outside a tag it caps, and it reads every byte once.

use std::borrow::Cow;

/// The bound, from [`crate::core::heuristics::limits`].
pub use crate::core::heuristics::limits::TAG_ATTRIBUTES_MAX as ATTRIBUTES_MAX;

/// Elements whose content the tokenizer reads as text up to their end tag (HTML Standard
/// §13.2.6.4.7: RAWTEXT and RCDATA elements, and `noscript` with scripting enabled).
const RAW_TEXT: &[&[u8]] = &[
    b"script",
    b"style",
    b"textarea",
    b"title",
    b"xmp",
    b"iframe",
    b"noembed",
    b"noframes",
    b"noscript",
];

/// `source` with every tag's attributes past the `max`-th removed, and how many tags were
/// cut. Borrowed when nothing was.
pub fn cap_attributes(source: &str, max: usize) -> (Cow<'_, str>, usize) {
    let b = source.as_bytes();
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut pos = 0;
    while let Some(lt) = b.get(pos..).and_then(|r| r.iter().position(|&c| c == b'<')) {
        let i = pos + lt;
        let rest = &b[i..];
        pos = if rest.starts_with(b"<!--") {
            comment_end(b, i + 2)
        } else if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            after(b, i, b">")
        } else if let Some(name_at) = tag_name_start(rest) {
            let (name, end, cut) = tag(b, i + name_at, max);
            cuts.extend(cut);
            let is_start = name_at == 1;
            if is_start && name.eq_ignore_ascii_case(b"plaintext") {
                break;
            }
            match RAW_TEXT
                .iter()
                .find(|r| is_start && name.eq_ignore_ascii_case(r))
            {
                Some(raw) => raw_text_end(b, end, raw),
                None => end,
            }
        } else {
            i + 1
        };
    }
    if cuts.is_empty() {
        return (Cow::Borrowed(source), 0);
    }
    (Cow::Owned(without(source, &cuts)), cuts.len())
}

/// Where the tag name starts: after `<` or `</`, when a letter follows.
fn tag_name_start(rest: &[u8]) -> Option<usize> {
    match rest {
        [b'<', b'/', c, ..] if c.is_ascii_alphabetic() => Some(2),
        [b'<', c, ..] if c.is_ascii_alphabetic() => Some(1),
        _ => None,
    }
}

fn is_space(c: u8) -> bool {
    matches!(c, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

/// Just past the first `needle` at or after `from` (the end of input if none).
fn after(b: &[u8], from: usize, needle: &[u8]) -> usize {
    b.get(from..)
        .and_then(|r| r.windows(needle.len()).position(|w| w == needle))
        .map_or(b.len(), |p| from + p + needle.len())
}

/// Past a comment whose `--` may be the one that opened it (`<!-->`), ending at `-->` or
/// `--!>`.
fn comment_end(b: &[u8], from: usize) -> usize {
    let mut at = from;
    while at < b.len() {
        let next = after(b, at, b"--");
        match b.get(next..) {
            Some([b'>', ..]) => return next + 1,
            Some([b'!', b'>', ..]) => return next + 2,
            Some(_) if next < b.len() => at = next - 1,
            _ => return b.len(),
        }
    }
    b.len()
}

/// Reads a tag from its name: the name, the position past its `>`, and the byte range to cut
/// when it has more than `max` attributes.
fn tag(b: &[u8], name_at: usize, max: usize) -> (&[u8], usize, Option<(usize, usize)>) {
    let mut pos = name_at;
    while pos < b.len() && !is_space(b[pos]) && b[pos] != b'/' && b[pos] != b'>' {
        pos += 1;
    }
    let name = &b[name_at..pos];
    let (mut count, mut cut_from) = (0usize, None);
    loop {
        while pos < b.len() && (is_space(b[pos]) || b[pos] == b'/') {
            pos += 1;
        }
        if pos >= b.len() || b[pos] == b'>' {
            break;
        }
        count += 1;
        if count == max + 1 {
            cut_from = Some(pos);
        }
        pos = attribute_end(b, pos);
    }
    let end = (pos + 1).min(b.len());
    let cut = cut_from.map(|from| {
        // Keep a self-closing `/` with the `>`.
        let to = if pos < b.len() && b[pos - 1] == b'/' {
            pos - 1
        } else {
            pos
        };
        (from, to.max(from))
    });
    (name, end, cut)
}

/// Past one attribute (name, optional `=` and value), starting at its first byte (which may
/// be `=`, as the tokenizer allows).
fn attribute_end(b: &[u8], mut pos: usize) -> usize {
    pos += 1;
    while pos < b.len() && !matches!(b[pos], b'/' | b'>' | b'=') && !is_space(b[pos]) {
        pos += 1;
    }
    let mut eq = pos;
    while eq < b.len() && is_space(b[eq]) {
        eq += 1;
    }
    if b.get(eq) != Some(&b'=') {
        return pos;
    }
    pos = eq + 1;
    while pos < b.len() && is_space(b[pos]) {
        pos += 1;
    }
    match b.get(pos) {
        Some(&q @ (b'"' | b'\'')) => after(b, pos + 1, &[q]),
        _ => {
            while pos < b.len() && !is_space(b[pos]) && b[pos] != b'>' {
                pos += 1;
            }
            pos
        }
    }
}

/// Past the end tag that closes raw-text element `name` (its text may hold `<`).
fn raw_text_end(b: &[u8], mut pos: usize, name: &[u8]) -> usize {
    loop {
        let close = after(b, pos, b"</");
        if close >= b.len() {
            return b.len();
        }
        let matches = b
            .get(close..close + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name));
        let ends = b
            .get(close + name.len())
            .map_or(true, |&c| is_space(c) || c == b'/' || c == b'>');
        if matches && ends {
            return close - 2;
        }
        pos = close;
    }
}

fn without(source: &str, cuts: &[(usize, usize)]) -> String {
    let mut out = String::with_capacity(source.len());
    let mut at = 0;
    for &(from, to) in cuts {
        // Cut points are at ASCII bytes, so always on character boundaries.
        out.push_str(source.get(at..from).unwrap_or(""));
        at = to;
    }
    out.push_str(source.get(at..).unwrap_or(""));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caps_only_tags_over_the_bound() {
        let (out, n) = cap_attributes("<p a=1 b='2' c=\"3\" d>x</p>", 2);
        assert_eq!((out.as_ref(), n), ("<p a=1 b='2' >x</p>", 1));
        let (out, n) = cap_attributes("<p a b>x</p>", 2);
        assert!(matches!(out, Cow::Borrowed(_)) && n == 0);
        let (out, _) = cap_attributes("<svg><path a b c/></svg>", 1);
        assert_eq!(out, "<svg><path a /></svg>");
    }

    #[test]
    fn values_comments_and_raw_text_are_not_tags() {
        let (out, n) = cap_attributes("<p title='<b a b c>'>x</p>", 1);
        assert_eq!((out.as_ref(), n), ("<p title='<b a b c>'>x</p>", 0));
        let (out, n) = cap_attributes("<!-- <b a b c> --><b a b c>", 1);
        assert_eq!((out.as_ref(), n), ("<!-- <b a b c> --><b a >", 1));
        let src = "<script>if (a <b c d e) {}</script><i a b>";
        assert_eq!(
            cap_attributes(src, 1).0,
            "<script>if (a <b c d e) {}</script><i a >"
        );
        let src = "<plaintext><b a b c>";
        assert_eq!(cap_attributes(src, 1).1, 0);
    }

    #[test]
    fn keeps_text_between_tags_intact() {
        let src = "<p a b c>Grüße „zitat“</p><i x y z>é</i>";
        let (out, n) = cap_attributes(src, 1);
        assert_eq!((out.as_ref(), n), ("<p a >Grüße „zitat“</p><i x >é</i>", 2));
    }
}
