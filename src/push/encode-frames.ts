import { createHash } from 'node:crypto';
import { chmodSync, closeSync, constants as fsc, fchmodSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import zlib from 'node:zlib';
import type { FileTarget } from '../cache/backend.js';
import { NarMismatchError } from '../core/hashing-stream.js';
import { release, shrinkToFit } from '../core/release.js';
import { writeAll } from '../core/write-all.js';

/** What the worker threads of the encoder do for one store path (docs/architecture.md, "Upload path"). */
export interface EncodeRequest {
  path: string;
  narSize: number; // as the Nix database records it
  narDigest: Uint8Array; // sha256 of the NAR, as the Nix database records it
  compression: 'zstd' | 'none';
  /** Write the file here (a file:// cache) instead of yielding its pieces: see encodeToFile. */
  file?: FileTarget;
}

export interface Encoded {
  fileHash: Uint8Array; // sha256 of the compressed file
  fileSize: number;
}

export type NarSource = (path: string, sizeHint: number, chunkSize: number) => Iterable<Buffer>;

/**
 * zstd frames of 4 MiB of NAR each: a zstd stream may be a concatenation of frames (RFC 8878 §3.1, and what
 * zstd's own multi-threaded mode writes); every Nix of the matrix decodes them (e2e). At level 3 (zstd's and
 * Nix's default) the window is 2 MiB, so frames this size cost a fraction of a percent of ratio, while they
 * let the whole pipeline run synchronously in a thread with bounded memory.
 */
export const FRAME = 4 * 1024 * 1024;
const LEVEL = { [zlib.constants.ZSTD_c_compressionLevel]: 3 };

/** The most a frame of `n` bytes compresses to (ZSTD_COMPRESSBOUND), with room for the frame header. */
function compressBound(n: number): number {
  return n + (n >> 8) + (n < 128 * 1024 ? (128 * 1024 - n) >> 11 : 0) + 64;
}

/**
 * One frame, compressed into one output buffer of the worst-case size, then cut to what it holds: Node's
 * default output (16 KiB pieces, then joined) costs more CPU and leaves the pieces as garbage.
 */
function compressFrame(chunk: Buffer): Buffer {
  const out = zlib.zstdCompressSync(chunk, { params: LEVEL, chunkSize: compressBound(chunk.length) });
  return shrinkToFit(out);
}

/**
 * Serialises, checks and compresses one store path: yields the compressed file in pieces, returns its hash
 * and size. It always holds one piece back, so the last is yielded only once the whole NAR has matched the
 * database: a NAR of one frame is refused before anything leaves, a longer one fails before its end, and a
 * consumer that writes pieces as they come (putStream) never completes the object. Synchronous, so it runs
 * the same inline or in a worker thread.
 */
export function* encodeFrames(req: EncodeRequest, nar: NarSource): Generator<Buffer, Encoded> {
  const narHash = createHash('sha256');
  const fileHash = createHash('sha256');
  let narBytes = 0;
  let fileSize = 0;
  let held: Buffer | undefined;
  for (const chunk of nar(req.path, req.narSize, FRAME)) {
    narHash.update(chunk);
    narBytes += chunk.length;
    const piece = req.compression === 'zstd' ? compressFrame(chunk) : Buffer.from(chunk);
    fileHash.update(piece);
    fileSize += piece.length;
    if (held) yield held;
    held = piece;
  }
  if (narBytes !== req.narSize || !narHash.digest().equals(req.narDigest)) throw new NarMismatchError(req.path, req.narSize, narBytes);
  if (held) yield held;
  else if (req.compression === 'zstd') {
    // an empty NAR cannot be (a NAR has a header), but a zero-length stream is no zstd stream either
    const empty = zlib.zstdCompressSync(Buffer.alloc(0));
    fileHash.update(empty);
    fileSize += empty.length;
    yield empty;
  }
  return { fileHash: fileHash.digest(), fileSize };
}

// As the file cache writes (cache/file.ts): never through a name planted in the cache, readable by consumers.
const CREATE = fsc.O_WRONLY | fsc.O_CREAT | fsc.O_EXCL | fsc.O_NOFOLLOW;
const FILE_MODE = 0o644;
const DIR_MODE = 0o755;

/**
 * encodeFrames into a file of a file:// cache, by whichever thread encodes (no piece crosses to another
 * thread, no asynchronous call per piece): the object appears under its name only once the whole NAR has
 * matched the database; on any failure the temporary file is removed and nothing appears. It pauses (yields)
 * after each frame written, so the calling thread may do other work in between.
 */
export function* encodeToFile(req: EncodeRequest, nar: NarSource, file: FileTarget): Generator<void, Encoded> {
  const fd = createExclusive(file.tmp);
  let open = true;
  let renamed = false;
  try {
    fchmodSync(fd, FILE_MODE); // whatever the umask
    const frames = encodeFrames(req, nar);
    for (let r = frames.next(); ; r = frames.next()) {
      if (!r.done) {
        writeAll(fd, r.value);
        release(r.value); // written, and read by nobody else: freed now, not at the thread's next collection
        yield;
        continue;
      }
      open = false;
      closeSync(fd);
      renameSync(file.tmp, file.final);
      renamed = true;
      return r.value;
    }
  } finally {
    // a failure, or a caller that gave up (return()): nothing appears. Once closed, never again: the number
    // may already be another thread's file.
    if (open) closeSync(fd);
    if (!renamed) rmSync(file.tmp, { force: true });
  }
}

/** encodeToFile in one go (an encoder thread has nothing else to do). */
export function encodeToFileNow(req: EncodeRequest, nar: NarSource, file: FileTarget): Encoded {
  const steps = encodeToFile(req, nar, file);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** The temporary file; its directory made again (readable) if it went away since the cache made it. */
function createExclusive(tmp: string): number {
  try {
    return openSync(tmp, CREATE, FILE_MODE);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    const dir = dirname(tmp);
    const made = mkdirSync(dir, { recursive: true });
    if (made !== undefined) for (let d = dir; d.length >= made.length; d = dirname(d)) chmodSync(d, DIR_MODE);
    return openSync(tmp, CREATE, FILE_MODE);
  }
}
