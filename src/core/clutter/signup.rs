//! Newsletter and sign-up boxes.
//!
//! A seed is a newsletter service's own markup (or a form posting to one), or the smallest
//! element that holds both an e-mail field and a submit control. Seeds are grown to their box
//! (a heading, a blurb and a consent line around the form), and a generic seed is kept only
//! when the box is a sign-up box and nothing else: no message field (a contact form), no
//! password (a log-in form), few other fields, compact, and with sign-up wording or a
//! newsletter class. Wording alone — a story about newsletters — never seeds anything.
//! Lists and limits live in [`crate::core::heuristics::signup`].

use super::{appeal, select, Candidate, ClutterKind, Ctx, Tier, Tokens, L_SIGNUP};
use crate::core::heuristics::clutter as hc;
use crate::core::heuristics::signup as h;
use crate::core::model::{Element, NodeId};
use std::sync::OnceLock;

/// An e-mail field.
const F_EMAIL: u8 = 1;
/// A submit control (a button, a submit input).
const F_SUBMIT: u8 = 1 << 1;
/// A message field (`<textarea>`): a contact or comment form.
const F_MESSAGE: u8 = 1 << 2;
/// A password field: a log-in or registration form.
const F_PASSWORD: u8 = 1 << 3;
/// A sign-up seed below: only the smallest group seeds.
const F_SEEDED: u8 = 1 << 4;
/// A newsletter or sign-up class/id token.
const F_TOKEN: u8 = 1 << 5;
/// A video element, a video frame or a player with media (see the `video` module).
pub(super) const F_VIDEO: u8 = 1 << 6;

/// Form facts of a subtree, summed bottom-up.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Fields {
    pub(super) bits: u8,
    /// Text fields other than the e-mail one (name, phone, company, …).
    other: u8,
    /// E-mail fields: a sign-up form has one, a "send this article" form two (from, to).
    emails: u8,
}

impl Fields {
    pub(super) fn add(&mut self, o: Fields) {
        self.bits |= o.bits;
        self.other = self.other.saturating_add(o.other);
        self.emails = self.emails.saturating_add(o.emails);
    }
}

/// Adds an element's own form facts to `f`.
pub(super) fn own_fields(e: &Element, f: &mut Fields) {
    match e.name.as_str() {
        "textarea" => f.bits |= F_MESSAGE,
        "button" => f.bits |= F_SUBMIT,
        "select" => f.other = f.other.saturating_add(1),
        "input" => {
            let ty = e.attr("type").unwrap_or("text").to_ascii_lowercase();
            if matches!(ty.as_str(), "submit" | "image") {
                f.bits |= F_SUBMIT;
            } else if ty == "password" {
                f.bits |= F_PASSWORD;
            } else if ty == "email" || (ty == "text" && is_email_field(e)) {
                f.bits |= F_EMAIL;
                f.emails = f.emails.saturating_add(1);
            } else if !h::NON_TEXT_INPUT_TYPES.contains(&ty.as_str()) {
                f.other = f.other.saturating_add(1);
            }
        }
        _ => {}
    }
}

/// Whether a text input's name, id or autocomplete names an e-mail address (`EMAIL`,
/// `mce-EMAIL`, `email_address`, `e-mail`).
fn is_email_field(e: &Element) -> bool {
    ["name", "id", "autocomplete"]
        .iter()
        .filter_map(|a| e.attr(a))
        .flat_map(super::parts)
        .any(|p| {
            h::EMAIL_FIELD_WORDS
                .iter()
                .any(|w| p.eq_ignore_ascii_case(w))
        })
}

/// Whether a URL is a newsletter service's sign-up endpoint; returns the matching pattern.
fn service_url(url: &str) -> Option<&'static str> {
    let b = url.as_bytes();
    (0..b.len())
        .filter(|&i| i == 0 || matches!(b[i - 1], b'/' | b'.'))
        .find_map(|i| {
            let rest = &b[i..];
            h::SERVICE_URL_PARTS.iter().copied().find(|p| {
                let pb = p.as_bytes();
                rest.len() >= pb.len() && rest[..pb.len()].eq_ignore_ascii_case(pb)
            })
        })
}

