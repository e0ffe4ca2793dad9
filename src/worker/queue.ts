import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareIds, ENTRY_SUFFIX, isEntryId, parseEntry, serializeEntry, type QueueEntry } from './entry.js';

/** The root-only queue directory: `<id>.entry` files, oldest first. */
export class QueueDir {
  constructor(
    readonly dir: string,
    readonly failedDir: string,
  ) {}

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
