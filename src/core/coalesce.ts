import { Transform, type TransformCallback } from 'node:stream';

/**
 * Gathers small chunks (a pipe delivers 64 KiB reads) into `size`-byte buffers: every chunk costs a trip
 * through each stream after it and one through the libuv pool for compression, so fewer, larger chunks are
 * measurably faster (bench/: docs/benchmarks.md).
 */
export function coalesce(size = 1024 * 1024): Transform {
  let parts: Buffer[] = [];
  let n = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      parts.push(chunk);
      n += chunk.length;
      if (n < size) return done();
      const out = Buffer.concat(parts, n);
      parts = [];
      n = 0;
      done(null, out);
    },
    flush(done: TransformCallback) {
      if (n > 0) this.push(Buffer.concat(parts, n));
      done();
    },
  });
}
