import { readFileSync } from 'node:fs';
import { parseCredentials } from '../cache/credentials.js';
import type { S3Credentials } from '../cache/s3.js';
import { UserError, usageError } from '../core/errors.js';
import { readSecretKeyFile } from '../core/key-file.js';
import { parseSecretKey, type SecretKey } from '../core/keys.js';
import { provision, type ProvisionOptions } from '../provision/provision.js';
import { REQUEST_FLAGS, requestFromFlags } from '../provision/request.js';
import { parseCommandArgs } from './args.js';

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

export async function provisionCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('provision', args, {
    ...REQUEST_FLAGS,
    'signing-key-file': { type: 'string' },
    'credentials-file': { type: 'string' },
    'secrets-stdin': { type: 'boolean', default: false },
    'fixed-output-signing-key-file': { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  if (positionals.length > 0 || !values.cache) throw usageError(USAGE);
  if (!values['secrets-stdin'] === !values['signing-key-file'])
    throw usageError('provision: give exactly one of --signing-key-file FILE or --secrets-stdin');
  const request = requestFromFlags(values);
  let key: SecretKey;
  let credentials: S3Credentials | undefined;
  let fixedOutputKey: SecretKey | undefined;
  if (values['secrets-stdin']) ({ key, credentials, fixedOutputKey } = parseSecretsDocument(readStdin()));
  else key = await readSecretKeyFile(values['signing-key-file']!);
  if (values['credentials-file']) credentials = parseCredentials(readFileSync(values['credentials-file'], 'utf8'));
  if (values['fixed-output-signing-key-file']) fixedOutputKey = await readSecretKeyFile(values['fixed-output-signing-key-file']);

  const opts: ProvisionOptions = {
    ...request,
    signingKey: key,
    log: (line) => process.stderr.write(`${line}\n`),
    warn: (line) => process.stderr.write(`warning: ${line}\n`),
  };
  if (credentials) opts.credentials = credentials;
  if (fixedOutputKey) opts.fixedOutputSigningKey = fixedOutputKey;
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
