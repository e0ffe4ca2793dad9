import { readCredentialsFile } from '../cache/credentials.js';
import { openCache } from '../cache/open.js';
import { parseCacheUrl } from '../cache/url.js';
import { usageError } from '../core/errors.js';
import { parsePublicKey } from '../core/keys.js';
import { isStorePath } from '../core/store-path.js';
import { narinfoKeys, verifyNarInfo, type VerifyResult } from '../verify/verify.js';
import { parseCommandArgs, positiveInt } from './args.js';

const USAGE = 'usage: nix-trusted-cache verify --cache URL --trusted-public-key KEY [--trusted-public-key KEY…] [--nar] [PATH…]';

export async function verifyCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('verify', args, {
    cache: { type: 'string' },
    'trusted-public-key': { type: 'string', multiple: true },
    nar: { type: 'boolean', default: false },
    concurrency: { type: 'string' },
    'credentials-file': { type: 'string' },
  });
  if (!values.cache || !values['trusted-public-key']?.length) throw usageError(USAGE);
  const trusted = values['trusted-public-key'].map(parsePublicKey);
  for (const p of positionals) if (!isStorePath(p)) throw usageError(`${JSON.stringify(p)} is not a store path`);
  const credentials = values['credentials-file'] ? await readCredentialsFile(values['credentials-file']) : undefined;
  const cache = await openCache(parseCacheUrl(values.cache), credentials);
  const keys = await narinfoKeys(cache, positionals);

  const limit = positiveInt('--concurrency', values.concurrency, 8);
  let bad = 0;
  let next = 0;
  const worker = async () => {
    while (next < keys.length) {
      const r = await verifyNarInfo(cache, keys[next++]!, trusted, values.nar!);
      if (r.status !== 'valid') bad++;
      process.stdout.write(formatVerifyLine(r));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, keys.length) }, worker));
  process.stderr.write(`${keys.length - bad} valid, ${bad} bad of ${keys.length} checked\n`);
  return bad > 0 ? 1 : 0;
}

/** `valid /nix/store/… (signed by cache-2)`; the status comes first, since scripts match on it. */
export function formatVerifyLine(r: VerifyResult): string {
  const signers = r.signedBy?.length ? ` (signed by ${r.signedBy.join(', ')})` : '';
  return `${r.status} ${r.storePath ?? r.key}${signers}${r.detail ? `: ${r.detail}` : ''}\n`;
}
