import { spawn } from 'node:child_process';
import { Duplex, PassThrough } from 'node:stream';
import zlib from 'node:zlib';
import { usageError } from './errors.js';
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
      return zlib.createZstdCompress({ chunkSize: CHUNK, params: { [zlib.constants.ZSTD_c_compressionLevel]: 3 } });
    case 'xz':
      return filterProcess('xz', ['-c', '-6', '-T0']);
    case 'br':
      return zlib.createBrotliCompress({ chunkSize: CHUNK, params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } });
    case 'none':
      return new PassThrough();
  }
}

export function decompressor(c: string): Duplex {
  switch (c) {
    case 'zstd':
      return zlib.createZstdDecompress();
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
