import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import { NarMismatchError } from '../core/hashing-stream.js';

/** What the worker threads of the encoder do for one store path (docs/architecture.md, "Upload path"). */
export interface EncodeRequest {
  path: string;
  narSize: number; // as the Nix database records it
  narDigest: Uint8Array; // sha256 of the NAR, as the Nix database records it
  compression: 'zstd' | 'none';
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
    const piece = req.compression === 'zstd' ? zlib.zstdCompressSync(chunk, { params: LEVEL }) : Buffer.from(chunk);
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
