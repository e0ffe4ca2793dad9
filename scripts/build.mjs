// Bundles the action's entry points and the CLI into dist/ (committed: GitHub runs dist/ as it is).
// Each bundle is self-contained: provisioning copies dist/cli.js alone as the root-owned worker.
// The output is deterministic, so CI checks that dist/ matches src/ by rebuilding and diffing.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { relative, resolve } from 'node:path';
import { chmod } from 'node:fs/promises';

// Some bundled dependencies are CommonJS and call require(): give the ESM bundle one.
const requireShim =
  "import { createRequire as __ntcCreateRequire } from 'node:module'; const require = __ntcCreateRequire(import.meta.url);";

/** A program the bundles carry as a string: CommonJS, since both uses evaluate it as a script. */
async function programText(entry, plugins = []) {
  const out = await build({
    entryPoints: [entry],
    write: false,
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'cjs',
    legalComments: 'none',
    logLevel: 'warning',
    plugins,
  });
  return out.outputFiles[0].text;
}

// The NAR encoder threads' program (src/push/encoder-thread.ts), which the bundles start threads from
// (new Worker(code, { eval: true })).
const thread = await programText('src/push/encoder-thread.ts');

// The S3 backend and the AWS SDK (two thirds of the CLI's code), as a string too: src/cache/open.ts evaluates
// it only for an S3 cache, so a push to file:// (and every worker, hook-started CLI or status call that never
// touches S3) neither compiles nor holds that code. The modules whose identity or state the rest of the CLI
// shares (UserError for `instanceof`, the register of open multipart uploads) come from the host bundle.
const S3_SHARED = { 'src/core/errors.ts': 'ntc-host:errors', 'src/cache/s3-multipart.ts': 'ntc-host:s3-multipart' };
const hostModules = {
  name: 'host-modules',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      const file = relative(process.cwd(), resolve(args.resolveDir, args.path)).replace(/\.js$/, '.ts');
      return S3_SHARED[file] ? { path: S3_SHARED[file], external: true } : undefined;
    });
  },
};
const s3 = await programText('src/cache/s3.ts', [hostModules]);
// Carried brotli-compressed, as base64: a literal of 1.5 MB cost every start 6.5 ms to read, decode and scan
// (node dist/cli.js --version: 49.5 ms with it, 43 ms without); 255 kB of base64 cost 1 ms, and the 2 ms
// to decompress are paid only when S3 is used. Deterministic: same input, same parameters, same output.
const s3Compressed = brotliCompressSync(s3, {
  params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: s3.length },
}).toString('base64');
// and the host bundles leave their own dynamic import of it (the fallback when running src/) unresolved
const s3External = {
  name: 's3-external',
  setup(b) {
    b.onResolve({ filter: /^\.\/s3\.js$/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const define = {
  __NTC_ENCODER_THREAD__: JSON.stringify(thread),
  __NTC_S3_BROTLI__: JSON.stringify(s3Compressed),
  __NTC_VERSION__: JSON.stringify(version),
};

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
    plugins: [s3External],
  });
}

// The CLI is the package's bin: keep it executable in git too.
await chmod('dist/cli.js', 0o755);
