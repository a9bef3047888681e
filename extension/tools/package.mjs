// Store packages with Mozilla's web-ext (`web-ext build`, an npm dev-dependency): it zips the
// unpacked extension with its contents at the archive root, as both stores expect, and
// leaves out what does not belong in a package.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Packs the unpacked extension `dir` into the file `out`. */
export function pack(dir, out) {
  const bin = join(root, 'node_modules', '.bin', 'web-ext');
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run npm ci`);
  rmSync(out, { force: true });
  const args = ['build', '--source-dir', dir, '--artifacts-dir', dirname(out), '--filename', basename(out), '--overwrite-dest', '--no-config-discovery'];
  const r = spawnSync(bin, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`web-ext build failed for ${dir}`);
}
