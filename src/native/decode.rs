//! Bytes → text, the way a browser decides a saved page's encoding.
//!
//! The order is the HTML Standard's "determining the character encoding" (§13.2.3.2) for a
//! file with no transport layer: a byte order mark, then the prescan of the first 1024 bytes
//! for a `<meta charset>` or `<meta http-equiv=content-type>`, then — where a browser would
//! guess — UTF-8 when the bytes are valid UTF-8, else Firefox's detector (`chardetng`), whose
//! own fallback for Western text is windows-1252. Decoding itself is `encoding_rs`, the
//! Encoding Standard's implementation that Firefox ships.
//!
//! Before any of that, [`sniff_binary`] turns away images, archives and other binary files by
//! the MIME Sniffing Standard's rules rather than by looking for a NUL byte: a UTF-16 page is
//! full of NULs and is text.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252, X_USER_DEFINED};
use std::fmt;

/// How many bytes the prescan reads: the HTML Standard encourages user agents to prescan
/// "only the first 1024 bytes" (§13.2.3.2, step 5).
pub const PRESCAN_BYTES: usize = 1024;

/// How many bytes the binary check reads: the MIME Sniffing Standard's resource header is
/// "at most 1445 bytes" (§5.2 "Reading the resource header").
pub const SNIFF_BYTES: usize = 1445;

/// Signatures of common binary formats, from the MIME Sniffing Standard's "image type
/// pattern matching algorithm" (§6.1) and "archive type pattern matching algorithm" (§6.3),
/// plus PDF and PostScript from its table in §7.1. Each is (pattern, what it is); a pattern
/// byte `None` matches any byte (the standard's mask 0x00).
pub const BINARY_SIGNATURES: &[(&[Option<u8>], &str)] = &[
    (&bytes(b"\x89PNG\r\n\x1a\n"), "a PNG image"),
    (&bytes(b"GIF87a"), "a GIF image"),
    (&bytes(b"GIF89a"), "a GIF image"),
    (&bytes(b"\xff\xd8\xff"), "a JPEG image"),
    (&bytes(b"\x00\x00\x01\x00"), "an icon"),
    (&bytes(b"\x00\x00\x02\x00"), "a cursor"),
    (&bytes(b"BM"), "a BMP image"),
    (&RIFF_WEBP, "a WebP image"),
    (&bytes(b"%PDF-"), "a PDF document"),
    (&bytes(b"%!PS-Adobe-"), "a PostScript document"),
    (&bytes(b"PK\x03\x04"), "a ZIP archive"),
    (&bytes(b"\x1f\x8b\x08"), "a gzip archive"),
    (&bytes(b"Rar \x1a\x07\x00"), "a RAR archive"),
    (&bytes(b"OggS\x00"), "an Ogg file"),
    (&bytes(b"\x00asm"), "a WebAssembly module"),
];

const fn bytes<const N: usize>(b: &[u8; N]) -> [Option<u8>; N] {
    let mut out = [None; N];
    let mut i = 0;
    while i < N {
        out[i] = Some(b[i]);
        i += 1;
    }
    out
}

const RIFF_WEBP: [Option<u8>; 14] = {
    let mut p = [None; 14];
    let riff = bytes(b"RIFF");
    let webp = bytes(b"WEBPVP");
    let mut i = 0;
    while i < 4 {
        p[i] = riff[i];
        i += 1;
    }
    let mut j = 0;
    while j < 6 {
        p[8 + j] = webp[j];
        j += 1;
    }
    p
};

/// Why some bytes are not a page we can read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    /// A known binary format (the name says which).
    Binary(&'static str),
    /// Control bytes no text has: the MIME Sniffing Standard's "binary data bytes".
    NotText,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Binary(what) => write!(f, "input is {what}, not an HTML document"),
            InputError::NotText => write!(f, "input is binary data, not an HTML document"),
        }
    }
}

impl std::error::Error for InputError {}

