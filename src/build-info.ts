import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UserError } from './core/errors.js';
import { sha256Hex } from './core/hash.js';

// The package version, set by scripts/build.mjs; running from src/ (tests) there is none.
declare const __NTC_VERSION__: string | undefined;

/** This release's version (package.json), or "dev" when running from src/. */
export const VERSION: string = typeof __NTC_VERSION__ === 'string' ? __NTC_VERSION__ : 'dev';

/**
 * The CLI bundle of this release (dist/cli.js beside the running bundle; from src/, the built one): what
 * provisioning installs as the worker, and what `status` and the audit compare with what is installed.
 */
export function ownBundle(): string {
  const here = fileURLToPath(new URL('./cli.js', import.meta.url));
  if (existsSync(here)) return here;
  const fromSrc = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
  if (existsSync(fromSrc)) return fromSrc;
  throw new UserError('cannot find the worker bundle (dist/cli.js): run npm run build');
}

/** The sha256 of this release's bundle, or undefined when there is none to read. */
export function ownBundleSha256(): string | undefined {
  try {
    return sha256Hex(readFileSync(ownBundle()));
  } catch {
    return undefined;
  }
}

/** What is installed against this release: the same bundle, another one, or unknown (no stamp: an older release). */
export function installedRelease(config: { version?: string; bundleSha256?: string } | undefined, own: string | undefined) {
  if (!config) return undefined;
  const matches = config.bundleSha256 !== undefined && own !== undefined ? config.bundleSha256 === own : undefined;
  return { version: config.version ?? 'unknown (before version stamps)', bundleSha256: config.bundleSha256, matches };
}
