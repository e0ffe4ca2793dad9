import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CacheBackend } from '../../src/cache/backend.js';
import { FileCache } from '../../src/cache/file.js';
import { formatReSignLine, reSignCommand, reSignSummary } from '../../src/cli/re-sign.js';
import { UserError } from '../../src/core/errors.js';
import {
  formatPublicKey,
  generateSecretKey,
  parsePublicKey,
  parseSecretKey,
  publicKeyOf,
  signFingerprint,
  type SecretKey,
} from '../../src/core/keys.js';
import { fingerprint, parseNarInfo, renderNarInfo, type NarInfo } from '../../src/core/narinfo.js';
import { storePathHash } from '../../src/core/store-path.js';
import { addSignature, reSignNarInfo, reSignNarInfos, sameNameWarning, type ReSignOptions } from '../../src/verify/re-sign.js';
import { verifyNarInfo } from '../../src/verify/verify.js';

const vectors = JSON.parse(readFileSync(new URL('../fixtures/nix-binary-cache-vectors.json', import.meta.url), 'utf8')) as {
  keys: { secret: string; public: string }[];
  trusted_public_keys: string[];
  narinfo: { text: string; valid_signers: string[] }[];
};
const oldKey = parseSecretKey(vectors.keys[0]!.secret); // test1
const newKey = parseSecretKey(vectors.keys[1]!.secret); // cache.example.org-0
const oldPublic = publicKeyOf(oldKey);
const newPublic = publicKeyOf(newKey);
const stranger = generateSecretKey('stranger-1');
const opts: ReSignOptions = { newKey, trusted: [oldPublic] };

