import { entryTime } from '../worker/entry.js';
import type { WorkerStatus } from '../worker/status-file.js';

/** Entries enqueued at or after the cursor that the worker has not settled yet, per its status file. */
export function pendingSince(status: WorkerStatus | undefined, cursor: string): number {
  if (!status) return 0;
  const c = BigInt(cursor);
  return [...status.queued, ...status.inflight].filter((id) => entryTime(id) >= c).length;
}

export type DrainState = { done: true; pending: number } | { done: false; pending: number };

/**
 * Decides whether the post step can stop waiting. The worker rewrites its status at least once a second, so
 * a status older than `since` may miss an entry the hook just wrote: wait for a fresh one. A status that stays
 * stale means no worker runs; then what it lists is all there is (the hook starts a worker for any new entry).
 */
export function drainState(status: WorkerStatus | undefined, cursor: string, since: number, now: number): DrainState {
  const pending = pendingSince(status, cursor);
  if (!status) return { done: true, pending: 0 };
  const fresh = status.updatedAt >= since;
  if (fresh && pending === 0) return { done: true, pending: 0 };
  if (!fresh && now - status.updatedAt > 5000 && now - since > 3000) return { done: true, pending };
  return { done: false, pending };
}
