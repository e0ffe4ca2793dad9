import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NarMismatchError } from '../../src/core/hashing-stream.js';
import { encodeFrames, encodeToFile, encodeToFileNow, FRAME, type EncodeRequest, type NarSource } from '../../src/push/encode-frames.js';
import { inlineEncoder } from '../../src/push/encoder.js';

const sha = (b: Buffer) => createHash('sha256').update(b).digest();
// A NAR-sized byte string of text-like content (compressible), cut the way the seam cuts it.
function bytes(n: number): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = 97 + ((i * 7 + (i >> 9)) % 26);
  return b;
}
const source =
  (nar: Buffer): NarSource =>
  (_p, _hint, chunk) => {
    const out: Buffer[] = [];
    for (let o = 0; o < nar.length; o += chunk) out.push(nar.subarray(o, o + chunk));
    return out;
  };
const request = (nar: Buffer, compression: 'zstd' | 'none' = 'zstd'): EncodeRequest => ({
  path: '/nix/store/0123456789abcdfghijklmnpqrsvwxyz-x',
  narSize: nar.length,
  narDigest: sha(nar),
  compression,
});
function drain(gen: Generator<Buffer, { fileHash: Uint8Array; fileSize: number }>) {
  const pieces: Buffer[] = [];
  for (;;) {
    const r = gen.next();
    if (r.done) return { pieces, result: r.value };
    pieces.push(r.value);
  }
}

describe('encodeFrames', () => {
  it('a small NAR is one zstd frame; the file hash and size describe exactly the bytes yielded', () => {
    const nar = bytes(10_000);
    const { pieces, result } = drain(encodeFrames(request(nar), source(nar)));
    expect(pieces).toHaveLength(1);
    expect(zlib.zstdDecompressSync(pieces[0]!).equals(nar)).toBe(true);
    expect(Buffer.from(result.fileHash).equals(sha(pieces[0]!))).toBe(true);
    expect(result.fileSize).toBe(pieces[0]!.length);
  });

  it('a large NAR is concatenated frames that decode as one zstd stream', () => {
    const nar = bytes(2 * FRAME + 12345);
    const { pieces, result } = drain(encodeFrames(request(nar), source(nar)));
    expect(pieces).toHaveLength(3);
    const file = Buffer.concat(pieces);
    expect(zlib.zstdDecompressSync(file).equals(nar)).toBe(true);
    expect(Buffer.from(result.fileHash).equals(sha(file))).toBe(true);
    expect(result.fileSize).toBe(file.length);
  });

  it('compression none yields the NAR itself', () => {
    const nar = bytes(FRAME + 5);
    const { pieces } = drain(encodeFrames(request(nar, 'none'), source(nar)));
    expect(Buffer.concat(pieces).equals(nar)).toBe(true);
  });

  it('a NAR that differs from the database: nothing leaves for one frame, the last frame never leaves for more', () => {
    for (const size of [10_000, 2 * FRAME + 1]) {
      const nar = bytes(size);
      const tampered = Buffer.from(nar);
      tampered[size - 1] = tampered[size - 1]! ^ 1;
      const gen = encodeFrames(request(nar), source(tampered));
      const got: Buffer[] = [];
      expect(() => {
        for (;;) {
          const r = gen.next();
          if (r.done) break;
          got.push(r.value);
        }
      }).toThrow(NarMismatchError);
      expect(got.length, `size ${size}`).toBe(Math.ceil(size / FRAME) - 1);
    }
  });

  it('a NAR shorter than the database says is refused', () => {
    const nar = bytes(1000);
    expect(() => drain(encodeFrames({ ...request(nar), narSize: 1008 }, source(nar)))).toThrow(/differ from the hash registered/);
  });
});

describe('inlineEncoder', () => {
  it('yields the same pieces and result as encodeFrames', async () => {
    const nar = bytes(FRAME + 99);
    const gen = inlineEncoder(source(nar)).encode(request(nar));
    const pieces: Buffer[] = [];
    let r = await gen.next();
    while (!r.done) {
      pieces.push(r.value);
      r = await gen.next();
    }
    expect(zlib.zstdDecompressSync(Buffer.concat(pieces)).equals(nar)).toBe(true);
    expect(r.value.fileSize).toBe(Buffer.concat(pieces).length);
  });
});

describe('encodeToFile', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  function target() {
    const dir = mkdtempSync(join(tmpdir(), 'ntc-enc-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'nar'));
    return { dir, file: { tmp: join(dir, 'nar', '.tmp-1'), final: join(dir, 'nar', 'x.nar.zst') } };
  }

  it('writes the file under its final name, 0644 whatever the umask, the hash and size of what it wrote', () => {
    const { file } = target();
    const nar = bytes(2 * FRAME + 7);
    const old = process.umask(0o077);
    let result;
    try {
      result = encodeToFileNow(request(nar), source(nar), file);
    } finally {
      process.umask(old);
    }
    const written = readFileSync(file.final);
    expect(zlib.zstdDecompressSync(written).equals(nar)).toBe(true);
    expect(Buffer.from(result.fileHash).equals(sha(written))).toBe(true);
    expect(result.fileSize).toBe(written.length);
    expect(statSync(file.final).mode & 0o777).toBe(0o644);
    expect(existsSync(file.tmp)).toBe(false);
  });

  it('a NAR that differs from the database leaves nothing, neither the object nor the temporary file', () => {
    const { dir, file } = target();
    const nar = bytes(2 * FRAME);
    const tampered = Buffer.from(nar);
    tampered[FRAME + 3] = tampered[FRAME + 3]! ^ 1;
    expect(() => encodeToFileNow(request(nar), source(tampered), file)).toThrow(NarMismatchError);
    expect(readdirSync(join(dir, 'nar'))).toEqual([]);
  });

  it('never writes through a name planted at the temporary name (a symlink to elsewhere)', () => {
    const { dir, file } = target();
    const victim = join(dir, 'victim');
    writeFileSync(victim, 'keep');
    symlinkSync(victim, file.tmp);
    const nar = bytes(100);
    expect(() => encodeToFileNow(request(nar), source(nar), file)).toThrow(/EEXIST/);
    expect(readFileSync(victim, 'utf8')).toBe('keep');
    expect(existsSync(file.final)).toBe(false);
  });

  it('makes the directory again (0755) when it went away since the cache made it', () => {
    const { dir, file } = target();
    rmSync(join(dir, 'nar'), { recursive: true });
    const nar = bytes(100);
    encodeToFileNow(request(nar), source(nar), file);
    expect(statSync(join(dir, 'nar')).mode & 0o777).toBe(0o755);
    expect(existsSync(file.final)).toBe(true);
  });

  it('a caller that gives up half way leaves nothing: no object, no temporary file', () => {
    const { dir, file } = target();
    const nar = bytes(3 * FRAME);
    const steps = encodeToFile(request(nar), source(nar), file);
    steps.next();
    steps.return(undefined as never);
    expect(readdirSync(join(dir, 'nar'))).toEqual([]);
  });

  it('pauses after each frame written, and the object appears only at the end', () => {
    const { file } = target();
    const nar = bytes(3 * FRAME);
    const steps = encodeToFile(request(nar), source(nar), file);
    let pauses = 0;
    for (let r = steps.next(); !r.done; r = steps.next()) {
      pauses++;
      expect(existsSync(file.final)).toBe(false);
    }
    expect(pauses).toBe(3); // one per frame (the last one written once the NAR matched), then the rename
    expect(existsSync(file.final)).toBe(true);
  });
});
