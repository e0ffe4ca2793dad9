import { execFileSync } from 'node:child_process';
import { Readable, Writable, type Duplex } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { COMPRESSIONS, compressor, decompressor, narExtension, parseCompression } from '../../src/core/compression.js';
import { UserError } from '../../src/core/errors.js';

async function through(stream: Duplex, input: Buffer): Promise<Buffer> {
  const out: Buffer[] = [];
  await pipeline(
    Readable.from([input]),
    stream,
    new Writable({
      write(c: Buffer, _e, cb) {
        out.push(c);
        cb();
      },
    }),
  );
  return Buffer.concat(out);
}

// Compressible but not trivial: 256 KiB of a repeating pattern with varying bytes.
const data = Buffer.from(Array.from({ length: 256 * 1024 }, (_, i) => (i % 251) ^ ((i >> 10) & 0xff)));

describe('parseCompression', () => {
  it('accepts the four compressions', () => {
    expect([...COMPRESSIONS]).toEqual(['zstd', 'xz', 'br', 'none']);
    for (const c of COMPRESSIONS) expect(parseCompression(c)).toBe(c);
  });

  it.each([['gzip'], ['bzip2'], [''], ['ZSTD'], ['zst']])('refuses %j with a usage error', (c) => {
    let err: unknown;
    try {
      parseCompression(c);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).exitCode).toBe(2);
    expect((err as UserError).message).toMatch(/unknown compression.*zstd, xz, br, none/);
  });
});

describe('narExtension', () => {
  it('names NAR objects as Nix does', () => {
    expect(narExtension('zstd')).toBe('.zst');
    expect(narExtension('xz')).toBe('.xz');
    expect(narExtension('br')).toBe('.br');
    expect(narExtension('bzip2')).toBe('.bz2');
    expect(narExtension('none')).toBe('');
    expect(narExtension('lz4')).toBe('.lz4');
  });
});

describe('compressor / decompressor', () => {
  for (const c of COMPRESSIONS) {
    it(`round-trips ${c}`, async () => {
      const packed = await through(compressor(c), data);
      if (c === 'none') expect(packed.equals(data)).toBe(true);
      else expect(packed.length).toBeLessThan(data.length / 2);
      const unpacked = await through(decompressor(c), packed);
      expect(unpacked.equals(data)).toBe(true);
    });

    it(`round-trips empty input with ${c}`, async () => {
      const unpacked = await through(decompressor(c), await through(compressor(c), Buffer.alloc(0)));
      expect(unpacked.length).toBe(0);
    });
  }

  it('writes formats the standard tools read', async () => {
    expect((await through(compressor('zstd'), data)).subarray(0, 4).toString('hex')).toBe('28b52ffd'); // zstd magic
    const xz = await through(compressor('xz'), data);
    expect(xz.subarray(0, 6).toString('hex')).toBe('fd377a585a00'); // xz magic
    expect(execFileSync('xz', ['-dc'], { input: xz }).equals(data)).toBe(true);
  });

  it('decompresses bzip2, which Nix caches may hold', async () => {
    const bz = execFileSync('bzip2', ['-c'], { input: data });
    expect((await through(decompressor('bzip2'), bz)).equals(data)).toBe(true);
  });

  it('treats an empty Compression as none', async () => {
    expect((await through(decompressor(''), data)).equals(data)).toBe(true);
  });

  it('refuses an unknown compression', () => {
    expect(() => decompressor('lz4')).toThrow(/unsupported compression "lz4"/);
  });

  it('fails on corrupt input', async () => {
    const garbage = Buffer.from('this is not compressed data at all, not even a little');
    await expect(through(decompressor('zstd'), garbage)).rejects.toThrow();
    await expect(through(decompressor('br'), garbage)).rejects.toThrow();
    await expect(through(decompressor('xz'), garbage)).rejects.toThrow(/xz exited with/);
  });

  it('fails on a truncated xz stream', async () => {
    const xz = await through(compressor('xz'), data);
    await expect(through(decompressor('xz'), xz.subarray(0, xz.length - 10))).rejects.toThrow(/xz exited with/);
  });
});
