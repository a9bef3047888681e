//! Which scripts and stylesheets serve only widgets the clutter analysis removed.
//!
//! A cleaned page that keeps a widget's loader brings the widget back when it is opened (the
//! Ko-fi overlay script draws its button again). This decides, on the model alone, which
//! `<script src>`, `<link rel=stylesheet>` and widget-named `<style>` elements go with the
//! removed clutter; an adapter that can see inline script text (the model skips it) asks
//! [`inline_loader`] about each inline script. The evidence lists are in
//! [`crate::core::heuristics::assets`].

use crate::core::clutter::select::SelectorSet;
use crate::core::clutter::Clutter;
use crate::core::heuristics::assets as h;
use crate::core::model::{Element, NodeId, Page};
use serde::Serialize;
use std::sync::OnceLock;

/// One asset to remove with its widget.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Asset {
    /// The `<script>`, `<link>` or `<style>` element.
    #[serde(skip)]
    pub node: NodeId,
    /// The widget it belongs to (`Disqus`, `Ko-fi`).
    pub widget: &'static str,
    /// The element's name.
    pub tag: String,
    /// Its URL (`src`/`href`), or `#id` when it has none.
    pub source: String,
}

/// The assets of removed widgets, and those widgets (for [`inline_loader`]'s answers).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WidgetAssets {
    /// Assets to remove, in document order.
    pub assets: Vec<Asset>,
    /// Widgets whose markup was removed and none is left.
    pub widgets: Vec<&'static str>,
}

fn markup() -> &'static SelectorSet {
    static SET: OnceLock<SelectorSet> = OnceLock::new();
    SET.get_or_init(|| SelectorSet::new(&[h::WIDGET_MARKUP]))
}

/// The assets that belong only to widgets among `clutter`.
pub fn widget_assets(page: &Page, clutter: &[Clutter]) -> WidgetAssets {
    let removed = crate::core::analysis::removed_mask(page, clutter.iter().map(|c| c.node));
    let is_removed = |n: NodeId| removed.get(n.index()).copied().unwrap_or(false);
    let (mut gone, mut kept): (Vec<&'static str>, Vec<&'static str>) = (Vec::new(), Vec::new());
    for id in page.ids() {
        let Some(e) = page.element(id) else { continue };
        if let [Some((_, widget)), ..] = markup().matches(e) {
            let list = if is_removed(id) { &mut gone } else { &mut kept };
            if !list.contains(&widget) {
                list.push(widget);
            }
        }
    }
    gone.retain(|w| !kept.contains(w));
    let assets = page
        .ids()
        .filter(|&id| !is_removed(id))
        .filter_map(|id| asset(page.element(id)?, id))
        .filter(|a| gone.contains(&a.widget))
        .collect();
    WidgetAssets {
        assets,
        widgets: gone,
    }
}

/// The widget an asset element loads, by its URL or its id.
fn asset(e: &Element, node: NodeId) -> Option<Asset> {
    let url = match e.name.as_str() {
        "script" => e.attr("src"),
        "link" if e.attr("rel").is_some_and(|r| has_word(r, "stylesheet")) => e.attr("href"),
        "style" => None,
        _ => return None,
    };
    let by_url = url.and_then(|u| lookup(h::WIDGET_ASSET_URLS, u, |v, p| v.contains(p)));
    let widget = by_url.or_else(|| lookup(h::WIDGET_ASSET_IDS, e.id(), |v, p| v.starts_with(p)))?;
    let source = url.map_or_else(|| format!("#{}", e.id()), str::to_string);
    Some(Asset {
        node,
        widget,
        tag: e.name.to_string(),
        source,
    })
}

