//! Named data for the article analysis (content scoring, clean-up, metadata sources).
//!
//! Most scoring constants and class/id word lists are facts taken from Mozilla
//! Readability.js (`mozilla/readability`, Apache-2.0, "Copyright (c) 2010 Arc90 Inc;
//! Copyright (c) 2010-2026 Mozilla and Contributors"), whose algorithm the scoring follows;
//! each says so. The others are ours, tuned on the Scrapinghub article-extraction benchmark and
//! the WCXB dev split (`../shared/corpus`, see `examples/eval_extraction.rs`) and on our
//! fixtures; they say so too. Patterns are matched case-insensitively as substrings of
//! `class` / `id` unless stated otherwise.

/// Class/id substrings of elements unlikely to hold the article (Readability.js
/// `REGEXPS.unlikelyCandidates`); skipped while scoring on the first attempt.
pub const UNLIKELY_CANDIDATES: &[&str] = &[
    "-ad-",
    "ai2html",
    "banner",
    "breadcrumbs",
    "combx",
    "comment",
    "community",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "ad-break",
    "agegate",
    "pagination",
    "pager",
    "popup",
    "yom-remote",
];

/// Class/id substrings that rescue an element from [`UNLIKELY_CANDIDATES`] (Readability.js
/// `REGEXPS.okMaybeItsACandidate`).
pub const MAYBE_CANDIDATE: &[&str] = &[
    "and", "article", "body", "column", "content", "main", "mathjax", "shadow",
];

/// ARIA roles of elements that are never the article (Readability.js `UNLIKELY_ROLES`).
pub const UNLIKELY_ROLES: &[&str] = &[
    "menu",
    "menubar",
    "complementary",
    "navigation",
    "alert",
    "alertdialog",
    "dialog",
];

/// Elements skipped while scoring on the first attempt and excluded inside the article:
/// page chrome by tag (Readability.js drops `aside`/`footer` in `_prepArticle`; `nav` and
/// `header` are ours — their text is never body text on the benchmark pages).
pub const UNLIKELY_TAGS: &[&str] = &["nav", "aside", "footer", "header"];

/// Elements never scored and always excluded: active content, form controls, dialogs
/// (Readability.js removes the same in `_prepArticle` / `_removeScripts`).
pub const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "object", "embed", "applet", "button",
    "input", "select", "textarea", "option", "svg", "math", "canvas", "dialog", "head", "title",
    "meta", "link", "menu",
];

/// Class/id substrings that add [`CLASS_WEIGHT`] to a candidate (Readability.js
/// `REGEXPS.positive`).
pub const POSITIVE: &[&str] = &[
    "article",
    "body",
    "content",
    "entry",
    "hentry",
    "h-entry",
    "main",
    "page",
    "pagination",
    "post",
    "text",
    "blog",
    "story",
];

/// Class/id substrings that subtract [`CLASS_WEIGHT`] (Readability.js `REGEXPS.negative`;
/// its `hid` word is [`NEGATIVE_TOKENS`]).
pub const NEGATIVE: &[&str] = &[
    "-ad-",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "footer",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "widget",
];

/// Whole class tokens that count as [`NEGATIVE`] (Readability.js: `hid` as a word).
pub const NEGATIVE_TOKENS: &[&str] = &["hid"];

/// Weight of one positive or negative class/id match (Readability.js `_getClassWeight`).
pub const CLASS_WEIGHT: f32 = 25.0;

/// Initial candidate score by tag (Readability.js `_initializeNode`).
pub const TAG_SCORES: &[(&str, f32)] = &[
    ("div", 5.0),
    ("pre", 3.0),
    ("td", 3.0),
    ("blockquote", 3.0),
    ("address", -3.0),
    ("ol", -3.0),
    ("ul", -3.0),
    ("dl", -3.0),
    ("dd", -3.0),
    ("dt", -3.0),
    ("li", -3.0),
    ("form", -3.0),
    ("h1", -5.0),
    ("h2", -5.0),
    ("h3", -5.0),
    ("h4", -5.0),
    ("h5", -5.0),
    ("h6", -5.0),
    ("th", -5.0),
];

/// Elements scored as paragraphs (Readability.js `DEFAULT_TAGS_TO_SCORE` minus `section`,
/// which we treat like a `div`).
pub const SCORE_TAGS: &[&str] = &["p", "pre", "td", "h2", "h3", "h4", "h5", "h6"];

