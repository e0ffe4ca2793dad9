import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CONTENT_TYPES, type CacheBackend } from '../cache/backend.js';
import { compressor, narExtension } from '../core/compression.js';
import { parseSha256, sha256Nix32 } from '../core/hash.js';
import { HashingStream, NarMismatchError } from '../core/hashing-stream.js';
import { publicKeyOf, signFingerprint, verifyFingerprint, type SecretKey } from '../core/keys.js';
import { fingerprint, parseNarInfo, renderNarInfo, type Compression, type NarInfo } from '../core/narinfo.js';
import { nix32Encode } from '../core/nix32.js';
import { storePathHash } from '../core/store-path.js';
import type { PathInfo } from '../nix/store.js';

export type UploadStatus = 'uploaded' | 'skipped' | 'refused';

export interface UploadResult {
  path: string;
  status: UploadStatus;
  narSize: number;
  fileSize: number;
  seconds: number;
  reason?: string;
}

export interface UploadContext {
  cache: CacheBackend;
  key: SecretKey;
  compression: Compression;
  /** Produces the NAR serialisation of a store path (NixStore.nar: in-process, about 1 MiB chunks). */
  dump: (path: string) => Readable;
}

/** True when the cache already has a narinfo for `info`, signed by our key, describing the same contents. */
export async function alreadyCached(ctx: UploadContext, info: PathInfo): Promise<boolean> {
  const text = await ctx.cache.get(`${storePathHash(info.path)}.narinfo`);
  if (!text) return false;
  try {
    const cached = parseNarInfo(text.toString('utf8'));
    if (cached.narHash !== info.narHash || cached.narSize !== info.narSize) return false;
    const fp = fingerprint(cached);
    return cached.sigs.some((s) => verifyFingerprint([publicKeyOf(ctx.key)], fp, s));
  } catch {
    return false; // a malformed narinfo is replaced
  }
}

/**
 * Uploads one store path: skip when already cached; else stream dump → verify against the database hash →
 * compress → cache (NAR object first), then sign and write the narinfo last. The NAR's object name derives
 * from the registered NAR hash, known before streaming; a mismatch aborts the stream so the object never
 * appears, and the path is refused, never signed.
 */
export async function uploadPath(ctx: UploadContext, info: PathInfo): Promise<UploadResult> {
  const started = performance.now();
  const seconds = () => Math.round(performance.now() - started) / 1000;
  if (await alreadyCached(ctx, info)) {
    return { path: info.path, status: 'skipped', narSize: info.narSize, fileSize: 0, seconds: seconds() };
  }
  const narDigest = parseSha256(info.narHash);
  const url = `nar/${nix32Encode(narDigest)}.nar${narExtension(ctx.compression)}`;
  const narCheck = new HashingStream({ digest: narDigest, size: info.narSize, describe: info.path });
  const fileHash = new HashingStream();
  const body = ctx.dump(info.path);
  const upload = ctx.cache.putStream(url, fileHash, CONTENT_TYPES.nar);
  try {
    await Promise.all([pipeline(body, narCheck, compressor(ctx.compression), fileHash), upload]);
  } catch (err) {
    fileHash.destroy();
    await upload.catch(() => {});
    if (err instanceof NarMismatchError) {
      return { path: info.path, status: 'refused', narSize: info.narSize, fileSize: 0, seconds: seconds(), reason: err.message };
    }
    throw err;
  }
  const narinfo: NarInfo = {
    storePath: info.path,
    url,
    compression: ctx.compression,
    fileHash: sha256Nix32(fileHash.digest!),
    fileSize: fileHash.size,
    narHash: info.narHash,
    narSize: info.narSize,
    references: info.references,
    sigs: [],
  };
  if (info.deriver) narinfo.deriver = info.deriver;
  if (info.ca) narinfo.ca = info.ca;
  narinfo.sigs.push(signFingerprint(ctx.key, fingerprint(narinfo)));
  await ctx.cache.put(`${storePathHash(info.path)}.narinfo`, renderNarInfo(narinfo), CONTENT_TYPES.narinfo);
  return { path: info.path, status: 'uploaded', narSize: info.narSize, fileSize: fileHash.size, seconds: seconds() };
}
