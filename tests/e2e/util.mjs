export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until `ok(value)` holds; returns the last value (the caller asserts). */
export async function waitFor(probe, ok, { timeout = 10000, every = 100 } = {}) {
  const end = Date.now() + timeout;
  let value = await probe();
  while (!ok(value) && Date.now() < end) {
    await sleep(every);
    value = await probe();
  }
  return value;
}