/// Wrappers that count as a paragraph when they hold text and no block element
/// (Readability.js turns such `div`s into `p`s).
pub const CONTAINER_TAGS: &[&str] = &["div", "section", "article", "main", "center"];

/// Paragraph-level elements: the units of the reader text.
pub const BLOCK_TAGS: &[&str] = &[
    "p",
    "li",
    "blockquote",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "figcaption",
    "dd",
    "dt",
    "td",
    "th",
    "caption",
    "address",
];

/// Elements that make their parent "have block children" (Readability.js `DIV_TO_P_ELEMS`
/// plus the other flow containers).
pub const BLOCK_LEVEL: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tfoot",
    "tr",
    "ul",
    "caption",
    "center",
    "details",
    "fieldset",
    "menu",
];

/// Paragraphs shorter than this (characters) are not scored (Readability.js `_grabArticle`).
pub const MIN_PARAGRAPH_CHARS: u32 = 25;

/// Characters per point of a paragraph's length bonus, and the bonus cap (Readability.js:
/// `Math.min(Math.floor(innerText.length / 100), 3)`).
pub const CHARS_PER_POINT: u32 = 100;
/// See [`CHARS_PER_POINT`].
pub const MAX_LENGTH_POINTS: u32 = 3;

/// How many ancestor levels a paragraph's score reaches (Readability.js `_getNodeAncestors(
/// elementToScore, 5)`); the parent gets it all, the grandparent half, level *n* ≥ 2 a
/// `1 / (3 n)` share.
pub const SCORE_LEVELS: usize = 5;

/// Divisor per level beyond the grandparent (Readability.js `level * 3`).
pub const LEVEL_DIVIDER: f32 = 3.0;

/// Number of top candidates kept (Readability.js `DEFAULT_N_TOP_CANDIDATES`).
pub const TOP_CANDIDATES: usize = 5;

/// A top candidate within this share of the best counts as an alternative
/// (Readability.js: `score / topScore >= 0.75`).
pub const ALTERNATIVE_SHARE: f32 = 0.75;

/// Alternatives sharing an ancestor needed to promote it (Readability.js
/// `MINIMUM_TOPCANDIDATES`).
pub const MIN_ALTERNATIVES: usize = 3;

/// While climbing from the top candidate, stop once a parent scores below this share of the
/// last score (Readability.js `lastScore / 3`).
pub const CLIMB_STOP_SHARE: f32 = 1.0 / 3.0;

/// Sibling threshold: this share of the top score, at least [`SIBLING_MIN_SCORE`]
/// (Readability.js `Math.max(10, topCandidateScore * 0.2)`); also the bonus for a sibling
/// with the same class.
pub const SIBLING_SHARE: f32 = 0.2;
/// See [`SIBLING_SHARE`].
pub const SIBLING_MIN_SCORE: f32 = 10.0;

/// A sibling paragraph longer than this joins when its link density is below
/// [`SIBLING_LINK_DENSITY`]; a shorter one joins when it has no links and ends a sentence
/// (Readability.js: 80 chars, 0.25).
pub const SIBLING_LONG_CHARS: u32 = 80;
/// See [`SIBLING_LONG_CHARS`].
pub const SIBLING_LINK_DENSITY: f32 = 0.25;

/// Weight of the text of a link to a fragment (`href="#…"`) in link density
/// (Readability.js `_getLinkDensity`: 0.3).
pub const HASH_LINK_WEIGHT: f32 = 0.3;

/// Below this many characters of text, retry with fewer rules (Readability.js
/// `DEFAULT_CHAR_THRESHOLD`).
pub const RETRY_CHARS: u32 = 500;

/// Below this many characters of block text a page has no readable article (ours; close to
/// Readability.js `isProbablyReaderable`'s `minContentLength` of 140).
pub const MIN_ARTICLE_CHARS: u32 = 140;

/// A page with less text than [`MIN_ARTICLE_CHARS`] is still read when the article holds at
/// least this share of the text under `<body>` (ours: Readability.js returns its best attempt
/// however short, e.g. its `001`-style test pages of one paragraph; the share keeps a short
/// box on a page of other text from passing for an article).
pub const SHORT_PAGE_SHARE: f32 = 0.9;

