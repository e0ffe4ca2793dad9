/**
 * Issue #4's first claim from scratch: on a machine with no Nix at all (package, store, build users, config
 * and our files removed), the action's main step as root with `install: distro` installs and provisions a
 * multi-user Nix; then a job as the unprivileged runner, with no key, builds 3 derivations, the post step
 * reports exactly those 3, and a second store substitutes them with signatures checked. Then deprovision
 * takes away what provisioning added and says what it leaves.
 */
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { stopSupervisedDaemon } from '../../src/provision/daemon.js';
import { ensureNixDaemon } from '../../src/provision/services.js';
import { runActionStep } from './rig/action.js';
import { BASE_NIX_CONF, buildAsRunner, consumerSubstitutes, describeE2E, ensureNixSetup, RIG_EXTRA_CONF, RUNNER, sh } from './rig/rig.js';

const CACHE_DIR = '/tmp/ntc-distro-cache';

/** Removes every trace of Nix and of our provisioning: the machine as a fresh runner has it. */
async function removeNix(): Promise<void> {
  await stopSupervisedDaemon();
  sh('pkill', ['-x', 'nix-daemon']);
  sh('pkill', ['-f', 'nix-trusted-cache/cli.js worker']);
  const r = sh('apt-get', ['remove', '-y', '-qq', 'nix-bin'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (r.code !== 0) throw new Error(`apt-get remove nix-bin failed: ${r.stderr}`);
  for (const p of [
    '/nix',
    '/etc/nix',
    '/etc/nix-trusted-cache',
    '/var/lib/nix-trusted-cache',
    '/usr/local/lib/nix-trusted-cache',
    CACHE_DIR,
  ]) {
    rmSync(p, { recursive: true, force: true });
  }
  for (let i = 1; i <= 32; i++) sh('userdel', [`nixbld${i}`]);
  sh('groupdel', ['nixbld']);
}

describeE2E('install: distro on a machine with no Nix', () => {
  beforeAll(() => {
    if (sh('id', [RUNNER]).code !== 0) sh('useradd', ['-m', '-s', '/bin/bash', RUNNER]);
  });

  afterAll(async () => {
    // Leave the rig's base configuration in front of our include line, as the other suites expect it.
    if (existsSync('/etc/nix/nix.conf')) {
      const conf = readFileSync('/etc/nix/nix.conf', 'utf8');
      if (!conf.includes('sandbox-paths')) writeFileSync('/etc/nix/nix.conf', BASE_NIX_CONF + conf);
    }
    ensureNixSetup();
    await ensureNixDaemon('/usr/bin', true, () => {});
  });

  it('provisions from nothing as root, then a key-less job uploads its 3 builds', async () => {
    await removeNix();
    expect(existsSync('/usr/bin/nix-store')).toBe(false);
    expect(existsSync('/nix/store')).toBe(false);
    expect(sh('getent', ['group', 'nixbld']).code).not.toBe(0);

    const kg = sh('node', ['dist/cli.js', 'keygen', 'distro-e2e-1']);
    const publicKey = kg.stderr.trim();
    const provision = await runActionStep('main', {
      inputs: { cache: `file://${CACHE_DIR}`, 'signing-key': kg.stdout.trim(), install: 'distro', 'extra-conf': RIG_EXTRA_CONF },
    });
    expect(provision.errors, provision.stdout + provision.stderr).toEqual([]);
    expect(provision.code).toBe(0);
    expect(provision.outputs['public-key']).toBe(publicKey);

    // A multi-user install: the distribution's Nix, a root-owned store for the nixbld group, a daemon.
    expect(existsSync('/usr/bin/nix-store')).toBe(true);
    const store = statSync('/nix/store');
    expect([store.uid, store.mode & 0o7777]).toEqual([0, 0o1775]);
    expect(sh('getent', ['group', 'nixbld']).code).toBe(0);
    expect(readFileSync('/etc/nix/nix.conf', 'utf8')).toContain('include /etc/nix/nix-trusted-cache.conf');
    expect(readFileSync('/etc/nix/nix-trusted-cache.conf', 'utf8')).toMatch(/^build-users-group = nixbld$/m);
    expect(statSync('/etc/nix-trusted-cache/signing-key').mode & 0o7777).toBe(0o400);

    const main = await runActionStep('main', { inputs: {}, asRunner: true });
    expect(main.errors, main.stdout + main.stderr).toEqual([]);
    expect(main.code).toBe(0);
    const paths = buildAsRunner(['distro-a', 'distro-b', 'distro-c']);
    const post = await runActionStep('post', { inputs: { 'drain-timeout': '60' }, asRunner: true, state: main.state });
    expect(post.code, post.stdout + post.stderr).toBe(0);
    expect(post.outputs['uploaded-paths']!.split('\n').sort()).toEqual([...paths].sort());
    expect(post.summary).toContain(paths[0]!);

    const judge = consumerSubstitutes(paths, `file://${CACHE_DIR}`, publicKey);
    expect(judge.code, judge.stderr).toBe(0);
  });

  it('deprovision then takes away all provisioning added, nix.conf too (it made it), and says it leaves Nix', () => {
    const r = sh('node', ['dist/cli.js', 'deprovision', '--drop-queue']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    for (const p of [
      '/etc/nix-trusted-cache',
      '/usr/local/lib/nix-trusted-cache',
      '/var/lib/nix-trusted-cache',
      '/etc/nix/nix-trusted-cache.conf',
    ])
      expect(existsSync(p), p).toBe(false);
    expect(existsSync('/etc/nix/nix.conf')).toBe(false); // there was none before: Debian's nix-bin ships no nix.conf
    expect(r.stdout).toMatch(/^left in place: Nix itself/m);
    expect(existsSync('/usr/bin/nix-store')).toBe(true); // what it leaves, it leaves
  });
});
