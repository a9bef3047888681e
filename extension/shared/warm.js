// A small made-up news page as a flat snapshot (the format of dom.js's `snapshot`, see
// core::model::Page::from_flat), for the core's warm-up run (shared/core.js `preload`). It
// has what most articles have — navigation, a headline, a byline, paragraphs with quoted
// statements, a share bar, comments, a footer — so the warm-up goes through the same
// analyses a real page does. Its content does not matter beyond that.

const ELEMENT = 1; // core::model::FLAT_ELEMENT
const TEXT = 3; // core::model::FLAT_TEXT

const SAID = [
  '“We will open the new bridge in the spring,” the mayor said on Tuesday.',
  'Residents were divided. “It took too long,” said Ana Ruiz, who lives nearby, “but it is good news.”',
  'The council voted 7 to 2 for the plan, which costs 40 million, after a debate of three hours.',
  'According to the engineers, the works “went as planned” despite the flooding in March.',
  '“Traffic in the old town will fall by a third,” the transport office said in a statement.',
  'Critics said the money should have gone to buses. "This is a bridge for cars," one wrote.',
];

// [name, {attributes}, ...children]; a string child is a text node.
function page() {
  const p = (text) => ['p', {}, text];
  return [
    'html',
    { lang: 'en' },
    ['head', {}, ['title', {}, 'New bridge opens in spring | City News'], ['meta', { property: 'og:title', content: 'New bridge opens in spring' }]],
    [
      'body',
      { class: 'site' },
      ['nav', { class: 'menu' }, ['ul', {}, ['li', {}, ['a', { href: '/' }, 'Home']], ['li', {}, ['a', { href: '/city' }, 'City']]]],
      [
        'main',
        {},
        [
          'article',
          { class: 'post-content' },
          ['h1', {}, 'New bridge opens in spring'],
          ['p', { class: 'byline' }, 'By ', ['a', { rel: 'author', href: '/staff/lee' }, 'Sam Lee']],
          ...SAID.map(p),
          ['div', { class: 'share' }, ['a', { href: '#' }, 'Share'], ['a', { href: '#' }, 'Tweet']],
        ],
        ['section', { id: 'comments', class: 'comments' }, ['h2', {}, 'Comments (2)'], p('Finally!'), p('Too expensive.')],
      ],
      ['footer', {}, p('© City News')],
    ],
  ];
}

/** `{structure, strings}` of the warm-up page. */
export function warmUpSnapshot() {
  const structure = [];
  const strings = [];
  // [node, parent's arena index]; the document is index 0.
  const stack = [[page(), 0]];
  let next = 1;
  while (stack.length > 0) {
    const [node, parent] = stack.pop();
    const index = next++;
    if (typeof node === 'string') {
      structure.push(parent, TEXT);
      strings.push(node);
      continue;
    }
    const [name, attrs, ...children] = node;
    const pairs = Object.entries(attrs);
    structure.push(parent, (pairs.length << 2) | ELEMENT);
    strings.push(name, ...pairs.flat());
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], index]);
  }
  return { structure: Uint32Array.from(structure), strings: strings.join('\0') };
}
