//! Named data for generic appeals (a box or paragraph asking readers for money or
//! membership) and comment counters, in English, German, French, Spanish, Italian,
//! Portuguese and Dutch.
//!
//! Patterns are lower-case and matched against text lower-cased with `char::to_lowercase`
//! (so "JETZT UNTERSTÜTZEN" matches "jetzt unterstützen"), at word starts. A pattern matches
//! whole words unless it ends in `*` (a prefix: `spende*` matches "spenden", "spendet"); `#`
//! stands for a number ("noch # tage" matches "noch 9 tage"). One space in a pattern matches
//! one run of whitespace (non-breaking and thin spaces included).
//!
//! Sources: the appeal phrases are our own lists, written from the wording of reader-revenue
//! boxes of news sites in each language (the "generic appeals" row of `corpus/WIDGETS.md`
//! lists the shape) and checked against a bilingual dictionary for the imperative and formal
//! forms; the currency and number formats come from the Unicode CLDR locale data (see
//! [`CURRENCY_BEFORE`]); the payment providers from `corpus/WIDGETS.md` and the providers'
//! public embed snippets.

/// Wording that *asks* the reader for money or membership, or says the publication lives on
/// it: imperatives ("donate now", "unterstützen Sie uns"), first-person-plural requests
/// ("support our journalism") and dependency statements ("our journalism depends on
/// readers"). A word that only *mentions* giving ("donations rose", "the charity's donors")
/// is not here: a news story about a fundraiser uses those. Asks inside quotation marks
/// (someone quoted in a story) do not count.
pub const ASK_PHRASES: &[&str] = &[
    // English.
    "support us",
    "support our journalism",
    "support our work",
    "support our reporting",
    "support independent journalism",
    "support independent media",
    "support quality journalism",
    "support local journalism",
    "please support",
    "please consider supporting",
    "consider supporting us",
    "please donate",
    "please consider donating",
    "donate now",
    "donate today",
    "donate to us",
    "make a donation",
    "make a one-off donation",
    "make a contribution",
    "make a gift",
    "give now",
    "give today",
    "contribute now",
    "contribute today",
    "become a member",
    "become a supporter",
    "become a patron",
    "become a sustaining member",
    "join as a member",
    "chip in",
    "buy us a coffee",
    "buy me a coffee",
    "keep us independent",
    "help keep",
    "help us keep",
    "our journalism depends on",
    "our work depends on",
    "depends on readers",
    "depends on our readers",
    "depends on your support",
    "rely on readers",
    "relies on readers",
    "rely on your support",
    "we need your support",
    "we need your help",
    "readers like you",
    "reader-funded",
    "reader-supported",
    "funded by readers",
    "funded by our readers",
    "supported by readers",
    // German.
    "unterstützen sie uns",
    "unterstützen sie unseren",
    "unterstützen sie unsere",
    "unterstützen sie unabhängigen",
    "unterstütze uns",
    "unterstützt uns",
    "jetzt unterstützen",
    "jetzt spenden",
    "spenden sie",
    "spende jetzt",
    "mit einer spende",
    "mit ihrer spende",
    "mit deiner spende",
    "ihre spende",
    "deine spende",
    "mit ihrem beitrag",
    "mit deinem beitrag",
    "mitglied werden",
    "werden sie mitglied",
    "werde mitglied",
    "auf ihre unterstützung angewiesen",
    "auf ihre hilfe angewiesen",
    "auf unsere leser",
    "von unseren lesern finanziert",
    "leserfinanziert*",
    "unser journalismus",
    // French.
    "faites un don",
    "faire un don",
    "fais un don",
    "je fais un don",
    "soutenez-nous",
    "soutenez nous",
    "soutenez notre",
    "soutenez le journalisme",
    "soutenez l'information",
    "nous soutenir",
    "je soutiens",
    "devenez membre",
    "devenir membre",
    "adhérez",
    "votre don",
    "vos dons",
    "votre soutien",
    "dépend de ses lecteurs",
    "dépend de nos lecteurs",
    "dépend de vous",
    "financé par ses lecteurs",
    "financé par nos lecteurs",
    // Spanish.
    "dona ahora",
    "dona hoy",
    "haz una donación",
    "haz un donativo",
    "apóyanos",
    "apoyanos",
    "apoya nuestro",
    "apoya el periodismo",
    "hazte socio",
    "hazte socia",
    "hazte miembro",
    "únete como socio",
    "tu apoyo",
    "tu donación",
    "tu aporte",
    "colabora con nosotros",
    "depende de sus lectores",
    "depende de nuestros lectores",
    "depende de ti",
    "financiado por sus lectores",
    // Italian.
    "dona ora",
    "fai una donazione",
    "sostienici",
    "sostieni il",
    "sostieni la",
    "sostieni il nostro",
    "sostieni l'informazione",
    "sostenere il nostro",
    "diventa socio",
    "diventa membro",
    "diventa sostenitore",
    "il tuo sostegno",
    "il tuo contributo",
    "la tua donazione",
    "contribuisci",
    "dipende dai lettori",
    "dipende dai nostri lettori",
    "dipende da te",
    // Portuguese.
    "doe agora",
    "doe já",
    "faça uma doação",
    "faça a sua doação",
    "apoie",
    "apoie-nos",
    "apoie o",
    "contribua",
    "seja membro",
    "seja sócio",
    "torne-se membro",
    "torne-se apoiador",
    "torne-se assinante",
    "seu apoio",
    "o seu apoio",
    "a sua doação",
    "depende dos leitores",
    "depende dos nossos leitores",
    "depende de você",
    // Dutch.
    "doneer",
    "doneer nu",
    "doe een donatie",
    "doe een gift",
    "steun ons",
    "steun onze",
    "steun nu",
    "steun de journalistiek",
    "word lid",
    "word donateur",
    "word steunlid",
    "word vriend",
    "uw steun",
    "jouw steun",
    "je steun",
    "uw gift",
    "jouw bijdrage",
    "uw bijdrage",
    "draag bij",
    "afhankelijk van lezers",
    "afhankelijk van onze lezers",
    "afhankelijk van jou",
];

