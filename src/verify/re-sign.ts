import { CONTENT_TYPES, type CacheBackend } from '../cache/backend.js';
import { errorMessage } from '../core/errors.js';
import { formatPublicKey, publicKeyOf, signFingerprint, type PublicKey, type SecretKey } from '../core/keys.js';
import { addSignature, fingerprint, parseNarInfo, type NarInfo } from '../core/narinfo.js';

export { addSignature };
import { signatureName, trustedSigners } from './verify.js';

// Key rotation: narinfos signed by an old key get a signature by the new one, so consumers can drop the old
// key without losing the cache. The new key vouches only for what a trusted old key already vouched for: the
// fingerprint it signs is the one the old signature covers, and the NAR is never read or rewritten.

export type ReSignStatus = 're-signed' | 'already-signed' | 'skipped' | 'failed';

export interface ReSignResult {
  key: string; // the narinfo object's name
  storePath?: string;
  status: ReSignStatus;
  detail?: string;
  /** When re-signed: the trusted keys whose valid signatures vouched for the path. */
  vouchedBy?: string[];
}

export interface ReSignOptions {
  newKey: SecretKey;
  trusted: readonly PublicKey[]; // the old keys
  dryRun?: boolean; // decide and report, write nothing
}

/** Re-signs the narinfos under `keys`, `concurrency` at a time; the results are in the order of `keys`. */
export async function reSignNarInfos(
  cache: CacheBackend,
  keys: readonly string[],
  opts: ReSignOptions & { concurrency?: number; onResult?: (r: ReSignResult) => void },
): Promise<ReSignResult[]> {
  const results: ReSignResult[] = new Array(keys.length);
  let next = 0;
  const lane = async () => {
    while (next < keys.length) {
      const i = next++;
      results[i] = await reSignNarInfo(cache, keys[i]!, opts);
      opts.onResult?.(results[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 8, keys.length) }, lane));
  return results;
}

/** Adds the new key's signature to one narinfo if a trusted key vouches for it; never throws. */
export async function reSignNarInfo(cache: CacheBackend, key: string, opts: ReSignOptions): Promise<ReSignResult> {
  let text: string | undefined;
  try {
    text = (await cache.get(key))?.toString('utf8');
  } catch (err) {
    return { key, status: 'failed', detail: `cannot read the narinfo: ${errorMessage(err)}` };
  }
  if (text === undefined) return { key, status: 'failed', detail: 'no narinfo in the cache' };
  let info: NarInfo;
  try {
    info = parseNarInfo(text);
  } catch (err) {
    return { key, status: 'failed', detail: `malformed narinfo: ${errorMessage(err)}` };
  }
  return reSignParsed(cache, key, text, info, opts);
}

async function reSignParsed(cache: CacheBackend, key: string, text: string, info: NarInfo, opts: ReSignOptions): Promise<ReSignResult> {
  const base = { key, storePath: info.storePath };
  if (trustedSigners(info, [publicKeyOf(opts.newKey)]).length > 0) return { ...base, status: 'already-signed' };
  const vouchedBy = trustedSigners(info, opts.trusted);
  if (vouchedBy.length === 0) return { ...base, status: 'skipped', detail: whyUntrusted(info, opts.trusted) };
  if (!opts.dryRun) {
    try {
      await cache.put(key, addSignature(text, signFingerprint(opts.newKey, fingerprint(info))), CONTENT_TYPES.narinfo);
    } catch (err) {
      return { ...base, status: 'failed', detail: `cannot write the narinfo: ${errorMessage(err)}`, vouchedBy };
    }
  }
  return { ...base, status: 're-signed', vouchedBy };
}

/** Why no trusted key vouches; a signature under a trusted name that does not verify is worth a look. */
function whyUntrusted(info: NarInfo, trusted: readonly PublicKey[]): string {
  const names = new Set(trusted.map((k) => k.name));
  const bad = [...new Set(info.sigs.map(signatureName).filter((n) => names.has(n)))];
  return bad.length > 0
    ? `not signed by a trusted key (the signature by ${bad.join(', ')} does not verify)`
    : 'not signed by a trusted key';
}

/**
 * Nix keeps one public key per name (trusted-public-keys is a map by name): a new key under an old key's name
 * cannot be trusted beside it while consumers move over. Returns a warning, or undefined when the names differ.
 */
export function sameNameWarning(newKey: SecretKey, trusted: readonly PublicKey[]): string | undefined {
  const pub = publicKeyOf(newKey);
  const clash = trusted.find((k) => k.name === pub.name && !Buffer.from(k.key).equals(Buffer.from(pub.key)));
  if (!clash) return undefined;
  return `the new signing key ${formatPublicKey(pub)} has the name of the trusted key ${formatPublicKey(clash)}; consumers cannot trust both at once (Nix keeps one key per name): give the new key a name of its own (nix-trusted-cache keygen NAME)`;
}
