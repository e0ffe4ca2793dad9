/**
 * The real-parts test rig (docs/architecture.md, "Test rig"): a real nix-daemon started as root, an unprivileged build user,
 * s3rver on 127.0.0.1, and a second, empty Nix store as the judge of uploads. Tests that use it change the
 * machine, so they run only with NTC_E2E=1 (set by .ci/run); locally they are skipped with a message.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import { startSupervisedDaemon } from '../../../src/provision/daemon.js';
import { processAlive } from '../../../src/core/process.js';
import { LAYOUT } from '../../../src/layout.js';
import { workerProcesses } from '../../../src/worker/worker-pid.js';

export const E2E = process.env.NTC_E2E === '1';
import { ensureNixSetup, RUNNER } from './nix-setup.js';

export { BASE_NIX_CONF, ensureNixSetup, RUNNER } from './nix-setup.js';

/** The Nix these suites run against (the matrix runs them on several), named in every suite's title. */
export const NIX_VERSION = (() => {
  const r = spawnSync('nix', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim().replace(/^nix \(Nix\) /, 'Nix ') : 'no Nix installed';
})();

/** `describe` for e2e suites: runs with NTC_E2E=1, else skips saying why. In CI, skipping is an error. */
export function describeE2E(name: string, fn: () => void): void {
  if (E2E) {
    if (process.getuid?.() !== 0) throw new Error('e2e tests need root (they start nix-daemon and add users)');
    describe(`${name} [${NIX_VERSION}]`, fn);
    return;
  }
  if (process.env.CI) throw new Error(`e2e suite "${name}" would be skipped in CI: set NTC_E2E=1 (see .ci/run)`);
  describe.skip(`${name} [skipped: set NTC_E2E=1 and run as root to use the real nix-daemon rig]`, fn);
}

export interface RunOut {
  code: number;
  stdout: string;
  stderr: string;
}

export function sh(cmd: string, args: string[], opts: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}): RunOut {
  const r = spawnSync(cmd, args, {
    input: opts.input ?? '',
    env: opts.env ?? process.env,
    cwd: opts.cwd,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  return { code: r.status ?? 1, stdout: r.stdout ?? '', stderr: (r.stderr ?? '') + (r.error ? String(r.error) : '') };
}

/** Runs a command as the unprivileged runner user, through the daemon, with a clean environment. */
export function asRunner(cmd: string, args: string[], opts: { input?: string; env?: Record<string, string> } = {}): RunOut {
  const env = [
    'HOME=/home/' + RUNNER,
    'PATH=/usr/local/bin:/usr/bin:/bin',
    'NIX_REMOTE=daemon',
    ...Object.entries(opts.env ?? {}).map(([k, v]) => `${k}=${v}`),
  ];
  return sh('runuser', ['-u', RUNNER, '--', 'env', '-i', ...env, cmd, ...args], { input: opts.input ?? '' });
}

export async function ensureDaemon(): Promise<number> {
  ensureNixSetup();
  return startSupervisedDaemon('nix-daemon', 'nix-store');
}

let counter = 0;
/**
 * Builds trivial derivations as the runner user; `salt` makes them new store paths. Each writes `bytes`
 * of payload. Returns the output paths in order.
 */
export function buildAsRunner(
  names: string[],
  opts: {
    salt?: string;
    bytes?: number;
    dependOnFirst?: boolean;
    /** more shell for each builder (no double quotes) */ script?: string;
  } = {},
): string[] {
  const salt = opts.salt ?? `${process.pid}-${Date.now()}-${counter++}`;
  const dir = mkdtempSync(join(tmpdir(), 'ntc-build-'));
  chmodSync(dir, 0o755);
  const file = join(dir, 'default.nix');
  const payload = (opts.bytes ? `head -c ${opts.bytes} /dev/zero >> $out;` : '') + (opts.script ? ` ${opts.script};` : '');
  const drvs = names
    .map((n, i) => {
      const dep = opts.dependOnFirst && i > 0 ? `dep = d0;` : '';
      const depLine = opts.dependOnFirst && i > 0 ? 'echo $dep >> $out;' : '';
      return `d${i} = derivation { name = ${JSON.stringify(n)}; system = builtins.currentSystem; builder = "/bin/sh"; ${dep} salt = ${JSON.stringify(salt)}; args = [ "-c" "echo ${n} $salt > $out; ${depLine}${payload}" ]; };`;
    })
    .join('\n');
  writeFileSync(file, `let\n${drvs}\nin [ ${names.map((_, i) => `d${i}`).join(' ')} ]\n`);
  chmodSync(file, 0o644);
  let r = asRunner('nix-build', ['--no-out-link', file]);
  // A suite that restarts the daemon (provisioning, fault tests) leaves the socket briefly unanswered.
  for (let i = 0; i < 20 && r.code !== 0 && /cannot connect to socket/.test(r.stderr); i++) {
    spawnSync('sleep', ['0.5']);
    r = asRunner('nix-build', ['--no-out-link', file]);
  }
  if (r.code !== 0) throw new Error(`nix-build as ${RUNNER} failed: ${r.stderr}`);
  return r.stdout.split('\n').filter(Boolean);
}

/**
 * The judge: a fresh, empty Nix store (a chroot store in a temp dir) substitutes `paths` from `substituter`
 * with require-sigs and only `publicKey` trusted. Returns the command's result.
 */
export function consumerSubstitutes(
  paths: string[],
  substituter: string,
  publicKey: string,
  extra: string[] = [],
): RunOut & { storeDir: string } {
  const storeDir = mkdtempSync(join(tmpdir(), 'ntc-consumer-'));
  const r = sh('nix-store', [...consumerArgs(storeDir, paths, substituter, publicKey), ...extra]);
  return { ...r, storeDir };
}

/** nix-store's arguments for the judge: realise `paths` into `storeDir` from `substituter`, only `publicKey` trusted. */
export function consumerArgs(storeDir: string, paths: string[], substituter: string, publicKey: string): string[] {
  return [
    '--store',
    storeDir,
    '--realise',
    ...paths,
    '--option',
    'substituters',
    substituter,
    '--option',
    'trusted-public-keys',
    publicKey,
    '--option',
    'require-sigs',
    'true',
    '--option',
    'build-users-group',
    '',
    '--max-jobs',
    '0',
  ];
}

/** Stops the workers running the installed bundle (SIGTERM), and waits up to 5 s for them to exit. */
export async function stopWorkers(): Promise<void> {
  const pids = workerProcesses(LAYOUT.node, LAYOUT.worker);
  for (const pid of pids) process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 100 && pids.some(processAlive); i++) await new Promise((r) => setTimeout(r, 50));
}

/** The rig's extra nix.conf for provisioned runners: offline, busybox as the sandbox's /bin/sh. */
export const RIG_EXTRA_CONF = 'sandbox-paths = /bin/sh=/bin/busybox\nsubstituters =';

export interface Provisioned {
  publicKey: string;
  secretKey: string;
  report: {
    publicKey: string;
    substituter: string;
    changed: string[];
    daemonPid?: number;
    daemonRestarted: boolean;
    fixedOutputPublicKey?: string;
  };
}

/**
 * Provisions this machine through the real CLI bundle as root, with a fresh key (unless given), secrets on
 * stdin, short retry backoff, and the runner user untrusted. Returns the key pair and the provision report.
 */
export function provisionRunner(opts: {
  cacheUrl: string;
  secretKey?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
  fixedOutputSigningKey?: string;
  extraArgs?: string[];
}): Provisioned {
  ensureNixSetup();
  let secretKey = opts.secretKey;
  if (!secretKey) {
    const kg = sh('node', ['dist/cli.js', 'keygen', `e2e-${process.pid}-${counter++}`]);
    if (kg.code !== 0) throw new Error(`keygen failed: ${kg.stderr}`);
    secretKey = kg.stdout.trim();
  }
  const secrets = JSON.stringify({
    signingKey: secretKey,
    ...(opts.credentials ? { credentials: opts.credentials } : {}),
    ...(opts.fixedOutputSigningKey ? { fixedOutputSigningKey: opts.fixedOutputSigningKey } : {}),
  });
  const r = sh(
    'node',
    [
      'dist/cli.js',
      'provision',
      '--cache',
      opts.cacheUrl,
      '--secrets-stdin',
      '--install',
      'auto',
      '--untrust-user',
      RUNNER,
      '--retry-base-ms',
      '100',
      '--extra-conf',
      RIG_EXTRA_CONF,
      '--json',
      ...(opts.extraArgs ?? []),
    ],
    { input: secrets },
  );
  if (r.code !== 0) throw new Error(`provision failed (${r.code}): ${r.stderr}`);
  const report = JSON.parse(r.stdout) as Provisioned['report'];
  return { publicKey: report.publicKey, secretKey, report };
}

/** Waits until the worker has settled `n` ledger lines beyond `before` (or throws after `timeoutMs`). */
export async function waitForLedger(before: number, n: number, timeoutMs = 60_000): Promise<Array<Record<string, unknown>>> {
  const { readFileSync } = await import('node:fs');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const lines = readFileSync('/var/lib/nix-trusted-cache/ledger.jsonl', 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    if (lines.length >= before + n) return lines.slice(before);
    if (Date.now() > deadline) throw new Error(`ledger has ${lines.length - before} of ${n} expected new lines after ${timeoutMs / 1000}s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export function ledgerLength(): number {
  try {
    return sh('cat', ['/var/lib/nix-trusted-cache/ledger.jsonl']).stdout.split('\n').filter(Boolean).length;
  } catch {
    return 0;
  }
}

/** Waits until the ledger has a line for each of `paths` (written after line `from`); returns them by path. */
export async function waitForLedgerPaths(paths: string[], timeoutMs = 90_000, from = 0): Promise<Map<string, Record<string, unknown>>> {
  const { readFileSync } = await import('node:fs');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = new Map<string, Record<string, unknown>>();
    const lines = readFileSync('/var/lib/nix-trusted-cache/ledger.jsonl', 'utf8').split('\n').filter(Boolean).slice(from);
    for (const l of lines) {
      const rec = JSON.parse(l) as Record<string, unknown>;
      if (paths.includes(rec.path as string)) found.set(rec.path as string, rec);
    }
    if (found.size === paths.length) return found;
    if (Date.now() > deadline)
      throw new Error(
        `ledger has ${found.size} of ${paths.length} paths after ${timeoutMs / 1000}s: missing ${paths.filter((p) => !found.has(p)).join(' ')}`,
      );
    await new Promise((r) => setTimeout(r, 200));
  }
}
