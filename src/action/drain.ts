import { entryTime } from '../worker/entry.js';
import { queuedTotal, type WorkerStatus } from '../worker/status-file.js';

/** Entries enqueued at or after the cursor that the worker has not settled yet, per its status file. */
export function pendingSince(status: WorkerStatus | undefined, cursor: string): number {
  if (!status) return 0;
  const c = BigInt(cursor);
  return [...status.queued, ...status.inflight].filter((id) => entryTime(id) >= c).length;
}

/**
 * Whether pendingSince is only a floor: the status file lists just the newest entries (src/worker/status-file.ts),
 * and even the oldest it lists was enqueued after the cursor, so older ones of this job may wait unlisted.
 */
export function pendingIsFloor(status: WorkerStatus | undefined, cursor: string): boolean {
  if (!status || queuedTotal(status) <= status.queued.length) return false;
  const c = BigInt(cursor);
  return status.queued.length > 0 && status.queued.every((id) => entryTime(id) >= c);
}

export type DrainState = { done: boolean; pending: number };

/**
 * Decides whether the post step can stop waiting. The worker lists the queue at least once a second, so a
 * listing older than `since` may miss an entry the hook just wrote: wait for a fresh one. A status that stays
 * stale means no worker runs; then what it lists is all there is (the hook starts a worker for any new entry).
 */
export function drainState(status: WorkerStatus | undefined, cursor: string, since: number, now: number): DrainState {
  const pending = pendingSince(status, cursor);
  if (!status) return { done: true, pending: 0 };
  const fresh = (status.scannedAt ?? status.updatedAt) >= since;
  if (fresh && pending === 0 && !pendingIsFloor(status, cursor)) return { done: true, pending: 0 };
  if (status.updatedAt < since && now - status.updatedAt > 5000 && now - since > 3000) return { done: true, pending };
  return { done: false, pending };
}
