// Packs a directory into a zip with its contents at the archive root (what both stores and
// `about:debugging` expect), using Python's zipfile so the build needs no npm zip library.
import { readdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export function zipDir(dir, out) {
  const target = resolve(out);
  rmSync(target, { force: true });
  const entries = readdirSync(dir).sort();
  const r = spawnSync('python3', ['-m', 'zipfile', '-c', target, ...entries], {
    cwd: dir,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error(`zip failed for ${dir} (python3 -m zipfile)`);
}
