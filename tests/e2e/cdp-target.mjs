// Talks to one CDP target that Playwright does not attach to (an extension's action popup)
// through the browser session: Target.attachToTarget without flattening, then
// Target.sendMessageToTarget / receivedMessageFromTarget.
export class TargetSession {
  static async attach(cdp, targetId) {
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
    return new TargetSession(cdp, targetId, sessionId);
  }

  constructor(cdp, targetId, sessionId) {
    this.cdp = cdp;
    this.targetId = targetId;
    this.sessionId = sessionId;
    this.next = 0;
    this.waiting = new Map();
    this.listener = (e) => {
      if (e.sessionId !== this.sessionId) return;
      const m = JSON.parse(e.message);
      const done = this.waiting.get(m.id);
      if (!done) return;
      this.waiting.delete(m.id);
      done(m);
    };
    cdp.on('Target.receivedMessageFromTarget', this.listener);
  }

  send(method, params = {}) {
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, (m) => (m.error ? reject(new Error(`${method}: ${m.error.message}`)) : resolve(m.result)));
      this.cdp
        .send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) })
        .catch(reject);
    });
  }

  /** Evaluates `fn` (self-contained, no arguments) in the target and returns its value. */
  async eval(fn) {
    const { result, exceptionDetails } = await this.send('Runtime.evaluate', {
      expression: `(${fn})()`,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  }

  /** A real (trusted) mouse click in the middle of the element `selector`. */
  async click(selector) {
    const box = await this.eval(`() => { const r = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; }`);
    const [x, y] = box;
    for (const type of ['mousePressed', 'mouseReleased']) {
      await this.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', clickCount: 1 });
    }
  }

  async close() {
    this.cdp.off('Target.receivedMessageFromTarget', this.listener);
    await this.cdp.send('Target.closeTarget', { targetId: this.targetId }).catch(() => {});
  }
}