/// Elements that name the article body explicitly. When one of them holds at least
/// [`HINT_SHARE`] of the chosen root's paragraph text, it becomes the root (ours).
pub const HINT_CLASSES: &[&str] = &[
    "entry-content",
    "post-content",
    "article-body",
    "article-content",
    "articlebody",
    "article__body",
    "article__content",
    "story-body",
    "story-content",
    "post-body",
    "postbody",
    "post-entry",
    "entry-body",
    "td-post-content",
    "article-text",
    "body-text",
    "field-name-body",
    "c-entry-content",
    "rich-text",
];

/// Share of the root's paragraph text a semantic hint must hold to replace it (ours).
pub const HINT_SHARE: f32 = 0.8;

/// When the root lies inside a semantic hint holding little extra paragraph text, widen to
/// the hint if the root has at least this share of it (ours).
pub const HINT_WIDEN_SHARE: f32 = 0.7;

/// Paragraph text below this share of the root never protects an element from the clean-up
/// rules (ours): a box holding half the article is not a share bar.
pub const PROTECT_SHARE: f32 = 0.5;

/// Class/id substrings of boxes inside the article that are not article text: share bars,
/// related lists, newsletter and promo boxes, author bios (ours, from the benchmark pages and
/// Readability.js's `shareElements`). Excluded when link-heavy or short, see
/// [`BOX_LINK_DENSITY`] and [`BOX_SHORT_CHARS`].
pub const BOX_PATTERNS: &[&str] = &[
    "share",
    "sharing",
    "social",
    "related",
    "newsletter",
    "subscribe",
    "signup",
    "sign-up",
    "promo",
    "sponsor",
    "recommend",
    "outbrain",
    "taboola",
    "popular",
    "trending",
    "most-read",
    "mostread",
    "read-more",
    "readmore",
    "read-next",
    "more-stories",
    "also-read",
    "author-bio",
    "authorbio",
    "about-author",
    "about-the-author",
    "author-box",
    "authorbox",
    "author-info",
    "author-card",
    "post-tags",
    "tag-list",
    "tags-list",
    "breadcrumb",
    "pagination",
    "advert",
    "print-only",
    "screen-reader",
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "skip-link",
];

/// Whole class/id tokens (split at `-`, `_` and spaces) naming ads (ours).
pub const AD_TOKENS: &[&str] = &[
    "ad",
    "ads",
    "adv",
    "advert",
    "advertisement",
    "adsbygoogle",
    "adslot",
    "adunit",
    "dfp",
    "gpt",
];

/// Elements that frame a photograph (HTML: `figure` is "self-contained content, like
/// illustrations, diagrams, photos"; `picture` holds one image's sources): never a
/// [`BOX_PATTERNS`] box while they hold an image and little link text.
pub const PHOTO_TAGS: &[&str] = &["figure", "picture"];

/// A lead picture beside the article root carries at most a caption this long (ours: the
/// captions and credits of news photos run to two or three sentences).
pub const LEAD_CAPTION_MAX_CHARS: u32 = 400;
/// An `<article>` beside the chosen root with at most this much paragraph text is a teaser
/// card of another story (a standfirst of two or three sentences, as the excerpts of
/// "more stories" lists and WordPress's 55-word `the_excerpt`), not more of this page
/// (ours; the same measure as [`LEAD_CAPTION_MAX_CHARS`]).
pub const TEASER_MAX_CHARS: u32 = 400;
/// Id prefix of the parts React DOM's streaming server renderer (`renderToPipeableStream`,
/// React 18 and later) writes after the page shell as `<div hidden id="S:<hex>">`: its inline
/// script (`$RC`) moves each part into its `<template id="B:…">` placeholder as soon as it
/// arrives, so a browser shows them, and only the raw HTML (what the CLI reads) has them
/// hidden (React's public server output, `ReactFizzConfigDOM`). Such a part is not a hidden
/// node to the article finder.
pub const STREAMED_SEGMENT_ID_PREFIX: &str = "S:";
/// A text line this long found in the page title is the title itself, not a caption that
/// happens to share a word (ours).
pub const TITLE_LINE_MIN_CHARS: usize = 15;
/// An image declared narrower or lower than this many pixels is an icon or avatar, not a
/// lead picture (ours; thumbnails and avatars are 16–96 px).
pub const LEAD_IMAGE_MIN_PX: u32 = 100;

