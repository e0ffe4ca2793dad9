/**
 * `status` tells the truth about the queue (issue 13): as root it counts the queue directory itself, so an
 * entry waiting with no worker to take it makes it exit 1 (for cron, Nagios, a systemd timer) as soon as the
 * oldest entry is a minute old; once a worker drains the queue it exits 0 again, naming the last upload.
 */
import { closeSync, mkdtempSync, openSync, rmSync, utimesSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LAYOUT } from '../../src/layout.js';
import { readLedger } from '../../src/worker/ledger.js';
import { buildAsRunner, describeE2E, ensureDaemon, provisionRunner, sh, stopWorkers, waitForLedgerPaths } from './rig/rig.js';

let cacheDir: string;
const status = (...args: string[]) => sh('node', ['dist/cli.js', 'status', ...args]);

describeE2E('status: a stuck queue exits 1, a drained one 0 (issue 13)', () => {
  beforeAll(async () => {
    cacheDir = mkdtempSync(join(tmpdir(), 'ntc-status-cache-'));
    provisionRunner({ cacheUrl: `file://${cacheDir}` });
    await ensureDaemon();
  });

  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  it('an entry queued two minutes ago with no worker: exit 1 and why; a worker drains it: exit 0', async () => {
    const [first] = buildAsRunner(['status-first']);
    await waitForLedgerPaths([first!]);
    await stopWorkers();
    // What the hook writes (complete: the `.` line), as if it had waited two minutes for a worker.
    const entry = join(LAYOUT.queueDir, `new-${process.pid}-7`); // the names the hook gives
    const fd = openSync(entry, 'wx', 0o600);
    writeSync(fd, `/nix/store/0123456789abcdfghijklmnpqrsvwxyz-stuck.drv\n${first}\n.\n`);
    closeSync(fd);
    const twoMinutesAgo = new Date(Date.now() - 120_000);
    utimesSync(entry, twoMinutesAgo, twoMinutesAgo);

    const stuck = status();
    expect(stuck.code, stuck.stdout + stuck.stderr).toBe(1);
    // (other suites' builds may be queued too: the oldest is ours)
    expect(stuck.stdout).toMatch(/STUCK: +\d+ entries queued, the oldest for 1[12]\d s, and no worker runs/);
    expect(stuck.stdout).toMatch(/^installed: \S+ \(this build\)$/m);
    expect(stuck.stdout).toContain(`last upload: `);
    const json = JSON.parse(status('--json').stdout) as { stuck?: string; source: string; lastUpload?: { path: string } };
    expect(json.source).toBe('queue');
    expect(json.stuck).toMatch(/no worker runs/);
    // the ledger's last upload (other suites' builds share this worker: not necessarily ours)
    const lastInLedger = readLedger(LAYOUT.ledger)
      .filter((l) => l.status === 'uploaded')
      .at(-1);
    expect(json.lastUpload?.path).toBe(lastInLedger?.path);

    // The next build's hook starts a worker, which drains the queue (the planted entry included).
    const [next] = buildAsRunner(['status-next']);
    await waitForLedgerPaths([next!]);
    for (let i = 0; i < 100 && status().code !== 0; i++) await new Promise((r) => setTimeout(r, 100));
    const ok = status();
    expect(ok.code, ok.stdout).toBe(0);
    expect(ok.stdout).toMatch(/queued: +0/);
    expect(ok.stdout).toContain(`last upload: `);
  });
});
