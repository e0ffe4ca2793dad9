// A store entry that the directory listing called a regular file, but that is a FIFO by the time it is
// opened (a tree changing under the walk): it is refused at once. Opened without O_NONBLOCK, a FIFO blocks
// the walk until some writer opens it, i.e. for ever; so the walk runs in a child process, which a timeout
// can stop, and a hang fails the test instead of stalling the suite.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';

const NAR = fileURLToPath(new URL('../../src/nix/nar.ts', import.meta.url));

// The listing says every entry is a regular file, as it did before the entry changed.
const CHILD = `
const fs = require('node:fs');
const real = fs.readdirSync;
fs.readdirSync = (path, options) => real(path, options).map((d) =>
  Object.assign(Object.create(Object.getPrototypeOf(d)), d, { isFile: () => true, isDirectory: () => false, isSymbolicLink: () => false }));
require('node:module').syncBuiltinESMExports();
import(${JSON.stringify(NAR)}).then(({ narChunks }) => {
  try { [...narChunks(process.argv[1])]; console.log('no error'); } catch (e) { console.log(e.message); }
});
`;

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

it('refuses an entry listed as a file that is a FIFO when opened, without waiting for a writer', () => {
  const root = mkdtempSync(join(tmpdir(), 'ntc-nar-race-'));
  dirs.push(root);
  expect(spawnSync('mkfifo', [join(root, 'pipe')]).status).toBe(0);
  const r = spawnSync(process.execPath, ['-e', CHILD, root], { encoding: 'utf8', timeout: 15_000 });
  expect(r.signal, 'the walk blocked on the FIFO and was killed').toBeNull();
  expect(r.stdout.trim()).toBe(`${join(root, 'pipe')} changed while it was read`);
});
