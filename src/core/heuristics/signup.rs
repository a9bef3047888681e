//! Named data for newsletter and sign-up boxes (a box that asks for the reader's e-mail address
//! to send them a newsletter), in English, German, French, Spanish, Italian, Portuguese and
//! Dutch.
//!
//! A box is a sign-up box when it carries a sign-up form — an e-mail field, no message field
//! (a contact form), no password (a log-in form), few other fields — and either sign-up
//! wording or a newsletter name in its classes; or when it is a known newsletter service's own
//! markup or embed. The wording alone (a story *about* newsletters) is never enough.
//!
//! Wording patterns follow the syntax of [`crate::core::heuristics::appeals`]: lower-case,
//! matched at word starts against text lower-cased with `char::to_lowercase`; a trailing `*`
//! makes a prefix. Sources: the service markup comes from each service's public embed code
//! (the snippet its dashboard hands out, which is what pages carry); the wording is our own
//! list, written from the sign-up boxes of news sites and blogs in each language and checked
//! against a bilingual dictionary for the formal and informal imperatives.

/// Newsletter services' own markup: embedded forms and frames as their public embed snippets
/// write them. A match is a sign-up box by itself (the guards still apply).
pub const WIDGET_SELECTORS: &[(&str, &str)] = &[
    // Mailchimp's classic embedded form (`<div id="mc_embed_signup">`, form
    // `#mc-embedded-subscribe-form` posting to `…list-manage.com/subscribe/post`).
    ("#mc_embed_signup", "Mailchimp sign-up form"),
    ("#mc-embedded-subscribe-form", "Mailchimp sign-up form"),
    // Mailchimp for WordPress (MC4WP): `<form id="mc4wp-form-1" class="mc4wp-form …">`.
    ("form.mc4wp-form", "MC4WP sign-up form"),
    // Kit (ConvertKit): `<form class="seva-form formkit-form" data-sv-form="…">`.
    (".formkit-form", "Kit (ConvertKit) sign-up form"),
    ("form[data-sv-form]", "Kit (ConvertKit) sign-up form"),
    // Jetpack's Subscribe block and legacy widget (WordPress).
    (".wp-block-jetpack-subscriptions", "Jetpack subscribe block"),
    (".jetpack_subscription_widget", "Jetpack subscribe widget"),
    // The Newsletter plugin (WordPress): `<div class="tnp tnp-subscription">`.
    (".tnp-subscription", "Newsletter plugin sign-up form"),
    // Brevo (Sendinblue): `<div class="sib-form">`, `#sib-form-container`, `form#sib-form`.
    ("#sib-form-container", "Brevo sign-up form"),
    (".sib-form", "Brevo sign-up form"),
    // MailerLite: `<div class="ml-embedded" data-form="…">`, expanded into
    // `.ml-form-embedContainer`.
    (".ml-embedded", "MailerLite sign-up form"),
    (".ml-form-embedContainer", "MailerLite sign-up form"),
    // Buttondown: `<form class="embeddable-buttondown-form" action="…/embed-subscribe/…">`.
    (".embeddable-buttondown-form", "Buttondown sign-up form"),
    // Ghost's member sign-up: `<form data-members-form="subscribe">` (also `signup`).
    ("form[data-members-form]", "Ghost sign-up form"),
    // Substack's and beehiiv's embeds are frames.
    (
        "iframe[src*='substack.com/embed']",
        "Substack sign-up embed",
    ),
    ("iframe[src*='embeds.beehiiv.com']", "beehiiv sign-up embed"),
];

/// Form and frame URLs of newsletter services (tried at each `/` and `.` of the URL, ASCII
/// case-insensitively): a form posting there is a sign-up form. From the same embed snippets
/// as [`WIDGET_SELECTORS`].
pub const SERVICE_URL_PARTS: &[&str] = &[
    "list-manage.com/subscribe",
    "app.convertkit.com/forms",
    "app.kit.com/forms",
    "sibforms.com/serve",
    "buttondown.email/api/emails/embed-subscribe",
    "buttondown.com/api/emails/embed-subscribe",
    "substack.com/api/v1/free",
    "assets.mailerlite.com/jsonp",
    "campaign-archive.com",
    "createsend.com/t/",
];

