//! Named data for telling which scripts and stylesheets belong to a comment or donation
//! widget, so that `clean` can drop a removed widget's loader with it (a Ko-fi overlay script
//! left in a cleaned page draws its donate button again when the file is opened).
//!
//! Every entry names the widget it is evidence for; a widget's assets go only when the
//! clutter analysis removed markup of that widget and none of its markup stays. Facts from
//! `corpus/WIDGETS.md` and from each widget's public embed snippet (the code its
//! documentation tells site owners to paste). Matching is ASCII case-insensitive.

/// Widget markup (same selector subset as [`super::clutter`]): the evidence that a widget was
/// on the page. Drawn from [`super::clutter::COMMENT_SYSTEM_SELECTORS`],
/// [`super::clutter::FUNDRAISING_WIDGET_SELECTORS`] and the platforms of
/// [`super::clutter::DONATE_URL_PARTS`], per widget.
pub const WIDGET_MARKUP: &[(&str, &str)] = &[
    ("#disqus_thread", "Disqus"),
    ("iframe[src*='disqus.com/embed']", "Disqus"),
    ("a[href$='#disqus_thread']", "Disqus"),
    ("a[data-disqus-identifier]", "Disqus"),
    ("#wpdcom", "wpDiscuz"),
    ("#wpd-threads", "wpDiscuz"),
    ("#wpd-bubble-wrapper", "wpDiscuz"),
    (".wpdiscuz-subscribe-bar", "wpDiscuz"),
    (".wpd-comment", "wpDiscuz"),
    ("[data-spotim-module='conversation']", "OpenWeb"),
    ("[data-spot-im-shadow-host]", "OpenWeb"),
    (".viafoura", "Viafoura"),
    ("#vf-conversations-container", "Viafoura"),
    ("vf-conversations", "Viafoura"),
    ("#coral_thread", "Coral"),
    ("#coral_talk_stream", "Coral"),
    ("hyvor-talk-comments", "Hyvor Talk"),
    ("#hyvor-talk-view", "Hyvor Talk"),
    (".giscus", "Giscus"),
    ("iframe.giscus-frame", "Giscus"),
    (".utterances", "utterances"),
    ("#vuukle-comments", "Vuukle"),
    ("#commento", "Commento"),
    ("#remark42", "Remark42"),
    (".fb-comments", "Facebook comments"),
    ("[data-patreon-widget-type]", "Patreon"),
    ("a[href*='patreon.com/']", "Patreon"),
    ("iframe[src*='ko-fi.com']", "Ko-fi"),
    ("a[href*='ko-fi.com/']", "Ko-fi"),
    ("dbox-widget", "Donorbox"),
    ("iframe[src*='donorbox.org']", "Donorbox"),
    ("a[href*='donorbox.org/']", "Donorbox"),
    (".give-form-wrap", "GiveWP"),
    ("form.give-form", "GiveWP"),
    (".give-goal-progress", "GiveWP"),
    (".widget_charitable_donate_widget", "Charitable"),
    (".campaign-progress-bar", "Charitable"),
    ("a[href*='buymeacoffee.com/']", "Buy Me a Coffee"),
    ("a[href*='liberapay.com/']", "Liberapay"),
];

/// Parts of a `<script src>` or `<link rel=stylesheet href>` URL that load a widget: the
/// embed snippets' script URLs (Disqus `SHORTNAME.disqus.com/embed.js` and `count.js`,
/// OpenWeb `launcher.spot.im`, Hyvor `talk.hyvor.com/embed/embed.js`, Giscus
/// `giscus.app/client.js`, utterances `utteranc.es/client.js`, Vuukle
/// `cdn.vuukle.com/platform.js`, Commento `cdn.commento.io/js/commento.js`, Patreon
/// `c6.patreon.com/becomePatronButton.bundle.js`, Ko-fi `storage.ko-fi.com/cdn/scripts/
/// overlay-widget.js` and `ko-fi.com/widgets/widget_2.js`, Donorbox `donorbox.org/widget.js`,
/// Buy Me a Coffee `cdnjs.buymeacoffee.com/…/button.prod.min.js`, Liberapay
/// `liberapay.com/NAME/widgets/button.js`), and the WordPress plugin folders their assets
/// are served from (`wp-content/plugins/wpdiscuz/`, `…/give/`, `…/charitable/`).
pub const WIDGET_ASSET_URLS: &[(&str, &str)] = &[
    (".disqus.com/embed.js", "Disqus"),
    (".disqus.com/count.js", "Disqus"),
    ("/plugins/wpdiscuz/", "wpDiscuz"),
    ("launcher.spot.im/", "OpenWeb"),
    ("cdn.viafoura.net/", "Viafoura"),
    ("talk.hyvor.com/", "Hyvor Talk"),
    ("giscus.app/client.js", "Giscus"),
    ("utteranc.es/client.js", "utterances"),
    ("cdn.vuukle.com/", "Vuukle"),
    ("cdn.commento.io/", "Commento"),
    ("c6.patreon.com/becomepatronbutton", "Patreon"),
    ("ko-fi.com/cdn/scripts/overlay-widget", "Ko-fi"),
    ("ko-fi.com/widgets/", "Ko-fi"),
    ("donorbox.org/widget.js", "Donorbox"),
    ("donorbox.org/install-popup-button.js", "Donorbox"),
    ("/plugins/give/", "GiveWP"),
    ("/plugins/charitable/", "Charitable"),
    ("cdnjs.buymeacoffee.com/", "Buy Me a Coffee"),
    ("liberapay.com/", "Liberapay"),
];

/// Prefixes of the `id` of a `<script>`, `<link>` or `<style>` that belongs to a widget:
/// Disqus's count script is `#dsq-count-scr`; WordPress gives enqueued assets the id
/// `HANDLE-js` / `HANDLE-css` / `HANDLE-inline-css`, and wpDiscuz's handles start with
/// `wpdiscuz` (`wpdiscuz-frontend-css`, `wpdiscuz-combo-js`).
pub const WIDGET_ASSET_IDS: &[(&str, &str)] =
    &[("dsq-count-scr", "Disqus"), ("wpdiscuz", "wpDiscuz")];

/// Text of inline scripts that load or configure a widget (the embed snippets): the Disqus
/// loader (`disqus_config`, the `embed.js` URL it inserts), Ko-fi's overlay and button calls
/// (`kofiWidgetOverlay.draw`, `kofiwidget2.init`), wpDiscuz's localized settings object
/// (`wpdiscuzAjaxObj`), Coral's `Coral.createStreamEmbed`, OpenWeb's launcher URL.
pub const WIDGET_INLINE_LOADERS: &[(&str, &str)] = &[
    ("disqus_config", "Disqus"),
    (".disqus.com/embed.js", "Disqus"),
    ("kofiwidgetoverlay", "Ko-fi"),
    ("kofiwidget2", "Ko-fi"),
    ("wpdiscuzajaxobj", "wpDiscuz"),
    ("coral.createstreamembed", "Coral"),
    ("launcher.spot.im/", "OpenWeb"),
];
