import { execFileSync } from 'node:child_process';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ZstdFramesDecompress } from '../../src/core/zstd-frames.js';

async function decode(input: Buffer, pieceSize = 7): Promise<Buffer> {
  // in small pieces, so every token of the frame format is split across chunks somewhere
  const pieces: Buffer[] = [];
  for (let o = 0; o < input.length; o += pieceSize) pieces.push(input.subarray(o, o + pieceSize));
  const out: Buffer[] = [];
  for await (const c of Readable.from(pieces).pipe(new ZstdFramesDecompress())) out.push(c as Buffer);
  return Buffer.concat(out);
}
const text = (n: number, seed = 1) =>
  Buffer.from(Array.from({ length: n }, (_, i) => String.fromCharCode(97 + ((i * seed + (i >> 7)) % 26))).join(''));

describe('ZstdFramesDecompress', () => {
  it('decodes concatenated frames, which Node’s own decoder cuts after the first', async () => {
    const parts = [text(5000, 3), Buffer.alloc(70_000), text(100_000, 7)]; // the zeros make RLE blocks
    const file = Buffer.concat(parts.map((p) => zlib.zstdCompressSync(p)));
    expect(zlib.zstdDecompressSync(file).length).toBe(parts[0]!.length); // the limitation this works around
    expect((await decode(file)).equals(Buffer.concat(parts))).toBe(true);
    expect((await decode(file, 65536)).equals(Buffer.concat(parts))).toBe(true);
  });

  it('decodes a streamed frame (no content size, several blocks) and skips skippable frames', async () => {
    const data = text(400_000, 11);
    const streamed = await new Promise<Buffer>((resolve) => {
      const z = zlib.createZstdCompress();
      const out: Buffer[] = [];
      z.on('data', (c: Buffer) => out.push(c)).on('end', () => resolve(Buffer.concat(out)));
      for (let o = 0; o < data.length; o += 50_000) z.write(data.subarray(o, o + 50_000));
      z.end();
    });
    const skippable = Buffer.concat([Buffer.from([0x5a, 0x2a, 0x4d, 0x18, 3, 0, 0, 0]), Buffer.from('abc')]);
    expect((await decode(Buffer.concat([skippable, streamed, skippable]))).equals(data)).toBe(true);
  });

  it('decodes what the zstd program writes (content checksums), several files concatenated', async () => {
    const a = text(30_000, 5);
    const b = text(10, 2);
    const z = (d: Buffer) => execFileSync('zstd', ['-q', '-c', '-3'], { input: d });
    expect((await decode(Buffer.concat([z(a), z(b)]))).equals(Buffer.concat([a, b]))).toBe(true);
  });

  it('refuses a truncated stream and one that is not zstd', async () => {
    const file = zlib.zstdCompressSync(text(10_000));
    await expect(decode(file.subarray(0, file.length - 3))).rejects.toThrow(/truncated zstd stream|unexpected end/i);
    await expect(decode(Buffer.from('not zstd at all'))).rejects.toThrow(/not a zstd stream/);
    await expect(decode(Buffer.alloc(0))).rejects.toThrow(/truncated zstd stream/);
  });
});
