//! Metadata heuristics beyond the Readability.js ones in [`super::article`]: the headline a
//! reader sees, publication dates written out in words, and the lines that carry them.
//!
//! Measured against WCXB's human ground truth (`examples/eval_reader.rs`), where people wrote
//! down the headline, author and date the page shows, not what its `<meta>` tags say.

/// Month names as pages write them in dates, lower case (ASCII lower-casing only: the core
/// carries no Unicode case tables), each with its month number. Wide and abbreviated
/// "format" month names of the Unicode CLDR Gregorian calendar (cldr.unicode.org, `main/<lang>/
/// ca-gregorian`) for English, French, German, Spanish, Italian, Portuguese and Dutch; the
/// abbreviations are listed without their final dot (the date reader skips it).
pub const MONTHS: &[(&str, u32)] = &[
    // English
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
    // French
    ("janvier", 1),
    ("janv", 1),
    ("février", 2),
    ("févr", 2),
    ("mars", 3),
    ("avril", 4),
    ("avr", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("juil", 7),
    ("août", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("déc", 12),
    // German
    ("januar", 1),
    ("jänner", 1),
    ("februar", 2),
    ("märz", 3),
    ("mär", 3),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("okt", 10),
    ("dezember", 12),
    ("dez", 12),
    // Spanish
    ("enero", 1),
    ("ene", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("abr", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("ago", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    ("dic", 12),
    // Italian
    ("gennaio", 1),
    ("gen", 1),
    ("febbraio", 2),
    ("aprile", 4),
    ("maggio", 5),
    ("mag", 5),
    ("giugno", 6),
    ("giu", 6),
    ("luglio", 7),
    ("lug", 7),
    ("settembre", 9),
    ("set", 9),
    ("ottobre", 10),
    ("ott", 10),
    ("dicembre", 12),
    // Portuguese
    ("janeiro", 1),
    ("fevereiro", 2),
    ("fev", 2),
    ("março", 3),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("setembro", 9),
    ("outubro", 10),
    ("out", 10),
    ("dezembro", 12),
    // Dutch
    ("januari", 1),
    ("februari", 2),
    ("maart", 3),
    ("mrt", 3),
    ("mei", 5),
    ("augustus", 8),
];

/// Words a written date may hold between its day, month and year, skipped when reading it:
/// English ordinal suffixes ("March 5th, 2025", "the 5th of March"), the "de"/"del" of
/// Spanish and Portuguese ("5 de marzo de 2025"), the German "der" and the French "er" of
/// "1er" (ours, from the CLDR long date patterns of those languages).
pub const DATE_FILLER_WORDS: &[&str] = &["st", "nd", "rd", "th", "of", "de", "del", "der", "er"];

/// Earliest and latest year read as a publication date (ours: the web's dates, with room
/// for scanned archives; a four-digit number outside is a count or a price).
pub const DATE_YEARS: (u32, u32) = (1900, 2100);

/// Class/id substrings of the element that shows the article's date ("post-date",
/// "entry-date", "article__published", "c-meta__date", "updated-at"; ours, from WordPress,
/// Drupal and news themes' public markup), with the word for "date" of themes written in
/// Spanish ("fecha"), German and Dutch ("datum"), Italian and Portuguese ("data"). An
/// element counts only when its short text reads as a date.
pub const DATE_LINE_PATTERNS: &[&str] = &[
    "date", "fecha", "datum", "data", "time", "publish", "posted", "updated", "dateline", "byline",
    "meta",
];

/// Longest text of an element read as a date line, in characters: "Published on 5 March
/// 2025 · Updated 6 March 2025 · 4 min read" fits; a paragraph that mentions a date does not
/// (ours).
pub const DATE_LINE_MAX_CHARS: usize = 120;

/// `<meta>` names of the publication date besides [`super::article::META_PUBLISHED`], read
/// after them: Highwire/Google Scholar `citation_*` tags, Dublin Core's `dcterms.*`, and
/// the names content management systems use (ours, from their public templates).
pub const META_PUBLISHED_MORE: &[&str] = &[
    "citation_publication_date",
    "citation_date",
    "citation_online_date",
    "dcterms.date",
    "dcterms.created",
    "dcterms.issued",
    "dc.date.issued",
    "article.published",
    "published",
    "publish-date",
    "publish_date",
    "publication_date",
    "sailthru.date",
];

/// `<meta>` names of the last modification, a date of last resort when the page gives no
/// publication date (Open Graph `og:updated_time`, `article:modified_time`).
pub const META_MODIFIED: &[&str] = &["article:modified_time", "og:updated_time", "dateModified"];

/// The texts beside the headline looked at for the date it shows: this many non-empty
/// texts after the `<h1>` (the byline, the date line, a reading time, a share bar's labels;
/// ours, from news and blog themes' header markup)…
pub const HEADER_ZONE_TEXTS_AFTER: usize = 20;
/// …and this many before it (a kicker or section line with the date above the headline)…
pub const HEADER_ZONE_TEXTS_BEFORE: usize = 6;
/// …among at most this many nodes each way (icons' SVG paths and wrappers between the texts
/// count here, not above; a bound on the work on any page).
pub const HEADER_ZONE_MAX_NODES: usize = 600;
/// Longest text read there as a date line, in characters ("Posted on the 15/12/2025 at
/// 19:00 by @name" fits; a paragraph that mentions a date does not; ours).
pub const HEADER_DATE_MAX_CHARS: usize = 80;

/// Words that label a shown date as the last update rather than the publication, lower
/// case, in the seven languages ("Updated on …", "Last modified", "Mis à jour le …",
/// "Aktualisiert am …", "Actualizado el …", "Aggiornato il …", "Atualizado em …",
/// "Bijgewerkt op …"; ours, from the date lines of news and blog themes in each language).
pub const UPDATED_LABELS: &[&str] = &[
    "updated",
    "modified",
    "mis à jour",
    "mise à jour",
    "actualisé",
    "aktualisiert",
    "geändert",
    "actualizado",
    "aggiornato",
    "atualizado",
    "bijgewerkt",
];

/// A title is cut at its first " | " when the part before has at least this many words
/// (ours: what follows a pipe is the site, a section or a tagline; "Game Changer |
/// Newegg.com" keeps a two-word headline).
pub const PIPE_HEAD_MIN_WORDS: usize = 2;

/// Longest headline read from an `<h1>`, in characters (ours: longer first headings are
/// captions or intros, as on photo pages that wrap a whole caption in one).
pub const HEADLINE_MAX_CHARS: usize = 200;

/// An `<h1>` is the article's headline when at least this share of its words is in the
/// page's `<title>`, `og:title` or JSON-LD headline… (ours: sites write a different, longer
/// title for search engines and sharing, but on the same subject; a site's own name or a
/// section name in the `<h1>` shares nothing with the article's title).
pub const HEADLINE_SHARED_SHARE: f32 = 0.4;
/// …and at least this many words.
pub const HEADLINE_SHARED_MIN: usize = 2;

/// Class/id substrings of bylines besides the exact tokens Readability.js knows
/// ("post-detail__meta-author", "c-byline__name", "entry-author", "autor-nombre",
/// "article-auteur"), read when those find nothing (ours, from news and blog themes' public
/// markup; "autor" is Spanish, Portuguese, German and Polish, "auteur" French, and matches
/// the Italian "autore" too)…
pub const BYLINE_CLASS_PARTS: &[&str] = &["author", "byline", "autor", "auteur"];
/// …unless they also contain one of these: the author's photo, biography or links, not
/// the name line (ours).
pub const BYLINE_CLASS_NOT: &[&str] = &[
    "avatar", "image", "img", "photo", "picture", "bio", "desc", "about", "social", "follow",
    "more", "posts", "list", "wrapper", "box", "card", "label", "title",
];

/// Lead-ins of a visible byline besides the single words of
/// [`super::article::BYLINE_PREFIXES`], stripped from its start ("Written by Jane Doe",
/// "Author: Jane Doe", "Écrit par …", "Geschrieben von …"; ours, from blog themes' byline
/// templates). A reviewer ("Reviewed by", "Medically reviewed by") is not the author and is
/// not listed.
pub const BYLINE_LEAD_INS: &[&str] = &[
    "written by",
    "text by",
    "posted by",
    "published by",
    "authored by",
    "words by",
    "story by",
    "article by",
    "authors",
    "author",
    "escrito por",
    "publicado por",
    "écrit par",
    "Écrit par",
    "rédigé par",
    "publié par",
    "geschrieben von",
    "verfasst von",
    "scritto da",
    "geschreven door",
];

/// What themes print in the byline's place when they have no name, never a name itself
/// (ours: template placeholders and CMS account names seen on WordPress and headless-CMS
/// pages).
pub const BYLINE_NOT_NAMES: &[&str] = &[
    "name",
    "author",
    "the author",
    "undefined",
    "null",
    "unknown",
    "admin",
    "administrator",
    "webmaster",
];

/// Weekday names and abbreviations (English, as in "Sat, 20 Dec"; CLDR), which a byline
/// cut at its date can leave alone.
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "mon",
    "tuesday",
    "tue",
    "tues",
    "wednesday",
    "wed",
    "thursday",
    "thu",
    "thurs",
    "friday",
    "fri",
    "saturday",
    "sat",
    "sunday",
    "sun",
];
