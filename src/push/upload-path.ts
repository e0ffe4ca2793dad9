import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CONTENT_TYPES, type CacheBackend } from '../cache/backend.js';
import { compressBuffer, compressor, narExtension } from '../core/compression.js';
import { parseSha256, sha256Nix32 } from '../core/hash.js';
import { HashingStream, NarMismatchError } from '../core/hashing-stream.js';
import { release } from '../core/release.js';
import { publicKeyOf, signFingerprint, verifyFingerprint, type PublicKey, type SecretKey } from '../core/keys.js';
import { addSignature, fingerprint, parseNarInfo, renderNarInfo, type Compression, type NarInfo } from '../core/narinfo.js';
import { nix32Encode } from '../core/nix32.js';
import { storePathHash } from '../core/store-path.js';
import { PathGoneError, type PathInfo } from '../nix/store.js';
import type { Encoded } from './encode-frames.js';
import type { NarEncoder } from './encoder.js';

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
  /** The NAR serialisation of a store path as chunks (NixStore.nar); `narSize` is the database's. */
  dump: (path: string, narSize: number) => Iterable<Buffer>;
  /** NARs up to this size go whole, larger ones streamed (default WHOLE_NAR_MAX; tests choose either). */
  wholeNarMax?: number;
  /** Serialises, checks and compresses zstd and uncompressed NARs, in worker threads (the CLI's default). */
  encoder?: NarEncoder;
  /** Whether a path is still valid in the store: a NAR that differs from a path gone meanwhile was GC'd, not tampered. */
  stillValid?: (path: string) => boolean;
  /** Keys the cache was signed with before a rotation: what one of them signed gets our signature, not a new upload. */
  previousKeys?: readonly PublicKey[];
}

/**
 * What the cache holds for `info`: a narinfo describing the same contents, signed by our key (`ours`) or only
 * by a key of before a rotation (`previous`, with its text, to sign anew), or nothing usable (`absent`: a
 * malformed narinfo, or one that describes other contents, is replaced).
 */
type Cached = { kind: 'ours' } | { kind: 'previous'; text: string; narinfo: NarInfo; by: string[] } | { kind: 'absent' };

async function lookUp(ctx: UploadContext, info: PathInfo): Promise<Cached> {
  const body = await ctx.cache.get(`${storePathHash(info.path)}.narinfo`);
  if (!body) return { kind: 'absent' };
  let cached: NarInfo;
  try {
    cached = parseNarInfo(body.toString('utf8'));
  } catch {
    return { kind: 'absent' };
  }
  // The same contents as the database says, references included: the fingerprint is what a signature covers.
  const fp = fingerprint(cached);
  if (cached.narHash !== info.narHash || cached.narSize !== info.narSize || fp !== fingerprint({ ...cached, references: info.references }))
    return { kind: 'absent' };
  if (cached.sigs.some((s) => verifyFingerprint([publicKeyOf(ctx.key)], fp, s))) return { kind: 'ours' };
  const by = (ctx.previousKeys ?? []).filter((k) => cached.sigs.some((s) => verifyFingerprint([k], fp, s))).map((k) => k.name);
  return by.length > 0 ? { kind: 'previous', text: body.toString('utf8'), narinfo: cached, by } : { kind: 'absent' };
}

/** True when the cache already has a narinfo for `info`, signed by our key, describing the same contents. */
export async function alreadyCached(ctx: UploadContext, info: PathInfo): Promise<boolean> {
  return (await lookUp(ctx, info)).kind === 'ours';
}

/** NARs up to this size are serialised, checked and compressed whole: most paths of a closure are small. */
const WHOLE_NAR_MAX = 4 * 1024 * 1024;

interface Stored {
  fileHash: Uint8Array;
  fileSize: number;
}

/**
 * A small NAR, whole: serialise, check against the database, then compress and write. A mismatch is known
 * before anything is written.
 */
async function storeWhole(ctx: UploadContext, info: PathInfo, url: string, digest: Uint8Array): Promise<Stored> {
  const chunks = [...ctx.dump(info.path, info.narSize)];
  const nar = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  const actual = createHash('sha256').update(nar).digest();
  if (nar.length !== info.narSize || !actual.equals(digest)) throw new NarMismatchError(info.path, info.narSize, nar.length);
  const file = await compressBuffer(ctx.compression, nar);
  await ctx.cache.put(url, file, CONTENT_TYPES.nar);
  return { fileHash: createHash('sha256').update(file).digest(), fileSize: file.length };
}

/**
 * A large NAR, streamed: serialise → check → compress → cache, memory bounded by a few chunks. The hash is
 * known only at the end: a mismatch then fails the stream, so the object never appears (no partial object).
 */
async function storeStreaming(ctx: UploadContext, info: PathInfo, url: string, digest: Uint8Array): Promise<Stored> {
  const narCheck = new HashingStream({ digest, size: info.narSize, describe: info.path });
  const fileHash = new HashingStream();
  const body = Readable.from(ctx.dump(info.path, info.narSize), { objectMode: false, highWaterMark: 1 << 20 });
  const upload = ctx.cache.putStream(url, fileHash, CONTENT_TYPES.nar);
  try {
    await Promise.all([pipeline(body, narCheck, compressor(ctx.compression), fileHash), upload]);
  } catch (err) {
    fileHash.destroy();
    await upload.catch(() => {});
    throw err;
  }
  return { fileHash: fileHash.digest!, fileSize: fileHash.size };
}