/// Short wording of a donate link or button (a link or button whose whole text is short
/// and contains one of these is a donate button: evidence, not just an ask). The verbs
/// "donate", "support", "contribute" and "become a member" and their translations (our own
/// list; the imperatives of [`ASK_PHRASES`] also count).
pub const BUTTON_WORDS: &[&str] = &[
    "donate",
    "donation*",
    "support",
    "contribute",
    "give",
    "become a member",
    "spenden",
    "spende",
    "unterstützen",
    "unterstütze",
    "mitglied werden",
    "faire un don",
    "je donne",
    "soutenir",
    "je soutiens",
    "adhérer",
    "donar",
    "dona",
    "apoyar",
    "apoya",
    "colaborar",
    "colabora",
    "donazione",
    "sostieni",
    "sostenere",
    "doar",
    "apoiar",
    "apoie",
    "contribuir",
    "doneer",
    "doneren",
    "steun",
    "steunen",
    "geef",
    "geven",
    "word lid",
];

/// Payment and membership providers named in an appeal's text or linked from it
/// (`corpus/WIDGETS.md`, and the providers' embed snippets: Tipeee, HelloAsso, betterplace,
/// Open Collective; TWINT, Bizum and MB WAY are the Swiss, Spanish and Portuguese mobile
/// payments). A name is evidence that the ask is for money. Names that are also common words
/// (Stripe, Steady, iDEAL, Pix) count only as link hosts ([`PROVIDER_HOSTS`]).
pub const PROVIDER_NAMES: &[&str] = &[
    "paypal",
    "patreon",
    "ko-fi",
    "liberapay",
    "buy me a coffee",
    "gofundme",
    "donorbox",
    "open collective",
    "tipeee",
    "helloasso",
    "betterplace",
    "flattr",
    "twint",
    "bizum",
    "sepa",
    "mb way",
];

/// Hosts of the providers above, found in link, form and frame URLs.
pub const PROVIDER_HOSTS: &[&str] = &[
    "paypal.com",
    "paypal.me",
    "stripe.com",
    "buy.stripe.com",
    "patreon.com",
    "ko-fi.com",
    "liberapay.com",
    "steadyhq.com",
    "buymeacoffee.com",
    "gofundme.com",
    "donorbox.org",
    "opencollective.com",
    "tipeee.com",
    "helloasso.com",
    "betterplace.org",
    "flattr.com",
];

