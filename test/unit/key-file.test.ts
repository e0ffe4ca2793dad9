import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { readSecretKeyFile } from '../../src/core/key-file.js';
import { formatPublicKey, publicKeyOf } from '../../src/core/keys.js';

const vectors = JSON.parse(readFileSync(new URL('../fixtures/nix-binary-cache-vectors.json', import.meta.url), 'utf8')) as {
  keys: { secret: string; public: string }[];
};
const dir = mkdtempSync(join(tmpdir(), 'ntc-key-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readSecretKeyFile', () => {
  for (const v of vectors.keys) {
    it(`reads ${v.public.split(':')[0]} (with a trailing newline)`, async () => {
      const file = join(dir, `${v.public.split(':')[0]}.sk`);
      writeFileSync(file, `${v.secret}\n`, { mode: 0o400 });
      const sk = await readSecretKeyFile(file);
      expect(formatPublicKey(publicKeyOf(sk))).toBe(v.public);
    });
  }

  it('says how to create a missing key file', async () => {
    const err = await readSecretKeyFile(join(dir, 'absent')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toMatch(/does not exist; create one with: nix-trusted-cache keygen/);
  });

  it('reports other read errors by code', async () => {
    const err = await readSecretKeyFile(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toBe(`cannot read signing key file ${dir}: EISDIR`);
  });

  it('names the file, never the content, when the key is bad', async () => {
    const file = join(dir, 'public-as-secret');
    const pub = vectors.keys[0]!.public;
    writeFileSync(file, pub);
    const err = await readSecretKeyFile(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    const message = (err as UserError).message;
    expect(message.startsWith(`${file}: `)).toBe(true);
    expect(message).toMatch(/public key/);
    expect(message).not.toContain(pub.split(':')[1]);
  });

  it('does not echo a corrupt secret key', async () => {
    const file = join(dir, 'corrupt');
    const [name, b64] = vectors.keys[0]!.secret.split(':') as [string, string];
    const bytes = Buffer.from(b64, 'base64');
    bytes[63]! ^= 1;
    const corrupt = bytes.toString('base64');
    writeFileSync(file, `${name}:${corrupt}`);
    const err = await readSecretKeyFile(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toMatch(/corrupt/);
    expect((err as UserError).message).not.toContain(corrupt);
    expect((err as UserError).message).not.toContain(b64.slice(0, 12));
  });
});
