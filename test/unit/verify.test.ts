import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { CacheBackend } from '../../src/cache/backend.js';
import { FileCache } from '../../src/cache/file.js';
import { COMPRESSIONS } from '../../src/core/compression.js';
import { generateSecretKey, parsePublicKey, parseSecretKey, publicKeyOf, signFingerprint, type SecretKey } from '../../src/core/keys.js';
import { fingerprint, parseNarInfo, renderNarInfo, type Compression, type NarInfo } from '../../src/core/narinfo.js';
import { storePathHash } from '../../src/core/store-path.js';
import type { PathInfo } from '../../src/nix/store.js';
import { uploadPath } from '../../src/push/upload-path.js';
import { formatVerifyLine } from '../../src/cli/verify.js';
import { verifyNarInfo } from '../../src/verify/verify.js';

const vectors = JSON.parse(readFileSync(new URL('../fixtures/nix-binary-cache-vectors.json', import.meta.url), 'utf8')) as {
  keys: { secret: string; public: string }[];
  trusted_public_keys: string[];
  nar: { hex?: string; narSize: number; narHash: string }[];
  narinfo: { text: string; valid_signers: string[] }[];
};
const ourKey = parseSecretKey(vectors.keys[0]!.secret);
const ourPublic = parsePublicKey(vectors.keys[0]!.public);
const otherPublic = parsePublicKey(vectors.keys[1]!.public);
const nar = vectors.nar.find((v) => v.hex !== undefined)!;
const narBytes = Buffer.from(nar.hex!, 'hex');

const HASH = 'adkmfi3dnq9d8zlca11ix0wvjjpawips';
const PATH = `/nix/store/${HASH}-hello-1`;
const KEY = `${HASH}.narinfo`;
const info: PathInfo = { path: PATH, narHash: nar.narHash, narSize: nar.narSize, references: [PATH] };

