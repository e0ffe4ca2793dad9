import { createRequire } from 'node:module';
import { brotliDecompressSync } from 'node:zlib';
import * as errors from '../core/errors.js';
import type { CacheBackend } from './backend.js';
import { FileCache } from './file.js';
import * as multipart from './s3-multipart.js';
import type { S3Credentials } from './s3.js';
import type { CacheLocation } from './url.js';

// The S3 backend and the AWS SDK, as a CommonJS program that scripts/build.mjs puts into each bundle as a
// string (brotli-compressed, base64). Undefined when running src/ (tests): then it is an ordinary dynamic import.
declare const __NTC_S3_BROTLI__: string | undefined;

type S3Module = typeof import('./s3.js');
let s3Module: S3Module | undefined;

/**
 * The S3 backend, loaded on first use. In a bundle its code is compiled only now: it is two thirds of the
 * CLI, and a file:// push or a worker on a file:// cache would otherwise compile it at every start (some
 * 20 ms before the first NAR) and keep it in memory. It shares the host's modules whose identity or state
 * matter (UserError for `instanceof`, the register of open multipart uploads that a stopping worker aborts).
 */
async function loadS3(): Promise<S3Module> {
  if (typeof __NTC_S3_BROTLI__ !== 'string') return import('./s3.js');
  if (s3Module) return s3Module;
  const shared: Record<string, unknown> = { 'ntc-host:errors': errors, 'ntc-host:s3-multipart': multipart };
  const nodeRequire = createRequire(import.meta.url);
  const module = { exports: {} as S3Module };
  const program = brotliDecompressSync(Buffer.from(__NTC_S3_BROTLI__, 'base64')).toString('utf8');
  const run = new Function('module', 'exports', 'require', program) as (m: unknown, e: unknown, r: (id: string) => unknown) => void;
  run(module, module.exports, (id) => shared[id] ?? nodeRequire(id));
  return (s3Module = module.exports);
}

/** The backend for a cache URL. */
export async function openCache(loc: CacheLocation, credentials?: S3Credentials): Promise<CacheBackend> {
  if (loc.kind === 'file') return new FileCache(loc.dir);
  const { S3Cache } = await loadS3();
  return new S3Cache(loc, credentials);
}