/// Where the encoding came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A byte order mark.
    Bom,
    /// A `<meta>` found by the prescan.
    Meta,
    /// Nothing declared; the bytes are valid UTF-8.
    Utf8,
    /// Nothing declared; `chardetng` guessed.
    Guess,
}

/// A decoded page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The page's text, BOM removed.
    pub text: String,
    /// The encoding it was read in.
    pub encoding: &'static Encoding,
    /// How that encoding was chosen.
    pub source: Source,
}

/// Decodes a saved page. Fails on binary files (see [`sniff_binary`]).
pub fn decode(input: &[u8]) -> Result<Decoded, InputError> {
    if let Some((encoding, bom)) = Encoding::for_bom(input) {
        let body = input.get(bom..).unwrap_or_default();
        let text = encoding.decode_without_bom_handling(body).0.into_owned();
        return Ok(Decoded {
            text,
            encoding,
            source: Source::Bom,
        });
    }
    sniff_binary(input)?;
    let (encoding, source) = choose(input);
    let text = encoding.decode_without_bom_handling(input).0.into_owned();
    Ok(Decoded {
        text,
        encoding,
        source,
    })
}

fn choose(input: &[u8]) -> (&'static Encoding, Source) {
    let head = input.get(..PRESCAN_BYTES).unwrap_or(input);
    if let Some(e) = prescan(head) {
        return (e, Source::Meta);
    }
    if std::str::from_utf8(input).is_ok() {
        return (UTF_8, Source::Utf8);
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(input, true);
    // UTF-8 was ruled out above; no top-level domain is known for a file.
    (detector.guess(None, false), Source::Guess)
}

/// Rejects bytes that are not text: a known binary signature (MIME Sniffing §6), or any
/// "binary data byte" (0x00–0x08, 0x0B, 0x0E–0x1A, 0x1C–0x1F, §3 terminology) in the resource
/// header — the standard's rule for telling text from binary (§7.2). Pages with a byte order
/// mark never get here: the BOM makes them text.
pub fn sniff_binary(input: &[u8]) -> Result<(), InputError> {
    for (pattern, what) in BINARY_SIGNATURES {
        let matches = input.len() >= pattern.len()
            && pattern
                .iter()
                .zip(input)
                .all(|(p, b)| p.map_or(true, |p| p == *b));
        if matches {
            return Err(InputError::Binary(what));
        }
    }
    let head = input.get(..SNIFF_BYTES).unwrap_or(input);
    if head.iter().any(|&b| is_binary_data_byte(b)) {
        return Err(InputError::NotText);
    }
    Ok(())
}

fn is_binary_data_byte(b: u8) -> bool {
    matches!(b, 0x00..=0x08 | 0x0B | 0x0E..=0x1A | 0x1C..=0x1F)
}

// The prescan below is the HTML Standard's "prescan a byte stream to determine its encoding"
// (§13.2.3.2), written out by hand: `encoding_rs` leaves it to the HTML parser, and
// html5ever does not implement it (its issue #18), so no maintained crate does this step.

/// The encoding a `<meta>` in `head` declares, else the one an XML declaration at its very
/// start declares (XHTML pages saved as HTML carry only that), else `None` (nothing found,
/// or the bytes ran out inside a tag).
pub fn prescan(head: &[u8]) -> Option<&'static Encoding> {
    prescan_meta(head).or_else(|| xml_encoding(head))
}

fn prescan_meta(head: &[u8]) -> Option<&'static Encoding> {
    let mut pos = 0;
    while pos < head.len() {
        let rest = &head[pos..];
        if rest.starts_with(b"<!--") {
            // The `-->` may share its dashes with the `<!--` (`<!-->`).
            pos += 2 + find(&rest[2..], b"-->")? + 3;
        } else if starts_with_ci(rest, b"<meta")
            && rest.get(5).is_some_and(|&b| is_space_or_slash(b))
        {
            let (found, next) = meta(head, pos + 5)?;
            if found.is_some() {
                return found;
            }
            pos = next;
        } else if is_tag_start(rest) {
            pos += 1 + rest[1..].iter().position(|&b| is_space(b) || b == b'>')?;
            while let Some((_, _, next)) = attribute(head, pos)? {
                pos = next;
            }
            pos = skip_attribute_space(head, pos) + 1;
        } else if rest.starts_with(b"<!") || rest.starts_with(b"</") || rest.starts_with(b"<?") {
            pos += find(rest, b">")? + 1;
        } else {
            pos += 1;
        }
    }
    None
}

