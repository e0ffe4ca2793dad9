// Bundles the action's entry points and the CLI into dist/ (committed: GitHub runs dist/ as it is).
// Each bundle is self-contained: provisioning copies dist/cli.js alone as the root-owned worker.
// The output is deterministic, so CI checks that dist/ matches src/ by rebuilding and diffing.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { chmod } from 'node:fs/promises';

// Some bundled dependencies are CommonJS and call require(): give the ESM bundle one.
const requireShim =
  "import { createRequire as __ntcCreateRequire } from 'node:module'; const require = __ntcCreateRequire(import.meta.url);";

// The NAR encoder threads' program (src/push/encoder-thread.ts), as a string the bundles start threads from
// (new Worker(code, { eval: true })): CommonJS, since eval'd worker code is a script.
const thread = await build({
  entryPoints: ['src/push/encoder-thread.ts'],
  write: false,
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'cjs',
  legalComments: 'none',
  logLevel: 'warning',
});
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const define = { __NTC_ENCODER_THREAD__: JSON.stringify(thread.outputFiles[0].text), __NTC_VERSION__: JSON.stringify(version) };

// dist/ is not emptied first: suites build concurrently while others read it; check-dist catches leftovers.
for (const [name, entry, shebang] of [
  ['main', 'src/action/main.ts', false],
  ['post', 'src/action/post.ts', false],
  ['cli', 'src/cli.ts', true],
]) {
  await build({
    entryPoints: [entry],
    outfile: `dist/${name}.js`,
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    legalComments: 'none',
    logLevel: 'warning',
    banner: { js: (shebang ? '#!/usr/bin/env node\n' : '') + requireShim },
    define,
  });
}

// The CLI is the package's bin: keep it executable in git too.
await chmod('dist/cli.js', 0o755);
