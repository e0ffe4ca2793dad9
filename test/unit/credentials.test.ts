import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatCredentials, parseCredentials, readCredentialsFile } from '../../src/cache/credentials.js';
import { UserError } from '../../src/core/errors.js';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const dir = mkdtempSync(join(tmpdir(), 'ntc-creds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fails(text: string): UserError {
  try {
    parseCredentials(text);
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return err as UserError;
  }
  throw new Error('expected parseCredentials to throw');
}

describe('parseCredentials', () => {
  it('reads the key pair', () => {
    expect(parseCredentials(JSON.stringify({ accessKeyId: 'AKIA1', secretAccessKey: SECRET }))).toEqual({
      accessKeyId: 'AKIA1',
      secretAccessKey: SECRET,
    });
  });

  it('keeps a session token, drops an empty one and unknown fields', () => {
    expect(parseCredentials(JSON.stringify({ accessKeyId: 'A', secretAccessKey: 'S', sessionToken: 'T', extra: 1 }))).toEqual({
      accessKeyId: 'A',
      secretAccessKey: 'S',
      sessionToken: 'T',
    });
    expect(parseCredentials(JSON.stringify({ accessKeyId: 'A', secretAccessKey: 'S', sessionToken: '' }))).toEqual({
      accessKeyId: 'A',
      secretAccessKey: 'S',
    });
  });

  it('round-trips through formatCredentials', () => {
    const c = { accessKeyId: 'A', secretAccessKey: SECRET, sessionToken: 'T' };
    const text = formatCredentials(c);
    expect(text.endsWith('\n')).toBe(true);
    expect(parseCredentials(text)).toEqual(c);
  });

  it('refuses text that is not JSON without echoing it', () => {
    const err = fails(`accessKeyId=A\nsecretAccessKey=${SECRET}`);
    expect(err.message).toMatch(/not JSON/);
    expect(err.message).not.toContain(SECRET);
  });

  it.each([
    [{ accessKeyId: 'A' }],
    [{ secretAccessKey: SECRET }],
    [{ accessKeyId: '', secretAccessKey: SECRET }],
    [{ accessKeyId: 'A', secretAccessKey: 5 }],
    [{ AccessKeyId: 'A', SecretAccessKey: SECRET }],
  ])('refuses %j without echoing it', (raw) => {
    const err = fails(JSON.stringify(raw));
    expect(err.message).toMatch(/needs both accessKeyId and secretAccessKey/);
    expect(err.message).not.toContain(SECRET);
  });

  it('refuses JSON that is not an object', () => {
    expect(fails('null').message).toMatch(/needs both/);
    expect(fails('"x"').message).toMatch(/needs both/);
  });
});

describe('readCredentialsFile', () => {
  it('reads a file', async () => {
    const file = join(dir, 'credentials');
    writeFileSync(file, formatCredentials({ accessKeyId: 'A', secretAccessKey: SECRET }), { mode: 0o400 });
    expect(await readCredentialsFile(file)).toEqual({ accessKeyId: 'A', secretAccessKey: SECRET });
  });

  it('reports a missing file by code', async () => {
    const file = join(dir, 'absent');
    await expect(readCredentialsFile(file)).rejects.toThrow(`cannot read credentials file ${file}: ENOENT`);
    await expect(readCredentialsFile(file)).rejects.toBeInstanceOf(UserError);
  });
});
