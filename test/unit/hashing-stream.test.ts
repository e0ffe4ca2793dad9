import { readFileSync } from 'node:fs';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { parseSha256, sha256Nix32 } from '../../src/core/hash.js';
import { HashingStream, NarMismatchError } from '../../src/core/hashing-stream.js';

const vectors = JSON.parse(readFileSync(new URL('../fixtures/nix-binary-cache-vectors.json', import.meta.url), 'utf8')) as {
  nar: { tree: string; hex?: string; narSize: number; narHash: string; sri?: string }[];
};
const withBytes = vectors.nar.filter((v) => v.hex !== undefined);

/** Feeds `bytes` in chunks of `chunk` through `stream` and collects what comes out. */
async function run(stream: HashingStream, bytes: Buffer, chunk = 7): Promise<Buffer> {
  const out: Buffer[] = [];
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunk) parts.push(bytes.subarray(i, i + chunk));
  await pipeline(
    Readable.from(parts),
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

describe('HashingStream on the NAR vectors', () => {
  it('has NAR vectors with bytes', () => {
    expect(withBytes.length).toBeGreaterThanOrEqual(2);
  });

  for (const v of withBytes) {
    const bytes = Buffer.from(v.hex!, 'hex');

    it(`hashes and counts: ${v.tree}`, async () => {
      const s = new HashingStream();
      const out = await run(s, bytes);
      expect(out.equals(bytes)).toBe(true);
      expect(s.size).toBe(v.narSize);
      expect(bytes.length).toBe(v.narSize);
      expect(sha256Nix32(s.digest!)).toBe(v.narHash);
      if (v.sri) expect(Buffer.from(s.digest!).toString('base64')).toBe(v.sri.slice('sha256-'.length));
    });

    it(`passes with the matching expectation: ${v.tree}`, async () => {
      const s = new HashingStream({ digest: parseSha256(v.narHash), size: v.narSize, describe: '/nix/store/x' });
      const out = await run(s, bytes, 1000);
      expect(out.equals(bytes)).toBe(true);
    });

    it(`fails with NarMismatchError when a byte differs: ${v.tree}`, async () => {
      const bad = Buffer.from(bytes);
      bad[bad.length - 20]! ^= 0x20;
      const s = new HashingStream({ digest: parseSha256(v.narHash), size: v.narSize, describe: '/nix/store/abc-x' });
      const err = await run(s, bad).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(NarMismatchError);
      const m = err as NarMismatchError;
      expect(m.storePath).toBe('/nix/store/abc-x');
      expect(m.expectedSize).toBe(v.narSize);
      expect(m.actualSize).toBe(v.narSize);
      expect(m.message).toMatch(/refusing to sign \/nix\/store\/abc-x/);
    });

    it(`fails with NarMismatchError when the size differs: ${v.tree}`, async () => {
      const s = new HashingStream({ digest: parseSha256(v.narHash), size: v.narSize, describe: '/nix/store/abc-x' });
      const err = await run(s, Buffer.concat([bytes, Buffer.alloc(8)])).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(NarMismatchError);
      expect((err as NarMismatchError).actualSize).toBe(v.narSize + 8);
    });
  }

  it('does not signal completion downstream on a mismatch', async () => {
    const v = withBytes[0]!;
    const bytes = Buffer.from(v.hex!, 'hex');
    const s = new HashingStream({ digest: new Uint8Array(32), size: v.narSize, describe: 'p' });
    let finished = false;
    const sink = new Writable({ write: (_c, _e, cb) => cb() });
    sink.on('finish', () => (finished = true));
    await expect(pipeline(Readable.from([bytes]), s, sink)).rejects.toBeInstanceOf(NarMismatchError);
    expect(finished).toBe(false);
  });

  it('hashes the empty input', async () => {
    const s = new HashingStream();
    await run(s, Buffer.alloc(0));
    expect(s.size).toBe(0);
    expect(Buffer.from(s.digest!).toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
