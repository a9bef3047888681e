//! Named data for sticky (floating) video players: a player that follows the reader down the
//! page in a corner box once its slot scrolls away, usually an auto-playing news clip or an
//! ad-tech "outstream" unit.
//!
//! Players mark the floating state in their class names or pin the box with an inline
//! `position: fixed`; the markup is from the players' public source and documentation (JW
//! Player 8 adds `jw-flag-floating` to the player while it floats; Video.js plugins and the
//! ad-tech players use `…-sticky`, `…-floating`, `…-docked` and `…-pip` classes on the player
//! or its wrapper). A player that does not float — a clip embedded in the article — is left
//! alone.

/// Parts of an id/class token (split at `-`, `_`, digits and camel-case humps) that say the box
/// floats over the page. Our own list, after the players' class names above.
/// Not `float` or `fixed`: `embed--float-left`, `float-none` and `fixed-width` are alignment
/// and layout classes of players that stay in place.
pub const FLOAT_TOKEN_WORDS: &[&str] = &[
    "sticky",
    "floating",
    "docked",
    "dock",
    "pinned",
    "pip",
    "miniplayer",
];

/// Parts of an id/class token that name a video player (JW Player's `jw`/`jwplayer`, Video.js's
/// `vjs`, and the generic names).
pub const PLAYER_TOKEN_WORDS: &[&str] = &[
    "video", "videos", "player", "jwplayer", "jw", "vjs", "videojs", "vid",
];

/// Frame hosts of video players (the providers' public embed snippets): a frame from one of
/// these inside a floating box makes it a video player. Tried at each `/` and `.` of `src`.
pub const VIDEO_FRAME_HOSTS: &[&str] = &[
    "youtube.com/embed",
    "youtube-nocookie.com/embed",
    "player.vimeo.com",
    "dailymotion.com/embed",
    "geo.dailymotion.com/player",
    "cdn.jwplayer.com/players",
    "content.jwplatform.com/players",
    "players.brightcove.net",
    "fast.wistia.net/embed",
];

/// Links a floating player box may hold (a "watch more" link, the clip's page, the ad's
/// sponsor); more is a sticky menu or link list.
pub const MAX_LINKS: usize = 2;

/// Inline style declarations that pin a box to the viewport (lower-cased, spaces removed).
pub const PINNED_STYLES: &[&str] = &["position:fixed", "position:sticky"];

/// Largest floating player box (non-whitespace bytes of text): a clip's title, a "close" and
/// an "ad" label. Longer is a page section with a sticky class, not a player.
pub const BOX_MAX_BYTES: u32 = 300;

/// Token parts of a post's own classes (WordPress writes `post type-post format-video sticky
/// hentry` on a pinned video post): an element carrying one is a post, not a player, whatever
/// else its classes say.
pub const POST_TOKEN_WORDS: &[&str] = &["post", "hentry", "format"];