/// Parts of an id/class token (split as for comments) that name a newsletter or sign-up box:
/// `newsletter-signup`, `nl-form`, `mailing-list`, `optin`. Our own list, after the class
/// names of the services above and of news sites' own boxes.
pub const TOKEN_WORDS: &[&str] = &[
    "newsletter",
    "newsletters",
    "signup",
    "subscribe",
    "subscription",
    "optin",
    "mailinglist",
    "nieuwsbrief",
    "infolettre",
    "boletin",
];

/// Names of the e-mail field (the `name`, `id`, `autocomplete` or `type`, lower-cased, whole
/// or as a token part): Mailchimp's `EMAIL`/`mce-EMAIL`, Kit's `email_address`, Brevo's
/// `EMAIL`, WordPress plugins' `email`, German and Dutch forms' `e-mail`, French `courriel`.
pub const EMAIL_FIELD_WORDS: &[&str] = &["email", "mail", "courriel"];

/// Input types that take no typed text (not counted as fields).
pub const NON_TEXT_INPUT_TYPES: &[&str] = &[
    "hidden", "submit", "button", "checkbox", "radio", "image", "reset",
];

/// Fields besides the e-mail a sign-up form may have (a first and a last name); more is a
/// registration or order form.
pub const MAX_OTHER_FIELDS: u32 = 2;

/// Largest sign-up box (non-whitespace bytes of text): a heading, a line of blurb, the fields'
/// labels, a consent line and the button. Longer is a page section that happens to hold a form.
pub const BOX_MAX_BYTES: u32 = 700;

/// Links a sign-up box may add around its form (bytes of link text): a privacy-policy or
/// terms link in the consent line. More is a link list (a footer column, a menu).
pub const LINK_SLACK_BYTES: u32 = 60;

/// Wording that asks the reader to sign up for a newsletter or mailing list, or says what the
/// box sends ("straight to your inbox"). Only counted together with a sign-up form.
pub const SIGNUP_PHRASES: &[&str] = &[
    // English.
    "sign up",
    "signup",
    "subscribe",
    "newsletter*",
    "mailing list",
    "join our list",
    "get our",
    "to your inbox",
    "in your inbox",
    "your inbox",
    "enter your email",
    "your email address",
    "email address",
    "unsubscribe at any time",
    "never miss",
    "weekly digest",
    "daily briefing",
    // German.
    "newsletter-anmeldung",
    "anmelden",
    "jetzt anmelden",
    "abonnieren",
    "abonnieren sie",
    "bestellen sie",
    "ihr postfach",
    "in ihr postfach",
    "e-mail-adresse",
    "ihre e-mail",
    "jederzeit abbestell*",
    "jederzeit abmelden",
    "abmeldung jederzeit",
    // French.
    "inscrivez-vous",
    "inscris-toi",
    "abonnez-vous",
    "je m'inscris",
    "je m’inscris",
    "s'inscrire",
    "s’inscrire",
    "recevez",
    "lettre d'information",
    "lettre d’information",
    "infolettre",
    "boîte mail",
    "boîte de réception",
    "adresse e-mail",
    "adresse email",
    "adresse électronique",
    "vous désinscrire",
    "vous désabonner",
    // Spanish.
    "suscríbete",
    "suscríbase",
    "suscribirse",
    "suscribirme",
    "apúntate",
    "boletín",
    "recibe",
    "bandeja de entrada",
    "correo electrónico",
    "tu correo",
    "tu email",
    "darte de baja",
    // Italian.
    "iscrivi*",
    "ricevi",
    "casella di posta",
    "indirizzo email",
    "indirizzo e-mail",
    "la tua email",
    "annullare l'iscrizione",
    "annullare l’iscrizione",
    "disiscriverti",
    // Portuguese.
    "assine",
    "inscreva-se",
    "cadastre-se",
    "receba",
    "caixa de entrada",
    "seu e-mail",
    "seu email",
    "seu melhor e-mail",
    "cancelar a inscrição",
    // Dutch.
    "nieuwsbrief",
    "schrijf je in",
    "schrijf u in",
    "meld je aan",
    "meld u aan",
    "aanmelden",
    "inschrijven",
    "abonneer",
    "ontvang",
    "je mailbox",
    "uw mailbox",
    "je inbox",
    "e-mailadres",
    "altijd afmelden",
];
