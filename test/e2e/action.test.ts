/**
 * The GitHub Action end to end (issue 4): dist/main.js and dist/post.js run the way the runner runs them
 * (rig/action.ts), against the real nix-daemon, the unprivileged runner user and s3rver.
 *
 *   (a) a trusted job provisions the runner as root through `main` (signing key, S3 credentials, install auto);
 *   (b) an untrusted job (no key) builds as the runner user; `post` reports exactly its uploads and a consumer
 *       substitutes them with only our key trusted;
 *   (c) provisioning twice changes nothing; a new key rotates the key file and signs the next upload;
 *   (d) the official installer runs only after its sha256 matched (installOfficial against a local server);
 *   (e) bad inputs fail the step with one clear `::error::` line and no stack trace.
 *
 * This suite provisions the shared machine with its own key and bucket; afterAll puts the previous
 * provisioning (nix.conf, the drop-in, /etc/nix-trusted-cache) back and restarts the daemon and worker.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chownSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { installOfficial, sha256File } from '../../src/provision/install.js';
import { DAEMON_PID_FILE } from '../../src/provision/daemon.js';
import { NODE, ROOT, runActionStep, type ActionStepResult } from './rig/action.js';
import { managedFiles, restoreProvisioning, snapshotProvisioning, type FileSnap } from './rig/provisioning-snapshot.js';
import {
  asRunner,
  buildAsRunner,
  consumerSubstitutes,
  describeE2E,
  ensureDaemon,
  ensureNixSetup,
  ledgerLength,
  RIG_EXTRA_CONF,
  RUNNER,
  sh,
  waitForLedgerPaths,
  type RunOut,
} from './rig/rig.js';
import { S3_CREDENTIALS, S3_ENV, startS3, type S3Server } from './rig/s3.js';

const CLI = join(ROOT, 'dist/cli.js');
const ETC_DIR = '/etc/nix-trusted-cache';
const NIX_CONF = '/etc/nix/nix.conf';
const DROP_IN = '/etc/nix/nix-trusted-cache.conf';
const SIGNING_KEY = `${ETC_DIR}/signing-key`;
const CONFIG = `${ETC_DIR}/config.json`;
const LEDGER = '/var/lib/nix-trusted-cache/ledger.jsonl';

function cli(args: string[], env: Record<string, string> = {}): RunOut {
  return sh(NODE, [CLI, ...args], { env: { ...process.env, ...S3_ENV, ...env }, cwd: ROOT });
}

let keyCounter = 0;
function keygen(): { secretKey: string; publicKey: string; base64: string } {
  const r = cli(['keygen', `action-e2e-${process.pid}-${keyCounter++}`]);
  if (r.code !== 0) throw new Error(`keygen failed: ${r.stderr}`);
  const secretKey = r.stdout.trim();
  return { secretKey, publicKey: r.stderr.trim(), base64: secretKey.slice(secretKey.indexOf(':') + 1) };
}

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/** What the step showed: its log (without the runner's mask commands), stderr, outputs, state and summary. */
function everythingShown(r: ActionStepResult): string {
  return [r.log, r.stderr, JSON.stringify(r.outputs), JSON.stringify(r.state), r.summary].join('\n');
}

/** A failed step: exit 1, one `::error::` with the message, and no stack trace anywhere. */
function expectStepError(r: ActionStepResult, message: RegExp): void {
  expect(r.errors, r.stdout + r.stderr).toHaveLength(1);
  expect(r.errors[0]).toMatch(message);
  expect(r.errors[0]!.split('\n')).toHaveLength(1);
  expect(r.stdout + r.stderr).not.toMatch(/^\s+at /m);
  expect(r.code).toBe(1);
}

// ---------------------------------------------------------------------------------------------------------
// The machine's provisioning before this suite, put back afterwards.

