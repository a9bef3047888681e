// Focus across reader mode. Firefox keeps focus on a field that reader mode hides and, when
// it reappears, scrolls it back into view, undoing the scroll restore (Chromium blurs such a
// field instead, losing the reader's place in it). So focus is parked while reader mode is
// on and given back, without scrolling, when it goes off.

/** Blurs the focused element, if any; returns it for `restoreFocus`. */
export function parkFocus() {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  el.blur();
  return el;
}

export function restoreFocus(el) {
  if (el?.isConnected) el.focus({ preventScroll: true });
}
