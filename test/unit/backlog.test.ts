import { describe, expect, it } from 'vitest';
import { Backlog } from '../../src/worker/backlog.js';

// The worker's view of the queue (src/worker/backlog.ts), over a fake queue that counts its listings.

/** A queue whose listing is whatever `listed` holds; counts adoptIncoming and ids calls. */
class FakeQueue {
  listed: string[];
  adopted: number[] = []; // the `now` of each adoptIncoming call
  listings = 0;
  constructor(n: number) {
    this.listed = ids(n);
  }
  adoptIncoming(now?: number): number {
    this.adopted.push(now ?? -1);
    return 0;
  }
  ids(): string[] {
    this.listings++;
    return [...this.listed];
  }
}

const ids = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `${1750000000000000000n + BigInt(from + i)}-1`);
const T = 1_750_000_000_000; // ms
const all = () => true;

/** Takes every id the backlog offers now. */
function drain(b: Backlog, startable: (id: string) => boolean = all): string[] {
  const out: string[] = [];
  for (let id = b.take(startable); id !== undefined; id = b.take(startable)) out.push(id);
  return out;
}

describe('Backlog.refresh: when the queue is listed', () => {
  it('lists on the first call, adopting what the hook wrote first, and notes when', () => {
    const q = new FakeQueue(3);
    const b = new Backlog(q, 1000);
    expect(b.scannedAt).toBe(0);
    expect(b.refresh(T)).toBe(true);
    expect(q.listings).toBe(1);
    expect(q.adopted).toEqual([T]);
    expect(b.scannedAt).toBe(T);
    expect(b.waiting()).toBe(3);
  });

  it('without a change: not again before rescanMs, then again', () => {
    const q = new FakeQueue(3);
    const b = new Backlog(q, 1000);
    b.refresh(T);
    expect(b.refresh(T + 1)).toBe(false);
    expect(b.refresh(T + 999)).toBe(false);
    expect(q.listings).toBe(1);
    expect(b.scannedAt).toBe(T);
    expect(b.refresh(T + 1000)).toBe(true);
    expect(q.listings).toBe(2);
    expect(b.scannedAt).toBe(T + 1000);
    expect(b.refresh(T + 1500)).toBe(false);
    expect(b.refresh(T + 2000)).toBe(true);
  });

  it('a small listing (under 1000) is listed again at once when the queue changed', () => {
    const q = new FakeQueue(999);
    const b = new Backlog(q, 1000);
    b.refresh(T);
    expect(b.take(all)).toBe(q.listed[0]); // far from exhausted
    b.markChanged();
    q.listed.push(...ids(1, 5000));
    expect(b.refresh(T + 1)).toBe(true);
    expect(q.listings).toBe(2);
    expect(b.waiting()).toBe(1000);
    // the change was consumed by that listing: no other one before rescanMs
    expect(b.refresh(T + 2)).toBe(false);
    expect(q.listings).toBe(2);
  });

  it('a large listing (1000 or more) is not listed again on a change before rescanMs, while listed ids wait', () => {
    for (const n of [1000, 5000]) {
      const q = new FakeQueue(n);
      const b = new Backlog(q, 1000);
      b.refresh(T);
      for (let i = 0; i < n - 1; i++) b.take(all); // all but the last taken
      for (let t = 1; t < 1000; t += 37) {
        b.markChanged();
        expect(b.refresh(T + t)).toBe(false);
      }
      expect(q.listings).toBe(1);
      expect(b.refresh(T + 1000)).toBe(true);
      expect(q.listings).toBe(2);
    }
  });

  it('a large listing all taken is not listed again on a change before rescanMs: taken entries are still in the queue', () => {
    const q = new FakeQueue(2000);
    const b = new Backlog(q, 1000);
    b.refresh(T);
    expect(drain(b)).toHaveLength(2000);
    b.markChanged();
    expect(b.refresh(T + 1)).toBe(false);
    expect(b.refresh(T + 1000)).toBe(true);
    expect(q.listings).toBe(2);
    expect(b.scannedAt).toBe(T + 1000);
  });

  it('ids offered and refused (in backoff) do not make a large listing due: a flood of changes costs no listing', () => {
    const q = new FakeQueue(1500);
    const b = new Backlog(q, 1000);
    b.refresh(T);
    expect(drain(b, () => false)).toEqual([]);
    for (let i = 1; i < 100; i++) {
      b.markChanged();
      expect(b.refresh(T + i)).toBe(false);
    }
    expect(q.listings).toBe(1);
  });

  it('once fewer than 1000 listed entries remain in the queue, a change lists again at once', () => {
    const q = new FakeQueue(1500);
    const b = new Backlog(q, 1000);
    b.refresh(T);
    for (let i = 0; i < 500; i++) b.settle(b.take(all)!);
    b.markChanged();
    expect(b.refresh(T + 1)).toBe(false); // 1000 still wait
    b.settle(b.take(all)!);
    b.markChanged();
    expect(b.refresh(T + 2)).toBe(true);
  });

  it('an empty listing is exhausted: a change lists again at once', () => {
    const q = new FakeQueue(0);
    const b = new Backlog(q, 60_000);
    b.refresh(T);
    expect(b.waiting()).toBe(0);
    b.markChanged();
    q.listed = ids(2);
    expect(b.refresh(T + 1)).toBe(true);
    expect(drain(b)).toEqual(q.listed);
  });

  it('rescanMs defaults to a second', () => {
    const q = new FakeQueue(5000);
    const b = new Backlog(q);
    b.refresh(T);
    b.markChanged();
    expect(b.refresh(T + 999)).toBe(false);
    expect(b.refresh(T + 1000)).toBe(true);
  });
});