/** sha256, mtime, mode and owner of each file: what "provisioning changed nothing" compares. */
function fingerprint(paths: string[]): Record<string, { sha256: string; mtimeMs: number; mode: number; uid: number }> {
  return Object.fromEntries(
    paths.map((p) => {
      const st = statSync(p);
      return [p, { sha256: sha256(readFileSync(p)), mtimeMs: st.mtimeMs, mode: st.mode & 0o7777, uid: st.uid }];
    }),
  );
}

function daemonPid(): number {
  return Number(readFileSync(DAEMON_PID_FILE, 'utf8').trim());
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function nixBinState(): string {
  const r = sh('dpkg-query', ['-W', '-f', '${Status} ${Version}', 'nix-bin']);
  const st = statSync('/usr/bin/nix-daemon');
  return `${r.stdout} ${st.ino} ${st.mtimeMs}`;
}

function ledgerSeqOf(path: string): string[] {
  return readFileSync(LEDGER, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { seq: string; path: string })
    .filter((l) => l.path === path)
    .map((l) => l.seq);
}

// ---------------------------------------------------------------------------------------------------------

describeE2E('action: main and post as the GitHub runner runs them', () => {
  let s3: S3Server;
  let before: Map<string, FileSnap>;
  let nixBefore: string;
  let key: ReturnType<typeof keygen>;
  let provisionInputs: (secretKey: string) => Record<string, string>;

  beforeAll(async () => {
    ensureNixSetup();
    await ensureDaemon();
    before = snapshotProvisioning();
    nixBefore = nixBinState();
    s3 = await startS3();
    key = keygen();
    provisionInputs = (secretKey) => ({
      cache: s3.cacheUrl,
      'signing-key': secretKey,
      'aws-access-key-id': S3_CREDENTIALS.accessKeyId,
      'aws-secret-access-key': S3_CREDENTIALS.secretAccessKey,
      install: 'auto',
      'extra-conf': RIG_EXTRA_CONF,
    });
  });

  afterAll(async () => {
    await s3?.destroy();
    if (before) await restoreProvisioning(before);
  });

  it('(a) main as root provisions: outputs the public key and substituter, keeps the installed Nix, never shows the key', async () => {
    const r = await runActionStep('main', { inputs: provisionInputs(key.secretKey) });
    expect(r.errors, r.stdout + r.stderr).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs['public-key']).toBe(key.publicKey);
    expect(r.outputs.substituter).toBe(s3.httpUrl);
    expect(r.state.cursor).toMatch(/^\d{19,}$/);
    expect(r.state.cache).toBe(s3.cacheUrl);

    // The key: masked (the runner hides every later occurrence), and never printed or written anywhere shown.
    expect(r.masks).toContain(key.secretKey);
    expect(r.masks).toContain(key.base64);
    expect(everythingShown(r)).not.toContain(key.base64);
    expect(
      r.stdout
        .split('\n')
        .filter((l) => l.includes(key.base64))
        .every((l) => l.startsWith('::add-mask::')),
    ).toBe(true);

    // On disk: the key root-only, the credentials root-only, the config naming our cache, the drop-in included.
    const sk = statSync(SIGNING_KEY);
    expect([sk.mode & 0o7777, sk.uid, sk.gid]).toEqual([0o400, 0, 0]);
    expect(readFileSync(SIGNING_KEY, 'utf8').trim()).toBe(key.secretKey);
    const cred = statSync(`${ETC_DIR}/credentials`);
    expect([cred.mode & 0o7777, cred.uid]).toEqual([0o400, 0]);
    const config = JSON.parse(readFileSync(`${ETC_DIR}/config.json`, 'utf8')) as Record<string, unknown>;
    expect(config).toMatchObject({ cache: s3.cacheUrl, substituter: s3.httpUrl, publicKey: key.publicKey });
    expect(readFileSync(NIX_CONF, 'utf8').split('\n')).toContain(`include ${DROP_IN}`);
    const dropIn = readFileSync(DROP_IN, 'utf8');
    expect(dropIn).toContain(`post-build-hook = ${ETC_DIR}/post-build-hook`);
    expect(dropIn).toContain(key.publicKey);
    expect(dropIn).toContain('sandbox-paths = /bin/sh=/bin/busybox\nsubstituters =\n');
    expect(dropIn).not.toContain(key.base64);

    // install: auto kept the working multi-user Nix (Debian's nix-bin): no reinstall, no official profile.
    expect(nixBinState()).toBe(nixBefore);
    expect(nixBefore).toMatch(/^install ok installed /);
    expect(config.nixBinDir).toBe('/usr/bin');
    expect(existsSync('/nix/var/nix/profiles/default/bin/nix-daemon')).toBe(false);
  });

  it('(b) a job without the key: main saves a cursor, post reports exactly the builds after it, a consumer substitutes them', async () => {
    // A build before the job's cursor: it must not be counted for this job.
    const [earlier] = buildAsRunner(['action-before-cursor']);

    const main = await runActionStep('main', { inputs: {}, asRunner: true });
    expect(main.errors, main.stdout + main.stderr).toEqual([]);
    expect(main.code).toBe(0);
    expect(main.outputs['public-key']).toBe(key.publicKey);
    expect(main.outputs.substituter).toBe(s3.httpUrl);
    expect(main.state.cursor).toMatch(/^\d{19,}$/);

    // The trust audit of the job's user: an output, and Markdown handed to post through state.
    expect(JSON.parse(main.outputs['trust-report']!)).toHaveProperty('checks');
    expect(main.state['trust-markdown']).toBeTruthy();

    const paths = buildAsRunner(['action-a', 'action-b', 'action-c']);
    expect(paths).toHaveLength(3);

    const t0 = Date.now();
    const post = await runActionStep('post', { inputs: { 'drain-timeout': '60' }, asRunner: true, state: main.state });
    const postSeconds = (Date.now() - t0) / 1000;
    expect(post.errors, post.stdout + post.stderr).toEqual([]);
    expect(post.code).toBe(0);
    expect(postSeconds).toBeLessThan(60);

    const uploaded = post.outputs['uploaded-paths']!.split('\n').filter(Boolean);
    for (const p of paths) expect(uploaded.filter((u) => u === p)).toHaveLength(1);
    expect(uploaded).not.toContain(earlier);
    // Anything else listed was enqueued after the cursor too (another suite's builds on this shared daemon).
    const cursor = BigInt(main.state.cursor!);
    for (const u of uploaded) {
      const seqs = ledgerSeqOf(u);
      expect(seqs.some((s) => BigInt(s.split('-')[0]!) >= cursor)).toBe(true);
    }
    expect(Number(post.outputs['uploaded-count'])).toBe(uploaded.length);
    expect(Number(post.outputs['uploaded-count'])).toBeGreaterThanOrEqual(3);
    expect(post.outputs['pending-count']).toBe('0');
    expect(post.outputs['failed-count']).toBe('0');
    expect(post.outputs['refused-count']).toBe('0');
    expect(Number(post.outputs['nar-bytes'])).toBeGreaterThan(0);
    expect(Number(post.outputs['uploaded-bytes'])).toBeGreaterThan(0);

    expect(post.summary).toContain('## nix-trusted-cache');
    for (const p of paths) expect(post.summary).toContain(`\`${p}\``);
    expect(post.summary).not.toContain(earlier);
    expect(post.summary).toContain(s3.cacheUrl);
    expect(post.summary).not.toContain(key.base64);
    expect(post.summary).toContain(main.state['trust-markdown']);
    // What the figures cover, said plainly (no other runner job runs on this machine).
    expect(post.summary).toMatch(
      /These figures cover everything this machine's nix-daemon built from [\d:]+ to [\d:]+ UTC, while this job ran; no other runner job was seen/,
    );

    const c = consumerSubstitutes(paths, s3.httpUrl, key.publicKey);
    expect(c.code, c.stderr).toBe(0);
    for (const p of paths) expect(existsSync(join(c.storeDir, p))).toBe(true);
    rmSync(c.storeDir, { recursive: true, force: true });
  });

  it('(b) another runner job on the machine meanwhile: the summary says its builds are counted too', async () => {
    // The runner runs each job as a Runner.Worker process: one that is not this job's own stands for another agent's.
    const dir = mkdtempSync(join(tmpdir(), 'ntc-other-job-'));
    const fake = join(dir, 'Runner.Worker');
    writeFileSync(fake, readFileSync('/bin/sleep'), { mode: 0o755 });
    const other = spawn(fake, ['60'], { stdio: 'ignore' });
    try {
      const main = await runActionStep('main', { inputs: {}, asRunner: true });
      expect(main.code, main.stdout + main.stderr).toBe(0);
      buildAsRunner(['action-beside-another-job']);
      const post = await runActionStep('post', { inputs: { 'drain-timeout': '60' }, asRunner: true, state: main.state });
      expect(post.code, post.stdout + post.stderr).toBe(0);
      expect(post.summary).toContain('1 other runner job(s) ran on this machine meanwhile, and what they built is counted here too.');
      expect(post.log).toContain('1 other runner job(s) ran on this machine meanwhile');
    } finally {
      other.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('(c) provisioning again with the same inputs changes nothing: files, mtimes, daemon pid', async () => {
    const first = await runActionStep('main', { inputs: provisionInputs(key.secretKey) });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const files = managedFiles();
    expect(files).toEqual(
      expect.arrayContaining([SIGNING_KEY, `${ETC_DIR}/credentials`, `${ETC_DIR}/config.json`, `${ETC_DIR}/post-build-hook`]),
    );
    const fp = fingerprint(files);
    const pid = daemonPid();
    expect(alive(pid)).toBe(true);

    const second = await runActionStep('main', { inputs: provisionInputs(key.secretKey) });
    expect(second.errors).toEqual([]);
    expect(second.code).toBe(0);
    expect(second.log).toContain('provisioned: everything was already in place');
    expect(second.outputs['public-key']).toBe(key.publicKey);
    expect(managedFiles()).toEqual(files);
    expect(fingerprint(files)).toEqual(fp);
    expect(daemonPid()).toBe(pid);
    expect(alive(pid)).toBe(true);
  });

  it('(c) a new key rotates the key file (still 0400 root) and signs the next upload', async () => {
    const oldContent = readFileSync(SIGNING_KEY, 'utf8');
    const next = keygen();
    const r = await runActionStep('main', { inputs: provisionInputs(next.secretKey) });
    expect(r.errors, r.stdout + r.stderr).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs['public-key']).toBe(next.publicKey);
    expect(everythingShown(r)).not.toContain(next.base64);

    const content = readFileSync(SIGNING_KEY, 'utf8');
    expect(content).not.toBe(oldContent);
    expect(content.trim()).toBe(next.secretKey);
    const st = statSync(SIGNING_KEY);
    expect([st.mode & 0o7777, st.uid, st.gid]).toEqual([0o400, 0, 0]);

    const main = await runActionStep('main', { inputs: {}, asRunner: true });
    expect(main.code, main.stdout + main.stderr).toBe(0);
    expect(main.outputs['public-key']).toBe(next.publicKey);
    const [p] = buildAsRunner(['action-after-rotation']);
    const post = await runActionStep('post', { inputs: { 'drain-timeout': '60' }, asRunner: true, state: main.state });
    expect(post.code, post.stdout + post.stderr).toBe(0);
    expect(post.outputs['uploaded-paths']!.split('\n'), `${JSON.stringify(post.outputs)}\n${post.stdout}`).toContain(p);

    const good = cli(['verify', '--cache', s3.cacheUrl, '--trusted-public-key', next.publicKey, p!]);
    expect(good.stdout, good.stderr).toMatch(/^valid /);
    expect(good.code).toBe(0);
    const old = cli(['verify', '--cache', s3.cacheUrl, '--trusted-public-key', key.publicKey, p!]);
    expect(old.code).toBe(1);
    expect(old.stdout).not.toMatch(/^valid /);
  });

  it('(c) rotating with the old key in previous-public-keys: both keys trusted, the old paths stay substitutable, re-sign moves them to the new key', async () => {
    // The runner's current key (from the test above) signed `before`; the new one will sign `after`.
    const current = readFileSync(SIGNING_KEY, 'utf8').trim();
    const old = JSON.parse(readFileSync(CONFIG, 'utf8')).publicKey as string;
    const main0 = await runActionStep('main', { inputs: {}, asRunner: true });
    const [before, middle] = buildAsRunner(['action-before-second-rotation', 'action-middle-second-rotation']);
    const post0 = await runActionStep('post', { inputs: { 'drain-timeout': '60' }, asRunner: true, state: main0.state });
    expect(post0.outputs['uploaded-paths']!.split('\n')).toEqual(expect.arrayContaining([before, middle]));

    const next = keygen();
    const warned = await runActionStep('main', { inputs: provisionInputs(next.secretKey) });
    expect(warned.code, warned.stdout + warned.stderr).toBe(0);
    expect(warned.warnings.join('\n')).toContain(`the signing key changes from ${old} to ${next.publicKey}`);
    const kept = await runActionStep('main', { inputs: { ...provisionInputs(next.secretKey), 'previous-public-keys': old } });
    expect(kept.code, kept.stdout + kept.stderr).toBe(0);
    expect(kept.warnings.join('\n')).not.toContain('the signing key changes');
    expect(kept.outputs['previous-public-keys']).toBe(old);
    expect(readFileSync(DROP_IN, 'utf8')).toContain(`\ntrusted-public-keys = ${next.publicKey} ${old} `);
    expect(current).not.toBe(next.secretKey);

    const main = await runActionStep('main', { inputs: {}, asRunner: true });
    const [after] = buildAsRunner(['action-after-second-rotation']);
    const post = await runActionStep('post', { inputs: { 'drain-timeout': '60' }, asRunner: true, state: main.state });
    expect(post.outputs['uploaded-paths']!.split('\n')).toContain(after);

    // A consumer that trusts both keys substitutes what either signed; verify names the signer of each.
    const both = consumerSubstitutes([before!, after!], s3.httpUrl, `${next.publicKey} ${old}`);
    expect(both.code, both.stderr).toBe(0);
    const named = cli([
      'verify',
      '--cache',
      s3.cacheUrl,
      '--trusted-public-key',
      next.publicKey,
      '--trusted-public-key',
      old,
      before!,
      after!,
    ]);
    expect(named.code, named.stdout + named.stderr).toBe(0);
    expect(named.stdout).toContain(`valid ${before} (signed by ${old.split(':')[0]})`);
    expect(named.stdout).toContain(`valid ${after} (signed by ${next.publicKey.split(':')[0]})`);

    // The worker, given a path the old key signed (as when it is built again), signs it anew: no second upload.
    const from = ledgerLength();
    const drv = sh('nix-store', ['-qd', middle!]).stdout.trim();
    writeFileSync(join('/var/lib/nix-trusted-cache/queue', `new-${process.pid}-1`), `${drv}\n${middle}\n.\n`, { mode: 0o600 });
    const again = (await waitForLedgerPaths([middle!], 60_000, from)).get(middle!)!;
    expect(again.status).toBe('skipped');
    expect(again.reason).toBe(`already cached, signed by ${old.split(':')[0]}: signed anew with ${next.publicKey.split(':')[0]}`);
    const middleNow = cli(['verify', '--cache', s3.cacheUrl, '--trusted-public-key', next.publicKey, middle!]);
    expect(middleNow.code, middleNow.stdout + middleNow.stderr).toBe(0);

    // re-sign: the old key's paths get the new key's signature; then the new key alone is enough.
    const keyFile = join(mkdtempSync(join(tmpdir(), 'ntc-resign-')), 'key');
    writeFileSync(keyFile, next.secretKey + '\n', { mode: 0o600 });
    const resign = cli(['re-sign', '--cache', s3.cacheUrl, '--signing-key-file', keyFile, '--trusted-public-key', old, before!, after!]);
    expect(resign.code, resign.stdout + resign.stderr).toBe(0);
    expect(resign.stdout.split('\n').some((l) => l.startsWith(`re-signed ${before}`))).toBe(true);
    const onlyNew = cli(['verify', '--cache', s3.cacheUrl, '--trusted-public-key', next.publicKey, before!]);
    expect(onlyNew.code, onlyNew.stdout + onlyNew.stderr).toBe(0);
    // (Nix remembers narinfos it fetched: this consumer must not reuse the one without the new signature)
    const fresh = consumerSubstitutes([before!], s3.httpUrl, next.publicKey, ['--option', 'narinfo-cache-positive-ttl', '0']);
    expect(fresh.code, fresh.stderr).toBe(0);
  });

  // (e) Bad inputs: each fails the step with one clear message. These run as the runner user (nothing can
  // change the machine), except the malformed key, which a provisioning job would pass as root, and a
  // key-less job as root, which the trust audit refuses.
  const badKeyBody = 'Zm9vYmFy'.repeat(4) + '!!';
  const cases: Array<{
    name: string;
    inputs: () => Record<string, string>;
    root?: boolean;
    entry?: 'main' | 'post';
    message: RegExp;
    secret?: () => string;
    outputs?: boolean;
  }> = [
    {
      name: 'a malformed signing-key (as root), without echoing it',
      root: true,
      inputs: () => ({ cache: s3.cacheUrl, 'signing-key': `bad-key-1:${badKeyBody}` }),
      message: /signing key .*not valid base64/,
      secret: () => badKeyBody,
    },
    {
      name: 'a signing-key that is a public key',
      inputs: () => ({ cache: s3.cacheUrl, 'signing-key': key.publicKey }),
      message: /is 32 bytes: that is a public key/,
      secret: () => key.publicKey.split(':')[1]!,
    },
    {
      name: 'an unknown install mode',
      inputs: () => ({ install: 'sometimes' }),
      message: /unknown install mode "sometimes".*auto, official, distro, skip/,
    },
    { name: 'an unknown compression', inputs: () => ({ compression: 'lz4' }), message: /unknown compression "lz4".*zstd/ },
    {
      name: 'an unknown trust policy',
      inputs: () => ({ trust: 'paranoid' }),
      message: /input trust: "paranoid" is not one of strict, warn, off/,
    },
    {
      name: 'a cache URL that is neither s3:// nor file://',
      inputs: () => ({ cache: 'https://example.com/cache' }),
      message: /neither s3:\/\/BUCKET.* nor file:\/\/\/ABS\/DIR/,
    },
    {
      name: 'a negative drain-timeout',
      inputs: () => ({ 'drain-timeout': '-5' }),
      message: /input drain-timeout: "-5" is not a non-negative number/,
    },
    {
      name: 'a negative drain-timeout in post',
      entry: 'post',
      inputs: () => ({ 'drain-timeout': '-5' }),
      message: /input drain-timeout: "-5" is not a non-negative number/,
    },
    {
      name: 'a job without signing-key running as root (any step could read the key)',
      root: true,
      inputs: () => ({}),
      message: /this job runs as root/,
      outputs: true,
    },
    {
      name: 'provisioning (signing-key given) as the runner user without root or sudo',
      inputs: () => ({ cache: s3.cacheUrl, 'signing-key': key.secretKey }),
      message: /^provisioning needs root: /,
      secret: () => key.base64,
    },
  ];
  for (const c of cases) {
    it(`(e) fails the step on ${c.name}`, async () => {
      const r = await runActionStep(c.entry ?? 'main', {
        inputs: c.inputs(),
        asRunner: !c.root,
        ...(c.entry === 'post' ? { state: { cursor: '1700000000000000000', cache: s3.cacheUrl } } : {}),
      });
      expectStepError(r, c.message);
      if (c.secret) {
        expect(everythingShown(r)).not.toContain(c.secret());
        expect(r.errors[0]).not.toContain(c.secret());
      }
      // Bad inputs fail before anything is reported; the root job is reported, then failed.
      if (c.outputs) expect(JSON.parse(r.outputs['trust-report']!)).toMatchObject({ user: 'root', verdict: 'fail' });
      else expect(r.outputs).toEqual({});
      // Nothing was provisioned with what the step was given (other suites may provision this machine meanwhile).
      if (c.secret) expect(readFileSync(SIGNING_KEY, 'utf8')).not.toContain(c.secret());
    });
  }
});

// ---------------------------------------------------------------------------------------------------------
// (d) The official installer: nothing from the tarball runs unless its sha256 matched.
//
// This machine already has multi-user Nix, so `provision --install official` keeps it and never reaches the
// installer; installOfficial is exercised directly against a fake release tarball on a local HTTP server (in
// its own process: these tests block the event loop with spawnSync).

const MARKER = '/tmp/ntc-fake-installer-ran';

describeE2E('installOfficial: a pinned sha256 before anything runs', () => {
  let server: ChildProcess | undefined;
  let base = '';
  let serveDir = '';
  let sha = '';
  const logs: string[] = [];
  const log = (l: string) => logs.push(l);

  beforeAll(async () => {
    rmSync(MARKER, { force: true });
    serveDir = mkdtempSync(join(tmpdir(), 'ntc-installer-'));
    const src = join(serveDir, 'src');
    mkdirSync(join(src, 'nix-test'), { recursive: true });
    writeFileSync(
      join(src, 'nix-test', 'install'),
      `#!/bin/sh\nprintf '%s\\n' "$@" > ${MARKER}\nprintf 'NIX_INSTALLER_NO_MODIFY_PROFILE=%s\\n' "$NIX_INSTALLER_NO_MODIFY_PROFILE" >> ${MARKER}\n`,
      { mode: 0o755 },
    );
    const tar = sh('tar', ['-cJf', join(serveDir, 'nix-test.tar.xz'), '-C', src, 'nix-test']);
    if (tar.code !== 0) throw new Error(`tar failed: ${tar.stderr}`);
    sha = sha256File(join(serveDir, 'nix-test.tar.xz'));
    const child = spawn('python3', ['-u', '-m', 'http.server', '--bind', '127.0.0.1', '--directory', serveDir, '0'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    server = child;
    const port = await new Promise<number>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = / port (\d+)/.exec(out);
        if (m) resolve(Number(m[1]));
      });
      child.once('exit', (code) => reject(new Error(`http.server exited with ${code}: ${out}`)));
      setTimeout(() => reject(new Error(`http.server did not start: ${out}`)), 10_000);
    });
    base = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    const child = server;
    if (child && child.exitCode === null && child.pid) {
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        process.kill(child.pid!, 'SIGTERM');
      });
    }
    rmSync(MARKER, { force: true });
    if (serveDir) rmSync(serveDir, { recursive: true, force: true });
  });

  it('a wrong sha256 refuses the tarball, naming both hashes, and runs nothing', async () => {
    const wrong = sha.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    const err = await installOfficial({ url: `${base}/nix-test.tar.xz`, sha256: wrong }, log).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err).toBeInstanceOf(Error);
    expect(err!.message).toContain(`has sha256 ${sha}, expected ${wrong}`);
    expect(err!.message).toMatch(/refusing to run it/);
    expect(existsSync(MARKER)).toBe(false);
  });

  it('a sha256 that is not 64 hex digits is refused before downloading', async () => {
    await expect(installOfficial({ url: `${base}/nix-test.tar.xz`, sha256: 'abc123' }, log)).rejects.toThrow(
      /nix-installer-sha256 \(64 hex digits\)/,
    );
    expect(existsSync(MARKER)).toBe(false);
  });

  it('a missing tarball fails with the HTTP status', async () => {
    await expect(installOfficial({ url: `${base}/absent.tar.xz`, sha256: sha }, log)).rejects.toThrow(/HTTP 404/);
    expect(existsSync(MARKER)).toBe(false);
  });

  it('the right sha256 runs the installer with --daemon --yes --no-channel-add', async () => {
    await installOfficial({ url: `${base}/nix-test.tar.xz`, sha256: sha }, log);
    expect(readFileSync(MARKER, 'utf8').split('\n').filter(Boolean)).toEqual([
      '--daemon',
      '--yes',
      '--no-channel-add',
      'NIX_INSTALLER_NO_MODIFY_PROFILE=1',
    ]);
    expect(logs.join('\n')).toContain(`downloading ${base}/nix-test.tar.xz`);
    rmSync(MARKER, { force: true });
  });

  it('a cached tarball is used only while its sha256 matches', async () => {
    const cacheDir = join(serveDir, 'cache');
    mkdirSync(cacheDir); // the action makes it (as the runner user); provisioning never does
    await installOfficial({ url: `${base}/nix-test.tar.xz`, sha256: sha, cacheDir }, log);
    expect(existsSync(join(cacheDir, `nix-${sha}.tar.xz`))).toBe(true);
    rmSync(MARKER, { force: true });

    // Cached and intact: no download needed (the URL is gone).
    await installOfficial({ url: `${base}/absent.tar.xz`, sha256: sha, cacheDir }, log);
    expect(existsSync(MARKER)).toBe(true);
    rmSync(MARKER, { force: true });

    // Cached but altered: downloaded again (and here the download is gone too, so it fails, running nothing).
    writeFileSync(join(cacheDir, `nix-${sha}.tar.xz`), 'tampered');
    await expect(installOfficial({ url: `${base}/absent.tar.xz`, sha256: sha, cacheDir }, log)).rejects.toThrow(/HTTP 404/);
    expect(existsSync(MARKER)).toBe(false);
  });

  // Attacks by the runner user, who owns the directory the Actions cache restores the tarball into.
  it('a link or FIFO the runner user plants at the kept name is neither followed, read nor written through', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'ntc-runner-tool-cache-'));
    const uid = Number(sh('id', ['-u', RUNNER]).stdout.trim());
    chownSync(cacheDir, uid, uid);
    const precious = join(mkdtempSync(join(tmpdir(), 'ntc-precious-')), 'shadow');
    writeFileSync(precious, 'root only\n', { mode: 0o600 });
    try {
      const kept = join(cacheDir, `nix-${sha}.tar.xz`);
      expect(asRunner('ln', ['-s', precious, kept]).code).toBe(0);
      logs.length = 0;
      await installOfficial({ url: `${base}/nix-test.tar.xz`, sha256: sha, cacheDir }, log);
      expect(logs.join('\n')).toContain('downloading'); // the link was not taken for the tarball
      expect(readFileSync(precious, 'utf8')).toBe('root only\n'); // nor written through
      expect(lstatSync(kept).isSymbolicLink()).toBe(true);
      expect(existsSync(MARKER)).toBe(true);
      rmSync(MARKER, { force: true });

      expect(asRunner('rm', ['-f', kept]).code).toBe(0);
      expect(asRunner('mkfifo', [kept]).code).toBe(0); // a reader that opened it would block for ever
      await installOfficial({ url: `${base}/nix-test.tar.xz`, sha256: sha, cacheDir }, log);
      expect(existsSync(MARKER)).toBe(true);
      rmSync(MARKER, { force: true });
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
      rmSync(dirname(precious), { recursive: true, force: true });
    }
  });
});
