import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import {
  formatPublicKey,
  formatSecretKey,
  generateSecretKey,
  parsePublicKey,
  parseSecretKey,
  publicKeyOf,
  signFingerprint,
  verifyFingerprint,
} from '../../src/core/keys.js';

const vectors = JSON.parse(readFileSync(new URL('../fixtures/nix-binary-cache-vectors.json', import.meta.url), 'utf8')) as {
  keys: { secret: string; public: string }[];
};

const [test1] = vectors.keys;
const body = (key: string) => key.slice(key.indexOf(':') + 1);

/** Calls `fn`, expects a UserError, and returns it. */
function userError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return err as UserError;
  }
  throw new Error('expected a UserError, nothing was thrown');
}

describe('key vectors', () => {
  it('has key pairs to check', () => {
    expect(vectors.keys.length).toBeGreaterThanOrEqual(2);
  });

  for (const v of vectors.keys) {
    const name = v.secret.slice(0, v.secret.indexOf(':'));
    it(`parses ${name}'s secret key and derives its public key`, () => {
      const sk = parseSecretKey(v.secret);
      expect(sk.name).toBe(name);
      expect(sk.secret).toHaveLength(64);
      expect(formatPublicKey(publicKeyOf(sk))).toBe(v.public);
      expect(formatSecretKey(sk)).toBe(v.secret);
    });

    it(`parses ${name}'s public key`, () => {
      const pk = parsePublicKey(v.public);
      expect(pk.name).toBe(name);
      expect(pk.key).toHaveLength(32);
      expect(formatPublicKey(pk)).toBe(v.public);
    });

    it(`signs with ${name} so that only ${name}'s public key verifies`, () => {
      const sk = parseSecretKey(v.secret);
      const sig = signFingerprint(sk, '1;/nix/store/x;sha256:y;1;');
      expect(sig.startsWith(`${name}:`)).toBe(true);
      expect(Buffer.from(body(sig), 'base64')).toHaveLength(64);
      expect(verifyFingerprint([parsePublicKey(v.public)], '1;/nix/store/x;sha256:y;1;', sig)).toBe(true);
      expect(verifyFingerprint([parsePublicKey(v.public)], '1;/nix/store/x;sha256:y;2;', sig)).toBe(false);
      const others = vectors.keys.filter((o) => o !== v).map((o) => parsePublicKey(o.public));
      expect(verifyFingerprint(others, '1;/nix/store/x;sha256:y;1;', sig)).toBe(false);
    });
  }

  it('accepts surrounding whitespace (a key file ends with a newline)', () => {
    expect(formatSecretKey(parseSecretKey(`  ${test1!.secret}\n`))).toBe(test1!.secret);
    expect(formatPublicKey(parsePublicKey(`${test1!.public}\n`))).toBe(test1!.public);
  });
});

describe('verifyFingerprint', () => {
  const sk = parseSecretKey(test1!.secret);
  const pk = parsePublicKey(test1!.public);
  const fp = '1;/nix/store/syd87l2rxw8cbsxmxl853h0r6pdwhwjr-curl;sha256:1b4sb93wp679q4zx9k1ignby1yna3z7c4c2ri3wphylbc2dwsys0;1;';
  const sig = signFingerprint(sk, fp);

  it('requires the signature name to match the key name', () => {
    const renamed = { name: 'other', key: pk.key };
    expect(verifyFingerprint([renamed], fp, sig)).toBe(false);
    expect(verifyFingerprint([renamed], fp, `other:${body(sig)}`)).toBe(true);
  });

  it('rejects a flipped signature byte', () => {
    const bytes = Buffer.from(body(sig), 'base64');
    bytes[10]! ^= 1;
    expect(verifyFingerprint([pk], fp, `test1:${bytes.toString('base64')}`)).toBe(false);
  });

  it.each([[''], ['test1'], [':abc'], ['test1:'], ['test1:AAAA'], [`test1:${body(sig).slice(0, 40)}`]])(
    'rejects malformed signature %j',
    (s) => {
      expect(verifyFingerprint([pk], fp, s)).toBe(false);
    },
  );

  it('rejects when no key is trusted', () => {
    expect(verifyFingerprint([], fp, sig)).toBe(false);
  });

  it('answers false, never throws, for a trusted key whose bytes are no Ed25519 point', () => {
    // 0xff…: the y coordinate is not below the field prime; OpenSSL refuses to use it
    const junk = { name: 'test1', key: new Uint8Array(32).fill(0xff) };
    expect(verifyFingerprint([junk], fp, sig)).toBe(false);
    expect(verifyFingerprint([junk, pk], fp, sig)).toBe(true);
  });
});

