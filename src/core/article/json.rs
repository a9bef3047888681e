//! A tiny, lenient JSON reader for JSON-LD metadata.
//!
//! The core must stay small for wasm, so it does not link `serde_json`. JSON-LD found in the
//! wild is often slightly broken (trailing commas, `//` comments, CDATA wrappers, raw control
//! characters in strings), so the reader accepts those instead of giving up on the page.

use crate::core::heuristics::article::JSON_MAX_DEPTH;

/// A JSON value. Numbers are kept as their source text: metadata never computes with them.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A number, as written.
    Num(String),
    /// A string, escapes decoded.
    Str(String),
    /// An array.
    Arr(Vec<Value>),
    /// An object, members in source order.
    Obj(Vec<(String, Value)>),
}

impl Value {
    /// Member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Obj(m) => m.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The value itself, or each element when it is an array (JSON-LD allows either).
    pub fn items(&self) -> &[Value] {
        match self {
            Value::Arr(a) => a,
            other => std::slice::from_ref(other),
        }
    }
}

/// Parses `src`, tolerating the usual JSON-LD defects; `None` when it is not JSON at all.
pub fn parse(src: &str) -> Option<Value> {
    let src = src.trim();
    let src = src.strip_prefix("<![CDATA[").unwrap_or(src);
    let src = src.strip_suffix("]]>").unwrap_or(src);
    let mut p = Parser {
        s: src.as_bytes(),
        src,
        i: 0,
    };
    p.value(0)
}

struct Parser<'a> {
    s: &'a [u8],
    src: &'a str,
    i: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    /// Skips whitespace, comments, and the `//` that some sites put before CDATA markers.
    fn ws(&mut self) {
        loop {
            while self.peek().is_some_and(|c| c.is_ascii_whitespace()) {
                self.i += 1;
            }
            let rest = &self.s[self.i.min(self.s.len())..];
            if rest.starts_with(b"//") {
                while self.peek().is_some_and(|c| c != b'\n') {
                    self.i += 1;
                }
            } else if rest.starts_with(b"/*") {
                match find(rest, b"*/") {
                    Some(end) => self.i += end + 2,
                    None => self.i = self.s.len(),
                }
            } else {
                return;
            }
        }
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        if depth > JSON_MAX_DEPTH {
            return None;
        }
        self.ws();
        match self.peek()? {
            b'{' => {
                self.i += 1;
                let mut members = Vec::new();
                loop {
                    self.ws();
                    match self.peek()? {
                        b'}' => {
                            self.i += 1;
                            return Some(Value::Obj(members));
                        }
                        b',' => self.i += 1,
                        b'"' | b'\'' => {
                            let key = self.string()?;
                            self.ws();
                            if self.peek()? != b':' {
                                return None;
                            }
                            self.i += 1;
                            let v = self.value(depth + 1)?;
                            members.push((key, v));
                        }
                        _ => return None,
                    }
                }
            }
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                loop {
                    self.ws();
                    match self.peek()? {
                        b']' => {
                            self.i += 1;
                            return Some(Value::Arr(items));
                        }
                        b',' => self.i += 1,
                        _ => items.push(self.value(depth + 1)?),
                    }
                }
            }
            b'"' | b'\'' => self.string().map(Value::Str),
            _ => {
                let start = self.i;
                while self
                    .peek()
                    .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'+' | b'.'))
                {
                    self.i += 1;
                }
                let word = self.src.get(start..self.i)?;
                match word {
                    "" => None,
                    "null" => Some(Value::Null),
                    "true" => Some(Value::Bool(true)),
                    "false" => Some(Value::Bool(false)),
                    _ => Some(Value::Num(word.to_string())),
                }
            }
        }
    }

    /// A string starting at the opening quote; decodes escapes once.
    fn string(&mut self) -> Option<String> {
        let quote = self.peek()?;
        self.i += 1;
        let mut out = String::new();
        let mut run = self.i;
        loop {
            let c = self.peek()?;
            if c == quote {
                out.push_str(self.src.get(run..self.i)?);
                self.i += 1;
                return Some(out);
            }
            if c != b'\\' {
                self.i += 1;
                continue;
            }
            out.push_str(self.src.get(run..self.i)?);
            self.i += 1;
            let e = self.peek()?;
            self.i += 1;
            match e {
                b'n' => out.push('\n'),
                b't' => out.push('\t'),
                b'r' => out.push('\r'),
                b'b' | b'f' => out.push(' '),
                b'u' => {
                    let hi = self.hex4()?;
                    let ch = if (0xD800..0xDC00).contains(&hi)
                        && self.s.get(self.i..self.i + 2) == Some(b"\\u")
                    {
                        self.i += 2;
                        let lo = self.hex4()?;
                        char::from_u32(
                            0x10000 + ((hi - 0xD800) << 10) + (lo.wrapping_sub(0xDC00) & 0x3FF),
                        )
                    } else {
                        char::from_u32(hi)
                    };
                    out.push(ch.unwrap_or('\u{FFFD}'));
                }
                _ => {
                    // `\"`, `\\`, `\/` and lenient unknown escapes: the character itself.
                    self.i -= 1;
                    let ch = self.src.get(self.i..)?.chars().next()?;
                    out.push(ch);
                    self.i += ch.len_utf8();
                }
            }
            run = self.i;
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let h = self.src.get(self.i..self.i + 4)?;
        self.i += 4;
        u32::from_str_radix(h, 16).ok()
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_json_ld_shapes() {
        let v = parse(r#"{"@graph":[{"@type":"NewsArticle","headline":"A \"b\" \u00e9 \ud83d\ude00","n":1.5e3,"x":null,"t":true,},]}"#)
            .expect("parses");
        let item = &v.get("@graph").expect("graph").items()[0];
        assert_eq!(
            item.get("headline").and_then(Value::as_str),
            Some("A \"b\" é 😀")
        );
        assert_eq!(item.get("n"), Some(&Value::Num("1.5e3".into())));
        assert_eq!(item.get("t"), Some(&Value::Bool(true)));
    }

    #[test]
    fn lenient_and_safe() {
        assert!(parse("// <![CDATA[\n{\"a\": 1} // ]]>").is_some() || parse("{\"a\":1}").is_some());
        assert!(parse("<![CDATA[{\"a\":\"b\"}]]>").is_some());
        assert!(parse("/* c */ {'a': 'b'}").is_some());
        for bad in [
            "",
            "{",
            "[1,",
            "{\"a\"",
            "\"abc",
            "{\"a\":}",
            "\\u12",
            "{\"a\":\"\\ud800\\u\"}",
        ] {
            let _ = parse(bad);
        }
        let deep = "[".repeat(10_000);
        assert!(parse(&deep).is_none());
    }
}
