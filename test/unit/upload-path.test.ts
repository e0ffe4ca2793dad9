import { inlineEncoder } from '../../src/push/encoder.js';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { CacheBackend } from '../../src/cache/backend.js';
import { FileCache } from '../../src/cache/file.js';
import { COMPRESSIONS, narExtension } from '../../src/core/compression.js';
import { parseSha256, sha256Nix32 } from '../../src/core/hash.js';
import { parsePublicKey, parseSecretKey, publicKeyOf, signFingerprint, verifyFingerprint } from '../../src/core/keys.js';
import { fingerprint, parseNarInfo, renderNarInfo, type Compression } from '../../src/core/narinfo.js';
import { nix32Encode } from '../../src/core/nix32.js';
import type { PathInfo } from '../../src/nix/store.js';
import { alreadyCached, uploadPath, type UploadContext } from '../../src/push/upload-path.js';
import { verifyNarInfo } from '../../src/verify/verify.js';

const vectors = JSON.parse(readFileSync(new URL('../fixtures/nix-binary-cache-vectors.json', import.meta.url), 'utf8')) as {
  keys: { secret: string; public: string }[];
  nar: { tree: string; hex?: string; narSize: number; narHash: string }[];
};
const [k1, k2] = vectors.keys as [{ secret: string; public: string }, { secret: string; public: string }];
const ourKey = parseSecretKey(k1.secret);
const ourPublic = parsePublicKey(k1.public);
const otherKey = parseSecretKey(k2.secret);
const nars = vectors.nar.filter((v) => v.hex !== undefined).map((v) => ({ ...v, bytes: Buffer.from(v.hex!, 'hex') }));
const nar = nars[0]!;

const HASH = 'adkmfi3dnq9d8zlca11ix0wvjjpawips';
const PATH = `/nix/store/${HASH}-hello-1`;
const info: PathInfo = {
  path: PATH,
  narHash: nar.narHash,
  narSize: nar.narSize,
  references: ['/nix/store/0jqd0rlxzra1rs38rdxl43yh6rxchgc6-curl-7.82.0', PATH],
  deriver: '/nix/store/d3636k2w7dqncs8h939hhx6l1p7i9yaq-hello-1.drv',
};

