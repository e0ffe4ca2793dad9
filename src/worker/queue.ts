import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareIds, ENTRY_SUFFIX, entryTime, isEntryId, parseEntry, serializeEntry, type QueueEntry } from './entry.js';

/** What the hook writes: `new-<hook pid>` or, when that name was taken, `new-<hook pid>-<n>`. */
const INCOMING = /^new-(\d{1,10})(?:-\d{1,3})?$/;

/** Whether `name` in the queue directory is a file the hook wrote (one the worker adopts). */
export const isIncoming = (name: string): boolean => INCOMING.test(name);
/** An incoming file still without its `.` line after this long was left by a hook that died mid-write. */
const INCOMPLETE_AFTER_MS = 60_000;

/** How much of failed/ is kept: entries younger than maxAgeMs, at most `keep` of them (the newest). */
export interface FailedBounds {
  maxAgeMs: number;
  keep: number;
}
export const FAILED_BOUNDS: FailedBounds = { maxAgeMs: 30 * 24 * 3600 * 1000, keep: 10_000 };

/** The root-only queue directory: `<id>.entry` files, oldest first. */
export class QueueDir {
  constructor(
    readonly dir: string,
    readonly failedDir: string,
  ) {}

  /**
   * Gives each complete file the hook wrote its ordered id, `<mtime in ns>-<hook pid>`, so ids sort in
   * enqueue order (the hook has no clock without starting a program). A file still being written waits;
   * one abandoned half-written is adopted too, and its parse failure is recorded, never dropped.
   */
  adoptIncoming(nowMs = Date.now()): number {
    let adopted = 0;
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return 0;
    }
    for (const name of names) {
      const m = INCOMING.exec(name);
      if (!m) continue;
      const file = join(this.dir, name);
      let st: { mtimeNs: bigint; mtimeMs: bigint };
      let text: string;
      try {
        st = statSync(file, { bigint: true });
        text = readFileSync(file, 'utf8');
      } catch {
        continue; // gone meanwhile
      }
      if (!text.endsWith('\n.\n') && nowMs - Number(st.mtimeMs) < INCOMPLETE_AFTER_MS) continue;
      let ns = st.mtimeNs;
      while (existsSync(this.path(`${ns}-${m[1]}`))) ns++;
      renameSync(file, this.path(`${ns}-${m[1]}`));
      adopted++;
    }
    return adopted;
  }

  ids(): string[] {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return [];
    }
    return names
      .filter((n) => n.endsWith(ENTRY_SUFFIX))
      .map((n) => n.slice(0, -ENTRY_SUFFIX.length))
      .filter(isEntryId)
      .sort(compareIds);
  }

  has(id: string): boolean {
    return existsSync(this.path(id));
  }

  read(id: string): string {
    return readFileSync(this.path(id), 'utf8');
  }

  /** Rewrites an entry atomically (temp file, rename): a crash leaves the old or the new, never half. */
  save(entry: QueueEntry): void {
    const tmp = join(this.dir, `.tmp-w-${entry.id}`);
    writeFileSync(tmp, serializeEntry(entry), { mode: 0o600 });
    renameSync(tmp, this.path(entry.id));
  }

  remove(id: string): void {
    rmSync(this.path(id), { force: true });
  }

  /** Moves an entry that used all its tries to failed/, where `retry` can requeue it. */
  fail(entry: QueueEntry): void {
    mkdirSync(this.failedDir, { recursive: true, mode: 0o700 });
    this.save(entry);
    renameSync(this.path(entry.id), join(this.failedDir, `${entry.id}${ENTRY_SUFFIX}`));
  }

  failedIds(): string[] {
    try {
      return readdirSync(this.failedDir)
        .filter((n) => n.endsWith(ENTRY_SUFFIX))
        .map((n) => n.slice(0, -ENTRY_SUFFIX.length));
    } catch {
      return [];
    }
  }

  /**
   * Bounds failed/: removes entries enqueued more than `maxAgeMs` ago, and the oldest beyond the newest `keep`.
   * Their outcome was written to the ledger when they failed; only the chance to `retry` them goes. Returns the
   * ids removed, oldest first.
   */
  pruneFailed(nowMs: number, bounds: FailedBounds = FAILED_BOUNDS): string[] {
    const ids = this.failedIds().filter(isEntryId).sort(compareIds);
    const oldestKept = BigInt(nowMs - bounds.maxAgeMs) * 1_000_000n;
    const cut = Math.max(ids.length - bounds.keep, 0);
    const pruned = ids.filter((id, i) => i < cut || entryTime(id) < oldestKept);
    for (const id of pruned) rmSync(join(this.failedDir, `${id}${ENTRY_SUFFIX}`), { force: true });
    return pruned;
  }

  /** Puts failed entries back in the queue with fresh tries (outputs already uploaded will be skipped). */
  requeueFailed(): number {
    const ids = this.failedIds();
    for (const id of ids) {
      const file = join(this.failedDir, `${id}${ENTRY_SUFFIX}`);
      const entry = parseEntry(id, readFileSync(file, 'utf8'));
      this.save({ ...entry, attempts: 0, notBefore: 0, done: [] });
      rmSync(file);
    }
    return ids.length;
  }

  private path(id: string): string {
    return join(this.dir, `${id}${ENTRY_SUFFIX}`);
  }
}
