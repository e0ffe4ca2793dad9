/**
 * A systemd runner end to end (issue 14): inside a Debian root booted under systemd-nspawn (scripts/nspawn-root.sh,
 * run by the systemd stage of scripts/test.mjs), with nix-bin and nix-setup-systemd's socket-activated
 * nix-daemon, and Debian's own /etc/nix/nix.conf saying `sandbox = false` (as bookworm ships it; set so on sid).
 *
 *   (a) provision restarts nix-daemon.service through systemd (the socket stays), enables and starts our unit;
 *       provisioning again restarts nothing; a config change while the service is stopped is left to socket
 *       activation, and the service it starts runs the new configuration;
 *   (b) a pull-request job as the unprivileged runner user (the runner protocol) gets its builds uploaded, a
 *       fresh store substitutes them with only our key trusted, and a non-root consumer reads the file:// cache
 *       (files 0644, directories 0755, although the unit runs the worker with UMask=0077);
 *   (c) the audit and the attack suite's key and hook checks pass under systemd;
 *   (d) the worker survives kill -9 (Restart=always) with nothing lost;
 *   (e) a failing systemctl fails provisioning with one clear line;
 *   (f) deprovision stops, disables and removes the unit.
 *
 * The container is thrown away after the run (nspawn --volatile=overlay): every run starts from the root as built.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LAYOUT } from '../../src/layout.js';
import { ROOT, runActionStep } from './rig/action.js';
import {
  asRunner,
  buildAsRunner,
  consumerArgs,
  consumerSubstitutes,
  describeE2E,
  ensureNixSetup,
  ledgerLength,
  provisionRunner,
  RUNNER,
  sh,
  waitForLedgerPaths,
  type Provisioned,
} from './rig/rig.js';

const IN_CONTAINER = process.env.NTC_SYSTEMD === '1';
const UNIT = 'nix-trusted-cache-worker.service';
const UNIT_FILE = `/etc/systemd/system/${UNIT}`;
const CACHE_DIR = '/var/cache/ntc-systemd-e2e/cache';
const CACHE_URL = `file://${CACHE_DIR}`;
const CONSUMER = 'ntc-consumer';

/** One property of a unit, as systemd reports it. */
function prop(unit: string, name: string): string {
  const r = sh('systemctl', ['show', '-p', name, '--value', unit]);
  if (r.code !== 0) throw new Error(`systemctl show ${unit}: ${r.stderr}`);
  return r.stdout.trim();
}

/** The process's start time in clock ticks since boot (field 22 of /proc/PID/stat). */
function startTicks(pid: string): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
}

async function until(what: string, ok: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const keygen = (name: string) => {
  const r = sh('node', ['dist/cli.js', 'keygen', name]);
  if (r.code !== 0) throw new Error(`keygen: ${r.stderr}`);
  return { secretKey: r.stdout.trim(), publicKey: r.stderr.trim() };
};

/** Every file and directory under `dir` with a mode other than 0644 / 0755. */
function badModes(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      const st = lstatSync(p);
      const mode = st.mode & 0o7777;
      if (st.isDirectory()) {
        if (mode !== 0o755) out.push(`${p} ${mode.toString(8)}`);
        walk(p);
      } else if (mode !== 0o644) out.push(`${p} ${mode.toString(8)}`);
    }
  };
  walk(dir);
  return out;
}

/** The judge as an unprivileged consumer: its own store, only our key trusted, reading the cache directory. */
function consumerAsUser(paths: string[], publicKey: string) {
  const store = `/home/${CONSUMER}/store-${Date.now()}`;
  const env = ['HOME=/home/' + CONSUMER, 'PATH=/usr/bin:/bin', `NIX_CONF_DIR=/home/${CONSUMER}`];
  return sh('runuser', ['-u', CONSUMER, '--', 'env', '-i', ...env, 'nix-store', ...consumerArgs(store, paths, CACHE_URL, publicKey)]);
}

function describeSystemd(name: string, fn: () => void): void {
  if (!IN_CONTAINER) {
    // The matrix (scripts/test.mjs) runs this file in its systemd stage and fails when it did not pass there.
    describe.skip(`${name} [skipped: runs only inside the systemd container (scripts/nspawn-root.sh, NTC_SYSTEMD=1)]`, fn);
    return;
  }
  if (!existsSync('/run/systemd/system')) throw new Error('NTC_SYSTEMD=1 but systemd is not the init here (/run/systemd/system missing)');
  describeE2E(name, fn);
}

