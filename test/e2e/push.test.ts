/**
 * `keygen`, `push` and `verify` end to end (issue 2): paths built by the real nix-daemon as the runner user,
 * pushed by the bundled CLI (dist/cli.js, what users run) to s3rver and to a directory, judged by a fresh Nix
 * store that substitutes with require-sigs and only our key trusted, and compared with what `nix copy` writes.
 */
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import {
  appendFileSync,
  chmodSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseNarInfo } from '../../src/core/narinfo.js';
import { storePathHash } from '../../src/core/store-path.js';
import { buildAsRunner, consumerSubstitutes, describeE2E, ensureDaemon, sh, type RunOut } from './rig/rig.js';
import { S3_CREDENTIALS, S3_ENV, startS3, type S3Server } from './rig/s3.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist/cli.js');
const COMPRESSIONS = ['zstd', 'xz', 'br', 'none'] as const;
/** Larger than a multipart part (PART_SIZE in src/cache/s3.ts): S3 uploads of this size go multipart. */
const MULTIPART_BYTES = 20 * 1024 * 1024;
const BACKENDS = ['file', 's3'] as const;
type BackendKind = (typeof BACKENDS)[number];

// ---------------------------------------------------------------------------------------------------------
// Helpers

const cleanup: string[] = [];

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanup.push(dir);
  return dir;
}

/** The bundled CLI, run by the Node that runs these tests (Node 24; the system `node` may be older). */
function cli(args: string[], env: Record<string, string | undefined> = {}): RunOut {
  return sh(process.execPath, [CLI, ...args], {
    env: { ...process.env, ...S3_ENV, ...env },
    cwd: ROOT,
  });
}

function lines(text: string): string[] {
  return text.split('\n').filter((l) => l !== '');
}

/** A failed call ends with one line on stderr, no stack trace, and the given exit code. */
function expectOneLineError(r: RunOut, code: 1 | 2, message?: RegExp): void {
  const err = lines(r.stderr);
  expect(err, r.stderr).toHaveLength(1);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.code, r.stderr).toBe(code);
  if (message) expect(err[0]).toMatch(message);
  expect(err[0], 'names the command once').not.toMatch(/^nix-trusted-cache (\w+): \1:/);
}

interface Keys {
  secret: string;
  public: string;
  file: string;
}

function keygen(name: string): Keys {
  const r = cli(['keygen', name]);
  expect(r.code, r.stderr).toBe(0);
  const file = join(tempDir('ntc-key-'), 'signing-key');
  writeFileSync(file, r.stdout, { mode: 0o400 });
  return { secret: r.stdout.trim(), public: r.stderr.trim(), file };
}

/** A cache as the tests see it: our URL, the consumer's substituter URL, and raw object access for tampering. */
interface Cache {
  kind: BackendKind;
  url: string;
  substituter: string;
  read(key: string): Promise<Buffer>;
  write(key: string, body: Buffer): Promise<void>;
  keys(): Promise<string[]>;
}

function fileCache(): Cache {
  const dir = tempDir('ntc-cache-');
  return {
    kind: 'file',
    url: `file://${dir}`,
    substituter: `file://${dir}`,
    read: async (key) => readFileSync(join(dir, key)),
    write: async (key, body) => writeFileSync(join(dir, key), body),
    keys: async () => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((k) => statSync(join(dir, k)).isFile()),
  };
}

let s3: S3Server;
let s3Client: S3Client;
let bucketCounter = 0;

/** A fresh bucket on the shared s3rver, so each test lists only its own objects. */
async function s3Cache(): Promise<Cache> {
  const bucket = `ntc-push-${process.pid}-${bucketCounter++}`;
  await s3Client.send(new CreateBucketCommand({ Bucket: bucket }));
  return {
    kind: 's3',
    url: `s3://${bucket}?endpoint=127.0.0.1:${s3.port}&scheme=http&region=us-east-1`,
    substituter: `http://127.0.0.1:${s3.port}/${bucket}`,
    read: async (key) => {
      const out = await s3Client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      return Buffer.from(await out.Body!.transformToByteArray());
    },
    write: async (key, body) => {
      await s3Client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
    },
    keys: async () => {
      const out = await s3Client.send(new ListObjectsV2Command({ Bucket: bucket }));
      return (out.Contents ?? []).map((o) => o.Key!);
    },
  };
}