/// "Get an XML encoding" (§13.2.3.2): `encoding="…"` inside a `<?xml … >` that opens the
/// bytes. Only the declaration's own bytes count, and as with `<meta>` a UTF-16 label means
/// UTF-8 (the declaration was just read as ASCII).
fn xml_encoding(head: &[u8]) -> Option<&'static Encoding> {
    if !head.starts_with(b"<?xml") {
        return None;
    }
    let decl = &head[..find(head, b">")?];
    let mut pos = find(decl, b"encoding")? + b"encoding".len();
    pos = skip_ascii_whitespace_or_control(decl, pos);
    if decl.get(pos) != Some(&b'=') {
        return None;
    }
    pos = skip_ascii_whitespace_or_control(decl, pos + 1);
    let quote = *decl.get(pos).filter(|&&q| q == b'"' || q == b'\'')?;
    let value = &decl[pos + 1..];
    let label = &value[..value.iter().position(|&b| b == quote)?];
    Encoding::for_label(label).map(for_meta)
}

/// The XML-encoding steps skip every byte up to 0x20, not just HTML's five spaces.
fn skip_ascii_whitespace_or_control(bytes: &[u8], mut pos: usize) -> usize {
    while bytes.get(pos).is_some_and(|&b| b <= 0x20) {
        pos += 1;
    }
    pos
}

/// `<` followed by a letter, or `</` followed by a letter.
fn is_tag_start(rest: &[u8]) -> bool {
    match rest {
        [b'<', b'/', c, ..] | [b'<', c, ..] => c.is_ascii_alphabetic(),
        _ => false,
    }
}

/// The attributes of a `<meta>` starting at `pos`: the declared encoding when the element
/// declares one the way the standard accepts, and where the scan goes on. `None` when the
/// bytes run out.
fn meta(head: &[u8], mut pos: usize) -> Option<(Option<&'static Encoding>, usize)> {
    let mut seen: Vec<Vec<u8>> = Vec::new();
    let (mut got_pragma, mut need_pragma, mut charset) = (false, None, None);
    while let Some((name, value, next)) = attribute(head, pos)? {
        pos = next;
        if seen.contains(&name) {
            continue;
        }
        match name.as_slice() {
            b"http-equiv" => got_pragma |= value == b"content-type",
            b"content" if charset.is_none() => {
                if let Some(e) = charset_from_content(&value) {
                    charset = Some(e);
                    need_pragma = Some(true);
                }
            }
            b"charset" => {
                charset = Encoding::for_label(&value);
                need_pragma = Some(false);
            }
            _ => {}
        }
        seen.push(name);
    }
    let accepted = match need_pragma {
        None => None,
        Some(true) if !got_pragma => None,
        Some(_) => charset.map(for_meta),
    };
    Some((accepted, pos))
}

