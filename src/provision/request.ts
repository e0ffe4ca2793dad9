import { parseCompression } from '../core/compression.js';
import { usageError } from '../core/errors.js';
import { FIXED_OUTPUT_POLICIES, type FixedOutputPolicy } from '../worker/trust-class.js';
import { parseInstallMode } from './install.js';
import type { ProvisionOptions } from './provision.js';

/**
 * What provisioning is asked to do, but the secrets (they travel on stdin or in root-only files, never in
 * argv): one typed object, written out once as `provision` flags (requestToArgv: the action's sudo path) and
 * read back once (requestFromFlags: the CLI), so the three places that provision cannot drift apart.
 */
export type ProvisionRequest = Omit<ProvisionOptions, 'signingKey' | 'credentials' | 'fixedOutputSigningKey' | 'log' | 'warn'>;

/** The flags of a request, for node:util parseArgs (the CLI adds its secret and output flags). */
export const REQUEST_FLAGS = {
  cache: { type: 'string' },
  substituter: { type: 'string' },
  install: { type: 'string', default: 'auto' },
  'nix-installer-url': { type: 'string' },
  'nix-installer-sha256': { type: 'string' },
  'nix-installer-cache-dir': { type: 'string' },
  compression: { type: 'string', default: 'zstd' },
  'upload-concurrency': { type: 'string' },
  'max-attempts': { type: 'string' },
  'retry-base-ms': { type: 'string' },
  'extra-substituters': { type: 'string' },
  'extra-trusted-public-keys': { type: 'string' },
  'previous-public-keys': { type: 'string' },
  'extra-conf': { type: 'string', default: '' },
  'untrust-user': { type: 'string', multiple: true },
  'fixed-output': { type: 'string', default: 'withhold' },
  'witness-cache': { type: 'string', multiple: true },
  'on-divergence': { type: 'string', default: 'warn' },
} as const;

export type RequestFlagValues = {
  [K in keyof typeof REQUEST_FLAGS]?: (typeof REQUEST_FLAGS)[K] extends { multiple: true } ? string[] : string;
};

const DEFAULT_CONCURRENCY = 4;
const DEFAULT_ATTEMPTS = 10;

/** Splits a whitespace- or newline-separated list. */
export function splitList(text: string | undefined): string[] {
  return (text ?? '').split(/\s+/).filter(Boolean);
}

const list = (flag: string, xs: readonly string[] | undefined) => (xs?.length ? [flag, xs.join(' ')] : []);
const each = (flag: string, xs: readonly string[] | undefined) => (xs ?? []).flatMap((x) => [flag, x]);
// `--flag=value`: a value may begin with `-` (extra-conf text), which as a separate word parses as a flag
const opt = (flag: string, x: string | number | undefined) => (x === undefined || x === '' ? [] : [`${flag}=${x}`]);

/** The request as `provision` flags. */
export function requestToArgv(r: ProvisionRequest): string[] {
  return [
    '--cache',
    r.cache,
    ...opt('--substituter', r.substituter),
    '--install',
    r.install,
    ...opt('--nix-installer-url', r.official?.url),
    ...opt('--nix-installer-sha256', r.official?.sha256),
    ...opt('--nix-installer-cache-dir', r.official?.cacheDir),
    '--compression',
    r.compression,
    '--upload-concurrency',
    String(r.uploadConcurrency),
    '--max-attempts',
    String(r.maxAttempts),
    ...opt('--retry-base-ms', r.retryBaseMs),
    ...list('--extra-substituters', r.extraSubstituters),
    ...list('--extra-trusted-public-keys', r.extraTrustedPublicKeys),
    ...list('--previous-public-keys', r.previousPublicKeys),
    ...opt('--extra-conf', r.extraConf),
    ...each('--untrust-user', r.untrustUsers),
    '--fixed-output',
    r.fixedOutput ?? 'withhold',
    ...each('--witness-cache', r.witnessCaches),
    '--on-divergence',
    r.onDivergence ?? 'warn',
  ];
}

function oneOf<T extends string>(flag: string, text: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(text)) return text as T;
  throw usageError(`${flag}: ${JSON.stringify(text)} is not one of ${allowed.join(', ')}`);
}

function positive(flag: string, text: string | undefined, dflt: number): number {
  if (text === undefined) return dflt;
  if (!/^\d+$/.test(text) || Number(text) < 1) throw usageError(`${flag} must be a positive whole number, not ${JSON.stringify(text)}`);
  return Number(text);
}

/** The request from parsed flags, checked: a bad value is a usage error naming its flag. */
export function requestFromFlags(v: RequestFlagValues): ProvisionRequest {
  if (!v.cache) throw usageError('provision: --cache URL is required');
  const r: ProvisionRequest = {
    cache: v.cache,
    install: parseInstallMode(v.install ?? 'auto'),
    compression: parseCompression(v.compression ?? 'zstd'),
    uploadConcurrency: positive('--upload-concurrency', v['upload-concurrency'], DEFAULT_CONCURRENCY),
    maxAttempts: positive('--max-attempts', v['max-attempts'], DEFAULT_ATTEMPTS),
    extraSubstituters: splitList(v['extra-substituters']),
    extraTrustedPublicKeys: splitList(v['extra-trusted-public-keys']),
    previousPublicKeys: splitList(v['previous-public-keys']),
    extraConf: v['extra-conf'] ?? '',
    untrustUsers: v['untrust-user'] ?? [],
    fixedOutput: oneOf<FixedOutputPolicy>('--fixed-output', v['fixed-output'] ?? 'withhold', FIXED_OUTPUT_POLICIES),
    witnessCaches: v['witness-cache'] ?? [],
    onDivergence: oneOf('--on-divergence', v['on-divergence'] ?? 'warn', ['warn', 'withhold'] as const),
  };
  if (v.substituter) r.substituter = v.substituter;
  if (v['retry-base-ms']) r.retryBaseMs = positive('--retry-base-ms', v['retry-base-ms'], 1000);
  if (v['nix-installer-url'] || v['nix-installer-sha256']) {
    r.official = { url: v['nix-installer-url'] ?? '', sha256: v['nix-installer-sha256'] ?? '' };
    // A kept tarball (the action's Actions-cache copy): still checked against the sha256 before it runs.
    if (v['nix-installer-cache-dir']) r.official.cacheDir = v['nix-installer-cache-dir'];
  }
  return r;
}
