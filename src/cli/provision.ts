import { readFileSync } from 'node:fs';
import { parseCredentials } from '../cache/credentials.js';
import type { S3Credentials } from '../cache/s3.js';
import { parseCompression } from '../core/compression.js';
import { UserError, usageError } from '../core/errors.js';
import { readSecretKeyFile } from '../core/key-file.js';
import { parseSecretKey, type SecretKey } from '../core/keys.js';
import { parseInstallMode } from '../provision/install.js';
import { provision, type ProvisionOptions } from '../provision/provision.js';
import { FIXED_OUTPUT_POLICIES, type FixedOutputPolicy } from '../worker/trust-class.js';
import { parseCommandArgs, positiveInt } from './args.js';

const USAGE = `usage: nix-trusted-cache provision --cache URL (--signing-key-file FILE | --secrets-stdin) [options]
  --substituter URL             what consumers read (derived from --cache when absent)
  --credentials-file FILE       JSON {"accessKeyId","secretAccessKey"[,"sessionToken"]} for S3
  --secrets-stdin               read {"signingKey": "...", "credentials": {...}} as JSON from stdin
  --install auto|official|distro|skip   (default auto)
  --nix-installer-url URL --nix-installer-sha256 HEX [--nix-installer-cache-dir DIR]
  --compression zstd|xz|br|none --upload-concurrency N --max-attempts N
  --extra-substituters "URL …" --extra-trusted-public-keys "KEY …" --previous-public-keys "KEY …" --extra-conf TEXT
  --untrust-user NAME           remove NAME from trusted-users (repeatable; e.g. the runner user)
  --fixed-output withhold|separate-key|sign   fixed-output (fetched) outputs: not signed (default), signed
                                with the key in the secrets document's fixedOutputSigningKey or in
                                --fixed-output-signing-key-file, or signed with the main key (unsafe for untrusted jobs)
  --json                        print the report as JSON`;

/** Splits a whitespace- or newline-separated list input. */
export function splitList(text: string | undefined): string[] {
  return (text ?? '').split(/\s+/).filter(Boolean);
}

function readStdin(): string {
  try {
    return readFileSync(0, 'utf8');
  } catch {
    return '';
  }
}

/** Secrets arrive on stdin (never argv or env): {"signingKey": "name:base64", "credentials"?, "fixedOutputSigningKey"?}. */
export function parseSecretsDocument(text: string): { key: SecretKey; credentials?: S3Credentials; fixedOutputKey?: SecretKey } {
  let doc: { signingKey?: unknown; credentials?: unknown; fixedOutputSigningKey?: unknown };
  try {
    doc = JSON.parse(text) as typeof doc;
  } catch {
    throw new UserError('--secrets-stdin: standard input is not a JSON document {"signingKey": "…"}');
  }
  if (typeof doc.signingKey !== 'string') throw new UserError('--secrets-stdin: the document has no signingKey');
  const out: { key: SecretKey; credentials?: S3Credentials; fixedOutputKey?: SecretKey } = { key: parseSecretKey(doc.signingKey) };
  if (doc.credentials) out.credentials = parseCredentials(JSON.stringify(doc.credentials));
  if (typeof doc.fixedOutputSigningKey === 'string' && doc.fixedOutputSigningKey)
    out.fixedOutputKey = parseSecretKey(doc.fixedOutputSigningKey);
  return out;
}

function onDivergence(text: string): 'warn' | 'withhold' {
  if (text === 'warn' || text === 'withhold') return text;
  throw usageError(`--on-divergence: ${JSON.stringify(text)} is not one of warn, withhold`);
}

export async function provisionCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('provision', args, {
    cache: { type: 'string' },
    substituter: { type: 'string' },
    'signing-key-file': { type: 'string' },
    'credentials-file': { type: 'string' },
    'secrets-stdin': { type: 'boolean', default: false },
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
    'fixed-output-signing-key-file': { type: 'string' },
    'witness-cache': { type: 'string', multiple: true },
    'on-divergence': { type: 'string', default: 'warn' },
    json: { type: 'boolean', default: false },
  });
  if (positionals.length > 0 || !values.cache) throw usageError(USAGE);
  if (!values['secrets-stdin'] === !values['signing-key-file'])
    throw usageError('provision: give exactly one of --signing-key-file FILE or --secrets-stdin');
  const install = parseInstallMode(values.install!);
  const compression = parseCompression(values.compression!);
  let key: SecretKey;
  let credentials: S3Credentials | undefined;
  let fixedOutputKey: SecretKey | undefined;
  if (values['secrets-stdin']) ({ key, credentials, fixedOutputKey } = parseSecretsDocument(readStdin()));
  else key = await readSecretKeyFile(values['signing-key-file']!);
  if (values['credentials-file']) credentials = parseCredentials(readFileSync(values['credentials-file'], 'utf8'));
  if (values['fixed-output-signing-key-file']) fixedOutputKey = await readSecretKeyFile(values['fixed-output-signing-key-file']);
  const fixedOutput = values['fixed-output']!;
  if (!(FIXED_OUTPUT_POLICIES as readonly string[]).includes(fixedOutput))
    throw usageError(`--fixed-output: ${JSON.stringify(fixedOutput)} is not one of ${FIXED_OUTPUT_POLICIES.join(', ')}`);

  const opts: ProvisionOptions = {
    cache: values.cache,
    signingKey: key,
    install,
    compression,
    uploadConcurrency: positiveInt('--upload-concurrency', values['upload-concurrency'], 4),
    maxAttempts: positiveInt('--max-attempts', values['max-attempts'], 10),
    extraSubstituters: splitList(values['extra-substituters']),
    extraTrustedPublicKeys: splitList(values['extra-trusted-public-keys']),
    previousPublicKeys: splitList(values['previous-public-keys']),
    extraConf: values['extra-conf']!,
    untrustUsers: values['untrust-user'] ?? [],
    fixedOutput: fixedOutput as FixedOutputPolicy,
    witnessCaches: values['witness-cache'] ?? [],
    onDivergence: onDivergence(values['on-divergence']!),
    log: (line) => process.stderr.write(`${line}\n`),
    warn: (line) => process.stderr.write(`warning: ${line}\n`),
  };
  if (values.substituter) opts.substituter = values.substituter;
  if (credentials) opts.credentials = credentials;
  if (fixedOutputKey) opts.fixedOutputSigningKey = fixedOutputKey;
  if (values['retry-base-ms']) opts.retryBaseMs = positiveInt('--retry-base-ms', values['retry-base-ms'], 1000);
  if (values['nix-installer-url'] || values['nix-installer-sha256']) {
    opts.official = { url: values['nix-installer-url'] ?? '', sha256: values['nix-installer-sha256'] ?? '' };
    // A kept tarball (the action's Actions-cache copy): still checked against the sha256 before it runs.
    if (values['nix-installer-cache-dir']) opts.official.cacheDir = values['nix-installer-cache-dir'];
  }
  const report = await provision(opts);
  if (values.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else {
    process.stdout.write(`public key:  ${report.publicKey}\nsubstituter: ${report.substituter}\n`);
    if (report.fixedOutputPublicKey) process.stdout.write(`fixed-output public key: ${report.fixedOutputPublicKey}\n`);
    if (report.previousPublicKeys.length)
      process.stdout.write(`previous public keys (still trusted): ${report.previousPublicKeys.join(' ')}\n`);
    process.stdout.write(
      report.changed.length ? `changed:     ${report.changed.join(', ')}\n` : 'unchanged:   everything was already in place\n',
    );
  }
  return 0;
}
