// What the details page, the page's toast and the toolbar button's title say about a state
// from background/reader.js.
import { counted, list, t } from './i18n.js';

const REASONS = {
  'no-article': 'reasonNoArticle',
  'browser-page': 'reasonBrowserPage',
  'no-access': 'reasonNoAccess',
  'error-page': 'reasonErrorPage',
  error: 'reasonError',
};

function onDetails(s) {
  const { statements = 0 } = s.summary ?? {};
  const hid = ['fundraising', 'comments', 'newsletter', 'video', 'rules'].map((key) => s.summary?.[key] && counted(key, s.summary[key])).filter(Boolean);
  const details = [hid.length ? t('hidList', list(hid)) : t('nothingHidden')];
  if (s.mode !== 'declutter') details.push(statements ? counted('statements', statements) : t('noStatements'));
  const { closed = 0, limits = [] } = s.summary ?? {};
  if (closed) details.push(counted('closedRoots', closed));
  if (limits.length) details.push(t('limitsReached'));
  return details.join(' ');
}

/** {state: 'on'|'off'|'problem', title, details} for a page state. */
export function describe(s) {
  if (s.on) {
    const title = t(s.mode === 'declutter' ? 'statusDeclutterOn' : 'statusReaderOn');
    return { state: 'on', title, details: onDetails(s) };
  }
  if (s.ok && !s.reason) return { state: 'off', title: t('statusOff'), details: '' };
  const words = t(REASONS[s.reason] ?? REASONS.error);
  const details = s.reason === 'error' && s.message ? `${words} (${s.message})` : words;
  return { state: 'problem', title: t('statusProblem'), details };
}