/// A [`BOX_PATTERNS`] box is excluded when its link density exceeds this (ours)…
pub const BOX_LINK_DENSITY: f32 = 0.3;
/// …or when its text is shorter than this many characters (ours).
pub const BOX_SHORT_CHARS: u32 = 400;

/// Class/id substrings of byline and dateline lines (Readability.js `REGEXPS.byline` plus
/// the date words); such elements shorter than [`BYLINE_MAX_CHARS`] are excluded because the
/// reader header shows them.
pub const BYLINE_PATTERNS: &[&str] = &[
    "byline",
    "author",
    "dateline",
    "writtenby",
    "p-author",
    "posted-on",
    "post-date",
    "entry-date",
    "entry-meta",
    "post-meta",
    "article-meta",
    "timestamp",
    "publish-date",
    "published",
];

/// Longest byline line in characters (Readability.js `_isValidByline`: under 100).
pub const BYLINE_MAX_CHARS: u32 = 100;

/// Most other text an inline byline element's parent may hold for the element to be left
/// out alone: room for a lead-in such as "Written by " (11). With more, the byline is part
/// of a sentence: a short credit line ("Par X — publié le 12 mars") goes whole, the name in
/// a longer paragraph ("as X wrote in her column, …") stays, since the reader text must
/// never read "Par — publié le" (ours).
pub const BYLINE_LEAD_IN_MAX_CHARS: u32 = 12;

/// Share-element word (matched as a whole `-`/`_`-separated token) and text limit
/// (Readability.js `REGEXPS.shareElements` and `_prepArticle`'s `shareElementThreshold`).
pub const SHARE_TOKENS: &[&str] = &["share", "sharedaddy"];
/// See [`SHARE_TOKENS`].
pub const SHARE_MAX_CHARS: u32 = 500;

/// A table without header markup is data, not layout, when it has at least this many rows…
/// (Readability.js `_markDataTables`: `rows >= 10 || columns > 4 || rows * columns > 10`).
pub const DATA_TABLE_MIN_ROWS: u32 = 10;
/// …or at least this many columns…
pub const DATA_TABLE_MIN_COLUMNS: u32 = 5;
/// …or more cells than this.
pub const DATA_TABLE_MIN_CELLS: u32 = 10;

/// Conditional clean-up (Readability.js `_cleanConditionally`): elements with at least
/// this many commas are kept.
pub const CLEAN_MIN_COMMAS: u32 = 10;
/// Conditional clean-up: link density limit for weight < 25 (Readability.js 0.2)…
pub const CLEAN_LINK_DENSITY: f32 = 0.2;
/// …and for weight ≥ 25 (Readability.js 0.5).
pub const CLEAN_LINK_DENSITY_WEIGHTED: f32 = 0.5;
/// Conditional clean-up: content shorter than this with no or many images and some links is
/// removed (Readability.js 25).
pub const CLEAN_MIN_CHARS: u32 = 25;
/// Conditional clean-up: one embed with less text than this is removed (Readability.js 75).
pub const CLEAN_EMBED_CHARS: u32 = 75;
/// Elements the conditional clean-up looks at (Readability.js `_prepArticle`).
pub const CLEAN_TAGS: &[&str] = &[
    "div", "section", "ul", "ol", "table", "form", "fieldset", "aside", "dl",
];

/// JSON-LD `@type`s of an article besides those ending in `Article` or `Posting`
/// (Readability.js `REGEXPS.jsonLdArticleTypes`).
pub const JSONLD_ARTICLE_TYPES: &[&str] = &["Report", "APIReference"];

/// Commas counted in paragraph scores (Readability.js `REGEXPS.commas`: ASCII, Arabic,
/// small, vertical, fullwidth and other commas).
pub const COMMAS: &[char] = &[
    ',', '\u{060C}', '\u{FE50}', '\u{FE10}', '\u{FE11}', '\u{2E41}', '\u{2E34}', '\u{2E32}',
    '\u{FF0C}',
];

/// Separators between a page title and the site name (Readability.js `_getArticleTitle`).
pub const TITLE_SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " \\ ", " / ", " > ", " » ", " · ", " :: ",
];

