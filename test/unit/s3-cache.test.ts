// S3Cache against a real S3 server (s3rver on 127.0.0.1, no Nix needed): that the direct requests
// (s3-direct.ts) are taken once the SDK has shown the way, store what the SDK reads back, and leave every
// failure to the SDK's own handling and messages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3Cache } from '../../src/cache/s3.js';
import { parseCacheUrl, type S3Location } from '../../src/cache/url.js';
import { S3_CREDENTIALS, startS3, type S3Server } from '../e2e/rig/s3.js';

let server: S3Server;
beforeAll(async () => {
  server = await startS3('cache');
});
afterAll(async () => {
  await server?.destroy();
  // Every request, the SDK's and the direct ones, was signed and checked; the one refused is the wrong secret's.
  expect(server.requests.anonymous).toBe(0);
  expect(server.requests.refused).toBe(1);
  expect(server.requests.signed).toBeGreaterThan(10);
});

function location(bucket = 'cache'): S3Location {
  const loc = parseCacheUrl(server.cacheUrl.replace('s3://cache', `s3://${bucket}`));
  if (loc.kind !== 's3') throw new Error('not an S3 URL');
  return loc;
}

async function* pieces(...parts: string[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield Buffer.from(p);
}

describe('S3Cache on s3rver', () => {
  it('goes direct once the SDK reached the bucket, and the SDK reads back what was written', async () => {
    const cache = new S3Cache(location(), S3_CREDENTIALS);
    await cache.put('odd key/a b+c(1)!.narinfo', 'first, through the SDK', 'text/x-nix-narinfo');
    expect(cache.directRequests).toBe(0);
    await cache.put('a.narinfo', 'StorePath: /nix/store/a\n', 'text/x-nix-narinfo');
    await cache.putStream('nar/a.nar.zst', pieces('compressed ', 'bytes'), 'application/x-nix-nar');
    expect(await cache.get('missing.narinfo')).toBeUndefined();
    expect(cache.directRequests).toBe(3); // learnt from a key the SDK had to encode: the encodings agree

    const reader = new S3Cache(location(), S3_CREDENTIALS); // a fresh client: its first GET is the SDK's
    expect((await reader.get('a.narinfo'))?.toString()).toBe('StorePath: /nix/store/a\n');
    expect(reader.directRequests).toBe(0);
    expect((await reader.get('nar/a.nar.zst'))?.toString()).toBe('compressed bytes');
    expect((await reader.get('odd key/a b+c(1)!.narinfo'))?.toString()).toBe('first, through the SDK');
    expect(reader.directRequests).toBe(2);
    expect(await reader.exists('a.narinfo')).toBe(true);
  });

  it('never learns a route from a bucket that does not exist: the SDK says so', async () => {
    const cache = new S3Cache(location('no-such-bucket'), S3_CREDENTIALS);
    await expect(cache.put('a.narinfo', 'x', 'text/x-nix-narinfo')).rejects.toThrow(/bucket "no-such-bucket" does not exist/);
    await expect(cache.get('a.narinfo')).rejects.toThrow(/does not exist/);
    expect(cache.directRequests).toBe(0);
  });

  it('leaves refused credentials to the SDK: the same one-line error as without the direct path', async () => {
    const good = new S3Cache(location(), S3_CREDENTIALS);
    await good.put('b.narinfo', 'x', 'text/x-nix-narinfo');
    const bad = new S3Cache(location(), { accessKeyId: 'S3RVER', secretAccessKey: 'wrong' });
    await expect(bad.put('c.narinfo', 'x', 'text/x-nix-narinfo')).rejects.toThrow(/refused the credentials \(SignatureDoesNotMatch\)/);
    expect(bad.directRequests).toBe(0);
  });

  it('a server gone after the route was learnt: the SDK retries, then reports it as a network failure', async () => {
    const cache = new S3Cache(location(), S3_CREDENTIALS);
    await cache.put('d.narinfo', 'x', 'text/x-nix-narinfo');
    await cache.put('e.narinfo', 'x', 'text/x-nix-narinfo');
    expect(cache.directRequests).toBe(1);
    await server.stop();
    try {
      const err = await cache.put('f.narinfo', 'x', 'text/x-nix-narinfo').then(
        () => undefined,
        (e: unknown) => e as { message: string; retryable: boolean },
      );
      expect(err?.message).toMatch(/cannot reach s3:\/\/cache at http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
      expect(err?.retryable).toBe(true);
    } finally {
      await server.start();
    }
    await cache.put('g.narinfo', 'back', 'text/x-nix-narinfo'); // same port, same data: direct again
    expect(cache.directRequests).toBe(2);
    expect((await cache.get('g.narinfo'))?.toString()).toBe('back');
  });
});
