//! Limits for pathological pages: beyond each, an analysis works on part of the input and
//! says so in the report ([`Reached`]) rather than spending time no real page needs.
//!
//! Each bound sits well above what real pages reach (the sources are given per constant), so
//! an ordinary page never meets one; what they stop is a hostile or broken page (a generated
//! author list, a megabyte of one element's attributes) turning a linear pass into minutes.

use serde::Serialize;

/// Largest JSON-LD block read, in bytes. Real blocks are a few kilobytes (schema.org's
/// `NewsArticle` examples are under 2 KB; the largest in the Readability.js test pages is
/// about 30 KB); a block past this is skipped whole, because a truncated JSON document has no
/// reliable meaning.
pub const JSON_LD_MAX_BYTES: usize = 1 << 20;

/// Most authors read from one JSON-LD `author` list. Large collaborations publish hundreds
/// of authors (physics papers list thousands, but not in a news page's byline); a byline
/// that long is unreadable anyway, and each name costs a search of the page text.
pub const JSON_LD_MAX_AUTHORS: usize = 100;

/// Longest byline kept, in characters; longer ones are cut at a name boundary. Readability.js
/// drops visible bylines over 100 characters; structured author lists legitimately run
/// longer (a dozen names), so the cap is ten times that.
pub const BYLINE_MAX_CHARS: usize = 1000;

/// Most nodes the byline search reads, over all its candidates (elements marked as a byline
/// or an author, and the names nested in them). A byline is a line of a few elements and an
/// author box a few dozen, so a real page reads a few thousand nodes here; the bound stops
/// bylines nested in bylines, each read whole, from costing the square of the nesting.
/// Past it, the candidates not yet read are passed over.
pub const BYLINE_READ_NODES_MAX: usize = 1 << 20;

/// Most quotes searched for in one block. A long interview paragraph holds a few dozen, a
/// whole transcript in one element a few hundred;
/// past this, the block is searched up to the last quote mark that keeps it under the bound,
/// so the quotes found are the block's first ones, each correct.
pub const QUOTES_PER_BLOCK_MAX: usize = 10_000;

/// Longest part of one block searched for quotes, in bytes. A long news paragraph is a
/// kilobyte or two and a whole transcript in one element some tens of kilobytes; a megabyte
/// is about 150,000 words. The search keeps a few dozen bytes per word of its paragraph while
/// it reads it, so one block of ten megabytes cost more than 25 times its size in memory.
pub const QUOTE_SEARCH_MAX_BYTES: usize = 1 << 20;

/// Most recent distinct people a role description (`the Turkish leader`) is matched against.
/// A description refers back to someone the text has just been about; looking further back
/// on a page naming thousands of people costs a look-up per name for every description.
/// Like [`ROLE_MENTIONS_MAX`], it bounds a search back, not what is reported, so reaching
/// it gives no note: the description then resolves as it does when no name matches.
pub const ROLE_CANDIDATES_MAX: usize = 32;

/// Most distinct people remembered for resolving pronouns, role descriptions and short
/// names (`Erdogan` for `Recep Tayyip Erdogan`), the most recently mentioned kept. A long
/// article quotes a few dozen people; each quote compares with this list.
pub const PEOPLE_RECENT_MAX: usize = 256;

/// How far from its cue (in bytes, each way) the words naming a speaker are looked for. They
/// come from the cue's own sentence; a news sentence is a few hundred bytes. Like the two
/// bounds around it, it bounds a search, not a result, and gives no note.
pub const MENTION_WINDOW_BYTES: usize = 2048;

/// Latest mentions of a surname looked at when matching a role description's hint words
/// (`Turkish President … Erdogan`). A real article names someone a few dozen times at most.
pub const ROLE_MENTIONS_MAX: usize = 64;

/// Most parts (between separators such as ` | `) a title is split into when looking for
/// the part that is a heading. Real titles have two to four; every run of consecutive parts
/// is tried, so the work grows with the square of their number. A title with more is used
/// as it is.
pub const TITLE_PARTS_MAX: usize = 32;

/// Longest heading text, in bytes, compared with the page's titles. A headline is a line or
/// two (the longest `<title>` in the Readability.js test pages is under 300 bytes, and
/// Google's title guidance cuts at about 60 characters); a heading with more text than this
/// is not read as a headline. Without the bound, headings nested in headings (a flat snapshot
/// has no depth limit) make reading each one's text cost the square of the nesting.
pub const HEADING_TEXT_MAX_BYTES: usize = 4096;

/// Deepest element nesting the native parser builds, counted on html5ever's stack of open
/// elements. Blink's HTML parser caps DOM depth at the same 512
/// (`kMaximumHTMLParserDOMTreeDepth`); real pages nest a few dozen levels. Start tags deeper
/// than this are dropped with their end tags, and what they held (text, void elements) stays
/// in the deepest element kept: the text is whole, the structure below the bound flattened.
/// Without it, html5ever's scope searches make nesting cost its square (40,000 nested
/// `<div>`s: 12 s).
pub const DOM_DEPTH_MAX: usize = 512;

/// Most attributes the native parser keeps on one tag; later ones are cut from the text
/// before tokenizing. Real elements carry a few dozen at most (an SVG element, a tracking link
/// with many `data-*` attributes); html5ever checks each new attribute against all earlier
/// ones of the tag, so 100,000 attributes on one element cost 5 s, and at this bound a tag
/// costs at most 32,768 comparisons.
pub const TAG_ATTRIBUTES_MAX: usize = 256;

/// A limit a page reached: which one, and what was left out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reached {
    /// The constant's name in this module, lower-case (`json_ld_max_bytes`).
    pub limit: &'static str,
    /// The bound.
    pub value: usize,
    /// What the analysis did instead, in words.
    pub detail: String,
}

impl Reached {
    /// A note that `limit` (of `value`) was reached.
    pub fn new(limit: &'static str, value: usize, detail: impl Into<String>) -> Reached {
        Reached {
            limit,
            value,
            detail: detail.into(),
        }
    }
}