const root = mkdtempSync(join(tmpdir(), 'ntc-upload-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dir: string;
let n = 0;
beforeEach(() => {
  dir = join(root, `c${n++}`);
});

// Both ways a NAR goes: whole (small NARs) and streamed (large ones); every behaviour holds for both.
// The encoder (what the CLI uses for zstd and none; inline here, in worker threads in the bundle) is the
// third: writing a file:// cache's file itself, or (`encoded-pieces`, as for S3) handing pieces to the cache.
const STRATEGIES = { whole: undefined, streamed: 0, encoded: -1, 'encoded-pieces': -2 } as const;
let wholeNarMax: number | undefined;

function context(
  compression: Compression,
  bytes: Buffer = nar.bytes,
  cache: CacheBackend = wholeNarMax === -2 ? around(new FileCache(dir), {}) : new FileCache(dir),
): UploadContext & { dumps: string[] } {
  const dumps: string[] = [];
  return {
    cache,
    key: ourKey,
    compression,
    dumps,
    dump,
    ...(wholeNarMax === undefined || wholeNarMax < 0 ? {} : { wholeNarMax }),
    ...(wholeNarMax === -1 || wholeNarMax === -2 ? { encoder: inlineEncoder(dump) } : {}),
  };
  function dump(p: string): Buffer[] {
    dumps.push(p);
    // Several chunks, as a large NAR comes.
    return [bytes.subarray(0, 17), bytes.subarray(17, 60), bytes.subarray(60)];
  }
}

/** A cache backend that passes everything to `inner` except what `over` replaces. */
function around(inner: FileCache, over: Partial<CacheBackend>): CacheBackend {
  return {
    describe: inner.describe,
    get: (k) => inner.get(k),
    getStream: (k) => inner.getStream(k),
    exists: (k) => inner.exists(k),
    delete: (k) => inner.delete(k),
    list: (s) => inner.list(s),
    put: (k, b) => inner.put(k, b),
    putStream: (k, b) => inner.putStream(k, b),
    ...over,
  };
}

const narinfoFile = () => join(dir, `${HASH}.narinfo`);
const narDirEntries = () => (existsSync(join(dir, 'nar')) ? readdirSync(join(dir, 'nar')) : []);

for (const [strategy, max] of Object.entries(STRATEGIES))
  describe(`uploadPath, NAR ${strategy}`, () => {
    beforeEach(() => {
      wholeNarMax = max;
    });
    for (const compression of COMPRESSIONS) {
      describe(`with ${compression}`, () => {
        it('writes the NAR object and a signed narinfo that verifies', async () => {
          const ctx = context(compression);
          const result = await uploadPath(ctx, info);
          expect(result.status).toBe('uploaded');
          expect(result.path).toBe(PATH);
          expect(result.narSize).toBe(nar.narSize);
          expect(ctx.dumps).toEqual([PATH]);

          const text = readFileSync(narinfoFile(), 'utf8');
          const written = parseNarInfo(text);
          const url = `nar/${nix32Encode(parseSha256(nar.narHash))}.nar${narExtension(compression)}`;
          expect(written.url).toBe(url);
          expect(written.compression).toBe(compression);
          expect(text).toContain(`\nCompression: ${compression}\n`);
          expect(written.storePath).toBe(PATH);
          expect(written.narHash).toBe(nar.narHash);
          expect(written.narSize).toBe(nar.narSize);
          expect(written.references).toEqual([...info.references].sort());
          expect(written.deriver).toBe(info.deriver);
          expect(written.sigs).toHaveLength(1);
          expect(verifyFingerprint([ourPublic], fingerprint(written), written.sigs[0]!)).toBe(true);

          const object = readFileSync(join(dir, url));
          expect(result.fileSize).toBe(object.length);
          expect(written.fileSize).toBe(object.length);
          expect(written.fileHash).toBe(sha256Nix32(createHash('sha256').update(object).digest()));
          if (compression === 'none') expect(object.equals(nar.bytes)).toBe(true);
          expect(narDirEntries()).toEqual([url.slice('nar/'.length)]);

          const verdict = await verifyNarInfo(ctx.cache, `${HASH}.narinfo`, [ourPublic], true);
          expect(verdict).toEqual({ key: `${HASH}.narinfo`, storePath: PATH, status: 'valid', signedBy: ['test1'] });
        });

        it('skips a path that is already cached, without dumping it', async () => {
          const ctx = context(compression);
          expect((await uploadPath(ctx, info)).status).toBe('uploaded');
          const before = readFileSync(narinfoFile(), 'utf8');
          const again = await uploadPath(ctx, info);
          expect(again.status).toBe('skipped');
          expect(again.fileSize).toBe(0);
          expect(ctx.dumps).toHaveLength(1);
          expect(readFileSync(narinfoFile(), 'utf8')).toBe(before);
        });

        it('refuses a path whose contents differ from the registered hash, leaving nothing behind', async () => {
          const tampered = Buffer.from(nar.bytes);
          tampered[tampered.indexOf('Hello')]! ^= 0x20; // 'Hello' -> 'hello', same size
          const ctx = context(compression, tampered);
          const result = await uploadPath(ctx, info);
          expect(result.status).toBe('refused');
          expect(result.fileSize).toBe(0);
          expect(result.reason).toMatch(/refusing to sign .*hello-1.*modified after it was built/);
          expect(existsSync(narinfoFile())).toBe(false);
          expect(narDirEntries()).toEqual([]);
        });
      });
    }

    it('refuses a PathInfo with a wrong narHash: no NAR object, no narinfo', async () => {
      const wrong: PathInfo = { ...info, narHash: nars[1]!.narHash };
      const ctx = context('zstd');
      const result = await uploadPath(ctx, wrong);
      expect(result.status).toBe('refused');
      expect(result.reason).toContain(PATH);
      expect(existsSync(narinfoFile())).toBe(false);
      expect(narDirEntries()).toEqual([]);
    });

    it('a NAR that differs from a path no longer valid is garbage-collected, not tampered: an error, never a refusal', async () => {
      const ctx = { ...context('zstd'), stillValid: () => false };
      await expect(uploadPath(ctx, { ...info, narHash: nars[1]!.narHash })).rejects.toThrow(
        /is not in the Nix store \(garbage-collected while it was read\)/,
      );
      const still = { ...context('zstd'), stillValid: () => true };
      expect((await uploadPath(still, { ...info, narHash: nars[1]!.narHash })).status).toBe('refused');
      expect(narDirEntries()).toEqual([]);
    });

    it('returns a refusal only after the aborted upload has settled (whole: before anything is written)', async () => {
      const inner = new FileCache(dir);
      let settled = false;
      const writes: string[] = [];
      const slow = around(inner, {
        put: (k, b) => (writes.push(k), inner.put(k, b)),
        putStream: async (k, b) => {
          writes.push(k);
          try {
            await inner.putStream(k, b);
          } finally {
            await sleep(50); // a backend that takes its time to abort (e.g. an S3 multipart abort)
            settled = true;
          }
        },
      });
      const result = await uploadPath(context('zstd', nar.bytes, slow), { ...info, narHash: nars[1]!.narHash });
      expect(result.status).toBe('refused');
      if (strategy === 'whole') expect(writes).toEqual([]);
      else expect(settled).toBe(true);
      expect(narDirEntries()).toEqual([]);
    });

    it('refuses a PathInfo with a wrong narSize', async () => {
      const ctx = context('none');
      const result = await uploadPath(ctx, { ...info, narSize: nar.narSize + 8 });
      expect(result.status).toBe('refused');
      expect(result.reason).toMatch(new RegExp(`NAR size ${nar.narSize}, registered ${nar.narSize + 8}`));
      expect(existsSync(narinfoFile())).toBe(false);
      expect(narDirEntries()).toEqual([]);
    });

    it('uploads every NAR vector', async () => {
      for (const v of nars) {
        dir = join(root, `c${n++}`);
        const ctx = context('xz', v.bytes);
        const p: PathInfo = { path: PATH, narHash: v.narHash, narSize: v.narSize, references: [] };
        expect((await uploadPath(ctx, p)).status).toBe('uploaded');
        expect((await verifyNarInfo(ctx.cache, `${HASH}.narinfo`, [ourPublic], true)).status).toBe('valid');
        expect(readFileSync(narinfoFile(), 'utf8')).toContain('\nReferences: \n');
      }
    });

    it('writes the NAR object before the narinfo', async () => {
      const inner = new FileCache(dir);
      const order: string[] = [];
      const recording = around(inner, {
        put: async (k, b, t) => {
          await inner.put(k, b);
          order.push(`put ${k} ${t}`);
        },
        putStream: async (k, b, t) => {
          await inner.putStream(k, b);
          order.push(`putStream ${k} ${t}`);
        },
      });
      expect((await uploadPath(context('br', nar.bytes, recording), info)).status).toBe('uploaded');
      const narKey = `nar/${nix32Encode(parseSha256(nar.narHash))}.nar.br application/x-nix-nar`;
      // br never goes through the encoder: it is one piece (put) unless streamed
      expect(order).toEqual([`${strategy === 'streamed' ? 'putStream' : 'put'} ${narKey}`, `put ${HASH}.narinfo text/x-nix-narinfo`]);
    });

    it('propagates a failing dump as an error and leaves nothing behind', async () => {
      const failing = function* () {
        yield nar.bytes.subarray(0, 40);
        throw new Error('ENOENT: path gone while it was read');
      };
      const base = context('zstd');
      const ctx: UploadContext = { ...base, dump: failing, ...(base.encoder ? { encoder: inlineEncoder(failing) } : {}) };
      await expect(uploadPath(ctx, info)).rejects.toThrow('path gone while it was read');
      expect(existsSync(narinfoFile())).toBe(false);
      expect(narDirEntries()).toEqual([]);
    });

    it('replaces a narinfo signed only by another key', async () => {
      const ctx = context('none');
      await uploadPath({ ...ctx, key: otherKey }, info);
      expect(await alreadyCached(ctx, info)).toBe(false);
      expect((await uploadPath(ctx, info)).status).toBe('uploaded');
      const written = parseNarInfo(readFileSync(narinfoFile(), 'utf8'));
      expect(written.sigs.map((s) => s.split(':')[0])).toEqual(['test1']);
    });

    it('a narinfo signed by a previous key (rotation) gets our signature beside it, and no NAR is written again', async () => {
      const ctx = context('none');
      await uploadPath({ ...ctx, key: otherKey }, info);
      const narsBefore = narDirEntries();
      const dumpsBefore = ctx.dumps.length;
      const r = await uploadPath({ ...ctx, previousKeys: [publicKeyOf(otherKey)] }, info);
      expect(r.status).toBe('skipped');
      expect(r.reason).toBe(`already cached, signed by ${otherKey.name}: signed anew with ${ourKey.name}`);
      expect(ctx.dumps.length).toBe(dumpsBefore); // the NAR was not read, let alone written
      expect(narDirEntries()).toEqual(narsBefore);
      const written = parseNarInfo(readFileSync(narinfoFile(), 'utf8'));
      expect(written.sigs.map((s) => s.split(':')[0])).toEqual([otherKey.name, ourKey.name]);
      expect(await alreadyCached(ctx, info)).toBe(true); // and our key alone now vouches for it
    });

    it('a previous key that signed other references is not taken at its word: the path is uploaded anew', async () => {
      const ctx = context('none');
      const claimed = {
        storePath: PATH,
        url: 'nar/x.nar',
        compression: 'none',
        narHash: nar.narHash,
        narSize: nar.narSize,
        references: ['/nix/store/00000000000000000000000000000000-something-else'],
        sigs: [] as string[],
      };
      claimed.sigs.push(signFingerprint(otherKey, fingerprint(claimed)));
      await ctx.cache.put(`${HASH}.narinfo`, renderNarInfo(claimed), 'text/x-nix-narinfo');
      expect((await uploadPath({ ...ctx, previousKeys: [publicKeyOf(otherKey)] }, info)).status).toBe('uploaded');
      expect(parseNarInfo(readFileSync(narinfoFile(), 'utf8')).sigs.map((s) => s.split(':')[0])).toEqual([ourKey.name]);
    });

    it('re-uploads when the cached narinfo describes other contents', async () => {
      const ctx = context('none');
      const other = nars[1]!;
      const stale = {
        storePath: PATH,
        url: 'nar/x.nar',
        compression: 'none',
        narHash: other.narHash,
        narSize: other.narSize,
        references: [],
        sigs: [] as string[],
      };
      stale.sigs.push(signFingerprint(ourKey, fingerprint(stale)));
      await ctx.cache.put(`${HASH}.narinfo`, renderNarInfo(stale), 'text/x-nix-narinfo');
      expect(await alreadyCached(ctx, info)).toBe(false);
      expect((await uploadPath(ctx, info)).status).toBe('uploaded');
      expect(parseNarInfo(readFileSync(narinfoFile(), 'utf8')).narHash).toBe(nar.narHash);
    });

    it('replaces a malformed narinfo', async () => {
      const ctx = context('none');
      await ctx.cache.put(`${HASH}.narinfo`, 'garbage\n', 'text/x-nix-narinfo');
      expect(await alreadyCached(ctx, info)).toBe(false);
      expect((await uploadPath(ctx, info)).status).toBe('uploaded');
    });

    it('carries the CA field into the narinfo', async () => {
      const ctx = context('none');
      const ca = 'fixed:r:sha256:1b8m03r63zqhnjf7l5wnldhh7c134ap5vpj0850ymkq1iyzicy5s';
      await uploadPath(ctx, { ...info, ca });
      expect(parseNarInfo(readFileSync(narinfoFile(), 'utf8')).ca).toBe(ca);
    });
  });
