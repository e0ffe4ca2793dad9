import { parseCacheUrl } from '../cache/url.js';
import { parseCompression } from '../core/compression.js';
import { errorMessage, usageError } from '../core/errors.js';
import { parseSecretKey, type SecretKey } from '../core/keys.js';
import type { Compression } from '../core/narinfo.js';
import { parseInstallMode, type InstallMode } from '../provision/install.js';
import { FIXED_OUTPUT_POLICIES, type FixedOutputPolicy } from '../worker/trust-class.js';
import { parseWitness } from '../worker/witness.js';

export type Trust = 'strict' | 'warn' | 'off';
export type OnUploadError = 'warn' | 'fail';
/** `deprovision`: undo provisioning instead of running a job (refusing while uploads are queued, unless told). */
export type DeprovisionMode = 'false' | 'true' | 'drop-queue' | 'keep-queue';

/** The action's inputs, validated (docs/architecture.md, "Interfaces"; action.yml). Secrets stay in memory; they are masked by the caller. */
export interface ActionInputs {
  cache?: string;
  substituter?: string;
  signingKey?: SecretKey;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  install: InstallMode;
  nixInstallerUrl: string;
  nixInstallerSha256: string;
  extraSubstituters: string[];
  extraTrustedPublicKeys: string[];
  previousPublicKeys: string[];
  extraConf: string;
  compression: Compression;
  uploadConcurrency: number;
  drainTimeoutSeconds: number;
  onUploadError: OnUploadError;
  deprovision: DeprovisionMode;
  trust: Trust;
  summary: boolean;
  fixedOutput: FixedOutputPolicy;
  fixedOutputSigningKey?: SecretKey;
  witnessCaches: string[]; // "URL PUBLIC-KEY" each
  onDivergence: 'warn' | 'withhold';
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw usageError(`input ${name}: ${JSON.stringify(value)} is not one of ${allowed.join(', ')}`);
}

const list = (s: string) => s.split(/\s+/).filter(Boolean);

/** Parses inputs through `get` (core.getInput in the action; a map in tests). */
export function parseInputs(get: (name: string) => string): ActionInputs {
  const cache = get('cache').trim();
  if (cache) parseCacheUrl(cache); // validates the form now, with a clear message
  const key = get('signing-key').trim();
  const id = get('aws-access-key-id').trim();
  const secret = get('aws-secret-access-key').trim();
  if (Boolean(id) !== Boolean(secret))
    throw usageError('inputs aws-access-key-id and aws-secret-access-key go together: give both or neither');
  const concurrency = get('upload-concurrency').trim() || '4';
  if (!/^\d+$/.test(concurrency) || Number(concurrency) < 1 || Number(concurrency) > 64) {
    throw usageError(`input upload-concurrency: ${JSON.stringify(concurrency)} is not a whole number from 1 to 64`);
  }
  const drain = get('drain-timeout').trim() || '300';
  if (!/^\d+(\.\d+)?$/.test(drain))
    throw usageError(`input drain-timeout: ${JSON.stringify(drain)} is not a non-negative number of seconds`);
  const summary = get('summary').trim() || 'true';
  const inputs: ActionInputs = {
    install: parseInstallMode(get('install').trim() || 'auto'),
    nixInstallerUrl: get('nix-installer-url').trim(),
    nixInstallerSha256: get('nix-installer-sha256').trim().toLowerCase(),
    extraSubstituters: list(get('extra-substituters')),
    extraTrustedPublicKeys: list(get('extra-trusted-public-keys')),
    previousPublicKeys: list(get('previous-public-keys')),
    extraConf: get('extra-conf'),
    compression: parseCompression(get('compression').trim() || 'zstd'),
    uploadConcurrency: Number(concurrency),
    drainTimeoutSeconds: Number(drain),
    onUploadError: oneOf('on-upload-error', get('on-upload-error').trim() || 'warn', ['warn', 'fail'] as const),
    deprovision: oneOf('deprovision', get('deprovision').trim() || 'false', ['false', 'true', 'drop-queue', 'keep-queue'] as const),
    trust: oneOf('trust', get('trust').trim() || 'warn', ['strict', 'warn', 'off'] as const),
    summary: oneOf('summary', summary, ['true', 'false'] as const) === 'true',
    fixedOutput: oneOf('fixed-output', get('fixed-output').trim() || 'withhold', FIXED_OUTPUT_POLICIES),
    witnessCaches: get('witness-caches')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
    onDivergence: oneOf('on-divergence', get('on-divergence').trim() || 'warn', ['warn', 'withhold'] as const),
  };
  for (const w of inputs.witnessCaches) {
    try {
      parseWitness(w);
    } catch (err) {
      throw usageError(`input witness-caches: ${errorMessage(err)}`);
    }
  }
  const foKey = get('fixed-output-signing-key').trim();
  if (inputs.fixedOutput === 'separate-key' && !foKey)
    throw usageError(
      'input fixed-output: separate-key needs input fixed-output-signing-key (a key of its own: nix-trusted-cache keygen NAME)',
    );
  if (foKey) inputs.fixedOutputSigningKey = parseSecretKey(foKey);
  if (cache) inputs.cache = cache;
  const sub = get('substituter').trim();
  if (sub) inputs.substituter = sub;
  if (key) {
    if (!cache) throw usageError('input signing-key needs input cache: where should the worker upload?');
    inputs.signingKey = parseSecretKey(key);
  }
  if (id) {
    inputs.credentials = { accessKeyId: id, secretAccessKey: secret };
    const token = get('aws-session-token').trim();
    if (token) inputs.credentials.sessionToken = token;
  }
  return inputs;
}
