import type { QueueDir } from './queue.js';

/** Below this many listed entries, a new entry in the queue directory is listed at once. */
const SMALL_QUEUE = 1000;

/**
 * The worker's view of the queue: the ids in enqueue order, as of the last listing, and how far the worker
 * has got through them. Listing (readdir and sort) is what costs with a large queue, so a new entry is listed
 * at once only while the queue is small; otherwise the queue is listed once per `rescanMs`. A flood of N
 * entries costs about one listing a second, not one per entry (which was O(N²)).
 */
export class Backlog {
  private ids: string[] = [];
  private next = 0;
  private changed = true;
  private settled = new Set<string>(); // listed entries that left the queue since the listing
  scannedAt = 0; // when the listing was taken (ms epoch): status.json's readers judge freshness by it

  constructor(
    private readonly queue: Pick<QueueDir, 'adoptIncoming' | 'ids'>,
    private readonly rescanMs = 1000,
  ) {}

  /** The hook wrote a new entry (the watcher saw it): list the queue again when that is due. */
  markChanged(): void {
    this.changed = true;
  }

  /** Lists the queue again when due; true when it did. */
  refresh(now: number): boolean {
    const soon = this.changed && this.ids.length - this.settled.size < SMALL_QUEUE;
    if (!soon && now - this.scannedAt < this.rescanMs) return false;
    this.changed = false;
    this.queue.adoptIncoming(now);
    this.ids = this.queue.ids();
    this.next = 0;
    this.settled.clear();
    this.scannedAt = now;
    return true;
  }

  /** The next listed id that `startable` accepts, oldest first; each listed id is offered once per listing. */
  take(startable: (id: string) => boolean): string | undefined {
    while (this.next < this.ids.length) {
      const id = this.ids[this.next++]!;
      if (!this.settled.has(id) && startable(id)) return id;
    }
    return undefined;
  }

  /** An entry left the queue (uploaded, settled or moved to failed/). */
  settle(id: string): void {
    this.settled.add(id);
  }

  /** How many listed entries are still in the queue. */
  waiting(): number {
    return this.ids.length - this.settled.size;
  }

  /** The newest `max` listed ids still in the queue, oldest first, leaving out those `skip` says. */
  newest(max: number, skip: (id: string) => boolean): string[] {
    const out: string[] = [];
    for (let i = this.ids.length - 1; i >= 0 && out.length < max; i--) {
      const id = this.ids[i]!;
      if (!this.settled.has(id) && !skip(id)) out.push(id);
    }
    return out.reverse();
  }
}
