/**
 * State that only grew (issue 11, item 5), as an attack: a runner whose ledger holds 1 GiB of history (a busy
 * persistent runner, or a release before rotation) and whose queue holds 100,000 entries (a flood of builds
 * while the cache was away; planted as root, as the hook writes them: no runner can build that many in a test).
 * Then a pull-request job as the runner user, through the runner protocol: main, one build, post.
 *
 * Before: the post step read the ledger whole (one string: over 512 MiB it cannot even be read, and the step
 * failed), the worker listed and sorted the queue after every entry and rewrote status.json with every queued
 * id on every change (quadratic), failed/ grew by 100,000 files. Now: the post step reads only what was written
 * since its main step, status.json stays small, failed/ is pruned to its bound, the ledger rotates, and every
 * one of the 100,000 entries still gets its ledger line (nothing lost).
 */
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LAYOUT } from '../../src/layout.js';
import { LEDGER_ROTATE_BYTES, previousGeneration, scanLedgerFile, type LedgerLine } from '../../src/worker/ledger.js';
import { FAILED_BOUNDS } from '../../src/worker/queue.js';
import { STATUS_QUEUED_MAX } from '../../src/worker/status-file.js';
import { runActionStep } from './rig/action.js';
import { buildAsRunner, describeE2E, ensureDaemon, NIX_VERSION, provisionRunner, sh, stopWorkers } from './rig/rig.js';

const HISTORY_BYTES = 1024 * 1024 * 1024;
const FLOOD = 100_000;
const FLOOD_DRV = (i: number) => `/nix/store/0123456789abcdfghijklmnpqrsvwxyz-flood-${i}.drv`;

let cacheDir: string;
let ledgerBefore = '';
let failedBefore = new Set<string>();

/** 1 GiB of ledger lines as earlier jobs left them, written a 1 MiB block at a time. */
function writeHistory(file: string): void {
  const day = BigInt(Date.now() - 86_400_000) * 1_000_000n;
  let block = '';
  for (let i = 0; block.length < 1024 * 1024 - 400; i++) {
    const line: LedgerLine = {
      seq: `${day + BigInt(i)}-7`,
      drv: `/nix/store/00000000000000000000000000000000-history-${i}.drv`,
      path: `/nix/store/00000000000000000000000000000000-history-${i}`,
      status: 'uploaded',
      class: 'input-addressed',
      key: 'history-1',
      narSize: 4096,
      fileSize: 1024,
      seconds: 0.01,
      attempts: 1,
      time: new Date(Date.now() - 86_400_000).toISOString(),
    };
    block += JSON.stringify(line) + '\n';
  }
  const fd = openSync(file, 'a', 0o644);
  const buf = Buffer.from(block);
  for (let n = statSync(file).size; n < HISTORY_BYTES; n += buf.length) writeSync(fd, buf);
  closeSync(fd);
}

/** 100,000 entries enqueued ten minutes ago, as the hook writes them, for derivations long gone. */
function writeFlood(): string[] {
  const t = BigInt(Date.now() - 600_000) * 1_000_000n;
  const ids: string[] = [];
  for (let i = 0; i < FLOOD; i++) {
    const id = `${t + BigInt(i)}-${(i % 30000) + 2}`;
    writeFileSync(join(LAYOUT.queueDir, `${id}.entry`), `${FLOOD_DRV(i)}\n\n.\n`, { mode: 0o600 });
    ids.push(id);
  }
  return ids;
}

