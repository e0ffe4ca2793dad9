import { spawn } from 'node:child_process';
import { Duplex, PassThrough, Readable } from 'node:stream';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { usageError } from './errors.js';
import { ZstdFramesDecompress } from './zstd-frames.js';
import type { Compression } from './narinfo.js';

export const COMPRESSIONS: readonly Compression[] = ['zstd', 'xz', 'br', 'none'];

export function parseCompression(text: string): Compression {
  if ((COMPRESSIONS as readonly string[]).includes(text)) return text as Compression;
  throw usageError(`unknown compression ${JSON.stringify(text)}: use one of ${COMPRESSIONS.join(', ')}`);
}

/** The NAR object's file extension, as Nix names it. */
export function narExtension(c: string): string {
  return { zstd: '.zst', xz: '.xz', br: '.br', bzip2: '.bz2', none: '' }[c] ?? `.${c}`;
}

/** A spawned filter program (xz) as a duplex stream; a non-zero exit becomes a stream error. */
function filterProcess(cmd: string, args: string[]): Duplex {
  const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  // The output ends only once the program has exited 0: its stdout reaches EOF before the exit status is
  // known, so ending with stdout would let a failed (e.g. corrupt or truncated) stream pass as complete.
  const output = new PassThrough();
  child.stdout.pipe(output, { end: false });
  const duplex = Duplex.from({ writable: child.stdin, readable: output });
  child.on('error', (err) => duplex.destroy(new Error(`cannot run ${cmd}: ${err.message} (install ${cmd})`)));
  child.on('close', (code, signal) => {
    if (code === 0) output.end();
    else duplex.destroy(new Error(`${cmd} exited with ${code ?? signal}: ${stderr.trim()}`));
  });
  duplex.on('close', () => child.kill());
  return duplex;
}

// Levels: fast settings that still compress NARs well. zstd 3 is zstd's own default; xz -6 is Nix's preset,
// run multi-threaded; brotli 5 is where its speed/ratio curve flattens.
// Output chunks of 1 MiB, not zlib's 16 KiB: each chunk is a round trip through the libuv thread pool, and
// with small chunks that overhead cost ~15% of end-to-end push throughput (bench/, docs/benchmarks.md).
const CHUNK = 1024 * 1024;
export function compressor(c: Compression): Duplex {
  switch (c) {
    case 'zstd':
      // One frame per stream. Uploads use the NAR encoder (src/push/encoder.ts) for zstd; this stream serves
      // callers without one (and tests).
      return zlib.createZstdCompress({ chunkSize: CHUNK, params: { [zlib.constants.ZSTD_c_compressionLevel]: 3 } });
    case 'xz':
      return filterProcess('xz', ['-c', '-6', '-T0']);
    case 'br':
      return zlib.createBrotliCompress({ chunkSize: CHUNK, params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } });
    case 'none':
      return new PassThrough();
  }
}

/**
 * Compresses a whole buffer: for zstd and brotli one job in the libuv pool with one output buffer (a stream
 * costs a pool round trip and a buffer per chunk, which dominates for the many small NARs of a closure).
 */
export async function compressBuffer(c: Compression, input: Buffer): Promise<Buffer> {
  // zstd and brotli never grow data by more than a small fraction: one output chunk holds it all
  const chunkSize = Math.max(1024, input.length + (input.length >> 6) + 1024);
  switch (c) {
    case 'zstd':
      return promisify(zlib.zstdCompress)(input, { chunkSize, params: { [zlib.constants.ZSTD_c_compressionLevel]: 3 } });
    case 'br':
      return promisify(zlib.brotliCompress)(input, { chunkSize, params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } });
    case 'none':
      return input;
    case 'xz': {
      const parts: Buffer[] = [];
      for await (const part of Readable.from([input]).pipe(compressor(c))) parts.push(part as Buffer);
      return Buffer.concat(parts);
    }
  }
}

export function decompressor(c: string): Duplex {
  switch (c) {
    case 'zstd':
      return new ZstdFramesDecompress(); // Node's own decoder stops after the first frame
    case 'xz':
      return filterProcess('xz', ['-dc']);
    case 'br':
      return zlib.createBrotliDecompress();
    case 'bzip2':
      return filterProcess('bzip2', ['-dc']);
    case 'none':
    case '':
      return new PassThrough();
    default:
      throw new Error(`unsupported compression ${JSON.stringify(c)}`);
  }
}