/// Sign-up phrases sorted by their first char, for a lookup at each word start.
fn phrases() -> &'static [(char, &'static str)] {
    static PHRASES: OnceLock<Vec<(char, &'static str)>> = OnceLock::new();
    PHRASES.get_or_init(|| {
        let mut v: Vec<(char, &'static str)> = h::SIGNUP_PHRASES
            .iter()
            .filter_map(|&p| p.chars().next().map(|c| (c, p)))
            .collect();
        v.sort();
        v
    })
}

/// The first sign-up phrase in lower-cased text, if any.
fn signup_wording(lc: &str) -> Option<&'static str> {
    let table = phrases();
    let mut prev = ' ';
    for (i, c) in lc.char_indices() {
        let start = !prev.is_alphanumeric() && c.is_alphanumeric();
        prev = c;
        if !start {
            continue;
        }
        let rest = lc.get(i..).unwrap_or("");
        let from = table.partition_point(|&(k, _)| k < c);
        let to = table.partition_point(|&(k, _)| k <= c);
        let hit = table
            .get(from..to)
            .unwrap_or(&[])
            .iter()
            .find(|&&(_, p)| appeal::match_at(rest, p));
        if let Some(&(_, p)) = hit {
            return Some(p);
        }
    }
    None
}

impl Ctx<'_> {
    /// Seeds a sign-up candidate at a newsletter service's markup, or at the smallest element
    /// holding an e-mail field and a submit control (judged once grown, in
    /// [`Self::grow_signups`]). `f` holds the subtree's form facts, children included.
    pub(super) fn signup_seed(
        &self,
        n: NodeId,
        e: &Element,
        m: &[Option<select::Match>],
        tok: &Tokens<'_>,
        f: &mut Fields,
        out: &mut Vec<Candidate>,
    ) {
        if tok.signup.is_some() {
            f.bits |= F_TOKEN;
        }
        let widget = m.get(L_SIGNUP).copied().flatten();
        let action = (e.name == "form")
            .then(|| e.attr("action").and_then(service_url))
            .flatten();
        let reason = match (widget, action) {
            (Some((sel, name)), _) => format!("{name} ({sel})"),
            (None, Some(url)) => format!("form posting to a newsletter service ({url})"),
            (None, None) => {
                if f.bits & F_SEEDED != 0 || f.bits & (F_EMAIL | F_SUBMIT) != F_EMAIL | F_SUBMIT {
                    return;
                }
                // Judged once grown: the reason names the evidence of the final box.
                String::new()
            }
        };
        f.bits |= F_SEEDED;
        out.push(Candidate {
            node: n,
            climbed: false,
            kind: ClutterKind::Newsletter,
            tier: Tier::Signup,
            reason,
        });
    }

    /// Grows each sign-up seed to its box and drops generic seeds whose box is not a sign-up
    /// box (a contact, log-in or order form, or a form without sign-up wording or class).
    pub(super) fn grow_signups(&self, out: &mut Vec<Candidate>, fields: &[Fields]) {
        out.retain_mut(|c| {
            if c.tier != Tier::Signup {
                return true;
            }
            let up = self.climb_signup(c.node);
            c.climbed = up != c.node;
            c.node = up;
            if !c.reason.is_empty() {
                return true;
            }
            match self.signup_reason(up, fields) {
                Some(r) => {
                    c.reason = r;
                    true
                }
                None => false,
            }
        });
    }

    /// Grows a sign-up form to the box around it: its heading, blurb and consent line, while
    /// the box stays compact, holds no article prose and adds few links.
    fn climb_signup(&self, mut n: NodeId) -> NodeId {
        let link = |x: NodeId| self.sz.link.get(x.index()).copied().unwrap_or(0);
        while let Some(p) = self.page.parent(n) {
            let name = self.page.name(p);
            if !self.allowed_generic(p)
                || name == "article"
                || (name != "form" && hc::MERGE_STOP_TAGS.contains(&name))
                || self.one_of_a_row(n)
                || self.text(p) > h::BOX_MAX_BYTES
                || self.sz.long_paras.get(p.index()).copied().unwrap_or(0) > 0
                || link(p) > link(n) + h::LINK_SLACK_BYTES
            {
                break;
            }
            n = p;
        }
        n
    }

    /// Whether `n` is one of a row of like boxes (a sidebar's widgets, a footer's columns:
    /// a sibling with the same tag and first class), so the row is not part of its box.
    fn one_of_a_row(&self, n: NodeId) -> bool {
        let key = |x: NodeId| {
            let e = self.page.element(x)?;
            Some((e.name.as_str(), e.classes().next()?))
        };
        let Some(mine) = key(n) else {
            return false;
        };
        self.page.parent(n).is_some_and(|p| {
            self.page
                .children(p)
                .iter()
                .any(|&s| s != n && key(s) == Some(mine))
        })
    }

    /// Why the box `b` around a generic seed is a sign-up box, or `None` when it is not.
    fn signup_reason(&self, b: NodeId, fields: &[Fields]) -> Option<String> {
        let f = fields.get(b.index()).copied().unwrap_or_default();
        let form = self
            .page
            .ancestors(b)
            .find(|&a| self.page.name(a) == "form");
        let outer = form.and_then(|a| fields.get(a.index()).copied());
        let any = |bit: u8| f.bits & bit != 0 || outer.is_some_and(|o| o.bits & bit != 0);
        let links = self.sz.link.get(b.index()).copied().unwrap_or(0);
        if any(F_MESSAGE)
            || any(F_PASSWORD)
            || f.emails > 1
            || f.other as u32 > h::MAX_OTHER_FIELDS
            || self.text(b) > h::BOX_MAX_BYTES
            // Mostly links: a menu or footer that holds a form, not a sign-up box.
            || links * 2 > self.text(b)
        {
            return None;
        }
        if let Some(w) = signup_wording(&self.box_words(b)) {
            return Some(format!("sign-up form: e-mail field + “{w}”"));
        }
        if f.bits & F_TOKEN != 0 {
            let tok = self
                .page
                .descendants(b)
                .filter_map(|d| self.page.element(d))
                .find_map(|e| super::token_flags(e, super::sets()).signup)?;
            return Some(format!("sign-up form: e-mail field + class “{tok}”"));
        }
        None
    }

    /// The box's text and its fields' visible words (button values, placeholders, labels),
    /// lower-cased.
    fn box_words(&self, b: NodeId) -> String {
        let mut all = self.page.text_content(b);
        for e in self
            .page
            .descendants(b)
            .filter_map(|d| self.page.element(d))
        {
            if matches!(e.name.as_str(), "input" | "button") {
                for a in ["value", "placeholder", "aria-label"] {
                    if let Some(v) = e.attr(a) {
                        all.push(' ');
                        all.push_str(v);
                    }
                }
            }
        }
        appeal::lower(&all)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wording_in_the_seven_languages() {
        for (text, want) in [
            ("Sign up for our weekly newsletter", "sign up"),
            ("JETZT ANMELDEN", "jetzt anmelden"),
            (
                "Inscrivez-vous à notre lettre d’information",
                "inscrivez-vous",
            ),
            ("Suscríbete a nuestro boletín", "suscríbete"),
            ("Iscriviti alla newsletter", "iscrivi*"),
            ("Assine nossa newsletter", "assine"),
            ("Schrijf je in voor de nieuwsbrief", "schrijf je in"),
        ] {
            assert_eq!(signup_wording(&appeal::lower(text)), Some(want), "{text}");
        }
        assert_eq!(signup_wording("send us your message"), None);
        // Whole words: "designup" holds no "sign up".
        assert_eq!(signup_wording("the assineboine river"), None);
    }

    #[test]
    fn service_urls() {
        assert!(
            service_url("https://example.us21.list-manage.com/subscribe/post?u=1&id=2").is_some()
        );
        assert!(service_url("https://app.convertkit.com/forms/1234/subscriptions").is_some());
        assert!(service_url("https://example.org/contact").is_none());
    }
}
