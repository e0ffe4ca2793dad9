import { describe, expect, it } from 'vitest';
import { baseName, fullPath, isStorePath, STORE_DIR, storePathHash } from '../../src/core/store-path.js';

const HASH = 'syd87l2rxw8cbsxmxl853h0r6pdwhwjr';
const PATH = `/nix/store/${HASH}-curl-7.82.0-bin`;

describe('store paths', () => {
  it('uses /nix/store', () => {
    expect(STORE_DIR).toBe('/nix/store');
  });

  it.each([
    [PATH],
    ['/nix/store/5rwxzi7pal3qhpsyfc16gzkh939q1np6-curl-7.82.0.drv'],
    ['/nix/store/00bgd045z0d4icpbc2yyz4gx48ak44la-net-tools-1.60_p20170221182432'],
    ['/nix/store/00bgd045z0d4icpbc2yyz4gx48ak44la-a+b?c=d_e'],
    [`/nix/store/${HASH}-${'a'.repeat(211)}`],
  ])('accepts %s', (p) => {
    expect(isStorePath(p)).toBe(true);
  });

  it.each([
    [''],
    [`/nix/store/${HASH}`], // no name
    [`/nix/store/${HASH}-`], // empty name
    [`/nix/store/${HASH}-.hidden`], // name starting with a dot
    [`/nix/store/${HASH}-a/b`], // a file inside a store path
    [`/nix/store/${HASH.slice(1)}-x`], // 31 characters
    [`/nix/store/${HASH.slice(0, 31)}e-x`], // 'e' is not nix32
    [`/nix/store/${HASH.slice(0, 31)}u-x`],
    [`/nix/store/${HASH.toUpperCase()}-x`],
    [`/tmp/store/${HASH}-x`],
    [`nix/store/${HASH}-x`],
    [`/nix/store/${HASH}-a b`],
    [`/nix/store/${HASH}-${'a'.repeat(212)}`], // name longer than Nix allows
    [`${PATH}\n`],
  ])('rejects %j', (p) => {
    expect(isStorePath(p)).toBe(false);
  });

  it('takes the hash part (the narinfo key)', () => {
    expect(storePathHash(PATH)).toBe(HASH);
  });

  it('refuses to take a hash part from a non-store path', () => {
    expect(() => storePathHash('/tmp/x')).toThrow(/not a store path/);
    expect(() => storePathHash(`${HASH}-curl`)).toThrow(/not a store path/);
  });

  it('strips and restores the store directory', () => {
    expect(baseName(PATH)).toBe(`${HASH}-curl-7.82.0-bin`);
    expect(baseName(`${HASH}-curl-7.82.0-bin`)).toBe(`${HASH}-curl-7.82.0-bin`);
    expect(fullPath(`${HASH}-curl-7.82.0-bin`)).toBe(PATH);
    expect(fullPath(PATH)).toBe(PATH);
    expect(fullPath(baseName(PATH))).toBe(PATH);
  });

  it('does not strip a look-alike directory prefix', () => {
    expect(baseName('/nix/storex/abc')).toBe('/nix/storex/abc');
  });
});