fn has_word(list: &str, word: &str) -> bool {
    list.split_ascii_whitespace()
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// The widget of the first `(part, widget)` entry whose part `test` finds in `value`
/// (lower-cased).
fn lookup(
    table: &[(&str, &'static str)],
    value: &str,
    test: fn(&str, &str) -> bool,
) -> Option<&'static str> {
    if value.is_empty() {
        return None;
    }
    let lower = value.to_ascii_lowercase();
    table
        .iter()
        .find(|(part, _)| test(&lower, part))
        .map(|&(_, w)| w)
}

/// The widget an inline script's text loads or configures, if it is one of `widgets`.
pub fn inline_loader(text: &str, widgets: &[&'static str]) -> Option<&'static str> {
    if widgets.is_empty() {
        return None;
    }
    lookup(h::WIDGET_INLINE_LOADERS, text, |v, p| v.contains(p)).filter(|w| widgets.contains(w))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::clutter::find_clutter;

    fn assets_of(html: &str) -> (Page, WidgetAssets) {
        let page = crate::native::parse(html).expect("parses").page;
        let clutter = find_clutter(&page);
        let a = widget_assets(&page, &clutter);
        (page, a)
    }

    const ARTICLE: &str = "<article><h1>Ferry fares rise</h1><p>The regional transit board \
        voted on Tuesday to raise ferry fares by forty cents, the first increase in a decade, \
        and commuters will pay about 170 euros more each year.</p><p>Riders at the evening \
        meeting said the increase would push them back into their cars and onto the bridge, \
        which is already crowded at rush hour.</p></article>";

    #[test]
    fn removed_disqus_takes_its_count_script_along() {
        let html = format!(
            "<html><head><link rel=stylesheet href=/main.css></head><body>{ARTICLE}\
             <section id=comments><h2>Comments</h2><div id=disqus_thread></div></section>\
             <script id=dsq-count-scr src=//news.disqus.com/count.js async></script>\
             <script src=/site.js></script></body></html>"
        );
        let (page, a) = assets_of(&html);
        assert_eq!(a.widgets, ["Disqus"]);
        let found: Vec<_> = a
            .assets
            .iter()
            .map(|x| (x.widget, x.source.as_str()))
            .collect();
        assert_eq!(found, [("Disqus", "//news.disqus.com/count.js")]);
        assert_eq!(page.name(a.assets[0].node), "script");
    }

    #[test]
    fn a_widget_still_on_the_page_keeps_its_assets() {
        // The Ko-fi link inside the article is not clutter, so the Ko-fi script stays.
        let html = format!(
            "<html><body>{ARTICLE}<p>Thanks to readers on <a href=https://ko-fi.com/ferrynews>\
             Ko-fi</a> for funding this report on local transport and its costs.</p>\
             <script src=https://storage.ko-fi.com/cdn/scripts/overlay-widget.js></script>\
             </body></html>"
        );
        let (_, a) = assets_of(&html);
        assert!(a.assets.is_empty() && a.widgets.is_empty(), "{a:?}");
    }

    #[test]
    fn wordpress_plugin_assets_go_with_the_plugin() {
        let html = format!(
            "<html><head><link rel=stylesheet id=wpdiscuz-frontend-css-css \
             href=/wp-content/plugins/wpdiscuz/themes/default/style.css>\
             <style id=wpdiscuz-frontend-css-inline-css>#wpdcom{{color:red}}</style>\
             <link rel=stylesheet href=/wp-content/themes/site/style.css></head><body>{ARTICLE}\
             <div id=comments class=comments-area><div id=wpdcom class=wpd-default>\
             <div class=wpd-thread-head>2 Comments</div></div></div></body></html>"
        );
        let (_, a) = assets_of(&html);
        let found: Vec<_> = a
            .assets
            .iter()
            .map(|x| (x.tag.as_str(), x.source.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                (
                    "link",
                    "/wp-content/plugins/wpdiscuz/themes/default/style.css"
                ),
                ("style", "#wpdiscuz-frontend-css-inline-css"),
            ]
        );
    }

    #[test]
    fn inline_loaders_by_their_embed_code() {
        let kofi = "kofiWidgetOverlay.draw('news', {'type': 'floating-chat'});";
        assert_eq!(inline_loader(kofi, &["Ko-fi"]), Some("Ko-fi"));
        assert_eq!(inline_loader(kofi, &["Disqus"]), None);
        let disqus = "var disqus_config = function () { this.page.url = PAGE_URL; };";
        assert_eq!(inline_loader(disqus, &["Disqus"]), Some("Disqus"));
        assert_eq!(inline_loader("gtag('js', new Date());", &["Disqus"]), None);
    }
}