/// Meta names/properties for each field, in preference order (Readability.js
/// `_getArticleMetadata`, reordered as the brief asks: Open Graph first).
pub const META_TITLE: &[&str] = &[
    "og:title",
    "twitter:title",
    "dc:title",
    "dcterm:title",
    "parsely-title",
    "weibo:article:title",
];
/// See [`META_TITLE`].
pub const META_BYLINE: &[&str] = &[
    "author",
    "dc:creator",
    "dcterm:creator",
    "parsely-author",
    "sailthru.author",
    "byl",
];
/// See [`META_TITLE`].
pub const META_EXCERPT: &[&str] = &[
    "og:description",
    "description",
    "twitter:description",
    "dc:description",
    "dcterm:description",
    "weibo:article:description",
];
/// See [`META_TITLE`].
pub const META_SITE_NAME: &[&str] = &["og:site_name", "application-name"];
/// See [`META_TITLE`].
pub const META_PUBLISHED: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "parsely-pub-date",
    "dc.date",
    "date",
    "pubdate",
];

/// Longest excerpt taken from the first paragraph, in characters (ours).
pub const EXCERPT_MAX_CHARS: usize = 300;

/// Deepest JSON nesting the JSON-LD reader follows (ours: guards the stack on hostile input).
pub const JSON_MAX_DEPTH: usize = 64;

/// Whole class/id tokens of comment threads, skipped on every attempt — also on the retries
/// that drop [`UNLIKELY_CANDIDATES`], where a short post would otherwise grow its comments
/// (ours; `respond` is WordPress's comment-form id).
pub const COMMENT_TOKENS: &[&str] = &[
    "comment",
    "comments",
    "commentlist",
    "commentslist",
    "disqus",
    "respond",
];

/// Class/id substrings of image captions and credits; excluded when they hold no image, so
/// the picture stays in the reader view but its caption does not repeat in the text (ours:
/// the Scrapinghub ground truth leaves captions out).
pub const CAPTION_PATTERNS: &[&str] = &["caption", "credit", "photo-by"];

/// Whether captions are left out of the article text (see [`CAPTION_PATTERNS`]).
pub const EXCLUDE_CAPTIONS: bool = true;

/// Climb from the chosen root to its parent when the text the parent adds is at least this
/// share paragraph text… (ours: page builders such as Elementor split one article into many
/// sibling sections, each scoring too little on its own).
pub const CLIMB_PARA_SHARE: f32 = 0.6;
/// …and at most this share link text (ours).
pub const CLIMB_LINK_SHARE: f32 = 0.2;

// ---------------------------------------------------------------------------------------
// Metadata: bylines and titles (see `core::article::meta`).

/// Words that introduce a byline, stripped from its start ("By Jane Doe", "por …", "von …";
/// Readability.js strips none and keeps "By ").
pub const BYLINE_PREFIXES: &[&str] = &["by", "por", "par", "von", "door", "av", "af", "przez"];

/// A visible byline line is cut at the first of these: what follows is a date, a section or
/// a job title ("Dan Goodin - Apr 16, 2015", ours).
pub const BYLINE_SEPARATORS: &[&str] = &[" - ", " – ", " — ", " | ", " • ", " · ", " @"];

/// Words dropped from the end of a visible byline once it has been cut at its first digit:
/// what is left of a date ("Steven Musil January 18, 2017" → "Steven Musil"). Month names
/// that are also given names (April, May, June, August) are left out (ours).
pub const BYLINE_DATE_WORDS: &[&str] = &[
    "jan",
    "january",
    "feb",
    "february",
    "mar",
    "march",
    "apr",
    "jun",
    "jul",
    "july",
    "aug",
    "sep",
    "sept",
    "september",
    "oct",
    "october",
    "nov",
    "november",
    "dec",
    "december",
    "on",
    "at",
    "updated",
    "published",
    "posted",
    "last",
];

/// Class names of the element holding just the author's name inside a byline line (besides
/// `[itemprop=name]`, `[rel=author]` and author-page links; ours, `fn` is the hCard name).
pub const BYLINE_NAME_CLASSES: &[&str] = &["author-name", "authorname", "author_name", "fn"];

/// Link paths of author pages: a link to one inside a byline line holds the author's name
/// (ours).
pub const AUTHOR_HREF_PARTS: &[&str] = &["/author/", "/authors/", "/autor/", "/auteur/"];

/// JSON-LD `name` vs `headline`: a candidate matches the page's title or a heading when it
/// covers more than this share of it (Readability.js `_getJSONLD`, `_textSimilarity` > 0.75).
pub const TITLE_SIMILARITY: f32 = 0.75;

