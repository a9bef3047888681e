// The words of the details page, the page's toast and the button's title come from _locales
// through chrome.i18n. Counted phrases have one message per plural category (`<key>_one`,
// `<key>_other`, …) chosen with Intl.PluralRules for the browser's UI language, since
// chrome.i18n has no plurals of its own.

const lang = chrome.i18n.getUILanguage();
const rules = new Intl.PluralRules(lang);

/** The message `key`, with `$1`… filled from `subs`. */
export const t = (key, ...subs) => chrome.i18n.getMessage(key, subs.map(String));

/** The counted message `key` for `n` (its `_other` form when a language lacks a category). */
export function counted(key, n) {
  return t(`${key}_${rules.select(n)}`, n) || t(`${key}_other`, n);
}

/** "a, b and c" in the UI language. */
export function list(items) {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
}

/** Fills every element's `data-i18n` message into its text. */
export function localize(root) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
}
