import { chmodSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

/**
 * status.json (0644): what the root-only queue holds, for readers who cannot list it (the runner user's post
 * step, `status`). Its size is bounded (the newest STATUS_QUEUED_MAX ids and a count, whatever the queue holds),
 * and the worker writes it at most every STATUS_MIN_INTERVAL_MS while the queue changes, and at least once a
 * second (`updatedAt`), so a reader can tell a fresh view from a stale one.
 */
export interface WorkerStatus {
  pid: number;
  updatedAt: number; // ms epoch
  /** When the worker last listed the queue (ms epoch): an entry enqueued before this is in the counts below. */
  scannedAt?: number; // absent: releases before bounds, which listed it at every write
  queued: string[]; // the newest STATUS_QUEUED_MAX ids waiting (including those in backoff), oldest first
  queuedCount?: number; // how many wait in all (absent: releases before bounds, whose `queued` listed all)
  inflight: string[];
  failed: number; // entries moved to failed/ after their last try
}

export const STATUS_QUEUED_MAX = 1000;
export const STATUS_MIN_INTERVAL_MS = 250;

/** Entries waiting, from either release's form of the file. */
export const queuedTotal = (s: WorkerStatus): number => s.queuedCount ?? s.queued.length;

export function writeStatus(file: string, status: WorkerStatus): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify(status) + '\n', { mode: 0o644 });
  chmodSync(tmp, 0o644); // the hook starts the worker with umask 077; the runner user must read this
  renameSync(tmp, file);
}

export function readStatus(file: string): WorkerStatus | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as WorkerStatus;
  } catch {
    return undefined;
  }
}

/**
 * Coalesces the worker's status writes: a queue that changes a thousand times a second is written four times,
 * and one that does not change is still written once a second (the heartbeat readers judge liveness by).
 */
export class StatusWriter {
  private writtenAt = 0;
  private dirty = false;

  constructor(
    private readonly file: string,
    private readonly write: (file: string, s: WorkerStatus) => void = writeStatus,
  ) {}

  changed(): void {
    this.dirty = true;
  }

  /** Writes now, due or not (the worker's last word before it exits). */
  flush(now: number, view: () => Omit<WorkerStatus, 'updatedAt'>): void {
    this.write(this.file, { ...view(), updatedAt: now });
    this.writtenAt = now;
    this.dirty = false;
  }

  /** Writes when due; `view` is only built then. Returns the ms until the next write is due. */
  tick(now: number, view: () => Omit<WorkerStatus, 'updatedAt'>): number {
    const since = now - this.writtenAt;
    if (since >= 1000 || (this.dirty && since >= STATUS_MIN_INTERVAL_MS)) {
      this.flush(now, view);
      return 1000;
    }
    return this.dirty ? STATUS_MIN_INTERVAL_MS - since : 1000 - since;
  }
}
