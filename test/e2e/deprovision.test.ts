/**
 * deprovision (issue 13) on the real machine: provision → a build by the runner user → deprovision leaves
 * nix.conf byte for byte as it was (trusted-users line and missing final newline included) and none of our
 * files; it refuses while the queue holds entries; --keep-queue keeps them; builds go on without the hook; the
 * action's deprovision mode does the same from a workflow step.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LAYOUT } from '../../src/layout.js';
import { buildAsRunner, describeE2E, ensureDaemon, provisionRunner, RUNNER, sh, waitForLedgerPaths } from './rig/rig.js';
import { putBack, snapFile, type FileSnap } from './rig/provisioning-snapshot.js';
import { runActionStep } from './rig/action.js';

// Everything provisioning may create; after deprovision none of it may remain.
const OURS = [
  LAYOUT.dropIn,
  LAYOUT.etcDir,
  LAYOUT.libDir,
  LAYOUT.stateDir,
  LAYOUT.queueDir,
  LAYOUT.ledger,
  LAYOUT.workerLog,
  '/etc/systemd/system/nix-trusted-cache-worker.service',
];
const present = () => OURS.filter((p) => existsSync(p));
const deprovision = (...flags: string[]) => sh('node', ['dist/cli.js', 'deprovision', ...flags]);

// nix.conf once the machine is unprovisioned, put back at the end whatever happens (other suites provision
// for themselves: an include of a drop-in that deprovision removed would break every Nix command).
let clean: FileSnap | undefined;
let cacheDir: string;
// nix.conf as an operator might have it: a trusted runner user (provisioning removes it) and no final newline.
let ORIGINAL: string;

function readFileSafe(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** A queue entry as the hook writes it (a `.` line marks it complete), so the queue is not empty. */
function plantEntry(): string {
  const file = join(LAYOUT.queueDir, `new-${process.pid}-planted`);
  writeFileSync(file, '/nix/store/0123456789abcdfghijklmnpqrsvwxyz-x.drv\n\n.\n', { mode: 0o600 });
  return file;
}

describeE2E('deprovision: provision → build → deprovision leaves the machine as it was (issue 13)', () => {
  beforeAll(async () => {
    // Start from an unprovisioned machine (other suites provision it), with the operator's nix.conf.
    expect(deprovision('--drop-queue').code).toBe(0);
    clean = snapFile(LAYOUT.nixConf);
    ORIGINAL = `${readFileSafe(LAYOUT.nixConf).replace(/\n$/, '')}\ntrusted-users = root ${RUNNER}\n# operator's note, no newline`;
    writeFileSync(LAYOUT.nixConf, ORIGINAL, { mode: 0o644 });
    cacheDir = mkdtempSync(join(tmpdir(), 'ntc-deprov-cache-'));
    await ensureDaemon();
  });

  afterAll(async () => {
    deprovision('--drop-queue');
    if (clean) putBack(clean);
    rmSync(cacheDir, { recursive: true, force: true });
    await ensureDaemon();
  });

  it('refuses while an entry waits in the queue and removes nothing; --drop-queue then restores nix.conf exactly', async () => {
    expect(present()).toEqual([]);
    const p = provisionRunner({ cacheUrl: `file://${cacheDir}` });
    expect(readFileSync(LAYOUT.nixConf, 'utf8')).not.toBe(ORIGINAL); // the include, and the runner untrusted
    await ensureDaemon();
    const [out] = buildAsRunner(['deprov-a']);
    const ledger = await waitForLedgerPaths([out!]);
    expect(ledger.get(out!)?.status).toBe('uploaded');
    expect(p.publicKey).toMatch(/^e2e-/);

    const entry = plantEntry();
    const refused = deprovision();
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/queue holds 1 entr/);
    expect(refused.stderr).toMatch(/--drop-queue|--keep-queue/);
    expect(refused.stderr).not.toMatch(/\n\s+at /); // one line, no stack trace
    expect(existsSync(entry)).toBe(true);
    expect(existsSync(LAYOUT.signingKey)).toBe(true);
    expect(readFileSync(LAYOUT.nixConf, 'utf8')).toContain(`include ${LAYOUT.dropIn}`);

    const done = deprovision('--drop-queue');
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toMatch(/dropped 1 entr/);
    expect(readFileSync(LAYOUT.nixConf, 'utf8')).toBe(ORIGINAL);
    expect(statSync(LAYOUT.nixConf).mode & 0o777).toBe(0o644);
    expect(present()).toEqual([]);
  });

  it('after deprovision, builds still work and run no hook of ours; a second deprovision has nothing to do', async () => {
    await ensureDaemon();
    const [out] = buildAsRunner(['deprov-after']);
    expect(out).toMatch(/^\/nix\/store\//);
    expect(existsSync(LAYOUT.queueDir)).toBe(false); // the daemon ran no hook that would have made it
    expect(readdirSync(cacheDir).filter((n) => n.endsWith('.narinfo'))).toHaveLength(1); // only the first build's
    const again = deprovision();
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/nothing to remove/);
  });

  it('--keep-queue keeps the unsent entries and the ledger, and says so; everything else goes', async () => {
    provisionRunner({ cacheUrl: `file://${cacheDir}` });
    await ensureDaemon();
    const entry = plantEntry();
    const kept = deprovision('--keep-queue');
    expect(kept.code, kept.stderr).toBe(0);
    expect(kept.stdout).toMatch(/left in place: 1 entry in .*queue/);
    expect(existsSync(entry)).toBe(true);
    expect(existsSync(LAYOUT.ledger)).toBe(true);
    for (const gone of [LAYOUT.signingKey, LAYOUT.hook, LAYOUT.config, LAYOUT.worker, LAYOUT.dropIn])
      expect(existsSync(gone), gone).toBe(false);
    expect(readFileSync(LAYOUT.nixConf, 'utf8')).toBe(ORIGINAL);
  });

  it('as an action mode (deprovision: drop-queue): the same undo from a workflow step, and post has nothing to report', async () => {
    provisionRunner({ cacheUrl: `file://${cacheDir}` });
    await ensureDaemon();
    plantEntry();
    const refused = await runActionStep('main', { inputs: { deprovision: 'true' } });
    expect(refused.code).toBe(1);
    expect(refused.errors.join('\n')).toMatch(/queue holds \d+ entr/); // the planted one, and what test 3 kept
    expect(existsSync(LAYOUT.signingKey)).toBe(true);

    const main = await runActionStep('main', { inputs: { deprovision: 'drop-queue' } });
    expect(main.code, main.stdout + main.stderr).toBe(0);
    expect(main.log).toMatch(/dropped \d+ entr/);
    expect(present()).toEqual([]);
    expect(readFileSync(LAYOUT.nixConf, 'utf8')).toBe(ORIGINAL);
    const post = await runActionStep('post', { inputs: {}, state: main.state });
    expect(post.code).toBe(0);
    expect(post.log).toContain('the runner was deprovisioned; nothing to report');
  });
});
