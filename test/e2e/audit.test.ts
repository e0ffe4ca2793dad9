/**
 * The trust audit end to end: on a machine provisioned through the real CLI (a file:// cache), the audit of
 * the runner user passes; then each misconfiguration is planted for real (a trusted runner user, a readable
 * or missing key, a writable hook directory, the sandbox off, passwordless sudo) and the matching check must
 * fail (or warn, for sudo) while the policy decides the exit code. Every plant is undone in a `finally`, and
 * afterAll puts the previous provisioning back: other suites share this daemon and /etc.
 */
import { chmodSync, existsSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LAYOUT } from '../../src/layout.js';
import { findNixBinDir } from '../../src/provision/install.js';
import { ensureNixDaemon } from '../../src/provision/services.js';
import { asRunner, buildAsRunner, describeE2E, ensureDaemon, provisionRunner, RUNNER, sh, type RunOut } from './rig/rig.js';
import { putBack, restoreProvisioning, snapFile, snapshotProvisioning, type FileSnap } from './rig/provisioning-snapshot.js';

const CACHE_DIR = '/tmp/ntc-audit-cache';
const CACHE_URL = `file://${CACHE_DIR}`;
const SUDOERS = '/etc/sudoers.d/ntc-test';

interface Check {
  id: string;
  title: string;
  status: 'pass' | 'warn' | 'fail';
  seen: string;
  fix: string;
}
interface AuditJson {
  user: string;
  verdict: 'pass' | 'warn' | 'fail';
  checks: Check[];
  policy: { trust: string; failStep: boolean; reasons: string[]; warnings: string[] };
}
interface Audit {
  run: RunOut;
  json: AuditJson;
  byId: (id: string) => Check;
  failing: () => string[];
}

function parseAudit(run: RunOut): Audit {
  let json: AuditJson;
  try {
    json = JSON.parse(run.stdout) as AuditJson;
  } catch {
    throw new Error(`audit printed no JSON (exit ${run.code}): ${run.stdout}\n${run.stderr}`);
  }
  const byId = (id: string): Check => {
    const c = json.checks.find((x) => x.id === id);
    if (!c) throw new Error(`no check ${id} in ${json.checks.map((x) => x.id).join(', ')}`);
    return c;
  };
  return { run, json, byId, failing: () => json.checks.filter((c) => c.status === 'fail').map((c) => `${c.id}: ${c.seen}`) };
}

/** The audit as root for the runner user, through the built CLI. */
function auditAsRoot(trust = 'warn'): Audit {
  return parseAudit(sh('node', ['dist/cli.js', 'audit', '--user', RUNNER, '--json', '--trust', trust]));
}

/** The audit as the runner user itself (no root: it opens files and runs sudo as itself), with the installed copy. */
function auditAsRunner(trust = 'warn'): Audit {
  return parseAudit(asRunner(LAYOUT.node, [LAYOUT.worker, 'audit', '--json', '--trust', trust]));
}

// --- snapshot and restore of what provisioning owns (other suites share it) -------------------------------

async function restartDaemon(): Promise<void> {
  await ensureNixDaemon(findNixBinDir() ?? '/usr/bin', true, () => {});
}

/** The daemon answers the runner user again after a restart (another suite may be restarting it too). */
function waitForDaemonAsRunner(): void {
  for (let i = 0; i < 60; i++) {
    const r = asRunner('nix-store', ['-q', '--hash', '/nix/store/00000000000000000000000000000000-x']);
    if (/is not valid/.test(r.stderr)) return;
    sh('sleep', ['0.25']);
  }
  throw new Error('nix-daemon does not answer the runner user');
}

/**
 * Plants a misconfiguration and audits; when another suite's provisioning undid the plant in between
 * (`planted()` false afterwards), plants and audits again. The caller undoes the plant in a finally.
 */
async function auditPlanted(
  plant: () => void | Promise<void>,
  planted: () => boolean,
  audit: () => Audit = () => auditAsRoot(),
): Promise<Audit> {
  for (let attempt = 1; ; attempt++) {
    await plant();
    const a = audit();
    if (planted() || attempt === 3) return a;
  }
}

