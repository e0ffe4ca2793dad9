import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nix32Decode, nix32Encode, nix32Length } from '../../src/core/nix32.js';

interface Nix32Vector {
  hex?: string;
  sha256_of_ascii?: string;
  nix32: string;
}
const vectors = JSON.parse(readFileSync(new URL('../fixtures/nix-binary-cache-vectors.json', import.meta.url), 'utf8')) as {
  nix32: Nix32Vector[];
  nix32_invalid: string[];
};

function bytesOf(v: Nix32Vector): Uint8Array {
  if (v.hex !== undefined) return new Uint8Array(Buffer.from(v.hex, 'hex'));
  return new Uint8Array(createHash('sha256').update(v.sha256_of_ascii!, 'ascii').digest());
}

describe('nix32', () => {
  it('has vectors to check', () => {
    expect(vectors.nix32.length).toBeGreaterThanOrEqual(6);
    expect(vectors.nix32.some((v) => v.sha256_of_ascii !== undefined)).toBe(true);
  });

  for (const v of vectors.nix32) {
    const label = v.hex !== undefined ? `hex ${JSON.stringify(v.hex)}` : `sha256(${JSON.stringify(v.sha256_of_ascii)})`;

    it(`encodes ${label}`, () => {
      expect(nix32Encode(bytesOf(v))).toBe(v.nix32);
    });

    it(`decodes ${label}`, () => {
      expect(Buffer.from(nix32Decode(v.nix32)).toString('hex')).toBe(Buffer.from(bytesOf(v)).toString('hex'));
    });

    it(`has the length Nix uses for ${label}`, () => {
      expect(nix32Length(bytesOf(v).length)).toBe(v.nix32.length);
    });
  }

  for (const bad of vectors.nix32_invalid) {
    it(`rejects invalid ${JSON.stringify(bad)}`, () => {
      expect(() => nix32Decode(bad)).toThrow(/invalid nix32/);
    });
  }

  it('uses an alphabet without e, o, u, t', () => {
    for (const c of ['e', 'o', 'u', 't']) expect(() => nix32Decode(`0${c}`)).toThrow(/character/);
  });

  it('rejects a length no byte count encodes to', () => {
    // 1 byte -> 2 chars, 2 bytes -> 4 chars: 3 characters is never a valid encoding.
    expect(() => nix32Decode('000')).toThrow(/length/);
  });

  it('round-trips random byte strings of many lengths', () => {
    for (let n = 0; n <= 40; n++) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 97 + n * 31 + 7) & 0xff);
      const text = nix32Encode(bytes);
      expect(text).toHaveLength(nix32Length(n));
      expect(text).toMatch(/^[0-9a-df-np-sv-z]*$/);
      expect(Buffer.from(nix32Decode(text)).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it('prints the least significant bits last (Nix order, not RFC 4648)', () => {
    expect(nix32Encode(new Uint8Array([1]))).toBe('01');
    expect(nix32Encode(new Uint8Array([0x20]))).toBe('10');
  });
});