describe('Backlog.take', () => {
  it('offers each listed id once, in order, skipping those the predicate refuses', () => {
    const q = new FakeQueue(6);
    const [a, b1, c, d, e, f] = q.listed as [string, string, string, string, string, string];
    const b = new Backlog(q, 1000);
    b.refresh(T);
    const asked: string[] = [];
    const refuse = new Set([b1, d]);
    const startable = (id: string) => (asked.push(id), !refuse.has(id));
    expect(b.take(startable)).toBe(a);
    expect(b.take(startable)).toBe(c);
    expect(b.take(startable)).toBe(e);
    expect(b.take(startable)).toBe(f);
    expect(b.take(startable)).toBeUndefined();
    expect(asked).toEqual([a, b1, c, d, e, f]); // each asked about once
    // refused ids are not offered again before the next listing
    refuse.clear();
    expect(b.take(startable)).toBeUndefined();
    expect(asked).toHaveLength(6);
  });

  it('a new listing offers every id again, from the oldest', () => {
    const q = new FakeQueue(3);
    const b = new Backlog(q, 1000);
    b.refresh(T);
    expect(drain(b, (id) => id !== q.listed[1])).toEqual([q.listed[0], q.listed[2]]);
    b.refresh(T + 1000);
    expect(drain(b)).toEqual(q.listed);
  });

  it('skips ids settled since the listing; a new listing forgets them', () => {
    const q = new FakeQueue(4);
    const [a, b1, c, d] = q.listed as [string, string, string, string];
    const b = new Backlog(q, 1000);
    b.refresh(T);
    b.settle(b1);
    b.settle(d);
    const asked: string[] = [];
    expect(drain(b, (id) => (asked.push(id), true))).toEqual([a, c]);
    expect(asked).toEqual([a, c]);
    // b1 and d left the queue: the next listing does not have them, and nothing is remembered as settled
    q.listed = [a, c];
    b.refresh(T + 1000);
    expect(b.waiting()).toBe(2);
    expect(drain(b)).toEqual([a, c]);
  });
});

describe('Backlog.waiting and newest', () => {
  it('waiting: the listed ids not settled since the listing (taken ones still wait until settled)', () => {
    const q = new FakeQueue(5);
    const b = new Backlog(q, 1000);
    expect(b.waiting()).toBe(0);
    b.refresh(T);
    expect(b.waiting()).toBe(5);
    b.take(all);
    b.take(all);
    expect(b.waiting()).toBe(5);
    b.settle(q.listed[0]!);
    expect(b.waiting()).toBe(4);
    b.settle(q.listed[4]!);
    expect(b.waiting()).toBe(3);
    b.settle(q.listed[4]!); // settled twice: counted once
    expect(b.waiting()).toBe(3);
  });

  it('newest(max, skip): the newest max listed ids still waiting, oldest first, without skipped and settled ones', () => {
    const q = new FakeQueue(10);
    const l = q.listed;
    const b = new Backlog(q, 1000);
    expect(b.newest(3, () => false)).toEqual([]);
    b.refresh(T);
    expect(b.newest(3, () => false)).toEqual([l[7], l[8], l[9]]);
    expect(b.newest(100, () => false)).toEqual(l);
    expect(b.newest(0, () => false)).toEqual([]);
    b.settle(l[9]!);
    b.settle(l[6]!);
    const skip = (id: string) => id === l[8];
    expect(b.newest(3, skip)).toEqual([l[4], l[5], l[7]]);
    expect(b.newest(100, skip)).toEqual([l[0], l[1], l[2], l[3], l[4], l[5], l[7]]);
  });

  it('newest of a large listing stays bounded', () => {
    const q = new FakeQueue(5000);
    const b = new Backlog(q, 1000);
    b.refresh(T);
    const out = b.newest(1000, () => false);
    expect(out).toEqual(q.listed.slice(4000));
  });
});