/** Makes sure this suite's provisioning is in place (another suite may have provisioned its own meanwhile). */
function ensureOurProvisioning(secretKey: string | undefined): void {
  const cfg = existsSync(LAYOUT.config) ? (JSON.parse(readFileSync(LAYOUT.config, 'utf8')) as { cache?: string }) : {};
  if (cfg.cache === CACHE_URL && readFileSync(LAYOUT.dropIn, 'utf8').includes(CACHE_URL)) return;
  provisionRunner({ cacheUrl: CACHE_URL, ...(secretKey ? { secretKey } : {}) });
}

describeE2E('trust audit', () => {
  let before = new Map<string, FileSnap>();
  let secretKey: string | undefined;

  beforeAll(async () => {
    await ensureDaemon();
    before = snapshotProvisioning();
    // Keep the machine's current key when there is one: suites running alongside keep trusting their uploads.
    secretKey = existsSync(LAYOUT.signingKey) ? readFileSync(LAYOUT.signingKey, 'utf8').trim() : undefined;
    rmSync(CACHE_DIR, { recursive: true, force: true });
    provisionRunner({ cacheUrl: CACHE_URL, ...(secretKey ? { secretKey } : {}) });
    waitForDaemonAsRunner();
    // A real build as the runner user: the hook enqueues, the worker uploads and writes nix-cache-info.
    buildAsRunner(['audit-honest']);
    for (let i = 0; !existsSync(join(CACHE_DIR, 'nix-cache-info')); i++) {
      if (i > 300) throw new Error(`the worker wrote no ${CACHE_DIR}/nix-cache-info within 60s`);
      ensureOurProvisioning(secretKey);
      await new Promise((r) => setTimeout(r, 200));
    }
  });

  afterAll(async () => {
    rmSync(SUDOERS, { force: true });
    if (before.size) await restoreProvisioning(before);
    rmSync(CACHE_DIR, { recursive: true, force: true });
  });

  it('passes on a freshly provisioned runner (as root for the runner user): no check fails, exit 0', () => {
    let a = auditAsRoot();
    for (let i = 0; i < 3 && a.failing().length; i++) {
      ensureOurProvisioning(secretKey); // another suite provisioned its own cache meanwhile
      waitForDaemonAsRunner();
      a = auditAsRoot();
    }
    expect(a.failing()).toEqual([]);
    expect(a.run.code, a.run.stderr).toBe(0);
    expect(a.json.user).toBe(RUNNER);
    expect(a.json.policy).toMatchObject({ trust: 'warn', failStep: false, reasons: [] });
    for (const id of [
      'provisioned',
      'builds-through-daemon',
      'store-not-writable',
      'trusted-users',
      'require-sigs',
      'sandbox',
      'post-build-hook',
      'public-key-trusted',
      'signing-key',
      'credentials',
      'hook',
      'worker',
      'node',
      'config',
      'queue',
      'nix-conf',
      'drop-in',
      'nix-binary',
      'passwordless-sudo',
      'cache-answers',
    ]) {
      expect(a.byId(id).status, `${id}: ${a.byId(id).seen}`).toBe('pass');
    }
    expect(a.byId('daemon-untrusted')).toMatchObject({ status: 'pass', seen: expect.stringContaining('ignored --option post-build-hook') });
    expect(a.byId('signing-key').seen).toBe(`${LAYOUT.signingKey} root:root 0400, ${RUNNER} cannot read it`);
    expect(a.byId('cache-answers').seen).toBe(`${CACHE_URL}: StoreDir /nix/store`);

    // The text report says the same, one line per check.
    const text = sh('node', ['dist/cli.js', 'audit', '--user', RUNNER]);
    expect(text.code, text.stdout).toBe(0);
    expect(text.stdout.split('\n')[0]).toMatch(new RegExp(`^trust audit for ${RUNNER}: (PASS|pass|WARN) \\(0 failed`));
    expect(text.stdout).toContain('[pass] Signing key is root-only');
    expect(text.stdout).toMatch(/policy trust=warn: ok/);
  });

  it('as the runner user itself (no root): the same trust checks pass, the key cannot be opened', () => {
    ensureOurProvisioning(secretKey);
    const a = auditAsRunner();
    expect(a.json.user).toBe(RUNNER);
    for (const id of [
      'builds-through-daemon',
      'store-not-writable',
      'trusted-users',
      'daemon-untrusted',
      'require-sigs',
      'sandbox',
      'post-build-hook',
      'signing-key',
      'hook',
      'queue',
      'passwordless-sudo',
    ]) {
      expect(a.byId(id).status, `${id}: ${a.byId(id).seen}`).toBe('pass');
    }
    expect(a.byId('signing-key').seen).toContain(`${RUNNER} cannot read it`);
    // as a consumer would: the substituter itself (here the directory), not our backend with root's credentials
    expect(a.byId('cache-answers')).toMatchObject({ status: 'pass', seen: `${CACHE_URL} (as consumers read it): StoreDir /nix/store` });
    expect(a.byId('passwordless-sudo').seen).toMatch(/password is required|not allowed|not installed/);
  });

  it('fails when the runner user is in trusted-users (configuration and the daemon’s own behaviour)', async () => {
    const dropIn = snapFile(LAYOUT.dropIn)!;
    const line = `trusted-users = root ${RUNNER}`;
    try {
      const a = await auditPlanted(
        async () => {
          writeFileSync(LAYOUT.dropIn, readFileSync(LAYOUT.dropIn, 'utf8') + `${line}\n`);
          await restartDaemon();
          waitForDaemonAsRunner();
        },
        () => readFileSync(LAYOUT.dropIn, 'utf8').includes(line),
      );
      expect(a.byId('trusted-users')).toMatchObject({ status: 'fail', seen: `${line}: ${RUNNER} is trusted through "${RUNNER}"` });
      expect(a.byId('daemon-untrusted')).toMatchObject({ status: 'fail', seen: expect.stringContaining('trusts this user') });
      expect(a.json.verdict).toBe('fail');
      expect(a.json.policy.failStep).toBe(true);
      expect(a.run.code).toBe(1);
      // trust: off reports the same problems but does not fail
      const off = auditAsRoot('off');
      expect(off.byId('trusted-users').status).toBe('fail');
      expect(off.run.code).toBe(0);
    } finally {
      putBack(dropIn);
      await restartDaemon();
      waitForDaemonAsRunner();
    }
    expect(auditAsRoot().byId('daemon-untrusted').status).toBe('pass');
  });

  it('fails when the signing key is readable by others (0444)', async () => {
    try {
      const a = await auditPlanted(
        () => chmodSync(LAYOUT.signingKey, 0o444),
        () => (statSync(LAYOUT.signingKey).mode & 0o777) === 0o444,
      );
      const c = a.byId('signing-key');
      expect(c.status).toBe('fail');
      expect(c.seen).toBe(`${LAYOUT.signingKey} has mode 0444 (group/other bits set), is readable by ${RUNNER}`);
      expect(a.run.code).toBe(1);
    } finally {
      chmodSync(LAYOUT.signingKey, 0o400);
    }
    expect(auditAsRoot().byId('signing-key').status).toBe('pass');
  });

  it('fails when the hook’s directory is writable by everyone (chmod 0777 /etc/nix-trusted-cache)', async () => {
    const mode = statSync(LAYOUT.etcDir).mode & 0o7777;
    try {
      const a = await auditPlanted(
        () => chmodSync(LAYOUT.etcDir, 0o777),
        () => (statSync(LAYOUT.etcDir).mode & 0o777) === 0o777,
      );
      for (const id of ['hook', 'config']) {
        expect(a.byId(id).status).toBe('fail');
        expect(a.byId(id).seen).toContain(`${LAYOUT.etcDir} is world-writable (0777)`);
      }
      expect(a.byId('worker').status).toBe('pass'); // another directory: unaffected
      expect(a.run.code).toBe(1);
    } finally {
      chmodSync(LAYOUT.etcDir, mode);
    }
    expect(auditAsRoot().byId('hook').status).toBe('pass');
  });

  it('fails when the sandbox is off, and warns that the daemon runs an older nix.conf', async () => {
    const dropIn = snapFile(LAYOUT.dropIn)!;
    try {
      const a = await auditPlanted(
        () => {
          writeFileSync(LAYOUT.dropIn, readFileSync(LAYOUT.dropIn, 'utf8') + 'sandbox = false\n');
          // Clearly after the daemon started (the check allows 1 s of clock granularity), however soon an
          // earlier test restarted it.
          const later = new Date(Date.now() + 5000);
          utimesSync(LAYOUT.dropIn, later, later);
        },
        () => readFileSync(LAYOUT.dropIn, 'utf8').includes('sandbox = false'),
      );
      expect(a.byId('sandbox')).toMatchObject({ status: 'fail', seen: 'sandbox = false, sandbox-fallback = false' });
      // the daemon was not restarted: it still runs the previous configuration, and the audit says so
      expect(a.byId('daemon-config-current').status).toBe('warn');
      expect(a.run.code).toBe(1);
    } finally {
      putBack(dropIn); // content and mtime: the daemon's configuration is current again
    }
    const after = auditAsRoot();
    expect(after.byId('sandbox').status).toBe('pass');
  });

  it('warns about passwordless sudo; strict fails the step, warn and off do not', () => {
    expect(sh('sh', ['-c', 'command -v sudo']).code, 'sudo must be installed (apt-get install sudo)').toBe(0);
    try {
      writeFileSync(SUDOERS, `${RUNNER} ALL=(ALL) NOPASSWD: ALL\n`, { mode: 0o440 });
      expect(sh('visudo', ['-c', '-f', SUDOERS]).code).toBe(0);
      const warn = auditAsRoot('warn');
      expect(warn.byId('passwordless-sudo')).toMatchObject({ status: 'warn', seen: `sudo rules for ${RUNNER} include NOPASSWD` });
      expect(warn.json.policy.failStep).toBe(false);
      expect(warn.json.policy.warnings.some((w) => w.startsWith('No passwordless sudo'))).toBe(true);
      expect(warn.run.code).toBe(0);

      const strict = auditAsRoot('strict');
      expect(strict.json.policy.failStep).toBe(true);
      expect(strict.json.policy.reasons).toEqual([expect.stringContaining('NOPASSWD')]);
      expect(strict.run.code).toBe(1);
      expect(auditAsRoot('off').run.code).toBe(0);

      // as the runner user itself: sudo -n true succeeds
      const self = auditAsRunner('strict');
      expect(self.byId('passwordless-sudo')).toMatchObject({
        status: 'warn',
        seen: expect.stringContaining(`sudo -n true succeeds as ${RUNNER}`),
      });
      expect(self.run.code).toBe(1);
    } finally {
      rmSync(SUDOERS, { force: true });
    }
    expect(auditAsRoot('strict').byId('passwordless-sudo').status).toBe('pass');
  });

  it('fails when the signing key is missing', async () => {
    const moved = `${LAYOUT.signingKey}.ntc-audit-moved`;
    try {
      const a = await auditPlanted(
        () => {
          if (existsSync(LAYOUT.signingKey)) renameSync(LAYOUT.signingKey, moved);
        },
        () => !existsSync(LAYOUT.signingKey),
      );
      expect(a.byId('signing-key')).toMatchObject({ status: 'fail', seen: `${LAYOUT.signingKey} is missing` });
      expect(a.run.code).toBe(1);
    } finally {
      if (existsSync(moved)) renameSync(moved, LAYOUT.signingKey);
    }
    expect(auditAsRoot().byId('signing-key').status).toBe('pass');
  });

  it('bad flags: one line on stderr, exit 2', () => {
    const cases: Array<[string[], RegExp]> = [
      [['--bogus'], /Unknown option '--bogus'/],
      [['--user', RUNNER, '--trust', 'maybe'], /--trust must be strict, warn or off, not "maybe"/],
      [['--user', 'ntc-no-such-user'], /no such user "ntc-no-such-user"/],
      [['--user', RUNNER, 'extra'], /unexpected argument "extra"/],
      [[], /running as root, name the user to audit/],
    ];
    for (const [args, message] of cases) {
      const r = sh('node', ['dist/cli.js', 'audit', ...args], { env: { ...process.env, SUDO_USER: '' } });
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    const help = sh('node', ['dist/cli.js', 'audit', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: nix-trusted-cache audit/);
  });
});