describe('generateSecretKey', () => {
  it('makes a key pair whose signatures verify', () => {
    const sk = generateSecretKey('cache.example.org-1');
    const again = parseSecretKey(formatSecretKey(sk));
    expect(again.name).toBe('cache.example.org-1');
    const pk = parsePublicKey(formatPublicKey(publicKeyOf(again)));
    expect(verifyFingerprint([pk], 'fp', signFingerprint(again, 'fp'))).toBe(true);
  });

  it('makes a different key each time', () => {
    expect(formatSecretKey(generateSecretKey('a'))).not.toBe(formatSecretKey(generateSecretKey('a')));
  });

  it.each([[''], ['bad name'], ['-x'], ['a:b'], ['ä']])('refuses the name %j', (name) => {
    expect(userError(() => generateSecretKey(name)).message).toMatch(/invalid key name/);
  });
});

describe('malformed keys never echo key material', () => {
  const secretBody = body(test1!.secret);
  const publicBody = body(test1!.public);
  const bytes = Buffer.from(secretBody, 'base64');

  // Each case: the text given, the base64 that must not appear in the message, the expected message.
  const corrupt = Buffer.from(bytes);
  corrupt[40]! ^= 0x01;
  const short = bytes.subarray(0, 48).toString('base64');
  const long = Buffer.concat([bytes, Buffer.alloc(3)]).toString('base64');
  const cases: [string, string, string, RegExp][] = [
    ['no colon', secretBody, secretBody, /not in Nix's "name:base64" format/],
    ['empty name', `:${secretBody}`, secretBody, /not in Nix's "name:base64" format/],
    ['bad name', `bad name:${secretBody}`, secretBody, /invalid name/],
    ['bad base64 (character)', `test1:${secretBody.slice(0, 20)}*${secretBody.slice(21)}`, secretBody.slice(0, 20), /not valid base64/],
    ['bad base64 (length)', `test1:${secretBody.slice(0, -1)}`, secretBody.slice(0, -1), /not valid base64/],
    ['a public key given as secret', test1!.public, publicBody, /32 bytes: that is a public key/],
    ['wrong length (48 bytes)', `test1:${short}`, short, /has 48 bytes, expected 64/],
    ['wrong length (67 bytes)', `test1:${long}`, long, /has 67 bytes, expected 64/],
    ['corrupt seed/public pair', `test1:${corrupt.toString('base64')}`, corrupt.toString('base64'), /corrupt/],
  ];

  for (const [label, text, material, message] of cases) {
    it(`secret key: ${label}`, () => {
      const err = userError(() => parseSecretKey(text));
      expect(err.message).toMatch(message);
      expect(err.message).not.toContain(material);
      // No long run of the key's base64 either (e.g. a truncated echo).
      expect(err.message).not.toContain(material.slice(0, 12));
      expect(err.message).not.toContain(secretBody.slice(0, 12));
    });
  }

  it('public key: a secret key given as public', () => {
    const err = userError(() => parsePublicKey(test1!.secret));
    expect(err.message).toMatch(/64 bytes: that is a secret key/);
    expect(err.message).not.toContain(secretBody);
    expect(err.message).not.toContain(secretBody.slice(0, 12));
  });

  it('public key: wrong length', () => {
    const text = `test1:${Buffer.from(publicBody, 'base64').subarray(0, 30).toString('base64')}`;
    const err = userError(() => parsePublicKey(text));
    expect(err.message).toMatch(/has 30 bytes, expected 32/);
    expect(err.message).not.toContain(body(text));
    expect(err.message).not.toContain(publicBody.slice(0, 12));
  });

  it('public key: no colon / bad base64', () => {
    for (const text of [publicBody, `test1:${publicBody.replace('+', '!')}`]) {
      const err = userError(() => parsePublicKey(text));
      expect(err.message).not.toContain(publicBody.slice(0, 12));
    }
  });
});