function newCache(kind: BackendKind): Promise<Cache> {
  return kind === 'file' ? Promise.resolve(fileCache()) : s3Cache();
}

const narinfoKey = (path: string) => `${storePathHash(path)}.narinfo`;

/**
 * The judge (rig.consumerSubstitutes) with its own Nix cache directory: Nix remembers narinfos per
 * substituter URL in ~/.cache/nix, which would let an earlier lookup hide a later tampering.
 */
function judge(paths: string[], cache: Cache, publicKey: string): RunOut & { storeDir: string } {
  const saved = process.env.XDG_CACHE_HOME;
  process.env.XDG_CACHE_HOME = tempDir('ntc-xdg-');
  try {
    const r = consumerSubstitutes(paths, cache.substituter, publicKey);
    cleanup.push(r.storeDir);
    return r;
  } finally {
    if (saved === undefined) delete process.env.XDG_CACHE_HOME;
    else process.env.XDG_CACHE_HOME = saved;
  }
}

/** Whether `path` is registered as valid in the consumer's store (Nix may leave unpacked bytes of a refused path). */
function validInConsumer(storeDir: string, path: string): boolean {
  return sh('nix-store', ['--store', storeDir, '--check-validity', path]).code === 0;
}

/** rig.buildAsRunner, after making sure the daemon is up (other suites stop and restart it). */
async function build(names: string[], opts: Parameters<typeof buildAsRunner>[1] = {}): Promise<string[]> {
  await ensureDaemon();
  return buildAsRunner(names, opts);
}

function push(cache: Cache, keyFile: string, paths: string[], extra: string[] = []): RunOut {
  return cli(['push', '--cache', cache.url, '--signing-key-file', keyFile, ...extra, ...paths]);
}

function verify(cache: Cache, publicKey: string, paths: string[], extra: string[] = []): RunOut {
  return cli(['verify', '--cache', cache.url, '--trusted-public-key', publicKey, ...extra, ...paths]);
}

/** Changes one character of `text` at `index` to a different one of the same class (digit or base64). */
function flipChar(text: string, index: number): string {
  const c = text[index]!;
  const replacement = /\d/.test(c) ? String((Number(c) + 1) % 10) : c === 'A' ? 'B' : 'A';
  return text.slice(0, index) + replacement + text.slice(index + 1);
}

/** Appends a byte to a built store path's file as root, behind Nix's back; returns how to undo it. */
function tamperWithStorePath(path: string): () => void {
  const { size, mode } = statSync(path);
  chmodSync(path, mode | 0o200);
  appendFileSync(path, 'X');
  chmodSync(path, mode);
  return () => {
    chmodSync(path, mode | 0o200);
    truncateSync(path, size);
    chmodSync(path, mode);
    utimesSync(path, 1, 1);
  };
}

// ---------------------------------------------------------------------------------------------------------

