// A minimal W3C WebDriver client over HTTP (fetch), enough to drive geckodriver.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf'; // W3C WebDriver's web element key
// WebDriver's code points for named keys.
const KEYS = { Escape: '\uE00C', Enter: '\uE007', ArrowDown: '\uE015', ArrowUp: '\uE013' };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** Starts a driver binary on a free port; resolves once it accepts requests. */
export async function startDriver(binary, args = []) {
  const port = await freePort();
  const proc = spawn(binary, ['--port', String(port), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  proc.stdout.on('data', (d) => (log += d));
  proc.stderr.on('data', (d) => (log += d));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (proc.exitCode !== null) throw new Error(`${binary} exited: ${log.slice(-500)}`);
    try {
      await fetch(`${base}/status`);
      return { base, proc, log: () => log };
    } catch {
      await sleep(100);
    }
  }
  proc.kill();
  throw new Error(`${binary} did not start`);
}

export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  static async create(base, capabilities) {
    const value = await request(base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    return new Session(base, value.sessionId);
  }

  cmd(method, path, body) {
    return request(this.base, method, `/session/${this.id}${path}`, body);
  }

  /** Runs `fn` (self-contained) with `args` in the current context and returns its result. */
  exec(fn, ...args) {
    return this.cmd('POST', '/execute/sync', { script: `return (${fn})(...arguments);`, args });
  }

  // `selector` may step into open shadow roots with ` >>> ` (as the reader's rules do).
  async find(selector, index = 0) {
    const [first, ...inner] = selector.split(' >>> ');
    let els = await this.cmd('POST', '/elements', { using: 'css selector', value: first });
    for (const step of inner) {
      if (!els[0]) break;
      const shadow = Object.values(await this.cmd('GET', `/element/${els[0][ELEMENT]}/shadow`))[0];
      els = await this.cmd('POST', `/shadow/${shadow}/elements`, { using: 'css selector', value: step });
    }
    if (!els[index]) throw new Error(`no element ${selector} [${index}]`);
    return els[index][ELEMENT];
  }

  /** Moves the pointer onto `selector` (WebDriver actions). */
  async hover(selector) {
    const origin = { [ELEMENT]: await this.find(selector) };
    const actions = [{ type: 'pointerMove', origin, x: 0, y: 0 }];
    await this.cmd('POST', '/actions', { actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }] });
  }

  async click(selector, index = 0) {
    await this.cmd('POST', `/element/${await this.find(selector, index)}/click`, {});
  }

  /** A real right button click on `selector` (WebDriver actions), which opens the context menu. */
  async rightClick(selector) {
    const origin = { [ELEMENT]: await this.find(selector) };
    const actions = [{ type: 'pointerMove', origin, x: 0, y: 0 }, { type: 'pointerDown', button: 2 }, { type: 'pointerUp', button: 2 }];
    await this.cmd('POST', '/actions', { actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }] });
    await this.cmd('DELETE', '/actions');
  }

  /** Presses each key (WebDriver key values, e.g. '\uE013' for ArrowUp) down and up. */
  async keys(...values) {
    const actions = values.flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]);
    await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.cmd('DELETE', '/actions');
  }

  /** Clicks the first `selector` inside the open shadow root of the first `host`. */
  async clickInShadow(host, selector) {
    const shadow = await this.cmd('GET', `/element/${await this.find(host)}/shadow`);
    const id = Object.values(shadow)[0];
    const els = await this.cmd('POST', `/shadow/${id}/elements`, { using: 'css selector', value: selector });
    if (!els[0]) throw new Error(`no element ${selector} in ${host}'s shadow root`);
    await this.cmd('POST', `/element/${els[0][ELEMENT]}/click`, {});
  }

  /** Presses and releases one key (a character or a WebDriver key such as Escape). */
  press(key) {
    return this.keys(KEYS[key] ?? key);
  }

  async type(selector, index, text) {
    await this.cmd('POST', `/element/${await this.find(selector, index)}/value`, { text });
  }

  delete() {
    return this.cmd('DELETE', '');
  }
}

async function request(base, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json();
  if (json.value?.error) throw new Error(`${method} ${path}: ${json.value.error}: ${json.value.message}`);
  return json.value;
}
