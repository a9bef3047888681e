//! Sticky (floating) video players: a box that says it floats over the page (a `sticky`,
//! `floating`, `docked`, … class, or an inline `position: fixed`) and holds a video (a
//! `<video>`, a video host's frame, or a player element with media). A video embedded in the
//! article without such a box is left alone. Lists live in
//! [`crate::core::heuristics::video`].

use super::signup::{Fields, F_VIDEO};
use super::{Candidate, ClutterKind, Ctx, Tier, Tokens};
use crate::core::heuristics::video as h;
use crate::core::model::{Element, NodeId};

/// Whether `src` is a video host's player frame.
fn video_frame(src: &str) -> bool {
    let b = src.as_bytes();
    (0..b.len())
        .filter(|&i| i == 0 || matches!(b[i - 1], b'/' | b'.'))
        .any(|i| {
            let rest = &b[i..];
            h::VIDEO_FRAME_HOSTS.iter().any(|p| {
                let pb = p.as_bytes();
                rest.len() >= pb.len() && rest[..pb.len()].eq_ignore_ascii_case(pb)
            })
        })
}

/// Whether an inline style pins the element to the viewport.
fn pinned(e: &Element) -> bool {
    e.attr("style").is_some_and(|st| {
        let flat: String = st
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        h::PINNED_STYLES.iter().any(|p| flat.contains(p))
    })
}

impl Ctx<'_> {
    /// Whether `n` holds more than `max` links: a sticky menu that shows a live-video teaser,
    /// not a player (whose close and mute controls are buttons).
    fn links_over(&self, n: NodeId, max: usize) -> bool {
        self.page
            .descendants(n)
            .filter_map(|d| self.page.element(d))
            .filter(|e| e.name == "a" && e.attr("href").is_some())
            .nth(max)
            .is_some()
    }

    /// Marks video content in `f` and seeds a candidate when element `n` floats and holds a
    /// video. Every floating box seeds; the outermost one is kept.
    pub(super) fn video_seed(
        &self,
        n: NodeId,
        e: &Element,
        tok: &Tokens<'_>,
        f: &mut Fields,
        out: &mut Vec<Candidate>,
    ) {
        let media = self.sz.media.get(n.index()).copied().unwrap_or(false);
        let own_video = match e.name.as_str() {
            "video" => true,
            "iframe" => e.attr("src").is_some_and(video_frame),
            _ => tok.player && media,
        };
        if own_video {
            f.bits |= F_VIDEO;
        }
        if f.bits & F_VIDEO == 0 || matches!(e.name.as_str(), "article" | "main" | "body") {
            return;
        }
        let how = match tok.float {
            Some(t) => format!("class “{t}”"),
            None if pinned(e) => "fixed position".to_string(),
            None => return,
        };
        if self.text(n) > h::BOX_MAX_BYTES
            || self.sz.long_paras.get(n.index()).copied().unwrap_or(0) > 0
            || self.links_over(n, h::MAX_LINKS)
        {
            return;
        }
        out.push(Candidate {
            node: n,
            climbed: false,
            kind: ClutterKind::Video,
            tier: Tier::Video,
            reason: format!("sticky video player ({how})"),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn video_frames() {
        assert!(video_frame("https://www.youtube.com/embed/abc"));
        assert!(video_frame("https://player.vimeo.com/video/1"));
        assert!(!video_frame("https://www.youtube.com/watch?v=abc"));
        assert!(!video_frame("https://example.org/notyoutube.com/embed"));
    }
}