/// Permalink markers that documentation generators append to headings (Sphinx `¶`, ours).
pub const HEADING_PERMALINK_MARKS: &[char] = &['¶', '#', '§', '🔗'];

/// Text blocks that say nothing when they hold no text and none of [`CONTENT_WITHOUT_TEXT`]:
/// a paragraph or heading kept as a blank line by an editor (Medium's `graf--empty`, a
/// WordPress `<p>&nbsp;</p>`) shows only as a gap in the reading column. Readability.js's
/// `_prepArticle` removes such paragraphs (no text and no img/embed/object/iframe), and
/// its `_cleanHeaders` the headings with no text. A table row of empty cells (`<td>&nbsp;</td>`
/// as vertical padding in table layouts) is empty the same way; single cells are not
/// listed, as hiding one would shift the columns of the cells after it.
pub const EMPTY_BLOCK_TAGS: &[&str] = &["p", "h1", "h2", "h3", "h4", "h5", "h6", "tr"];

/// Elements that show something without text, so a block holding one is not empty
/// (Readability.js counts img, embed, object and iframe; the others are media and
/// drawings a reader sees just as well).
pub const CONTENT_WITHOUT_TEXT: &[&str] = &[
    "img", "picture", "video", "audio", "iframe", "embed", "object", "svg", "canvas", "math",
    "input", "hr", "table",
];

/// Line breaks kept in a row (only whitespace between them): the first ends a line, the
/// second leaves one blank line; more only widen the gap (sites stack them to space out an
/// ad slot). Readability.js's `_replaceBrs` likewise treats two or more `<br>` in a row as
/// one paragraph break.
pub const BR_RUN_KEPT: usize = 2;

/// Largest declared size (`width` and `height` attributes, px) of an image that shows
/// nothing: the transparent spacer GIFs of table layouts (`spacer.gif`, 1×1) and tracking
/// pixels. Hidden in the reader view, where they would only hold a line of their own open.
pub const SPACER_IMAGE_MAX_PX: u32 = 2;

/// An item of a list of pictures (a gallery) holds at most this much text, its caption (ours,
/// as [`LEAD_CAPTION_MAX_CHARS`]: two or three sentences); a list item with more is prose
/// illustrated by a picture, and keeps its bullet.
pub const GALLERY_ITEM_MAX_CHARS: u32 = LEAD_CAPTION_MAX_CHARS;

/// Query parameters of a link to a page's edit form: MediaWiki's `index.php?action=edit`
/// and VisualEditor's `veaction=edit` (MediaWiki manual, "Parameters to index.php"; the
/// `[edit]` links beside section headings), DokuWiki's `doku.php?do=edit` (DokuWiki manual,
/// "Actions"). An element in brackets whose only readable text is such links is the site's
/// editing tool, not article text.
pub const EDIT_ACTIONS: &[&str] = &["action=edit", "veaction=edit", "do=edit"];

/// Query parameters that make an edit link a link to an article: MediaWiki links a page that
/// does not exist yet (a "red link", often a name in a list) to its edit form with
/// `redlink=1`.
pub const EDIT_LINK_NOT: &[&str] = &["redlink=1"];

/// The brackets and separators around an edit tool's links (MediaWiki's `[edit | edit
/// source]`), not read as text of their own.
pub const EDIT_TOOL_MARKS: &[char] = &['[', ']', '|', '·'];

/// Classes of the `blockquote` a platform's embed code writes for a post (its text, author
/// and link, shown until the platform's script replaces it): X/Twitter's `twitter-tweet` and
/// `twitter-video` (publish.twitter.com), Instagram's `instagram-media`, TikTok's
/// `tiktok-embed`, Bluesky's `bluesky-embed` (embed.bsky.app), Threads' `text-post-media`,
/// Reddit's `reddit-embed-bq`, Facebook's `fb-xfbml-parse-ignore` (inside its `fb-post`) and
/// Mastodon's `mastodon-embed`. Such a post is a quotation of the article.
pub const POST_EMBED_CLASSES: &[&str] = &[
    "twitter-tweet",
    "twitter-video",
    "instagram-media",
    "tiktok-embed",
    "bluesky-embed",
    "text-post-media",
    "reddit-embed-bq",
    "fb-xfbml-parse-ignore",
    "mastodon-embed",
];