describeE2E('bounded state: a 1 GiB ledger and 100,000 queued entries (issue 11, item 5)', () => {
  beforeAll(async () => {
    cacheDir = mkdtempSync(join(tmpdir(), 'ntc-bounds-cache-'));
    provisionRunner({ cacheUrl: `file://${cacheDir}` });
    await ensureDaemon();
    await stopWorkers();
    ledgerBefore = existsSync(LAYOUT.ledger) ? readFileSync(LAYOUT.ledger, 'utf8') : '';
    failedBefore = new Set(existsSync(LAYOUT.failedDir) ? readdirSync(LAYOUT.failedDir) : []);
  });

  afterAll(async () => {
    // Leave the machine as the other suites expect it: their helpers read the ledger whole.
    await stopWorkers();
    rmSync(previousGeneration(LAYOUT.ledger), { force: true });
    writeFileSync(LAYOUT.ledger, ledgerBefore, { mode: 0o644 });
    for (const n of existsSync(LAYOUT.failedDir) ? readdirSync(LAYOUT.failedDir) : []) {
      if (!failedBefore.has(n)) rmSync(join(LAYOUT.failedDir, n), { force: true });
    }
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it(
    'the job reports just its build, reading only its part of the ledger; the flood settles within bounds, nothing lost',
    { timeout: 1_200_000 },
    async () => {
      writeHistory(LAYOUT.ledger);
      const historySize = statSync(LAYOUT.ledger).size;
      expect(historySize).toBeGreaterThanOrEqual(HISTORY_BYTES);
      const flood = writeFlood();

      const main = await runActionStep('main', { inputs: {}, asRunner: true });
      expect(main.errors, main.stdout + main.stderr).toEqual([]);
      const t0 = Date.now();
      const [mine] = buildAsRunner(['bounds-mine']); // its hook starts the worker, which finds the flood first

      // While the worker drains: status.json stays small, failed/ stays near its bound.
      let statusMax = 0;
      let failedMax = 0;
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          try {
            statusMax = Math.max(statusMax, statSync(LAYOUT.status).size);
            failedMax = Math.max(failedMax, readdirSync(LAYOUT.failedDir).length);
          } catch {
            // not written yet
          }
          await new Promise((r) => setTimeout(r, 250));
        }
      })();
      const post = await runActionStep('post', { inputs: { 'drain-timeout': '900' }, asRunner: true, state: main.state });
      const drainSeconds = (Date.now() - t0) / 1000;
      sampling = false;
      await sampler;

      expect(post.code, post.stdout + post.stderr).toBe(0);
      expect(post.errors).toEqual([]);
      // the 100,000 failures were enqueued before this job: none is counted as the job's
      expect(post.outputs['uploaded-paths']).toBe(mine);
      expect(post.outputs['failed-count']).toBe('0');
      expect(post.outputs['pending-count']).toBe('0');
      // it read what was written since main, not the 1 GiB before it
      const read = /read ([\d.]+) (B|KiB|MiB|GiB) of the ledger/.exec(post.stdout);
      expect(read, post.stdout).not.toBeNull();
      const readBytes = Number(read![1]) * { B: 1, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3 }[read![2] as 'B'];
      expect(readBytes).toBeLessThan(100 * 1024 * 1024); // the flood's own lines (about 35 MiB), never the history

      // bounds: status.json lists at most the newest STATUS_QUEUED_MAX ids; failed/ is pruned; the ledger rotated
      expect(statusMax).toBeLessThan(STATUS_QUEUED_MAX * 100 + 4096);
      // failed/: at most 1.5 × keep while the flood drains, pruned to keep once the queue is empty
      expect(failedMax).toBeLessThanOrEqual(FAILED_BOUNDS.keep * 1.5 + 100);
      const failedKept = () => readdirSync(LAYOUT.failedDir).filter((n) => !failedBefore.has(n)).length;
      for (let i = 0; i < 100 && failedKept() > FAILED_BOUNDS.keep; i++) await new Promise((r) => setTimeout(r, 100));
      const failedNow = failedKept();
      expect(failedNow).toBeLessThanOrEqual(FAILED_BOUNDS.keep);
      expect(statSync(previousGeneration(LAYOUT.ledger)).size).toBeGreaterThanOrEqual(historySize);
      expect(statSync(LAYOUT.ledger).size).toBeLessThan(LEDGER_ROTATE_BYTES);
      expect(readFileSync(LAYOUT.workerLog, 'utf8')).toMatch(/pruned \d+ entries from failed\//);

      // nothing lost: every flooded entry has its line (the rotated generation's tail, then the current file)
      const settled = new Set<string>();
      const seqs = new Set(flood);
      const take = (l: LedgerLine) => {
        if (seqs.has(l.seq) && l.status === 'failed') settled.add(l.seq);
      };
      scanLedgerFile(previousGeneration(LAYOUT.ledger), historySize, take);
      scanLedgerFile(LAYOUT.ledger, 0, take);
      expect(settled.size).toBe(FLOOD);
      expect(readdirSync(LAYOUT.queueDir).filter((n) => n.endsWith('.entry'))).toEqual([]);

      // `status` reads the kept ledger a chunk at a time: over 1 GiB and it still answers
      const st = sh('node', ['dist/cli.js', 'status', '--json']);
      expect(st.code, st.stderr).toBe(0);
      const report = JSON.parse(st.stdout) as { queued: number; settled: { failed: number; uploaded: number } };
      expect(report.queued).toBe(0);
      expect(report.settled.failed).toBeGreaterThanOrEqual(FLOOD);

      process.stdout.write(
        `\n[state bounds, ${NIX_VERSION}] ${FLOOD} entries enqueued, ${settled.size} settled (ledger lines), ${failedNow} kept in failed/ (max ${failedMax}); ` +
          `status.json at most ${statusMax} B; post read ${read![1]} ${read![2]} of a ${(historySize / 1024 ** 3).toFixed(2)} GiB ledger; ` +
          `flood + job drained in ${drainSeconds.toFixed(1)} s\n`,
      );
    },
  );
});
