import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { CACHE_INFO, CONTENT_TYPES, ensureCacheInfo, type CacheBackend } from '../../src/cache/backend.js';
import { FileCache } from '../../src/cache/file.js';

const root = mkdtempSync(join(tmpdir(), 'ntc-file-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let dir: string;
let cache: CacheBackend;
let n = 0;
beforeEach(() => {
  dir = join(root, `c${n++}`);
  cache = new FileCache(dir);
});

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

describe('FileCache', () => {
  it('describes itself as a file:// URL', () => {
    expect(cache.describe).toBe(`file://${dir}`);
  });

  it('returns undefined / false for absent objects', async () => {
    expect(await cache.get('x.narinfo')).toBeUndefined();
    expect(await cache.getStream('nar/x.nar')).toBeUndefined();
    expect(await cache.exists('x.narinfo')).toBe(false);
  });

  it('puts and gets small objects, creating directories', async () => {
    await cache.put('abc.narinfo', 'StorePath: x\n', CONTENT_TYPES.narinfo);
    await cache.put('nar/abc.nar', Buffer.from([0, 1, 2, 255]), CONTENT_TYPES.nar);
    expect((await cache.get('abc.narinfo'))!.toString()).toBe('StorePath: x\n');
    expect([...(await cache.get('nar/abc.nar'))!]).toEqual([0, 1, 2, 255]);
    expect(await cache.exists('nar/abc.nar')).toBe(true);
    expect(readFileSync(join(dir, 'abc.narinfo'), 'utf8')).toBe('StorePath: x\n');
  });

  it('writes world-readable files (consumers read them over HTTP or file://)', async () => {
    await cache.put('a.narinfo', 'x', CONTENT_TYPES.narinfo);
    expect(statSync(join(dir, 'a.narinfo')).mode & 0o004).toBe(0o004);
  });

  it('overwrites and leaves no temporary files', async () => {
    await cache.put('a.narinfo', 'one', CONTENT_TYPES.narinfo);
    await cache.put('a.narinfo', 'two', CONTENT_TYPES.narinfo);
    expect((await cache.get('a.narinfo'))!.toString()).toBe('two');
    expect(readdirSync(dir)).toEqual(['a.narinfo']);
  });

  it('streams objects in and out', async () => {
    const big = Buffer.alloc(3 * 1024 * 1024, 7);
    await cache.putStream('nar/big.nar', Readable.from([big.subarray(0, 1000), big.subarray(1000)]), CONTENT_TYPES.nar);
    const out = await cache.getStream('nar/big.nar');
    expect((await readAll(out!)).equals(big)).toBe(true);
    expect(readdirSync(join(dir, 'nar'))).toEqual(['big.nar']);
  });

  it('leaves nothing behind when the streamed body fails', async () => {
    const body = new Readable({ read() {} });
    const put = cache.putStream('nar/broken.nar', body, CONTENT_TYPES.nar);
    body.push(Buffer.alloc(1000, 1));
    setTimeout(() => body.destroy(new Error('source failed')), 20);
    await expect(put).rejects.toThrow('source failed');
    expect(await cache.exists('nar/broken.nar')).toBe(false);
    expect(readdirSync(join(dir, 'nar'))).toEqual([]);
  });

  it('does not replace an existing object when a new body fails', async () => {
    await cache.put('nar/x.nar', 'good', CONTENT_TYPES.nar);
    const body = new Readable({ read() {} });
    const put = cache.putStream('nar/x.nar', body, CONTENT_TYPES.nar);
    body.push('partial');
    setTimeout(() => body.destroy(new Error('nope')), 10);
    await expect(put).rejects.toThrow('nope');
    expect((await cache.get('nar/x.nar'))!.toString()).toBe('good');
    expect(readdirSync(join(dir, 'nar'))).toEqual(['x.nar']);
  });

  it('streams pieces from any async iterable, written in order as they come', async () => {
    async function* pieces() {
      for (let i = 0; i < 5; i++) yield Buffer.alloc(1000, 65 + i);
    }
    await cache.putStream('nar/gen.nar', pieces(), CONTENT_TYPES.nar);
    const expected = Buffer.concat([0, 1, 2, 3, 4].map((i) => Buffer.alloc(1000, 65 + i)));
    expect((await cache.get('nar/gen.nar'))!.equals(expected)).toBe(true);
  });

  it('names a direct-write target beside the key, in a directory that exists and consumers can read', async () => {
    const t = await (cache as FileCache).fileTarget('nar/abc.nar.zst');
    expect(t.final).toBe(join(dir, 'nar', 'abc.nar.zst'));
    expect(t.tmp.startsWith(join(dir, 'nar', '.tmp-'))).toBe(true);
    expect(statSync(join(dir, 'nar')).mode & 0o777).toBe(0o755);
    const other = await (cache as FileCache).fileTarget('nar/abc.nar.zst');
    expect(other.tmp).not.toBe(t.tmp); // two writers never share a temporary name
  });

  it('deletes, and deleting an absent object is fine', async () => {
    await cache.put('a.narinfo', 'x', CONTENT_TYPES.narinfo);
    await cache.delete('a.narinfo');
    expect(await cache.exists('a.narinfo')).toBe(false);
    await expect(cache.delete('a.narinfo')).resolves.toBeUndefined();
  });

  it('lists keys directly under the root by suffix', async () => {
    await cache.put('a.narinfo', 'x', CONTENT_TYPES.narinfo);
    await cache.put('b.narinfo', 'x', CONTENT_TYPES.narinfo);
    await cache.put('nar/c.narinfo', 'x', CONTENT_TYPES.nar);
    await cache.put('nix-cache-info', CACHE_INFO, CONTENT_TYPES.cacheInfo);
    const keys: string[] = [];
    for await (const k of cache.list('.narinfo')) keys.push(k);
    expect(keys.sort()).toEqual(['a.narinfo', 'b.narinfo']);
  });

  it('ensureCacheInfo writes nix-cache-info once and keeps an existing one', async () => {
    await ensureCacheInfo(cache);
    expect((await cache.get('nix-cache-info'))!.toString()).toBe('StoreDir: /nix/store\n');
    await cache.put('nix-cache-info', 'StoreDir: /nix/store\nPriority: 30\n', CONTENT_TYPES.cacheInfo);
    await ensureCacheInfo(cache);
    expect((await cache.get('nix-cache-info'))!.toString()).toBe('StoreDir: /nix/store\nPriority: 30\n');
  });

  it('uses the content types Nix expects', () => {
    expect(CONTENT_TYPES).toEqual({ narinfo: 'text/x-nix-narinfo', nar: 'application/x-nix-nar', cacheInfo: 'text/x-nix-cache-info' });
  });
});

describe('FileCache: what another user may plant in the directory', () => {
  it('treats a symlink, a FIFO or a directory at a key as absent, and a write replaces it', async () => {
    const { mkdirSync, symlinkSync, writeFileSync } = await import('node:fs');
    const { execFileSync } = await import('node:child_process');
    await cache.put('nix-cache-info', CACHE_INFO, CONTENT_TYPES.cacheInfo);
    const secret = join(root, `secret-${n}`);
    writeFileSync(secret, 'not for the cache');
    symlinkSync(secret, join(dir, 'link.narinfo'));
    execFileSync('mkfifo', [join(dir, 'fifo.narinfo')]);
    mkdirSync(join(dir, 'dir.narinfo'));
    for (const k of ['link.narinfo', 'fifo.narinfo', 'dir.narinfo']) {
      expect(await cache.get(k), k).toBeUndefined(); // never blocks on the FIFO, never reads through the link
      expect(await cache.getStream(k), k).toBeUndefined();
      expect(await cache.exists(k), k).toBe(false);
    }
    await cache.put('link.narinfo', 'StorePath: x\n', CONTENT_TYPES.narinfo);
    expect(readFileSync(secret, 'utf8')).toBe('not for the cache');
    expect((await cache.get('link.narinfo'))!.toString()).toBe('StorePath: x\n');
    const listed: string[] = [];
    for await (const k of cache.list('.narinfo')) listed.push(k);
    expect(listed).toEqual(['link.narinfo']);
  });

  it('makes its directories again when they were removed after the first write (small and streamed objects)', async () => {
    await cache.put('nar/a.nar', 'a', CONTENT_TYPES.nar);
    rmSync(dir, { recursive: true });
    await cache.put('nar/b.nar', 'b', CONTENT_TYPES.nar);
    expect((await cache.get('nar/b.nar'))!.toString()).toBe('b');
    expect(statSync(join(dir, 'nar')).mode & 0o777).toBe(0o755);
    rmSync(join(dir, 'nar'), { recursive: true });
    await cache.putStream('nar/c.nar', Readable.from([Buffer.from('c')]), CONTENT_TYPES.nar);
    expect((await cache.get('nar/c.nar'))!.toString()).toBe('c');
  });

  it('writes files 0644 and directories 0755 whatever the umask', async () => {
    const old = process.umask(0o077);
    try {
      await cache.put('a.narinfo', 'x', CONTENT_TYPES.narinfo);
      await cache.putStream('nar/a.nar', Readable.from([Buffer.from('y')]), CONTENT_TYPES.nar);
    } finally {
      process.umask(old);
    }
    expect(statSync(dir).mode & 0o777).toBe(0o755);
    expect(statSync(join(dir, 'nar')).mode & 0o777).toBe(0o755);
    expect(statSync(join(dir, 'a.narinfo')).mode & 0o777).toBe(0o644);
    expect(statSync(join(dir, 'nar/a.nar')).mode & 0o777).toBe(0o644);
  });
});

describe('FileCache.sweepTemporaries: what a killed writer left half-written', () => {
  it('removes regular `.tmp-<pid>-…` files of dead pids, at the root and in nar/, and nothing else', async () => {
    const fc = new FileCache(dir);
    await fc.put('nix-cache-info', 'StoreDir: /nix/store\n');
    await fc.put('nar/abc.nar.zst', Buffer.from('whole'));
    const dead = join(dir, 'nar', '.tmp-4000001-dead');
    const deadRoot = join(dir, '.tmp-4000001-root');
    const alive = join(dir, 'nar', '.tmp-4000002-alive');
    const notOurs = join(dir, 'nar', '.tmp-notapid');
    const aDir = join(dir, '.tmp-4000001-dir');
    for (const f of [dead, deadRoot, alive, notOurs]) writeFileSync(f, 'half');
    mkdirSync(aDir);
    const removed = await fc.sweepTemporaries((pid) => pid === 4000002);
    expect(removed).toBe(2);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(deadRoot)).toBe(false);
    for (const kept of [alive, notOurs, aDir, join(dir, 'nar', 'abc.nar.zst'), join(dir, 'nix-cache-info')])
      expect(existsSync(kept)).toBe(true);
  });

  it('a cache with no nar/ yet is swept without error', async () => {
    const fc = new FileCache(dir);
    await fc.put('nix-cache-info', 'StoreDir: /nix/store\n');
    expect(await fc.sweepTemporaries(() => false)).toBe(0);
  });
});