/**
 * Through the encoder: one piece is one `put`; more are streamed as they come. A mismatch is thrown before
 * the last piece, so a streamed object never completes.
 */
async function storeEncoded(ctx: UploadContext, info: PathInfo, url: string, digest: Uint8Array): Promise<Stored> {
  // A file:// cache: the encoding thread writes the file itself (see encodeToFile).
  const file = await ctx.cache.fileTarget?.(url);
  const pieces = ctx.encoder!.encode({
    path: info.path,
    narSize: info.narSize,
    narDigest: digest,
    compression: ctx.compression as 'zstd' | 'none',
    ...(file ? { file } : {}),
  });
  const first = await pieces.next();
  const second = first.done ? first : await pieces.next();
  if (first.done || second.done) {
    const done = (second.done ? second.value : first.value) as Encoded;
    if (!first.done) {
      await ctx.cache.put(url, first.value, CONTENT_TYPES.nar);
      release(first.value);
    }
    return { fileHash: done.fileHash, fileSize: done.fileSize };
  }
  let done: Encoded | undefined;
  // The backend is done with a piece when it asks for the next (CacheBackend.putStream): its memory is
  // freed then, not at the next garbage collection.
  async function* all(): AsyncGenerator<Buffer> {
    try {
      yield first.value as Buffer;
      release(first.value as Buffer);
      yield second.value as Buffer;
      release(second.value as Buffer);
      for (;;) {
        const r = await pieces.next();
        if (r.done) {
          done = r.value;
          return;
        }
        yield r.value;
        release(r.value);
      }
    } finally {
      await pieces.return(undefined as never); // a failed write stops the thread's work on this path
    }
  }
  await ctx.cache.putStream(url, all(), CONTENT_TYPES.nar);
  return { fileHash: done!.fileHash, fileSize: done!.fileSize };
}

function strategy(ctx: UploadContext, info: PathInfo) {
  if (ctx.encoder && (ctx.compression === 'zstd' || ctx.compression === 'none')) return storeEncoded;
  return info.narSize <= (ctx.wholeNarMax ?? WHOLE_NAR_MAX) ? storeWhole : storeStreaming;
}

/**
 * Uploads one store path: skip when already cached; else dump → verify against the database hash →
 * compress → cache (NAR object first), then sign and write the narinfo last. The NAR's object name derives
 * from the registered NAR hash, known before streaming; a path whose contents differ from the database is
 * refused, never signed, and no object of it appears.
 */
export async function uploadPath(ctx: UploadContext, info: PathInfo): Promise<UploadResult> {
  const started = performance.now();
  const seconds = () => Math.round(performance.now() - started) / 1000;
  const cached = await lookUp(ctx, info);
  if (cached.kind === 'ours') return { path: info.path, status: 'skipped', narSize: info.narSize, fileSize: 0, seconds: seconds() };
  if (cached.kind === 'previous') {
    // Signed before a key rotation, same contents: our signature beside the old one, no NAR written again.
    const sig = signFingerprint(ctx.key, fingerprint(cached.narinfo));
    await ctx.cache.put(`${storePathHash(info.path)}.narinfo`, addSignature(cached.text, sig), CONTENT_TYPES.narinfo);
    const reason = `already cached, signed by ${cached.by.join(', ')}: signed anew with ${ctx.key.name}`;
    return { path: info.path, status: 'skipped', narSize: info.narSize, fileSize: 0, seconds: seconds(), reason };
  }
  const narDigest = parseSha256(info.narHash);
  const url = `nar/${nix32Encode(narDigest)}.nar${narExtension(ctx.compression)}`;
  let stored: Stored;
  try {
    stored = await strategy(ctx, info)(ctx, info, url, narDigest);
  } catch (err) {
    if (!(err instanceof NarMismatchError)) throw err;
    // A garbage collection that removes the path while it is read also changes the NAR: that is no tampering.
    if (ctx.stillValid && !ctx.stillValid(info.path)) throw new PathGoneError(info.path, 'garbage-collected while it was read');
    return { path: info.path, status: 'refused', narSize: info.narSize, fileSize: 0, seconds: seconds(), reason: err.message };
  }
  const narinfo: NarInfo = {
    storePath: info.path,
    url,
    compression: ctx.compression,
    fileHash: sha256Nix32(stored.fileHash),
    fileSize: stored.fileSize,
    narHash: info.narHash,
    narSize: info.narSize,
    references: info.references,
    sigs: [],
  };
  if (info.deriver) narinfo.deriver = info.deriver;
  if (info.ca) narinfo.ca = info.ca;
  narinfo.sigs.push(signFingerprint(ctx.key, fingerprint(narinfo)));
  await ctx.cache.put(`${storePathHash(info.path)}.narinfo`, renderNarInfo(narinfo), CONTENT_TYPES.narinfo);
  return { path: info.path, status: 'uploaded', narSize: info.narSize, fileSize: stored.fileSize, seconds: seconds() };
}