/// A `<meta>` cannot switch to UTF-16 (the bytes were read as ASCII to find it) and
/// `x-user-defined` means windows-1252 (§13.2.3.2 prescan, "processing" steps).
fn for_meta(e: &'static Encoding) -> &'static Encoding {
    if e == UTF_16BE || e == UTF_16LE {
        UTF_8
    } else if e == X_USER_DEFINED {
        WINDOWS_1252
    } else {
        e
    }
}

/// "Get an attribute" (§13.2.3.2): `Some(None)` at the tag's `>`, `None` when out of bytes.
/// Names and values come back lower-cased, as the standard's algorithm makes them.
#[allow(clippy::type_complexity)]
fn attribute(head: &[u8], pos: usize) -> Option<Option<(Vec<u8>, Vec<u8>, usize)>> {
    let mut pos = skip_attribute_space(head, pos);
    if *head.get(pos)? == b'>' {
        return Some(None);
    }
    let mut name = Vec::new();
    loop {
        let b = *head.get(pos)?;
        match b {
            b'=' if !name.is_empty() => {
                pos += 1;
                break;
            }
            _ if is_space(b) => {
                pos = skip_space(head, pos);
                if *head.get(pos)? != b'=' {
                    return Some(Some((name, Vec::new(), pos)));
                }
                pos += 1;
                break;
            }
            b'/' | b'>' => return Some(Some((name, Vec::new(), pos))),
            _ => name.push(b.to_ascii_lowercase()),
        }
        pos += 1;
    }
    let (value, pos) = attribute_value(head, skip_space(head, pos))?;
    Some(Some((name, value, pos)))
}

fn attribute_value(head: &[u8], mut pos: usize) -> Option<(Vec<u8>, usize)> {
    let mut value = Vec::new();
    let first = *head.get(pos)?;
    if first == b'"' || first == b'\'' {
        loop {
            pos += 1;
            let b = *head.get(pos)?;
            if b == first {
                return Some((value, pos + 1));
            }
            value.push(b.to_ascii_lowercase());
        }
    }
    if first == b'>' {
        return Some((value, pos));
    }
    loop {
        let b = *head.get(pos)?;
        if is_space(b) || b == b'>' {
            return Some((value, pos));
        }
        value.push(b.to_ascii_lowercase());
        pos += 1;
    }
}

/// The HTML Standard's "algorithm for extracting a character encoding from a meta element":
/// the `charset=` parameter of a `content` value (already lower-cased).
pub fn charset_from_content(content: &[u8]) -> Option<&'static Encoding> {
    let mut pos = 0;
    loop {
        pos += find(content.get(pos..)?, b"charset")? + 7;
        let after = skip_space(content, pos);
        if content.get(after) != Some(&b'=') {
            pos = after;
            continue;
        }
        let start = skip_space(content, after + 1);
        let rest = content.get(start..)?;
        let label = match rest.first()? {
            q @ (b'"' | b'\'') => &rest[1..1 + find(&rest[1..], &[*q])?],
            _ => {
                let end = rest
                    .iter()
                    .position(|&b| is_space(b) || b == b';')
                    .unwrap_or(rest.len());
                &rest[..end]
            }
        };
        return Encoding::for_label(label);
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn starts_with_ci(hay: &[u8], prefix: &[u8]) -> bool {
    hay.get(..prefix.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(prefix))
}

fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

fn is_space_or_slash(b: u8) -> bool {
    is_space(b) || b == b'/'
}

fn skip_space(head: &[u8], mut pos: usize) -> usize {
    while head.get(pos).is_some_and(|&b| is_space(b)) {
        pos += 1;
    }
    pos
}

fn skip_attribute_space(head: &[u8], mut pos: usize) -> usize {
    while head.get(pos).is_some_and(|&b| is_space_or_slash(b)) {
        pos += 1;
    }
    pos
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{GBK, ISO_8859_2, SHIFT_JIS, WINDOWS_1251};

    #[test]
    fn prescan_reads_both_meta_forms() {
        assert_eq!(prescan(b"<meta charset=shift_jis>"), Some(SHIFT_JIS));
        assert_eq!(prescan(b"<META CHARSET='GBK'/>"), Some(GBK));
        let pragma =
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">";
        assert_eq!(prescan(pragma), Some(WINDOWS_1251));
        // `content` without the pragma is not a declaration.
        assert_eq!(prescan(b"<meta content='text/html; charset=gbk'>"), None);
        assert_eq!(
            prescan(b"<meta content=\"text/html;charset=iso-8859-2\" http-equiv=content-type>"),
            Some(ISO_8859_2)
        );
    }

    #[test]
    fn prescan_skips_comments_tags_and_follows_the_rules() {
        assert_eq!(prescan(b"<!-- <meta charset=gbk> --><p>x"), None);
        assert_eq!(prescan(b"<!--><meta charset=gbk>"), Some(GBK));
        assert_eq!(
            prescan(b"<div title='<meta charset=gbk>'><meta charset=big5>"),
            Some(encoding_rs::BIG5)
        );
        assert_eq!(prescan(b"<meta charset=utf-16le>"), Some(UTF_8));
        assert_eq!(
            prescan(b"<meta charset=x-user-defined>"),
            Some(WINDOWS_1252)
        );
        assert_eq!(
            prescan(b"<meta charset=bogus><meta charset=gbk>"),
            Some(GBK)
        );
        // A tag cut off at the end of the window ends the scan.
        assert_eq!(prescan(b"<meta charset=\"gb"), None);
    }

    #[test]
    fn xml_declaration_is_the_fallback() {
        let decl = b"<?xml version=\"1.0\" encoding='ISO-8859-2'?>\n<html><p>x";
        assert_eq!(prescan(decl), Some(ISO_8859_2));
        assert_eq!(prescan(b"<?xml encoding = \"gbk\"?>"), Some(GBK));
        // A `<meta>` wins; UTF-16 read as ASCII means UTF-8; only the very start counts.
        assert_eq!(
            prescan(b"<?xml encoding='gbk'?><meta charset=big5>"),
            Some(encoding_rs::BIG5)
        );
        assert_eq!(prescan(b"<?xml encoding='utf-16'?>"), Some(UTF_8));
        assert_eq!(prescan(b" <?xml encoding='gbk'?>"), None);
        // The label must be quoted and inside the declaration.
        assert_eq!(prescan(b"<?xml encoding=gbk?>"), None);
        assert_eq!(
            prescan(b"<?xml version='1.0'?><p title=\"encoding='gbk'\">"),
            None
        );
    }

    #[test]
    fn charset_parameter_variants() {
        assert_eq!(
            charset_from_content(b"text/html; charset = \"gbk\""),
            Some(GBK)
        );
        assert_eq!(
            charset_from_content(b"text/html;charset=shift_jis;x"),
            Some(SHIFT_JIS)
        );
        assert_eq!(charset_from_content(b"charsetx; charset=gbk"), Some(GBK));
        assert_eq!(charset_from_content(b"text/html"), None);
    }

    #[test]
    fn binary_by_signature_and_by_control_bytes() {
        assert_eq!(
            sniff_binary(b"\x89PNG\r\n\x1a\n...."),
            Err(InputError::Binary("a PNG image"))
        );
        assert_eq!(
            sniff_binary(b"RIFF\x01\x02\x03\x04WEBPVP8 "),
            Err(InputError::Binary("a WebP image"))
        );
        assert_eq!(sniff_binary(b"<p>\x01\x02</p>"), Err(InputError::NotText));
        assert_eq!(sniff_binary(b"<p>tab\tand\x1b[escape</p>"), Ok(()));
    }

    #[test]
    fn bom_decides_and_utf16_is_text() {
        let mut le = vec![0xff, 0xfe];
        le.extend("<p>“Hi”</p>".encode_utf16().flat_map(u16::to_le_bytes));
        let d = decode(&le).expect("UTF-16LE page");
        assert_eq!(
            (d.text.as_str(), d.encoding, d.source),
            ("<p>“Hi”</p>", UTF_16LE, Source::Bom)
        );
        // Without a BOM the same bytes are full of NULs: binary, as a browser sniffs them.
        assert_eq!(decode(&le[2..]), Err(InputError::NotText));
    }

    #[test]
    fn undeclared_pages_are_utf8_or_guessed() {
        let d = decode("<p>Grüße</p>".as_bytes()).expect("utf-8");
        assert_eq!((d.encoding, d.source), (UTF_8, Source::Utf8));
        let latin1 = b"<p>Die Stra\xdfe war gr\xfcn und sch\xf6n, sagte der B\xe4cker.</p>";
        let d = decode(latin1).expect("latin-1");
        assert_eq!(d.source, Source::Guess);
        assert_eq!(d.encoding, WINDOWS_1252);
        assert!(d.text.contains("Straße war grün und schön"));
    }
}
