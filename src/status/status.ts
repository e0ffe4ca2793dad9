/**
 * The queue's health and what the worker settled, from the truest source this user can read: the queue
 * directory itself (root), else the worker's status file. One implementation for `status`, the post step and
 * the audit, so they cannot disagree.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LAYOUT, type RunnerConfig } from '../layout.js';
import { entryTime } from '../worker/entry.js';
import { isIncoming } from '../worker/queue.js';
import { previousGeneration, scanLedgerFile, type LedgerLine } from '../worker/ledger.js';
import { queuedTotal, readStatus, type WorkerStatus } from '../worker/status-file.js';
import { liveWorkerPid } from '../worker/worker-pid.js';
import { installedRelease, ownBundleSha256 } from '../build-info.js';

/** config.json (0644: readable by every user), or undefined when not provisioned or unreadable. */
function readConfig(): RunnerConfig | undefined {
  try {
    return JSON.parse(readFileSync(LAYOUT.config, 'utf8')) as RunnerConfig;
  } catch {
    return undefined;
  }
}

/** Entries waiting longer than this with no live, progressing worker: the queue is stuck. */
export const STUCK_AFTER_MS = 60_000;

export interface StatusReport {
  worker: { running: boolean; pid?: number; updatedAt?: string };
  /** Where the queue figures come from: the queue directory itself (root), or the worker's status file. */
  source: 'queue' | 'status-file';
  queued: number;
  inflight: number;
  oldestSeconds?: number;
  failedEntries: number;
  settled: Record<'uploaded' | 'skipped' | 'failed' | 'refused' | 'withheld', number>;
  /** The release provisioned here, and whether it is this CLI's own bundle (undefined: cannot tell). */
  installed?: { version: string; bundleSha256?: string; matches?: boolean };
  lastUpload?: { path: string; time: string };
  lastError?: { path: string; time: string; status: 'failed' | 'refused'; reason: string };
  stuck?: string; // why, when the queue is stuck
}

export interface StatusFacts {
  status?: WorkerStatus;
  livePid?: number; // the pid file's worker, when that very process is alive (pid and start time)
  queue?: { enqueuedMs: number[] }; // every entry in the queue directory, when it can be read (root)
  settled: StatusReport['settled'];
  installed?: StatusReport['installed'];
  lastUpload?: StatusReport['lastUpload'];
  lastError?: StatusReport['lastError'];
  now: number;
}

/** The report from what was read: pure, so every case is unit-tested. */
export function summarizeStatus(f: StatusFacts): StatusReport {
  const s = f.status;
  const running = f.livePid !== undefined;
  const fromFile = s ? queuedTotal(s) + s.inflight.length : 0;
  // The status file lists the newest ids only: its oldest is a lower bound on how long the oldest waits.
  const enqueued = f.queue
    ? f.queue.enqueuedMs
    : [...(s?.queued ?? []), ...(s?.inflight ?? [])].map((id) => Number(entryTime(id) / 1_000_000n));
  const report: StatusReport = {
    worker: { running, ...(f.livePid ? { pid: f.livePid } : {}) },
    source: f.queue ? 'queue' : 'status-file',
    queued: f.queue ? f.queue.enqueuedMs.length : fromFile,
    inflight: running ? (s?.inflight.length ?? 0) : 0,
    failedEntries: s?.failed ?? 0,
    settled: f.settled,
  };
  if (s) report.worker.updatedAt = new Date(s.updatedAt).toISOString();
  if (f.installed) report.installed = f.installed;
  if (f.lastUpload) report.lastUpload = f.lastUpload;
  if (f.lastError) report.lastError = f.lastError;
  if (enqueued.length > 0) report.oldestSeconds = Math.max(0, Math.round((f.now - enqueued.reduce((a, b) => Math.min(a, b))) / 1000));
  const old = (report.oldestSeconds ?? 0) * 1000 >= STUCK_AFTER_MS;
  if (report.queued > 0 && old && !running)
    report.stuck = `${report.queued} entries queued, the oldest for ${report.oldestSeconds} s, and no worker runs`;
  else if (report.queued > 0 && old && s && f.now - s.updatedAt >= STUCK_AFTER_MS)
    report.stuck = `${report.queued} entries queued, and the worker (pid ${f.livePid}) has not reported for ${Math.round((f.now - s.updatedAt) / 1000)} s`;
  return report;
}

/** Every entry's enqueue time, from the queue directory itself; undefined when this user cannot list it. */
function readQueue(dir: string): StatusFacts['queue'] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return undefined;
  }
  const enqueuedMs: number[] = [];
  for (const n of names) {
    if (n.endsWith('.entry')) enqueuedMs.push(Number(entryTime(n.slice(0, -'.entry'.length)) / 1_000_000n));
    else if (isIncoming(n)) {
      try {
        enqueuedMs.push(statSync(join(dir, n)).mtimeMs); // written by the hook, not adopted yet
      } catch {
        // adopted meanwhile
      }
    }
  }
  return { enqueuedMs };
}

/**
 * `queueOnly` reads only what the queue's health needs (the post step and the audit ask just that): not the
 * ledger (it can be large), nor the installed release (hashing the bundle).
 */
export function collectStatus(now = Date.now(), opts: { queueOnly?: boolean } = {}): StatusReport {
  const settled = { uploaded: 0, skipped: 0, failed: 0, refused: 0, withheld: 0 };
  const facts: StatusFacts = { settled, now };
  const count = (l: LedgerLine) => {
    if (l.status in settled) settled[l.status]++;
    if (l.status === 'uploaded') facts.lastUpload = { path: l.path, time: l.time };
    if (l.status === 'failed' || l.status === 'refused')
      facts.lastError = { path: l.path, time: l.time, status: l.status, reason: l.reason ?? '' };
  };
  // The kept ledger (the previous generation, then the current), a chunk at a time: never one string.
  if (!opts.queueOnly) for (const f of [previousGeneration(LAYOUT.ledger), LAYOUT.ledger]) scanLedgerFile(f, 0, count);
  const installed = opts.queueOnly ? undefined : installedRelease(readConfig(), ownBundleSha256());
  if (installed) facts.installed = installed;
  const status = readStatus(LAYOUT.status);
  if (status) facts.status = status;
  const pid = liveWorkerPid(LAYOUT.workerPid);
  if (pid) facts.livePid = pid;
  const queue = readQueue(LAYOUT.queueDir);
  if (queue) facts.queue = queue;
  return summarizeStatus(facts);
}
