import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import type { CacheBackend } from '../cache/backend.js';
import { decompressor } from '../core/compression.js';
import { errorMessage } from '../core/errors.js';
import { sha256Nix32 } from '../core/hash.js';
import { HashingStream } from '../core/hashing-stream.js';
import { verifyFingerprint, type PublicKey } from '../core/keys.js';
import { fingerprint, parseNarInfo } from '../core/narinfo.js';

export type VerifyStatus = 'valid' | 'unsigned' | 'bad-signature' | 'nar-mismatch' | 'missing' | 'malformed';

export interface VerifyResult {
  key: string; // the narinfo object's name
  storePath?: string;
  status: VerifyStatus;
  detail?: string;
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
  const ours = info.sigs.filter((s) => names.has(s.slice(0, s.indexOf(':'))));
  if (ours.length === 0) return { ...base, status: 'unsigned', detail: 'no signature by a trusted key' };
  const fp = fingerprint(info);
  if (!ours.some((s) => verifyFingerprint(trusted, fp, s))) return { ...base, status: 'bad-signature' };
  if (!checkNar) return { ...base, status: 'valid' };

  const body = await cache.getStream(info.url);
  if (!body) return { ...base, status: 'nar-mismatch', detail: `NAR object ${info.url} is missing` };
  const file = new HashingStream();
  const nar = new HashingStream();
  try {
    await pipeline(body, file, decompressor(info.compression), nar, new Writable({ write: (_c, _e, cb) => cb() }));
  } catch (err) {
    return { ...base, status: 'nar-mismatch', detail: `NAR ${info.url} cannot be read: ${errorMessage(err)}` };
  }
  if (info.fileHash && sha256Nix32(file.digest!) !== info.fileHash) return { ...base, status: 'nar-mismatch', detail: 'FileHash differs' };
  if (info.fileSize !== undefined && file.size !== info.fileSize) return { ...base, status: 'nar-mismatch', detail: 'FileSize differs' };
  if (sha256Nix32(nar.digest!) !== info.narHash || nar.size !== info.narSize)
    return { ...base, status: 'nar-mismatch', detail: 'NarHash differs' };
  return { ...base, status: 'valid' };
}