describeSystemd('systemd runner', () => {
  let prov: Provisioned;
  let built: string[] = [];

  beforeAll(() => {
    ensureNixSetup();
    // Debian's nix-setup-systemd lets only the nix-users group reach the daemon's socket (its admin adds users)
    sh('usermod', ['-a', '-G', 'nix-users', RUNNER]);
    if (sh('id', [CONSUMER]).code !== 0) sh('useradd', ['-m', '-s', '/bin/sh', CONSUMER]);
    mkdirSync(`/home/${CONSUMER}`, { recursive: true });
    mkdirSync(CACHE_DIR.replace(/\/cache$/, ''), { recursive: true, mode: 0o755 });
  });

  it("starts from Debian's own setup: a socket-activated nix-daemon unit and nix.conf's sandbox = false", () => {
    expect(prop('nix-daemon.socket', 'ActiveState')).toBe('active');
    expect(prop('nix-daemon.service', 'TriggeredBy')).toContain('nix-daemon.socket');
    // bookworm's nix-bin ships `sandbox = false`; sid's ships `sandbox = true`: there, an admin's edit (the
    // container is thrown away after the run) sets the case our drop-in must win against
    const conf = readFileSync('/etc/nix/nix.conf', 'utf8');
    if (!/^sandbox = false$/m.test(conf))
      writeFileSync(
        '/etc/nix/nix.conf',
        /^sandbox = /m.test(conf) ? conf.replace(/^sandbox = .*$/m, 'sandbox = false') : `${conf}sandbox = false\n`,
      );
    expect(readFileSync('/etc/nix/nix.conf', 'utf8')).toMatch(/^sandbox = false$/m);
  });

  it('provision restarts nix-daemon.service through systemd (the socket stays) and starts the enabled worker unit', async () => {
    sh('systemctl', ['start', 'nix-daemon.service']);
    const socketRun = prop('nix-daemon.socket', 'InvocationID');
    const daemonBefore = prop('nix-daemon.service', 'MainPID');
    prov = provisionRunner({ cacheUrl: CACHE_URL });
    expect(prov.report.daemonRestarted).toBe(true);
    const daemonAfter = prop('nix-daemon.service', 'MainPID');
    expect(daemonAfter).not.toBe(daemonBefore);
    expect(String(prov.report.daemonPid)).toBe(daemonAfter);
    expect(prop('nix-daemon.socket', 'InvocationID')).toBe(socketRun);
    expect(sh('systemctl', ['is-enabled', UNIT]).stdout.trim()).toBe('enabled');
    await until(
      'the worker unit to run and write its pid file',
      () => prop(UNIT, 'ActiveState') === 'active' && existsSync(LAYOUT.workerPid),
    );
    // the worker the unit runs (under the hook's flock) is the one the pid file names
    const worker = readFileSync(LAYOUT.workerPid, 'utf8').split(' ')[0]!;
    expect(sh('ps', ['-o', 'ppid=', '-p', worker]).stdout.trim()).toBe(prop(UNIT, 'MainPID'));
  });

  it('provisioning again restarts neither nix-daemon nor the worker', () => {
    const daemon = prop('nix-daemon.service', 'MainPID');
    const worker = prop(UNIT, 'MainPID');
    const again = provisionRunner({ cacheUrl: CACHE_URL, secretKey: prov.secretKey });
    expect(again.report.daemonRestarted).toBe(false);
    expect(again.report.changed).toEqual([]);
    expect(prop('nix-daemon.service', 'MainPID')).toBe(daemon);
    expect(prop(UNIT, 'MainPID')).toBe(worker);
  });

  it('a pull-request job as the runner user: its builds are uploaded and substituted with only our key trusted', async () => {
    const main = await runActionStep('main', { inputs: {}, asRunner: true });
    expect(main.errors, main.stdout + main.stderr).toEqual([]);
    expect(main.outputs['public-key']).toBe(prov.publicKey);
    built = buildAsRunner(['systemd-a', 'systemd-b', 'systemd-c'], { dependOnFirst: true });
    const post = await runActionStep('post', { inputs: { 'drain-timeout': '60' }, asRunner: true, state: main.state });
    expect(post.errors, post.stdout + post.stderr).toEqual([]);
    const uploaded = post.outputs['uploaded-paths']!.split('\n');
    for (const p of built) expect(uploaded).toContain(p);
    expect(post.outputs['pending-count']).toBe('0');
    const c = consumerSubstitutes(built, CACHE_URL, prov.publicKey);
    expect(c.code, c.stderr).toBe(0);
    rmSync(c.storeDir, { recursive: true, force: true });
  });

  it('the daemon really runs with our settings over Debian’s sandbox = false', () => {
    // what the daemon process was started with: the configuration it reads from nix.conf and our drop-in
    const conf = sh('nix', ['--extra-experimental-features', 'nix-command', 'show-config']).stdout;
    expect(conf).toMatch(/^sandbox = true$/m);
    expect(conf).toMatch(new RegExp(`^post-build-hook = ${LAYOUT.hook}$`, 'm'));
    const a = JSON.parse(sh('node', ['dist/cli.js', 'audit', '--user', RUNNER, '--json', '--trust', 'warn']).stdout) as {
      checks: { id: string; status: string; seen: string }[];
    };
    const failing = a.checks.filter((c) => c.status === 'fail').map((c) => `${c.id}: ${c.seen}`);
    expect(failing).toEqual([]);
    for (const id of ['sandbox', 'post-build-hook', 'daemon-untrusted', 'trusted-users', 'require-sigs', 'signing-key', 'worker'])
      expect(a.checks.find((c) => c.id === id)?.status, id).toBe('pass');
    // and the daemon builds in its sandbox: inside one, the machine's /etc/nix is not there
    const [probe] = buildAsRunner(['sandbox-probe'], {
      script: 'if [ -e /etc/nix/nix.conf ]; then echo open; else echo sandboxed; fi >> $out',
    });
    expect(readFileSync(probe!, 'utf8')).toContain('sandboxed');
  });

  it('a runner user outside nix-users is told by the audit that it may not reach the socket, and how to fix it', () => {
    const outsider = 'ntc-outsider';
    if (sh('id', [outsider]).code !== 0) sh('useradd', ['-m', '-s', '/bin/sh', outsider]);
    const env = ['PATH=/usr/bin:/bin', `HOME=/home/${outsider}`];
    const r = sh('runuser', ['-u', outsider, '--', 'env', '-i', ...env, process.execPath, join(ROOT, 'dist/cli.js'), 'audit', '--json']);
    const a = JSON.parse(r.stdout) as { checks: { id: string; status: string; seen: string; fix: string }[] };
    const daemon = a.checks.find((c) => c.id === 'builds-through-daemon');
    expect(daemon?.status, r.stdout).toBe('fail');
    expect(daemon?.seen).toMatch(/may not reach the daemon socket/);
    expect(daemon?.fix).toMatch(new RegExp(`usermod -aG nix-users ${outsider}`));
  });

  it('a non-root consumer reads the file:// cache: files 0644, directories 0755, whatever the unit’s UMask', () => {
    expect(readFileSync(UNIT_FILE, 'utf8')).toMatch(/^UMask=0077$/m);
    expect(badModes(CACHE_DIR)).toEqual([]);
    expect(statSync(CACHE_DIR).mode & 0o7777).toBe(0o755);
    const r = consumerAsUser(built, prov.publicKey);
    expect(r.code, r.stderr).toBe(0);
    const other = keygen('not-ours-1');
    const refused = consumerAsUser(built, other.publicKey);
    expect(refused.code).not.toBe(0); // the judge is a real one: another key substitutes nothing
  });

  it('the runner user cannot read the key, and its --option post-build-hook and secret-key-files are ignored', async () => {
    const cat = asRunner('cat', [LAYOUT.signingKey]);
    expect(cat.code).not.toBe(0);
    expect(cat.stderr).toMatch(/Permission denied/);
    const d = `/tmp/ntc-systemd-attack-${Date.now()}`;
    mkdirSync(d, { mode: 0o755 });
    const marker = join(d, 'evil-hook-ran');
    writeFileSync(join(d, 'hook'), `#!/bin/sh\ntouch ${marker}\n`, { mode: 0o755 });
    const attacker = keygen('attacker-1');
    writeFileSync(join(d, 'attacker.sk'), attacker.secretKey, { mode: 0o644 });
    writeFileSync(
      join(d, 'x.nix'),
      `derivation { name = "opt-attack"; system = builtins.currentSystem; builder = "/bin/sh"; salt = "${Date.now()}"; args = ["-c" "echo hi > $out"]; }`,
      { mode: 0o644 },
    );
    const before = ledgerLength();
    const r = asRunner('nix-build', [
      '--no-out-link',
      join(d, 'x.nix'),
      '--option',
      'post-build-hook',
      join(d, 'hook'),
      '--option',
      'secret-key-files',
      join(d, 'attacker.sk'),
    ]);
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout.trim();
    await waitForLedgerPaths([out], 60_000, before); // our hook ran, through the daemon
    expect(existsSync(marker)).toBe(false);
    const sigs = sh('nix', ['--extra-experimental-features', 'nix-command', 'path-info', '--sigs', out]).stdout;
    expect(sigs).not.toContain('attacker-1:');
  });

  it('the worker survives kill -9 (Restart=always) and nothing queued is lost', async () => {
    const unitPid = prop(UNIT, 'MainPID');
    const restarts = Number(prop(UNIT, 'NRestarts'));
    const before = ledgerLength();
    const paths = buildAsRunner(['killed-a', 'killed-b', 'killed-c'], { bytes: 8 << 20 });
    const worker = readFileSync(LAYOUT.workerPid, 'utf8').split(' ')[0]!;
    expect(sh('kill', ['-9', worker]).code).toBe(0);
    await until(
      'systemd to restart the worker unit',
      () => Number(prop(UNIT, 'NRestarts')) > restarts && prop(UNIT, 'ActiveState') === 'active',
    );
    expect(prop(UNIT, 'MainPID')).not.toBe(unitPid);
    const more = buildAsRunner(['after-kill']); // and builds after the restart are uploaded too
    const ledger = await waitForLedgerPaths([...paths, ...more], 90_000, before);
    for (const rec of ledger.values()) expect(rec.status, JSON.stringify(rec)).toMatch(/^(uploaded|skipped)$/);
    const c = consumerSubstitutes([...paths, ...more], CACHE_URL, prov.publicKey);
    expect(c.code, c.stderr).toBe(0);
    rmSync(c.storeDir, { recursive: true, force: true });
  });

  it('a config change while nix-daemon.service is stopped restarts nothing: socket activation starts it with the new config', () => {
    sh('systemctl', ['stop', 'nix-daemon.service']);
    expect(prop('nix-daemon.socket', 'ActiveState')).toBe('active');
    const socketRun = prop('nix-daemon.socket', 'InvocationID');
    const extra = keygen('extra-1').publicKey;
    const r = provisionRunner({ cacheUrl: CACHE_URL, secretKey: prov.secretKey, extraArgs: ['--extra-trusted-public-keys', extra] });
    expect(r.report.changed).toContain('nix.conf');
    expect(r.report.daemonRestarted).toBe(false);
    // provisioning's own first connection started the service through the socket, after the drop-in changed
    expect(prop('nix-daemon.service', 'ActiveState')).toBe('active');
    expect(prop('nix-daemon.socket', 'InvocationID')).toBe(socketRun);
    const pid = prop('nix-daemon.service', 'MainPID');
    expect(String(r.report.daemonPid)).toBe(pid);
    const bootMs = Date.now() - Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]) * 1000;
    expect(bootMs + (startTicks(pid) * 1000) / 100).toBeGreaterThan(statSync(LAYOUT.dropIn).mtimeMs - 1000);
    expect(readFileSync(LAYOUT.dropIn, 'utf8')).toContain(extra);
    buildAsRunner(['socket-activated']);
  });

  it('a failing systemctl fails provisioning with one clear line (no stack trace)', () => {
    const dropInDir = `${UNIT_FILE}.d`;
    mkdirSync(dropInDir, { recursive: true });
    writeFileSync(join(dropInDir, 'broken.conf'), '[Service]\nExecStartPre=/bin/false\n');
    try {
      sh('systemctl', ['daemon-reload']);
      const other = keygen('rotated-1'); // a new key: the worker must restart
      const r = sh('node', ['dist/cli.js', 'provision', '--cache', CACHE_URL, '--secrets-stdin', '--untrust-user', RUNNER], {
        input: JSON.stringify({ signingKey: other.secretKey }),
      });
      expect(r.code).toBe(1);
      const lines = r.stderr.trim().split('\n');
      expect(lines.at(-1)).toMatch(new RegExp(`systemctl start ${UNIT} failed: Job for ${UNIT} failed.*journalctl -u ${UNIT}`));
      expect(r.stderr).not.toMatch(/^\s+at /m);
    } finally {
      rmSync(dropInDir, { recursive: true, force: true });
      sh('systemctl', ['daemon-reload']);
    }
    provisionRunner({ cacheUrl: CACHE_URL, secretKey: prov.secretKey });
    expect(prop(UNIT, 'ActiveState')).toBe('active');
  });

  it('deprovision stops, disables and removes the unit, and restarts nix-daemon without our hook', () => {
    const daemon = prop('nix-daemon.service', 'MainPID');
    const r = sh('node', ['dist/cli.js', 'deprovision', '--drop-queue']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain(`stopped and disabled ${UNIT}`);
    expect(existsSync(UNIT_FILE)).toBe(false);
    expect(existsSync(`/etc/systemd/system/multi-user.target.wants/${UNIT}`)).toBe(false);
    expect(prop(UNIT, 'LoadState')).toBe('not-found');
    expect(sh('pgrep', ['-f', LAYOUT.worker]).code).toBe(1);
    expect(prop('nix-daemon.service', 'MainPID')).not.toBe(daemon);
    const conf = sh('nix', ['--extra-experimental-features', 'nix-command', 'show-config']).stdout;
    expect(conf).not.toContain(LAYOUT.hook);
  });
});
