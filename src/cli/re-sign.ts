import { readCredentialsFile } from '../cache/credentials.js';
import { openCache } from '../cache/open.js';
import { parseCacheUrl } from '../cache/url.js';
import { usageError } from '../core/errors.js';
import { readSecretKeyFile } from '../core/key-file.js';
import { parsePublicKey } from '../core/keys.js';
import { isStorePath } from '../core/store-path.js';
import { reSignNarInfos, sameNameWarning, type ReSignResult } from '../verify/re-sign.js';
import { narinfoKeys } from '../verify/verify.js';
import { parseCommandArgs, positiveInt } from './args.js';

const USAGE =
  'usage: nix-trusted-cache re-sign --cache URL --signing-key-file FILE --trusted-public-key KEY [--trusted-public-key KEY…] [--credentials-file FILE] [--concurrency N] [--dry-run] [PATH…]';

/** `re-sign`: adds the new key's signature to every narinfo a trusted (old) key signed; NARs are not touched. */
export async function reSignCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('re-sign', args, {
    cache: { type: 'string' },
    'signing-key-file': { type: 'string' },
    'trusted-public-key': { type: 'string', multiple: true },
    'credentials-file': { type: 'string' },
    concurrency: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
  });
  if (!values.cache || !values['signing-key-file'] || !values['trusted-public-key']?.length) throw usageError(USAGE);
  const loc = parseCacheUrl(values.cache);
  const trusted = values['trusted-public-key'].map(parsePublicKey);
  const concurrency = positiveInt('--concurrency', values.concurrency, 8);
  for (const p of positionals) if (!isStorePath(p)) throw usageError(`${JSON.stringify(p)} is not a store path (/nix/store/…)`);
  const newKey = await readSecretKeyFile(values['signing-key-file']);
  const warning = sameNameWarning(newKey, trusted);
  if (warning) process.stderr.write(`warning: ${warning}\n`);
  const credentials = values['credentials-file'] ? await readCredentialsFile(values['credentials-file']) : undefined;
  const cache = await openCache(loc, credentials);

  const dryRun = values['dry-run']!;
  const keys = await narinfoKeys(cache, positionals);
  const onResult = (r: ReSignResult) => process.stdout.write(formatReSignLine(r, dryRun));
  const results = await reSignNarInfos(cache, keys, { newKey, trusted, dryRun, concurrency, onResult });
  process.stderr.write(reSignSummary(results, dryRun));
  return results.some((r) => r.status === 'failed') ? 1 : 0;
}

/** `re-signed /nix/store/… (vouched for by cache-1)`; the status comes first, since scripts match on it. */
export function formatReSignLine(r: ReSignResult, dryRun: boolean): string {
  const notes = [];
  if (r.vouchedBy?.length) notes.push(`vouched for by ${r.vouchedBy.join(', ')}`);
  if (dryRun && r.status === 're-signed') notes.push('dry run, not written');
  const note = notes.length > 0 ? ` (${notes.join('; ')})` : '';
  return `${r.status} ${r.storePath ?? r.key}${note}${r.detail ? `: ${r.detail}` : ''}\n`;
}

export function reSignSummary(results: readonly ReSignResult[], dryRun: boolean): string {
  const count = (s: ReSignResult['status']) => results.filter((r) => r.status === s).length;
  const counts = `${count('re-signed')} re-signed, ${count('already-signed')} already signed, ${count('skipped')} skipped, ${count('failed')} failed`;
  return `${counts} of ${results.length} narinfos${dryRun ? ' (dry run: nothing written)' : ''}\n`;
}
