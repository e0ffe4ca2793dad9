import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { ChunkPool, narChunks } from '../../src/nix/nar.js';
import vectors from '../fixtures/nix-binary-cache-vectors.json' with { type: 'json' };

const dirs: string[] = [];
function tree(): string {
  const d = mkdtempSync(join(tmpdir(), 'ntc-nar-'));
  dirs.push(d);
  return join(d, 'root');
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const nar = (p: string) => Buffer.concat([...narChunks(p)]);
const vector = (prefix: string) => vectors.nar.find((v) => v.tree.startsWith(prefix))!;

describe('narChunks (the vectors were made by real Nix 2.8.0)', () => {
  it('serialises a regular file', () => {
    const p = tree();
    writeFileSync(p, 'Hello World!');
    expect(nar(p).toString('hex')).toBe(vector('regular file').hex);
  });

  it('serialises a symlink without following it', () => {
    const p = tree();
    symlinkSync('/nix/store/somewhereelse', p);
    expect(nar(p).toString('hex')).toBe(vector('symlink').hex);
  });

  it('serialises a directory with entries in byte order, nested', () => {
    const p = tree();
    mkdirSync(join(p, 'keep'), { recursive: true });
    writeFileSync(join(p, 'keep', '.keep'), '');
    symlinkSync('/nix/store/somewhereelse', join(p, 'aa'));
    writeFileSync(join(p, '.keep'), '');
    const v = vector('directory');
    const b = nar(p);
    expect(b.length).toBe(v.narSize);
    expect(`sha256-${createHash('sha256').update(b).digest('base64')}`).toBe(v.sri);
  });

  it('marks executables and pads contents to 8 bytes', () => {
    const p = tree();
    writeFileSync(p, 'abc');
    chmodSync(p, 0o555);
    const b = nar(p);
    expect(b.includes(Buffer.from('executable'))).toBe(true);
    expect(b.length % 8).toBe(0);
  });

  it('sorts names bytewise, not by UTF-16 code units', () => {
    const p = tree();
    mkdirSync(p);
    // U+FF61 sorts before U+1F600 in UTF-8 bytes (ef… < f0…) but after it in UTF-16 (0xFF61 > 0xD83D).
    writeFileSync(join(p, '\u{1F600}'), '');
    writeFileSync(join(p, '\uFF61'), '');
    const b = nar(p).toString('latin1');
    expect(b.indexOf(Buffer.from('\uFF61').toString('latin1'))).toBeLessThan(b.indexOf(Buffer.from('\u{1F600}').toString('latin1')));
  });

  it('yields chunks of at most 1 MiB for a large file, and the same bytes as one piece', () => {
    const p = tree();
    const data = Buffer.alloc(3 * 1024 * 1024 + 5, 7);
    writeFileSync(p, data);
    const chunks = [...narChunks(p)];
    expect(chunks.length).toBeGreaterThan(3);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(1024 * 1024);
    const whole = Buffer.concat(chunks);
    // A regular file's NAR is 112 bytes of framing plus its contents padded to 8.
    expect(whole.length).toBe(112 + Math.ceil(data.length / 8) * 8);
    const start = whole.indexOf(Buffer.from('contents')) + 16;
    expect(whole.readBigUInt64LE(start - 8)).toBe(BigInt(data.length));
    expect(whole.subarray(start, start + data.length).equals(data)).toBe(true);
  });

  it('refuses a FIFO: Nix never puts one in a store path', () => {
    const p = tree();
    mkdirSync(p);
    execFileSync('mkfifo', [join(p, 'pipe')]);
    expect(() => nar(p)).toThrow(/neither a regular file, a directory nor a symlink/);
  });

  it('writes a length past 4 GiB as all 64 bits (a sparse file, read no further than its header)', () => {
    const p = tree();
    writeFileSync(p, '');
    truncateSync(p, 2 ** 32 + 3);
    const first = narChunks(p).next().value as Buffer;
    const at = first.indexOf('contents') + 8; // the field is padded to 8 bytes: 'contents' fills it exactly
    expect(first.readUInt32LE(at)).toBe(3);
    expect(first.readUInt32LE(at + 4)).toBe(1);
  });

  it('fails when the root does not exist', () => {
    expect(() => nar(join(tree(), 'missing'))).toThrow(/ENOENT/);
  });
});

describe('narChunks with a pool', () => {
  it('gives the same bytes from one buffer, however many chunks', () => {
    const p = join(mkdtempSync(join(tmpdir(), 'ntc-nar-')), 'root');
    dirs.push(dirname(p));
    mkdirSync(p);
    for (let i = 0; i < 5; i++) writeFileSync(join(p, `f${i}`), Buffer.alloc(300_000, i + 1));
    const expected = Buffer.concat([...narChunks(p, 1 << 30, 65536)]);
    const seen = new Set<ArrayBuffer>();
    const copies: Buffer[] = [];
    const pool = new ChunkPool(65536);
    for (const c of narChunks(p, 1 << 30, 65536, pool)) {
      seen.add(c.buffer as ArrayBuffer);
      copies.push(Buffer.from(c)); // a reused chunk is valid only until the next is asked for
    }
    expect(Buffer.concat(copies).equals(expected)).toBe(true);
    expect(copies.length).toBeGreaterThan(20);
    expect(seen.size).toBe(1); // each buffer goes back before the next chunk is written
  });

  function bigTree(fill: number): string {
    const p = join(mkdtempSync(join(tmpdir(), 'ntc-nar-')), 'root');
    dirs.push(dirname(p));
    mkdirSync(p);
    for (let i = 0; i < 3; i++) writeFileSync(join(p, `f${i}`), Buffer.alloc(200_000, fill + i));
    return p;
  }

  it('lends the next NAR the buffers of the one before, with the same bytes as without a pool', () => {
    const [a, b] = [bigTree(1), bigTree(7)];
    const pool = new ChunkPool(65536);
    const buffersOf = (p: string) => {
      const seen = new Set<ArrayBuffer>();
      const copies: Buffer[] = [];
      for (const c of narChunks(p, 1 << 30, 65536, pool)) {
        seen.add(c.buffer as ArrayBuffer);
        copies.push(Buffer.from(c));
      }
      expect(Buffer.concat(copies).equals(Buffer.concat([...narChunks(p, 1 << 30, 65536)]))).toBe(true);
      return seen;
    };
    const first = buffersOf(a);
    const second = buffersOf(b);
    expect([...second].every((ab) => first.has(ab))).toBe(true);
  });

  it('gets its buffers back from a NAR whose consumer gave up half way', () => {
    const pool = new ChunkPool(65536);
    const gen = narChunks(bigTree(3), 1 << 30, 65536, pool);
    const taken = new Set<ArrayBuffer>();
    for (let i = 0; i < 4; i++) taken.add(gen.next().value!.buffer as ArrayBuffer);
    gen.return(undefined);
    const again = new Set<ArrayBuffer>();
    for (const c of narChunks(bigTree(4), 1 << 30, 65536, pool)) again.add(c.buffer as ArrayBuffer);
    expect([...taken].every((ab) => again.has(ab))).toBe(true);
  });

  it('refuses a pool of another chunk size', () => {
    expect(() => [...narChunks(bigTree(5), 1 << 30, 65536, new ChunkPool(4096))]).toThrow(/4096-byte buffers for 65536-byte chunks/);
  });
});
