// clearpress demo page: runs the wasm core (./pkg, built by `./build.sh serve`) on the
// bundled sample pages (./samples) or on a saved page the user opens, and shows what the
// extension would hide, the reader view and the quotes.

import init, { analyze_document as analyzeDocument, version } from './pkg/clearpress.js';

const $ = (id) => document.getElementById(id);

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') node.className = v;
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c);
  return node;
}

function status(text, isError = false) {
  $('status').textContent = text;
  $('status').classList.toggle('error', isError);
}

function showClutter(items) {
  $('clutter-count').textContent = `(${items.length})`;
  const list = $('clutter');
  list.replaceChildren();
  if (items.length === 0) list.append(el('li', { class: 'empty' }, 'Nothing to hide.'));
  for (const c of items) {
    const text = c.text.length > 220 ? `${c.text.slice(0, 220)}…` : c.text;
    list.append(
      el('li', {},
        el('span', { class: `badge ${c.kind}` }, c.kind),
        el('span', { class: 'reason' }, c.reason),
        el('q', { class: 'text' }, text)),
    );
  }
}

// content_html is allow-listed, sanitized HTML from the core. It goes into a <div> of this
// page (scripts inserted this way never run, and the page's CSP forbids inline handlers).
function showArticle(reader) {
  const head = $('article-head');
  head.replaceChildren();
  // The headline and day a reader sees on the page, as the extension's reader header shows them.
  const title = reader.headline || reader.title;
  if (title) head.append(el('h3', { class: 'title' }, title));
  const meta = [reader.byline, reader.site_name, reader.date || reader.published_time].filter(Boolean);
  if (meta.length) head.append(el('p', { class: 'meta' }, meta.join(' · ')));
  const article = $('article');
  if (reader.lang) article.setAttribute('lang', reader.lang);
  else article.removeAttribute('lang');
  if (reader.dir) article.setAttribute('dir', reader.dir);
  else article.removeAttribute('dir');
  article.innerHTML = reader.content_html || '<p class="empty">No article found.</p>';
  for (const img of article.querySelectorAll('img')) {
    img.addEventListener('error', () => { img.hidden = true; }, { once: true });
  }
}

function showQuotes(quotes) {
  $('quotes-count').textContent = `(${quotes.length})`;
  const list = $('quotes');
  list.replaceChildren();
  if (quotes.length === 0) list.append(el('li', { class: 'empty' }, 'No quotes.'));
  quotes.forEach((q, i) => {
    const item = el('li', { tabindex: '0', dataset: { q: String(i), kind: q.kind } },
      el('span', { class: `badge ${q.kind}` }, q.label || q.kind),
      el('span', { class: 'speaker' }, q.speaker || 'speaker unknown'),
      el('q', { class: 'text' }, q.text));
    list.append(item);
  });
}

// Highlights quote `id` in both the list and the article (the article's pieces carry
// data-q); a second click turns it off.
function highlight(id, scroll) {
  const item = $('quotes').querySelector(`li[data-q="${id}"]`);
  const on = !(item && item.classList.contains('on'));
  for (const n of document.querySelectorAll('.on')) n.classList.remove('on');
  if (!on) return;
  const pieces = $('article').querySelectorAll(`.cp-quote[data-q="${id}"]`);
  for (const n of [item, ...pieces]) n?.classList.add('on');
  if (scroll) (scroll === 'article' ? pieces[0] : item)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

function analyze(html, label) {
  const t0 = performance.now();
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const t1 = performance.now();
  const report = analyzeDocument(doc);
  const t2 = performance.now();
  showClutter(report.clutter);
  showArticle(report.reader);
  showQuotes(report.quotes);
  status(`${label}: ${report.nodes} nodes, parsed in ${(t1 - t0).toFixed(1)} ms, ` +
    `analysed in ${(t2 - t1).toFixed(1)} ms (clearpress ${version()}, model ${report.digest}).`);
}

async function loadSample(sample) {
  status(`Loading ${sample.file}…`);
  const res = await fetch(`samples/${encodeURIComponent(sample.file)}`);
  if (!res.ok) throw new Error(`samples/${sample.file}: HTTP ${res.status}`);
  analyze(await res.text(), sample.title || sample.name);
}

function guard(promise) {
  promise.catch((e) => status(`Error: ${e && e.message ? e.message : e}`, true));
}

async function main() {
  await init();
  $('quotes').addEventListener('click', (e) => {
    const li = e.target.closest('li[data-q]');
    if (li) highlight(li.dataset.q, 'article');
  });
  $('quotes').addEventListener('keydown', (e) => {
    const li = e.target.closest('li[data-q]');
    if (li && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      highlight(li.dataset.q, 'article');
    }
  });
  $('article').addEventListener('click', (e) => {
    const piece = e.target.closest('.cp-quote[data-q]');
    if (piece) highlight(piece.dataset.q, 'list');
  });
  $('file').addEventListener('change', () => {
    const file = $('file').files[0];
    if (file) guard(file.text().then((html) => analyze(html, file.name)));
  });

  const select = $('sample');
  let samples = [];
  try {
    const res = await fetch('samples/index.json');
    if (res.ok) samples = await res.json();
  } catch (_) {
    // No samples: the file input still works.
  }
  select.replaceChildren(...samples.map((s, i) => el('option', { value: String(i) }, s.title || s.name)));
  if (samples.length === 0) {
    select.append(el('option', {}, 'no samples (run ./build.sh serve)'));
    status('Ready. Open a saved page.');
    return;
  }
  select.disabled = false;
  select.addEventListener('change', () => guard(loadSample(samples[Number(select.value)])));
  const wanted = new URLSearchParams(location.search).get('sample');
  const start = Math.max(0, samples.findIndex((s) => s.name === wanted));
  select.value = String(start);
  await loadSample(samples[start]);
}

guard(main());