/// Countdown wording ("5 days left", "noch 9 Tage", "plus que 6 jours"): WIDGETS.md's
/// examples and their translations (our own list).
pub const COUNTDOWN_PATTERNS: &[&str] = &[
    "# days left",
    "# day left",
    "# hours left",
    "# days to go",
    "# days remaining",
    "only # days",
    "noch # tage",
    "noch # stunden",
    "nur noch # tage",
    "# tage verbleibend",
    "plus que # jours",
    "encore # jours",
    "# jours restants",
    "quedan # días",
    "faltan # días",
    "# días restantes",
    "mancano # giorni",
    "ancora # giorni",
    "# giorni rimasti",
    "faltam # dias",
    "# dias restantes",
    "nog # dagen",
    "# dagen te gaan",
];

/// Currency signs and codes written *before* the number ("€1,234.56", "CHF 1’234.50",
/// "R$ 1.234,56", "US$ 20"). From the Unicode CLDR number patterns of en, de, de-CH, fr,
/// fr-CH, es, it, pt, pt-BR and nl (`¤#,##0.00` vs `#,##0.00 ¤`) and their currency symbols.
pub const CURRENCY_BEFORE: &[&str] = &[
    "$", "€", "£", "chf", "fr.", "r$", "us$", "eur", "usd", "gbp", "brl", "mxn", "ars",
];

/// Currency signs, codes and words written *after* the number ("1.234,56 €", "1 234,56 €",
/// "20 Euro", "50 francs", "30 reais"). CLDR as above, plus the currency names in each
/// language (CLDR `displayName`, singular and plural).
pub const CURRENCY_AFTER: &[&str] = &[
    "€", "$", "£", "chf", "eur", "usd", "gbp", "brl", "euro", "euros", "dollar", "dollars",
    "dólares", "dollari", "franken", "francs", "franchi", "reais", "real", "pesos", "pound",
    "pounds", "pfund", "libras", "sterline", "fr.",
];

/// Digit-group separators of the CLDR locales above: comma (en), full stop (de, es, it, pt,
/// nl), no-break and narrow no-break space (fr), thin space, and the apostrophes of de-CH
/// ("1’234"). A decimal separator is a comma or a full stop; ",-" and ",–" ("5,- €") end a
/// round amount in German and Dutch price writing.
pub const DIGIT_SEPARATORS: &[char] = &[
    ',', '.', ' ', '\u{a0}', '\u{202f}', '\u{2009}', '\'', '\u{2019}',
];

/// Quotation marks: an ask between two of them is someone quoted in a story. Double marks
/// of English (“ ”), German („ “ » «), French (« »), and the straight mark; single marks are
/// left out because they double as apostrophes.
pub const QUOTE_MARKS: &[char] = &['"', '“', '”', '„', '«', '»', '‟'];

/// Largest text block (non-whitespace bytes) scanned for asks: an appeal paragraph or a
/// short appeal letter, not a whole article section.
pub const APPEAL_BLOCK_MAX_BYTES: u32 = 1500;

/// Largest appeal box (non-whitespace bytes), the same bound as a fundraising box.
pub const APPEAL_MAX_BYTES: u32 = 1500;

/// A link or button with at most this many words is a button (a longer link is a headline).
pub const BUTTON_MAX_WORDS: u32 = 6;

/// Words that name comments, in the seven languages, for comment counters
/// ("Comments (12 posted)", "12 Kommentare", "Commentaires (3)", "3 reacties").
pub const COUNTER_WORDS: &[&str] = &[
    "comment",
    "comments",
    "reply",
    "replies",
    "response",
    "responses",
    "kommentar",
    "kommentare",
    "leserkommentar",
    "leserkommentare",
    "commentaire",
    "commentaires",
    "réaction",
    "réactions",
    "comentario",
    "comentarios",
    "commento",
    "commenti",
    "comentário",
    "comentários",
    "reactie",
    "reacties",
];

/// Other words a comment counter may hold ("Comments (12 posted)", "Read all 40 comments",
/// "Alle 12 Kommentare anzeigen", "Voir les 3 commentaires"). Our own list.
pub const COUNTER_FILLER_WORDS: &[&str] = &[
    "posted", "so", "far", "read", "view", "show", "see", "all", "the", "reader", "readers",
    "alle", "anzeigen", "lesen", "zeigen", "voir", "les", "lire", "ver", "los", "las", "leer",
    "vedi", "tutti", "i", "leggi", "todos", "os", "bekijk", "lees", "toon", "de", "alle",
];

/// Longest comment counter (bytes of collapsed text).
pub const COUNTER_MAX_BYTES: usize = 60;
