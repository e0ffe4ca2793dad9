import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { release, shrinkToFit } from '../../src/core/release.js';

describe('release', () => {
  it('frees a buffer that is the whole of its memory: every view of it is empty afterwards', () => {
    const b = Buffer.allocUnsafe(1 << 20);
    const view = new Uint8Array(b.buffer);
    release(b);
    expect(b.length).toBe(0);
    expect(view.length).toBe(0);
    expect((b.buffer as ArrayBuffer).detached).toBe(true);
  });

  it("leaves a slice alone: Node's small-buffer pool and larger buffers hold other data", () => {
    const small = Buffer.from('narinfo'); // from the shared pool
    const neighbour = Buffer.from('neighbour');
    release(small);
    expect(small.toString()).toBe('narinfo');
    expect(neighbour.toString()).toBe('neighbour');
    const big = Buffer.alloc(1 << 20, 1);
    const part = big.subarray(10, 20);
    release(part);
    expect(big.length).toBe(1 << 20);
    expect(part.length).toBe(10);
  });

  it('is harmless twice', () => {
    const b = Buffer.allocUnsafe(1 << 16);
    release(b);
    expect(() => release(b)).not.toThrow();
  });
});

describe('shrinkToFit', () => {
  it('cuts zlib output at the start of a worst-case buffer to its size, the same bytes', () => {
    const input = Buffer.alloc(1 << 20, 'abc');
    const out = zlib.zstdCompressSync(input, { chunkSize: (1 << 20) + 8192 });
    expect(out.buffer.byteLength).toBeGreaterThan(out.length); // the premise: a view at the start of a larger buffer
    const copy = Buffer.from(out);
    const fit = shrinkToFit(out);
    expect(fit.buffer.byteLength).toBe(fit.length);
    expect(fit.equals(copy)).toBe(true);
  });

  it('copies what is not at the start of a buffer of its own, and returns a whole buffer as it is', () => {
    const big = Buffer.alloc(1 << 20, 2);
    const mid = big.subarray(100, 200);
    const fit = shrinkToFit(mid);
    expect(fit.equals(mid)).toBe(true);
    expect(big.length).toBe(1 << 20); // untouched
    const whole = Buffer.allocUnsafe(1 << 16);
    expect(shrinkToFit(whole)).toBe(whole);
  });
});
