import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeSha256, parseSha256, sha256Nix32 } from '../../src/core/hash.js';

const vectors = JSON.parse(readFileSync(new URL('../fixtures/nix-binary-cache-vectors.json', import.meta.url), 'utf8')) as {
  nix32: { hex?: string; sha256_of_ascii?: string; nix32: string; sri?: string }[];
  nar: { hex?: string; narHash: string; sri?: string }[];
};

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('sha256Nix32', () => {
  it('formats the sha256 of "abc" as Nix prints it', () => {
    const v = vectors.nix32.find((x) => x.sha256_of_ascii !== undefined)!;
    const digest = new Uint8Array(createHash('sha256').update(v.sha256_of_ascii!, 'ascii').digest());
    expect(sha256Nix32(digest)).toBe(`sha256:${v.nix32}`);
  });

  it('formats every 32-byte nix32 vector', () => {
    for (const v of vectors.nix32) {
      if (v.hex?.length !== 64) continue;
      expect(sha256Nix32(new Uint8Array(Buffer.from(v.hex, 'hex')))).toBe(`sha256:${v.nix32}`);
    }
  });
});

describe('parseSha256', () => {
  const sriVectors = [...vectors.nix32, ...vectors.nar].filter((v) => v.sri !== undefined);

  it('has SRI vectors to check', () => {
    expect(sriVectors.length).toBeGreaterThanOrEqual(3);
  });

  for (const v of sriVectors) {
    const nix = 'narHash' in v ? v.narHash : `sha256:${v.nix32}`;
    it(`parses SRI ${v.sri} and ${nix} to the same bytes`, () => {
      const fromSri = parseSha256(v.sri!);
      expect(fromSri).toHaveLength(32);
      expect(hex(parseSha256(nix))).toBe(hex(fromSri));
      expect(hex(parseSha256(`sha256:${hex(fromSri)}`))).toBe(hex(fromSri));
    });

    it(`normalizes ${v.sri} to ${nix}`, () => {
      expect(normalizeSha256(v.sri!)).toBe(nix);
      expect(normalizeSha256(nix)).toBe(nix);
      expect(normalizeSha256(`sha256:${hex(parseSha256(v.sri!))}`)).toBe(nix);
    });
  }

  it('normalizes every NAR vector hash to itself', () => {
    for (const v of vectors.nar) expect(normalizeSha256(v.narHash)).toBe(v.narHash);
  });

  it('parses the base-16 form', () => {
    const abc = vectors.nix32.find((x) => x.sha256_of_ascii === 'abc')!;
    const digestHex = createHash('sha256').update('abc').digest('hex');
    expect(normalizeSha256(`sha256:${digestHex}`)).toBe(`sha256:${abc.nix32}`);
  });

  it.each([
    [''],
    ['sha256:'],
    ['sha1:0c5b8vw40dy178xlpddw65q9gf1h2186jcc3p4swinwggbllv8mk'],
    ['sha256:0c5b8vw40dy178xlpddw65q9gf1h2186jcc3p4swinwggbllv8m'], // 51 chars
    ['sha256:0c5b8vw40dy178xlpddw65q9gf1h2186jcc3p4swinwggbllv8mke'], // 53 chars
    ['sha256:0c5b8vw40dy178xlpddw65q9gf1h2186jcc3p4swinwggbllv8me'], // 'e' is not nix32
    ['sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0'], // SRI without padding
    ['sha512-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='],
    ['SHA256:0c5b8vw40dy178xlpddw65q9gf1h2186jcc3p4swinwggbllv8mk'],
    [' sha256:0c5b8vw40dy178xlpddw65q9gf1h2186jcc3p4swinwggbllv8mk'],
  ])('rejects %j', (text) => {
    expect(() => parseSha256(text)).toThrow(/not a sha256 hash|nix32/);
  });
});