const root = mkdtempSync(join(tmpdir(), 'ntc-verify-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dir: string;
let cache: CacheBackend;
let n = 0;
beforeEach(() => {
  dir = join(root, `c${n++}`);
  cache = new FileCache(dir);
});

async function upload(compression: Compression): Promise<void> {
  const r = await uploadPath({ cache, key: ourKey, compression, dump: () => [narBytes] }, info);
  expect(r.status).toBe('uploaded');
}
const narinfoPath = () => join(dir, KEY);
const narObjectPath = () => join(dir, parseNarInfo(readFileSync(narinfoPath(), 'utf8')).url);
const editNarInfo = (edit: (text: string) => string) => {
  const before = readFileSync(narinfoPath(), 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(narinfoPath(), after);
};

/** Replaces one character of the value of `field` with a different one of the same kind. */
function flipIn(text: string, field: string): string {
  const line = new RegExp(`^${field}: `, 'm').exec(text);
  expect(line, field).not.toBeNull();
  const at = line!.index + field.length + 2 + 5;
  const c = text[at]!;
  const repl = /[0-9]/.test(c) ? String((Number(c) + 1) % 10) : c === 'a' ? 'b' : 'a';
  return text.slice(0, at) + repl + text.slice(at + 1);
}

describe('verifyNarInfo', () => {
  for (const compression of COMPRESSIONS) {
    describe(`with ${compression}`, () => {
      it('accepts what uploadPath wrote, with and without the NAR check', async () => {
        await upload(compression);
        const valid = { key: KEY, storePath: PATH, status: 'valid', signedBy: ['test1'] };
        expect(await verifyNarInfo(cache, KEY, [ourPublic], true)).toEqual(valid);
        expect(await verifyNarInfo(cache, KEY, [otherPublic, ourPublic], false)).toEqual(valid);
      });

      it('detects a flipped byte in the NAR object', async () => {
        await upload(compression);
        const file = narObjectPath();
        const bytes = readFileSync(file);
        bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
        writeFileSync(file, bytes);
        const r = await verifyNarInfo(cache, KEY, [ourPublic], true);
        expect(r.status).toBe('nar-mismatch');
        expect(r.storePath).toBe(PATH);
        expect(r.detail).toBeTruthy();
        expect(r.signedBy).toBeUndefined(); // only a valid narinfo names its signers
        // Without the NAR check only the signature is looked at.
        expect((await verifyNarInfo(cache, KEY, [ourPublic], false)).status).toBe('valid');
      });

      it('detects a truncated NAR object', async () => {
        await upload(compression);
        const file = narObjectPath();
        writeFileSync(file, readFileSync(file).subarray(0, -4));
        expect((await verifyNarInfo(cache, KEY, [ourPublic], true)).status).toBe('nar-mismatch');
      });
    });
  }

  it.each([['StorePath'], ['NarHash'], ['NarSize'], ['References']])('a changed %s breaks the signature', async (field) => {
    await upload('zstd');
    editNarInfo((t) => flipIn(t, field));
    const r = await verifyNarInfo(cache, KEY, [ourPublic], true);
    expect(r.status).toBe('bad-signature');
  });

  it('a flipped byte in the signature is a bad signature', async () => {
    await upload('none');
    editNarInfo((t) => {
      const at = t.indexOf('Sig: test1:') + 'Sig: test1:'.length + 3;
      return t.slice(0, at) + (t[at] === 'A' ? 'B' : 'A') + t.slice(at + 1);
    });
    expect((await verifyNarInfo(cache, KEY, [ourPublic], false)).status).toBe('bad-signature');
  });

  it('an added reference breaks the signature', async () => {
    await upload('none');
    editNarInfo((t) => t.replace(/\nReferences: /, '\nReferences: 0jqd0rlxzra1rs38rdxl43yh6rxchgc6-curl-7.82.0 '));
    expect((await verifyNarInfo(cache, KEY, [ourPublic], false)).status).toBe('bad-signature');
  });

  it('a signature under our name by another key is bad', async () => {
    await upload('none');
    const impostor = { name: ourPublic.name, key: otherPublic.key };
    expect((await verifyNarInfo(cache, KEY, [impostor], false)).status).toBe('bad-signature');
  });

  it('a narinfo without our signature is unsigned', async () => {
    await upload('none');
    const r = await verifyNarInfo(cache, KEY, [otherPublic], true);
    expect(r).toEqual({ key: KEY, storePath: PATH, status: 'unsigned', detail: 'no signature by a trusted key' });
    editNarInfo((t) => t.replace(/^Sig: .*\n/m, ''));
    expect((await verifyNarInfo(cache, KEY, [ourPublic], true)).status).toBe('unsigned');
  });

  it('FileHash/FileSize are checked when present, the NAR hash always', async () => {
    await upload('none');
    // FileHash and FileSize are not part of the fingerprint: dropping them keeps the signature valid.
    editNarInfo((t) => t.replace(/^File(Hash|Size): .*\n/gm, ''));
    expect((await verifyNarInfo(cache, KEY, [ourPublic], true)).status).toBe('valid');
    const file = narObjectPath();
    const bytes = readFileSync(file);
    bytes[bytes.indexOf('Hello')]! ^= 0x20;
    writeFileSync(file, bytes);
    expect(await verifyNarInfo(cache, KEY, [ourPublic], true)).toMatchObject({ status: 'nar-mismatch', detail: 'NarHash differs' });
  });

  it('reports a wrong FileSize', async () => {
    await upload('none');
    editNarInfo((t) => t.replace(/^FileHash: .*\n/m, '').replace(/^FileSize: (\d+)/m, (_m, s: string) => `FileSize: ${Number(s) + 1}`));
    expect(await verifyNarInfo(cache, KEY, [ourPublic], true)).toMatchObject({ status: 'nar-mismatch', detail: 'FileSize differs' });
  });

  it('reports a wrong FileHash', async () => {
    await upload('none');
    const bytes = readFileSync(narObjectPath());
    bytes[bytes.indexOf('Hello')]! ^= 0x20;
    writeFileSync(narObjectPath(), bytes);
    expect(await verifyNarInfo(cache, KEY, [ourPublic], true)).toMatchObject({ status: 'nar-mismatch', detail: 'FileHash differs' });
  });

  it('reports a missing NAR object', async () => {
    await upload('xz');
    const url = parseNarInfo(readFileSync(narinfoPath(), 'utf8')).url;
    rmSync(narObjectPath());
    expect(readdirSync(join(dir, 'nar'))).toEqual([]);
    expect(await verifyNarInfo(cache, KEY, [ourPublic], true)).toMatchObject({
      status: 'nar-mismatch',
      detail: `NAR object ${url} is missing`,
    });
  });

  it('reports a missing narinfo', async () => {
    expect(await verifyNarInfo(cache, KEY, [ourPublic], true)).toEqual({ key: KEY, status: 'missing' });
  });

  it('reports a malformed narinfo', async () => {
    await cache.put(KEY, `StorePath: ${PATH}\nURL: nar/x.nar\n`, 'text/x-nix-narinfo');
    const r = await verifyNarInfo(cache, KEY, [ourPublic], true);
    expect(r.status).toBe('malformed');
    expect(r.detail).toMatch(/narinfo lacks NarHash/);
  });

  describe('on the cache.nixos.org narinfo vectors (signatures only)', () => {
    const trusted = vectors.trusted_public_keys.map(parsePublicKey);
    for (const v of vectors.narinfo) {
      const key = `${storePathHash(parseNarInfo(v.text).storePath)}.narinfo`;

      it(`accepts ${key} with the trusted keys, signed by ${v.valid_signers.join(' and ')}`, async () => {
        await cache.put(key, v.text, 'text/x-nix-narinfo');
        expect(await verifyNarInfo(cache, key, trusted, false)).toMatchObject({ status: 'valid', signedBy: v.valid_signers });
      });

      for (const signer of v.valid_signers) {
        it(`accepts ${key} trusting only ${signer}, signed by it alone`, async () => {
          await cache.put(key, v.text, 'text/x-nix-narinfo');
          const only = trusted.filter((k) => k.name === signer);
          expect(await verifyNarInfo(cache, key, only, false)).toMatchObject({ status: 'valid', signedBy: [signer] });
        });
      }

      it(`finds ${key} unsigned when only an unrelated key is trusted`, async () => {
        await cache.put(key, v.text, 'text/x-nix-narinfo');
        expect((await verifyNarInfo(cache, key, [otherPublic], false)).status).toBe('unsigned');
      });
    }

    it('does not accept the untrusted hydra.other.net signature under a trusted name', async () => {
      const v = vectors.narinfo.find((x) => x.text.includes('hydra.other.net-1:'))!;
      const key = `${storePathHash(parseNarInfo(v.text).storePath)}.narinfo`;
      await cache.put(key, v.text.replace(/^Sig: cache\.nixos\.org-1:.*\n/m, ''), 'text/x-nix-narinfo');
      expect((await verifyNarInfo(cache, key, vectors.trusted_public_keys.map(parsePublicKey), false)).status).toBe('unsigned');
      const hydraAsNixos = parsePublicKey(vectors.trusted_public_keys[0]!.replace('cache.nixos.org-1', 'hydra.other.net-1'));
      expect((await verifyNarInfo(cache, key, [hydraAsNixos], false)).status).toBe('bad-signature');
    });
  });
});

describe('signedBy (key rotation)', () => {
  const newKey = parseSecretKey(vectors.keys[1]!.secret); // cache.example.org-0
  const stranger = generateSecretKey('stranger-1');
  const unsigned: NarInfo = {
    storePath: PATH,
    url: 'nar/x.nar',
    compression: 'none',
    narHash: nar.narHash,
    narSize: nar.narSize,
    references: [],
    sigs: [],
  };
  const signedBy = (...keys: SecretKey[]) => keys.map((k) => signFingerprint(k, fingerprint(unsigned)));
  const put = (sigs: string[]) => cache.put(KEY, renderNarInfo({ ...unsigned, sigs }), 'text/x-nix-narinfo');

  it('names the one trusted key that signed', async () => {
    await put(signedBy(newKey));
    const r = await verifyNarInfo(cache, KEY, [ourPublic, publicKeyOf(newKey)], false);
    expect(r).toEqual({ key: KEY, storePath: PATH, status: 'valid', signedBy: ['cache.example.org-0'] });
    expect(formatVerifyLine(r)).toBe(`valid ${PATH} (signed by cache.example.org-0)\n`);
  });

  it('lists every trusted key that signed, in the narinfo order, and no untrusted one', async () => {
    await put(signedBy(stranger, newKey, ourKey));
    const r = await verifyNarInfo(cache, KEY, [ourPublic, publicKeyOf(newKey)], false);
    expect(r.signedBy).toEqual(['cache.example.org-0', 'test1']);
    expect(formatVerifyLine(r)).toBe(`valid ${PATH} (signed by cache.example.org-0, test1)\n`);
  });

  it('leaves out a trusted name whose signature does not verify, and names a key once', async () => {
    const forged = `cache.example.org-0:${signedBy(stranger)[0]!.split(':')[1]}`;
    await put([forged, ...signedBy(ourKey, ourKey)]);
    const r = await verifyNarInfo(cache, KEY, [ourPublic, publicKeyOf(newKey)], false);
    expect(r).toMatchObject({ status: 'valid', signedBy: ['test1'] });
  });

  it('keeps the other lines as they were', async () => {
    await put(signedBy(stranger));
    const r = await verifyNarInfo(cache, KEY, [ourPublic], false);
    expect(r.signedBy).toBeUndefined();
    expect(formatVerifyLine(r)).toBe(`unsigned ${PATH}: no signature by a trusted key\n`);
    expect(formatVerifyLine({ key: KEY, status: 'missing' })).toBe(`missing ${KEY}\n`);
  });
});