describeE2E('push and verify', () => {
  let keys: Keys;
  let builtPath: string; // a valid store path for the bad-input tests

  beforeAll(async () => {
    s3 = await startS3();
    s3Client = new S3Client({
      endpoint: `http://127.0.0.1:${s3.port}`,
      forcePathStyle: true,
      region: 'us-east-1',
      credentials: S3_CREDENTIALS,
    });
    keys = keygen('ntc-push-test-1');
    builtPath = (await build(['bad-input']))[0]!;
  });

  afterAll(async () => {
    s3Client?.destroy();
    await s3?.destroy();
    for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
  });

  // --- 1. Oracle: Nix itself -------------------------------------------------------------------------------

  it('keygen: secret key on stdout, its public key on stderr, as nix key convert-secret-to-public derives it', () => {
    const r = cli(['keygen', 'cache.example.org-1']);
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toHaveLength(1);
    expect(r.stdout).toMatch(/^cache\.example\.org-1:[A-Za-z0-9+/]{86}==\n$/);
    const nix = sh('nix', ['key', 'convert-secret-to-public', '--extra-experimental-features', 'nix-command'], { input: r.stdout });
    expect(nix.code, nix.stderr).toBe(0);
    expect(r.stderr.trim()).toBe(nix.stdout.trim());
    expect(r.stderr.trim()).toMatch(/^cache\.example\.org-1:[A-Za-z0-9+/]{43}=$/);
  });

  it('narinfo NarHash, NarSize, References, Deriver and Sig equal what nix copy writes with the same key', async () => {
    const paths = await build(['oracle-base', 'oracle-ref-1', 'oracle-ref-2'], { dependOnFirst: true });
    const ours = fileCache();
    const r = push(ours, keys.file, paths, ['--compression', 'zstd']);
    expect(r.code, r.stdout + r.stderr).toBe(0);

    const nixDir = tempDir('ntc-nix-copy-');
    const copy = sh('nix', [
      'copy',
      '--extra-experimental-features',
      'nix-command',
      '--to',
      `file://${nixDir}?secret-key=${keys.file}&compression=zstd`,
      ...paths,
    ]);
    expect(copy.code, copy.stderr).toBe(0);

    for (const path of paths) {
      const mine = parseNarInfo((await ours.read(narinfoKey(path))).toString('utf8'));
      const theirs = parseNarInfo(readFileSync(join(nixDir, narinfoKey(path)), 'utf8'));
      expect(mine.storePath).toBe(path);
      expect(mine.narHash).toBe(theirs.narHash);
      expect(mine.narSize).toBe(theirs.narSize);
      expect([...mine.references].sort()).toEqual([...theirs.references].sort());
      expect(mine.deriver).toBe(theirs.deriver);
      expect(mine.sigs).toEqual(theirs.sigs);
      expect(mine.compression).toBe('zstd');
    }
    // The comparison covered a path with references: d1 and d2 reference d0.
    const ref = parseNarInfo((await ours.read(narinfoKey(paths[1]!))).toString('utf8'));
    expect(ref.references).toContain(paths[0]);
    expect(ref.deriver).toMatch(/\.drv$/);
  });

  // --- 2. Round trips: every compression, both backends -----------------------------------------------------

  for (const kind of BACKENDS) {
    for (const compression of COMPRESSIONS) {
      it(`${kind}, ${compression}: push --closure, the consumer substitutes the closure, verify --nar says valid`, async () => {
        const cache = await newCache(kind);
        const [base, top] = await build([`rt-${kind}-${compression}-base`, `rt-${kind}-${compression}-top`], {
          dependOnFirst: true,
          bytes: 4096,
        });

        const r = push(cache, keys.file, [top!], ['--compression', compression, '--closure']);
        expect(r.code, r.stdout + r.stderr).toBe(0);
        expect(
          lines(r.stdout)
            .map((l) => l.split(' ').slice(0, 2).join(' '))
            .sort(),
        ).toEqual([`uploaded ${base}`, `uploaded ${top}`].sort());
        const info = parseNarInfo((await cache.read(narinfoKey(top!))).toString('utf8'));
        expect(info.compression).toBe(compression);
        expect(info.references).toContain(base);

        const c = judge([top!], cache, keys.public);
        expect(c.code, c.stderr).toBe(0);
        expect(validInConsumer(c.storeDir, top!)).toBe(true);
        expect(validInConsumer(c.storeDir, base!)).toBe(true);
        expect(readFileSync(join(c.storeDir, top!), 'utf8')).toBe(readFileSync(top!, 'utf8'));

        const v = verify(cache, keys.public, [], ['--nar']);
        expect(v.code, v.stdout + v.stderr).toBe(0);
        const signed = '(signed by ntc-push-test-1)'; // verify names the key
        expect(lines(v.stdout).sort()).toEqual([`valid ${base} ${signed}`, `valid ${top} ${signed}`].sort());
      });
    }
  }

  it('s3, none, 20 MiB: a multipart upload is substituted by the consumer and verified', async () => {
    const cache = await s3Cache();
    const [path] = await build(['rt-multipart'], { bytes: MULTIPART_BYTES });
    const r = push(cache, keys.file, [path!], ['--compression', 'none']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(lines(r.stdout)[0]!.startsWith(`uploaded ${path}`)).toBe(true);
    const info = parseNarInfo((await cache.read(narinfoKey(path!))).toString('utf8'));
    expect(info.narSize).toBeGreaterThan(MULTIPART_BYTES);

    const c = judge([path!], cache, keys.public);
    expect(c.code, c.stderr).toBe(0);
    expect(validInConsumer(c.storeDir, path!)).toBe(true);
    const v = verify(cache, keys.public, [path!], ['--nar']);
    expect(v.stdout).toBe(`valid ${path} (signed by ntc-push-test-1)\n`);
    expect(v.code).toBe(0);
  });

  // --- 3. Tampering in the cache ------------------------------------------------------------------------------

  for (const kind of BACKENDS) {
    for (const field of ['NarSize', 'Sig'] as const) {
      it(`${kind}: one flipped byte in a narinfo's ${field} makes the consumer refuse and verify say bad-signature`, async () => {
        const cache = await newCache(kind);
        const [path] = await build([`flip-narinfo-${kind}-${field}`]);
        expect(push(cache, keys.file, [path!]).code).toBe(0);
        expect(verify(cache, keys.public, [path!]).code).toBe(0);
        expect(judge([path!], cache, keys.public).code).toBe(0); // accepted before the flip

        const text = (await cache.read(narinfoKey(path!))).toString('utf8');
        const line = text.split('\n').find((l) => l.startsWith(`${field}: `))!;
        const at = text.indexOf(line) + (field === 'NarSize' ? line.length - 1 : line.indexOf(':', 5) + 20);
        const flipped = flipChar(text, at);
        expect(flipped.length).toBe(text.length);
        expect(flipped).not.toBe(text);
        await cache.write(narinfoKey(path!), Buffer.from(flipped));

        const c = judge([path!], cache, keys.public);
        expect(c.code, c.stderr).not.toBe(0);
        expect(c.stderr).toMatch(/not signed by any of the keys/); // 2.8: "is not signed", 2.34: "as it's not signed"
        expect(validInConsumer(c.storeDir, path!)).toBe(false);

        const v = verify(cache, keys.public, [path!]);
        expect(v.code).toBe(1);
        expect(lines(v.stdout)).toEqual([`bad-signature ${path}`]);
      });
    }

    it(`${kind}: one flipped byte in a NAR makes the consumer refuse and verify --nar say nar-mismatch`, async () => {
      const cache = await newCache(kind);
      const name = `flip-nar-${kind}`;
      const [path] = await build([name]);
      expect(push(cache, keys.file, [path!], ['--compression', 'none']).code).toBe(0);
      expect(verify(cache, keys.public, [path!], ['--nar']).code).toBe(0);
      expect(judge([path!], cache, keys.public).code).toBe(0); // accepted before the flip

      const info = parseNarInfo((await cache.read(narinfoKey(path!))).toString('utf8'));
      const nar = await cache.read(info.url);
      // Flip a byte of the file's contents (the NAR stays well-formed): only the hash can tell.
      const at = nar.indexOf(name);
      expect(at).toBeGreaterThan(0);
      nar[at] = nar[at]! ^ 0x20;
      await cache.write(info.url, nar);

      const c = judge([path!], cache, keys.public);
      expect(c.code, c.stderr).not.toBe(0);
      expect(c.stderr).toMatch(/hash mismatch importing path/);
      expect(validInConsumer(c.storeDir, path!)).toBe(false);

      const v = verify(cache, keys.public, [path!], ['--nar']);
      expect(v.code).toBe(1);
      expect(lines(v.stdout)).toHaveLength(1);
      expect(lines(v.stdout)[0]).toMatch(new RegExp(`^nar-mismatch ${path}(:|$)`));
    });
  }

  // --- 4. A store path modified behind Nix's back is never signed ---------------------------------------------

  const TAMPER_CASES = [
    { kind: 'file', bytes: 0, label: '' },
    { kind: 's3', bytes: 0, label: '' },
    { kind: 's3', bytes: MULTIPART_BYTES, label: ' (20 MiB: an aborted multipart upload)' },
  ] as const;
  for (const { kind, bytes, label } of TAMPER_CASES) {
    it(`${kind}: a tampered store path is refused, and the cache gets neither its narinfo nor its NAR${label}`, async () => {
      const cache = await newCache(kind);
      const [path] = await build([`tamper-${kind}-${bytes}`], { bytes });
      const undo = tamperWithStorePath(path!);
      try {
        const r = push(cache, keys.file, [path!], ['--compression', 'none']);
        expect(r.code, r.stdout + r.stderr).toBe(1);
        expect(lines(r.stdout)).toHaveLength(1);
        expect(lines(r.stdout)[0]!.startsWith(`refused ${path}`)).toBe(true);
        const objects = await cache.keys();
        expect(objects.filter((k) => k.endsWith('.narinfo'))).toEqual([]);
        expect(objects.filter((k) => k.startsWith('nar/') || k.includes('.tmp-'))).toEqual([]);
      } finally {
        undo();
      }
    });
  }

  // --- 5. Bad input: one line on stderr, no stack, exit 2 for usage and 1 for failures ------------------------

  it('unknown compression is a usage error (2)', () => {
    const r = cli(['push', '--cache', fileCache().url, '--signing-key-file', keys.file, '--compression', 'lz4', builtPath]);
    expectOneLineError(r, 2, /compression/);
  });

  it('unknown command is a usage error (2)', () => {
    expectOneLineError(cli(['frobnicate']), 2, /unknown command/);
  });

  it('missing flags are usage errors (2)', () => {
    expectOneLineError(cli(['push', '--signing-key-file', keys.file, builtPath]), 2, /usage/);
    expectOneLineError(cli(['push', '--cache', fileCache().url, builtPath]), 2, /usage/);
    expectOneLineError(cli(['push', '--cache', fileCache().url, '--signing-key-file', keys.file]), 2, /usage/);
    expectOneLineError(cli(['verify', '--cache', fileCache().url]), 2, /usage/);
    expectOneLineError(cli(['keygen']), 2, /usage/);
  });

  it('an unknown flag is a usage error (2)', () => {
    expectOneLineError(
      cli(['push', '--frobnicate', '--cache', fileCache().url, '--signing-key-file', keys.file, builtPath]),
      2,
      /frobnicate/,
    );
  });

  it('a path outside the store is a usage error (2)', () => {
    const r = cli(['push', '--cache', fileCache().url, '--signing-key-file', keys.file, '/tmp/not-a-store-path']);
    expectOneLineError(r, 2, /not a store path/);
  });

  it('a store path that is not in the store fails (1) saying so, with or without --closure, and uploads nothing', async () => {
    const missing = '/nix/store/00000000000000000000000000000000-never-built';
    for (const extra of [[], ['--closure']]) {
      const cache = fileCache();
      const r = cli(['push', '--cache', cache.url, '--signing-key-file', keys.file, ...extra, missing]);
      expectOneLineError(r, 1, /is not in the Nix store/);
      expect((await cache.keys()).filter((k) => k.endsWith('.narinfo') || k.startsWith('nar/'))).toEqual([]);
    }
  });

  it('an http:// cache URL is a usage error (2)', () => {
    const r = cli(['push', '--cache', `http://127.0.0.1:${s3.port}/cache`, '--signing-key-file', keys.file, builtPath]);
    expectOneLineError(r, 2, /cache URL/);
  });

  it('an unreachable endpoint fails (1) saying it cannot reach it', () => {
    const r = cli(['push', '--cache', 's3://cache?endpoint=127.0.0.1:1&scheme=http', '--signing-key-file', keys.file, builtPath]);
    expectOneLineError(r, 1, /cannot reach/);
  });

  it('a missing bucket fails (1) saying it does not exist', () => {
    const r = cli([
      'push',
      '--cache',
      `s3://no-such-bucket?endpoint=127.0.0.1:${s3.port}&scheme=http`,
      '--signing-key-file',
      keys.file,
      builtPath,
    ]);
    expectOneLineError(r, 1, /does not exist/);
  });

  it('wrong credentials fail (1) saying so', async () => {
    const cache = await s3Cache();
    const r = cli(['push', '--cache', cache.url, '--signing-key-file', keys.file, builtPath], { AWS_ACCESS_KEY_ID: 'wrong' });
    expectOneLineError(r, 1, /credentials/);
    expect(await cache.keys()).toEqual([]);
  });

  it('a missing key file fails (1)', () => {
    const r = cli(['push', '--cache', fileCache().url, '--signing-key-file', join(tempDir('ntc-nokey-'), 'absent'), builtPath]);
    expectOneLineError(r, 1, /signing key file/);
  });

  it('a public key in the key file fails (1) without echoing the key', () => {
    const file = join(tempDir('ntc-pubkey-'), 'signing-key');
    writeFileSync(file, keys.public + '\n', { mode: 0o400 });
    const r = cli(['push', '--cache', fileCache().url, '--signing-key-file', file, builtPath]);
    expectOneLineError(r, 1, /public key/);
    const base64 = keys.public.slice(keys.public.indexOf(':') + 1);
    expect(r.stderr + r.stdout).not.toContain(base64);
    expect(r.stderr + r.stdout).not.toContain(base64.slice(0, 16));
  });
});