const root = mkdtempSync(join(tmpdir(), 'ntc-re-sign-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dir: string;
let cache: CacheBackend;
let n = 0;
beforeEach(() => {
  dir = join(root, `c${n++}`);
  cache = new FileCache(dir);
});

/** The hash of `name`'s store path: names start with distinct nix32 letters, so their narinfos sort by name. */
const hashOf = (name: string) => `${'0'.repeat(31)}${name[0]}`;
const pathOf = (name: string) => `/nix/store/${hashOf(name)}-${name}`;

/** A narinfo for `name`'s store path signed by `signers`; returns its key. */
async function putNarInfo(name: string, signers: SecretKey[], extra: Partial<NarInfo> = {}): Promise<string> {
  const hash = hashOf(name);
  const storePath = pathOf(name);
  const info: NarInfo = {
    storePath,
    url: `nar/${hash}.nar`,
    compression: 'none',
    narHash: 'sha256:1b8m03r63zqhnjf7l5wnldhh7c134ap5vpj0850ymkq1iyzicy5s',
    narSize: 120,
    references: [storePath],
    sigs: [],
    ...extra,
  };
  info.sigs = signers.map((k) => signFingerprint(k, fingerprint(info)));
  await cache.put(`${hash}.narinfo`, renderNarInfo(info), 'text/x-nix-narinfo');
  return `${hash}.narinfo`;
}
const readNarInfo = (key: string) => readFileSync(join(dir, key), 'utf8');
const sigNames = (key: string) => parseNarInfo(readNarInfo(key)).sigs.map((s) => s.slice(0, s.indexOf(':')));
const allKeys = async () => {
  const keys: string[] = [];
  for await (const k of cache.list('.narinfo')) keys.push(k);
  return keys.sort();
};
/** Every file in the cache with its content: what "nothing was written" compares. */
const snapshot = () => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => [f, readFileSync(join(dir, f), 'utf8')]);

describe('reSignNarInfo', () => {
  it('adds the new signature to a narinfo the old key signed, keeping the old one', async () => {
    const key = await putNarInfo('alpha', [oldKey]);
    const before = readNarInfo(key);
    const r = await reSignNarInfo(cache, key, opts);
    expect(r).toEqual({ key, storePath: parseNarInfo(before).storePath, status: 're-signed', vouchedBy: ['test1'] });
    expect(sigNames(key)).toEqual(['test1', 'cache.example.org-0']);
    // Only the Sig line was added: everything else is byte for byte what was there.
    expect(readNarInfo(key).replace(/^Sig: cache\.example\.org-0:.*\n/m, '')).toBe(before);
  });

  it('leaves a narinfo the new key verifiably signed as it is: no duplicate signature', async () => {
    const key = await putNarInfo('bravo', [oldKey, newKey]);
    const before = readNarInfo(key);
    expect(await reSignNarInfo(cache, key, opts)).toMatchObject({ status: 'already-signed' });
    expect(readNarInfo(key)).toBe(before);
    // The new key alone is enough too, with or without a trusted old signature.
    const only = await putNarInfo('charlie', [newKey]);
    expect(await reSignNarInfo(cache, only, opts)).toMatchObject({ status: 'already-signed' });
  });

  it('never signs what no trusted key vouches for: signed by another key, or not at all', async () => {
    const foreign = await putNarInfo('delta', [stranger]);
    const unsigned = await putNarInfo('kilo', []);
    const before = snapshot();
    for (const key of [foreign, unsigned]) {
      expect(await reSignNarInfo(cache, key, opts)).toMatchObject({ key, status: 'skipped', detail: 'not signed by a trusted key' });
    }
    expect(snapshot()).toEqual(before);
  });

  it('skips a narinfo whose signature under the trusted name does not verify, and says so', async () => {
    const key = await putNarInfo('foxtrot', [oldKey]);
    writeFileSync(join(dir, key), readNarInfo(key).replace('NarSize: 120', 'NarSize: 121'));
    expect(await reSignNarInfo(cache, key, opts)).toMatchObject({
      status: 'skipped',
      detail: 'not signed by a trusted key (the signature by test1 does not verify)',
    });
    expect(sigNames(key)).toEqual(['test1']);
  });

  it('reports a malformed or missing narinfo as failed', async () => {
    await cache.put('golf.narinfo', 'StorePath: /nix/store/x\nURL: nar/x.nar\n', 'text/x-nix-narinfo');
    expect(await reSignNarInfo(cache, 'golf.narinfo', opts)).toEqual({
      key: 'golf.narinfo',
      status: 'failed',
      detail: 'malformed narinfo: narinfo lacks NarHash',
    });
    expect(await reSignNarInfo(cache, 'hotel.narinfo', opts)).toEqual({
      key: 'hotel.narinfo',
      status: 'failed',
      detail: 'no narinfo in the cache',
    });
  });

  it('reports a write that fails as failed, not as a throw', async () => {
    const key = await putNarInfo('india', [oldKey]);
    const broken: CacheBackend = Object.assign(Object.create(cache) as CacheBackend, {
      put: () => Promise.reject(new Error('AccessDenied: no PutObject\nmore')),
    });
    expect(await reSignNarInfo(broken, key, opts)).toMatchObject({
      status: 'failed',
      detail: 'cannot write the narinfo: AccessDenied: no PutObject more',
      vouchedBy: ['test1'],
    });
  });

  it('re-signs a cache.nixos.org narinfo, keeping its other fields and signatures', async () => {
    const v = vectors.narinfo.find((x) => x.text.includes('hydra.other.net-1:'))!;
    const key = `${storePathHash(parseNarInfo(v.text).storePath)}.narinfo`;
    await cache.put(key, v.text, 'text/x-nix-narinfo');
    const nixos = vectors.trusted_public_keys.map(parsePublicKey).filter((k) => k.name === 'cache.nixos.org-1');
    expect(await reSignNarInfo(cache, key, { newKey, trusted: nixos })).toMatchObject({
      status: 're-signed',
      vouchedBy: ['cache.nixos.org-1'],
    });
    expect(readNarInfo(key).replace(/^Sig: cache\.example\.org-0:.*\n/m, '')).toBe(v.text);
    expect(await verifyNarInfo(cache, key, [newPublic], false)).toMatchObject({ status: 'valid', signedBy: ['cache.example.org-0'] });
  });
});

describe('reSignNarInfos', () => {
  async function mixedCache(): Promise<string[]> {
    await putNarInfo('alpha', [oldKey]);
    await putNarInfo('bravo', [stranger, oldKey]);
    await putNarInfo('charlie', [oldKey, newKey]);
    await putNarInfo('delta', [stranger]);
    await putNarInfo('kilo', []);
    await cache.put('golf.narinfo', 'not a narinfo\n', 'text/x-nix-narinfo');
    return allKeys();
  }

  it('handles every narinfo, in order, each reported once', async () => {
    const keys = await mixedCache();
    const seen: string[] = [];
    const results = await reSignNarInfos(cache, keys, { ...opts, concurrency: 3, onResult: (r) => seen.push(r.key) });
    expect(results.map((r) => r.key)).toEqual(keys);
    expect(seen.sort()).toEqual(keys);
    expect(results.map((r) => r.status)).toEqual(['re-signed', 're-signed', 'already-signed', 'skipped', 'skipped', 'failed']);
  });

  it('afterwards the new key alone verifies every path a trusted key had signed, and nothing else', async () => {
    const keys = await mixedCache();
    await reSignNarInfos(cache, keys, opts);
    const verdicts = await Promise.all(keys.map((k) => verifyNarInfo(cache, k, [newPublic], false)));
    expect(verdicts.map((v) => v.status)).toEqual(['valid', 'valid', 'valid', 'unsigned', 'unsigned', 'malformed']);
    expect(verdicts[0]!.signedBy).toEqual(['cache.example.org-0']);
    // The old signatures still verify: consumers that trust only the old key keep working.
    expect((await verifyNarInfo(cache, keys[1]!, [oldPublic], false)).status).toBe('valid');
    expect(sigNames(keys[1]!)).toEqual(['stranger-1', 'test1', 'cache.example.org-0']);
  });

  it('writes nothing with dryRun, and reports what it would do', async () => {
    const keys = await mixedCache();
    const before = snapshot();
    const puts = vi.spyOn(cache, 'put');
    const results = await reSignNarInfos(cache, keys, { ...opts, dryRun: true });
    expect(results.map((r) => r.status)).toEqual(['re-signed', 're-signed', 'already-signed', 'skipped', 'skipped', 'failed']);
    expect(puts).not.toHaveBeenCalled();
    expect(snapshot()).toEqual(before);
  });

  it('a second run has nothing left to do', async () => {
    const keys = await mixedCache();
    await reSignNarInfos(cache, keys, opts);
    const again = await reSignNarInfos(cache, keys, opts);
    expect(again.map((r) => r.status)).toEqual(['already-signed', 'already-signed', 'already-signed', 'skipped', 'skipped', 'failed']);
  });

  it('handles an empty list', async () => {
    expect(await reSignNarInfos(cache, [], opts)).toEqual([]);
  });
});

describe('addSignature', () => {
  it('puts the line after the last Sig line, before CA', () => {
    expect(addSignature('StorePath: x\nSig: a:1\nSig: b:2\nCA: fixed:y\n', 'c:3')).toBe(
      'StorePath: x\nSig: a:1\nSig: b:2\nSig: c:3\nCA: fixed:y\n',
    );
  });

  it('appends when there is no Sig line, with or without a final newline', () => {
    expect(addSignature('StorePath: x\n', 'c:3')).toBe('StorePath: x\nSig: c:3\n');
    expect(addSignature('StorePath: x', 'c:3')).toBe('StorePath: x\nSig: c:3\n');
  });
});

describe('sameNameWarning', () => {
  it('warns when the new key takes a trusted key’s name with other key material', () => {
    const impostor = { name: newPublic.name, key: oldPublic.key };
    expect(sameNameWarning(newKey, [oldPublic, impostor])).toMatch(
      /has the name of the trusted key cache\.example\.org-0:.*one key per name/,
    );
  });

  it('is quiet for distinct names, and for the new key itself among the trusted ones', () => {
    expect(sameNameWarning(newKey, [oldPublic])).toBeUndefined();
    expect(sameNameWarning(newKey, [oldPublic, newPublic])).toBeUndefined();
  });
});

describe('re-sign command', () => {
  let out: string;
  let err: string;
  beforeEach(() => {
    out = '';
    err = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  });
  afterEach(() => vi.restoreAllMocks());

  const keyFile = (sk: SecretKey) => {
    const file = join(root, `key-${n++}`);
    writeFileSync(file, `${sk.name}:${Buffer.from(sk.secret).toString('base64')}\n`, { mode: 0o600 });
    return file;
  };
  const run = (extra: string[]) =>
    reSignCommand([
      '--cache',
      `file://${dir}`,
      '--signing-key-file',
      keyFile(newKey),
      '--trusted-public-key',
      formatPublicKey(oldPublic),
      ...extra,
    ]);

  it('prints a line per narinfo, a summary on stderr, and exits 0 when none failed', async () => {
    await putNarInfo('alpha', [oldKey]);
    await putNarInfo('delta', [stranger]);
    expect(await run([])).toBe(0);
    expect(out.split('\n').filter(Boolean).sort()).toEqual(
      [`re-signed ${pathOf('alpha')} (vouched for by test1)`, `skipped ${pathOf('delta')}: not signed by a trusted key`].sort(),
    );
    expect(err).toBe('1 re-signed, 0 already signed, 1 skipped, 0 failed of 2 narinfos\n');
  });

  it('re-signs only the paths given, and exits 1 when one failed', async () => {
    await putNarInfo('alpha', [oldKey]);
    const bravo = await putNarInfo('bravo', [oldKey]);
    expect(await run([pathOf('alpha'), pathOf('zulu')])).toBe(1);
    expect(out.split('\n').filter(Boolean).sort()).toEqual([
      `failed ${hashOf('zulu')}.narinfo: no narinfo in the cache`,
      `re-signed ${pathOf('alpha')} (vouched for by test1)`,
    ]);
    expect(err).toBe('1 re-signed, 0 already signed, 0 skipped, 1 failed of 2 narinfos\n');
    expect(sigNames(bravo)).toEqual(['test1']);
  });

  it('--dry-run says so and writes nothing', async () => {
    await putNarInfo('alpha', [oldKey]);
    const before = snapshot();
    expect(await run(['--dry-run'])).toBe(0);
    expect(out).toMatch(/^re-signed \S+ \(vouched for by test1; dry run, not written\)\n$/);
    expect(err).toMatch(/\(dry run: nothing written\)\n$/);
    expect(snapshot()).toEqual(before);
  });

  it('fails with one actionable line for a missing key file or a bad argument', async () => {
    await expect(
      reSignCommand([
        '--cache',
        `file://${dir}`,
        '--signing-key-file',
        join(root, 'nope'),
        '--trusted-public-key',
        formatPublicKey(oldPublic),
      ]),
    ).rejects.toThrow(/signing key file .*nope does not exist; create one with: nix-trusted-cache keygen NAME > FILE/);
    await expect(run(['not-a-path'])).rejects.toMatchObject({ exitCode: 2, message: '"not-a-path" is not a store path (/nix/store/…)' });
    await expect(reSignCommand(['--cache', `file://${dir}`])).rejects.toBeInstanceOf(UserError);
    await expect(reSignCommand(['--cache', `file://${dir}`])).rejects.toMatchObject({
      exitCode: 2,
      message: /^usage: nix-trusted-cache re-sign /,
    });
  });
});

describe('output format', () => {
  it('starts each line with the status', () => {
    expect(formatReSignLine({ key: 'k.narinfo', status: 'already-signed', storePath: '/nix/store/p' }, false)).toBe(
      'already-signed /nix/store/p\n',
    );
    expect(formatReSignLine({ key: 'k.narinfo', status: 'failed', detail: 'malformed narinfo: x' }, true)).toBe(
      'failed k.narinfo: malformed narinfo: x\n',
    );
    expect(reSignSummary([], false)).toBe('0 re-signed, 0 already signed, 0 skipped, 0 failed of 0 narinfos\n');
  });
});
