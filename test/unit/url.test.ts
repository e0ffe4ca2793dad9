import { describe, expect, it } from 'vitest';
import { parseCacheUrl, substituterFor, type CacheLocation } from '../../src/cache/url.js';
import { UserError } from '../../src/core/errors.js';

function usage(text: string): UserError {
  try {
    parseCacheUrl(text);
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).exitCode).toBe(2);
    return err as UserError;
  }
  throw new Error(`expected ${text} to be refused`);
}

describe('parseCacheUrl: s3', () => {
  it('uses AWS defaults for a bare bucket', () => {
    expect(parseCacheUrl('s3://my-cache')).toEqual({
      kind: 's3',
      bucket: 'my-cache',
      region: 'us-east-1',
      pathStyle: false,
      checksums: 'when-supported',
    });
  });

  it('takes the region', () => {
    const loc = parseCacheUrl('s3://my.cache-1?region=eu-central-1');
    expect(loc).toMatchObject({ kind: 's3', bucket: 'my.cache-1', region: 'eu-central-1', pathStyle: false });
    expect(loc).not.toHaveProperty('endpoint');
  });

  it('gives a host-only endpoint the scheme (https by default)', () => {
    expect(parseCacheUrl('s3://b1b?endpoint=minio.example.org:9000')).toMatchObject({ endpoint: 'https://minio.example.org:9000' });
    expect(parseCacheUrl('s3://b1b?endpoint=127.0.0.1:4568&scheme=http')).toMatchObject({ endpoint: 'http://127.0.0.1:4568' });
  });

  it('keeps an endpoint that has a scheme, without trailing slashes', () => {
    expect(parseCacheUrl('s3://b1b?endpoint=http://127.0.0.1:4568/&scheme=https')).toMatchObject({ endpoint: 'http://127.0.0.1:4568' });
  });

  it('defaults to path style and required-only checksums with a custom endpoint', () => {
    expect(parseCacheUrl('s3://b1b?endpoint=127.0.0.1:4568&scheme=http&region=auto')).toEqual({
      kind: 's3',
      bucket: 'b1b',
      region: 'auto',
      endpoint: 'http://127.0.0.1:4568',
      pathStyle: true,
      checksums: 'when-required',
    });
  });

  it('lets path-style and checksums be set explicitly', () => {
    expect(parseCacheUrl('s3://b1b?endpoint=s3.example.org&path-style=false&checksums=when-supported')).toMatchObject({
      pathStyle: false,
      checksums: 'when-supported',
    });
    expect(parseCacheUrl('s3://b1b?path-style=true&checksums=when-required')).toMatchObject({
      pathStyle: true,
      checksums: 'when-required',
    });
  });

  it('takes a profile', () => {
    expect(parseCacheUrl('s3://b1b?profile=ci')).toMatchObject({ profile: 'ci' });
  });

  it('trims surrounding whitespace (an input from YAML)', () => {
    expect(parseCacheUrl('  s3://b1b?region=us-west-2\n')).toMatchObject({ bucket: 'b1b', region: 'us-west-2' });
  });

  it('refuses unknown parameters (typos)', () => {
    const err = usage('s3://b1b?regoin=eu-west-1');
    expect(err.message).toMatch(/unknown parameter "regoin"/);
    expect(err.message).toMatch(/region/);
  });

  it.each([
    ['s3://B1B'],
    ['s3://my_bucket'],
    ['s3://ab'],
    ['s3://-bucket'],
    ['s3://bucket-'],
    [`s3://${'a'.repeat(64)}`],
    ['s3://?region=x'],
  ])('refuses the bucket in %s', (text) => {
    expect(usage(text).message).toMatch(/not a valid S3 bucket name|not a valid URL/);
  });

  it('refuses a bad scheme', () => {
    expect(usage('s3://b1b?endpoint=h:1&scheme=ftp').message).toMatch(/scheme must be http or https/);
  });

  it('refuses a bad path-style value', () => {
    expect(usage('s3://b1b?path-style=yes').message).toMatch(/path-style must be true or false/);
  });

  it('refuses a bad checksums value', () => {
    expect(usage('s3://b1b?checksums=always').message).toMatch(/checksums must be/);
  });
});

describe('parseCacheUrl: s3 key prefix', () => {
  it('refuses a key prefix instead of ignoring it', () => {
    expect(() => parseCacheUrl('s3://bucket/some/prefix?region=x')).toThrow(/prefix .*not supported/);
  });
});

describe('parseCacheUrl: file', () => {
  it('takes an absolute directory', () => {
    expect(parseCacheUrl('file:///var/cache/nix')).toEqual({ kind: 'file', dir: '/var/cache/nix' });
  });

  it('drops trailing slashes and query, decodes escapes', () => {
    expect(parseCacheUrl('file:///var/cache/nix/?compression=xz')).toEqual({ kind: 'file', dir: '/var/cache/nix' });
    expect(parseCacheUrl('file:///tmp/my%20cache')).toEqual({ kind: 'file', dir: '/tmp/my cache' });
    expect(parseCacheUrl('file:///')).toEqual({ kind: 'file', dir: '/' });
  });

  it.each([['file://relative/dir'], ['file://./cache'], ['file://']])('refuses the relative %s', (text) => {
    expect(usage(text).message).toMatch(/file:\/\/ needs an absolute path/);
  });
});

describe('parseCacheUrl: other schemes', () => {
  it.each([['http://127.0.0.1:4568/bucket'], ['https://cache.example.org'], ['/var/cache/nix'], [''], ['S3://bucket'], ['gs://bucket']])(
    'refuses %j',
    (text) => {
      expect(usage(text).message).toMatch(/neither s3:\/\/BUCKET\?… nor file:\/\/\/ABS\/DIR/);
    },
  );
});

describe('substituterFor', () => {
  it.each<[string, string]>([
    ['s3://my-cache', 'https://my-cache.s3.us-east-1.amazonaws.com'],
    ['s3://my-cache?region=eu-west-1', 'https://my-cache.s3.eu-west-1.amazonaws.com'],
    ['s3://b1b?endpoint=127.0.0.1:4568&scheme=http', 'http://127.0.0.1:4568/b1b'],
    ['s3://b1b?endpoint=https://minio.example.org/', 'https://minio.example.org/b1b'],
    ['file:///var/cache/nix/', 'file:///var/cache/nix'],
    ['s3://cache.example.org?region=eu-west-1', 'https://s3.eu-west-1.amazonaws.com/cache.example.org'],
  ])('%s -> %s', (url, sub) => {
    expect(substituterFor(parseCacheUrl(url))).toBe(sub);
  });

  it('works from a location object', () => {
    const loc: CacheLocation = { kind: 's3', bucket: 'x-y', region: 'ap-south-1', pathStyle: true, checksums: 'when-required' };
    expect(substituterFor(loc)).toBe('https://x-y.s3.ap-south-1.amazonaws.com');
  });
});
