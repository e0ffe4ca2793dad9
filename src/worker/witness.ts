import { errorMessage } from '../core/errors.js';
import { normalizeSha256 } from '../core/hash.js';
import { parsePublicKey, verifyFingerprint, type PublicKey } from '../core/keys.js';
import { fingerprint, parseNarInfo } from '../core/narinfo.js';
import { storePathHash } from '../core/store-path.js';
import type { PathInfo } from '../nix/store.js';

/**
 * Witness caches (docs/threat-model.md, "Cross-checking builders"): independent caches (cache.nixos.org,
 * another builder's) that may hold the same store path. A narinfo there, signed by the witness's key, is a
 * second opinion on what the path contains: the same NAR hash is a reproduced build, another one means one
 * of the two builders produced something else (non-determinism, or tampering). A witness that built the same
 * wrong thing agrees: witnesses raise confidence, they prove nothing alone.
 */
export interface Witness {
  url: string; // file:///DIR, http://…, https://…
  key: PublicKey;
}

export type WitnessVerdict =
  | { outcome: 'reproduced'; by: string }
  | { outcome: 'diverged'; by: string; theirs: { narHash: string; narSize: number }; ours: { narHash: string; narSize: number } }
  | { outcome: 'unwitnessed'; why: string };

/** Reads `<hash>.narinfo` from a witness: its text, undefined when it has none; throws when unreachable. */
export type NarInfoFetcher = (witness: Witness, key: string) => Promise<string | undefined>;

/** Parses a `witness-caches` line: `URL KEY` (one per line). */
export function parseWitness(line: string): Witness {
  const [url, key, extra] = line.trim().split(/\s+/);
  if (!url || !key || extra !== undefined)
    throw new Error(
      `witness cache ${JSON.stringify(line.trim())}: expected "URL PUBLIC-KEY" (e.g. https://cache.nixos.org cache.nixos.org-1:6NCH…)`,
    );
  if (!/^(https?|file):\/\//.test(url)) throw new Error(`witness cache ${url}: only http://, https:// and file:// URLs are supported`);
  return { url: url.replace(/\/+$/, ''), key: parsePublicKey(key) };
}

/** What one witness says of `info`, within `timeoutMs`; a witness that fails or is slow says nothing. */
async function ask(info: PathInfo, w: Witness, fetchNarInfo: NarInfoFetcher, timeoutMs: number): Promise<WitnessVerdict> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  let text: string | undefined;
  try {
    text = await Promise.race([fetchNarInfo(w, `${storePathHash(info.path)}.narinfo`), timeout]);
  } catch (err) {
    return { outcome: 'unwitnessed', why: `${w.url}: ${errorMessage(err)}` };
  } finally {
    clearTimeout(timer);
  }
  if (text === undefined) return { outcome: 'unwitnessed', why: `${w.url} does not have it` };
  try {
    const theirs = parseNarInfo(text);
    if (theirs.storePath !== info.path) return { outcome: 'unwitnessed', why: `${w.url} answered for another path` };
    if (!theirs.sigs.some((s) => verifyFingerprint([w.key], fingerprint(theirs), s)))
      return { outcome: 'unwitnessed', why: `${w.url}: its narinfo is not signed by ${w.key.name}` };
    const same =
      normalizeSha256(theirs.narHash) === info.narHash &&
      theirs.narSize === info.narSize &&
      [...theirs.references].sort().join(' ') === [...info.references].sort().join(' ');
    if (same) return { outcome: 'reproduced', by: w.url };
    return {
      outcome: 'diverged',
      by: w.url,
      theirs: { narHash: normalizeSha256(theirs.narHash), narSize: theirs.narSize },
      ours: { narHash: info.narHash, narSize: info.narSize },
    };
  } catch (err) {
    return { outcome: 'unwitnessed', why: `${w.url}: unreadable narinfo (${errorMessage(err)})` };
  }
}

/**
 * Asks every witness at once. A divergence from any trusted witness wins (one contradiction is enough to
 * doubt), then a reproduction; otherwise unwitnessed, with each witness's reason.
 */
export async function consultWitnesses(
  info: PathInfo,
  witnesses: readonly Witness[],
  fetchNarInfo: NarInfoFetcher,
  timeoutMs = 5000,
): Promise<WitnessVerdict> {
  if (witnesses.length === 0) return { outcome: 'unwitnessed', why: 'no witness caches configured' };
  const verdicts = await Promise.all(witnesses.map((w) => ask(info, w, fetchNarInfo, timeoutMs)));
  return (
    verdicts.find((v) => v.outcome === 'diverged') ??
    verdicts.find((v) => v.outcome === 'reproduced') ?? {
      outcome: 'unwitnessed',
      why: verdicts.map((v) => (v.outcome === 'unwitnessed' ? v.why : '')).join('; '),
    }
  );
}
