import { chmodSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

/**
 * status.json (0644): what the root-only queue holds, for readers who cannot list it (the runner user's post
 * step, `status`). The worker rewrites it on every change and at least once a second (`updatedAt`), so a
 * reader can tell a fresh view from a stale one.
 */
export interface WorkerStatus {
  pid: number;
  updatedAt: number; // ms epoch
  queued: string[]; // entry ids waiting (including those in backoff)
  inflight: string[];
  failed: number; // entries moved to failed/ after their last try
}

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
