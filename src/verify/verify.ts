import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import type { CacheBackend } from '../cache/backend.js';
import { decompressor } from '../core/compression.js';
import { errorMessage } from '../core/errors.js';
import { sha256Nix32 } from '../core/hash.js';
import { HashingStream } from '../core/hashing-stream.js';
import { verifyFingerprint, type PublicKey } from '../core/keys.js';
import { fingerprint, parseNarInfo, type NarInfo } from '../core/narinfo.js';
import { storePathHash } from '../core/store-path.js';

export type VerifyStatus = 'valid' | 'unsigned' | 'bad-signature' | 'nar-mismatch' | 'missing' | 'malformed';

export interface VerifyResult {
  key: string; // the narinfo object's name
  storePath?: string;
  status: VerifyStatus;
  detail?: string;
  /** When valid: the names of the trusted keys whose signatures verified, in the narinfo's order. */
  signedBy?: string[];
}

/** The key name of a `Sig:` value (`name:base64`). */
export function signatureName(sig: string): string {
  const colon = sig.indexOf(':');
  return colon < 0 ? '' : sig.slice(0, colon);
}

/**
 * The names of the keys among `trusted` whose signatures on `info` verify, each once. During a key rotation
 * a path may carry both the old and the new key's signature; the operator wants to see which are there.
 */
export function trustedSigners(info: NarInfo, trusted: readonly PublicKey[]): string[] {
  const fp = fingerprint(info);
  const names = info.sigs.filter((s) => verifyFingerprint(trusted, fp, s)).map(signatureName);
  return [...new Set(names)];
}

/** The narinfo keys of the given store paths, or of every narinfo in the cache when none are given. */
export async function narinfoKeys(cache: CacheBackend, storePaths: readonly string[]): Promise<string[]> {
  if (storePaths.length > 0) return storePaths.map((p) => `${storePathHash(p)}.narinfo`);
  const keys: string[] = [];
  for await (const k of cache.list('.narinfo')) keys.push(k);
  return keys;
}

/**
 * Checks one narinfo: a signature by a trusted key over its fingerprint; with `checkNar`, also that the NAR
 * object decompresses to exactly NarHash/NarSize (and FileHash/FileSize when given).
 */
export async function verifyNarInfo(
  cache: CacheBackend,
  key: string,
  trusted: readonly PublicKey[],
  checkNar: boolean,
): Promise<VerifyResult> {
  const text = await cache.get(key);
  if (!text) return { key, status: 'missing' };
  let info;
  try {
    info = parseNarInfo(text.toString('utf8'));
  } catch (err) {
    return { key, status: 'malformed', detail: errorMessage(err) };
  }
  const base = { key, storePath: info.storePath };
  const names = new Set(trusted.map((k) => k.name));
  if (!info.sigs.some((s) => names.has(signatureName(s)))) return { ...base, status: 'unsigned', detail: 'no signature by a trusted key' };
  const signedBy = trustedSigners(info, trusted);
  if (signedBy.length === 0) return { ...base, status: 'bad-signature' };
  const mismatch = checkNar ? await narMismatch(cache, info) : undefined;
  if (mismatch) return { ...base, status: 'nar-mismatch', detail: mismatch };
  return { ...base, status: 'valid', signedBy };
}

/** Why the NAR object does not match the narinfo, or undefined when it does. */
async function narMismatch(cache: CacheBackend, info: NarInfo): Promise<string | undefined> {
  const body = await cache.getStream(info.url);
  if (!body) return `NAR object ${info.url} is missing`;
  const file = new HashingStream();
  const nar = new HashingStream();
  try {
    await pipeline(body, file, decompressor(info.compression), nar, new Writable({ write: (_c, _e, cb) => cb() }));
  } catch (err) {
    return `NAR ${info.url} cannot be read: ${errorMessage(err)}`;
  }
  if (info.fileHash && sha256Nix32(file.digest!) !== info.fileHash) return 'FileHash differs';
  if (info.fileSize !== undefined && file.size !== info.fileSize) return 'FileSize differs';
  if (sha256Nix32(nar.digest!) !== info.narHash || nar.size !== info.narSize) return 'NarHash differs';
  return undefined;
}
