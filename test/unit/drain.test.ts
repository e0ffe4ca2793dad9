import { describe, expect, it } from 'vitest';
import { drainState, pendingIsFloor, pendingSince } from '../../src/action/drain.js';
import { cursorNow } from '../../src/worker/entry.js';
import type { WorkerStatus } from '../../src/worker/status-file.js';

const NOW = 1_750_000_000_000; // ms
const CURSOR = cursorNow(NOW);
/** An entry id enqueued `dms` milliseconds after the cursor (negative: before it). */
const id = (dms: number, pid = 42) => `${(BigInt(NOW + dms) * 1_000_000n).toString()}-${pid}`;

function status(o: Partial<WorkerStatus>): WorkerStatus {
  return { pid: 1, updatedAt: NOW, queued: [], inflight: [], failed: 0, ...o };
}

describe('pendingSince', () => {
  it('counts queued and in-flight entries enqueued at or after the cursor', () => {
    const s = status({ queued: [id(-1), id(0), id(5)], inflight: [id(-5000), id(1)] });
    expect(pendingSince(s, CURSOR)).toBe(3);
  });

  it('compares enqueue times as numbers, nanosecond exact', () => {
    const justBefore = `${(BigInt(CURSOR) - 1n).toString()}-1`;
    const atCursor = `${CURSOR}-1`;
    expect(pendingSince(status({ queued: [justBefore] }), CURSOR)).toBe(0);
    expect(pendingSince(status({ queued: [atCursor] }), CURSOR)).toBe(1);
    // a shorter id (an older time) is not "later" just because it sorts so as text
    expect(pendingSince(status({ queued: ['99999999999999999-1'] }), CURSOR)).toBe(0);
  });

  it('is 0 without a status file', () => {
    expect(pendingSince(undefined, CURSOR)).toBe(0);
  });
});

describe('drainState', () => {
  const since = NOW + 100; // the post step started after the cursor

  it('is done at once when no worker ever wrote a status', () => {
    expect(drainState(undefined, CURSOR, since, since)).toEqual({ done: true, pending: 0 });
  });

  it('is done when a status written after the post step started shows nothing pending', () => {
    expect(drainState(status({ updatedAt: since, queued: [id(-10)] }), CURSOR, since, since + 10)).toEqual({ done: true, pending: 0 });
  });

  it('waits while entries since the cursor are queued or in flight', () => {
    expect(drainState(status({ updatedAt: since + 50, queued: [id(10)] }), CURSOR, since, since + 60)).toEqual({ done: false, pending: 1 });
    expect(drainState(status({ updatedAt: since + 50, inflight: [id(10)] }), CURSOR, since, since + 60)).toEqual({
      done: false,
      pending: 1,
    });
  });

  it('waits for a fresh status even when the old one shows nothing (the hook may just have enqueued)', () => {
    expect(drainState(status({ updatedAt: since - 1 }), CURSOR, since, since + 500)).toEqual({ done: false, pending: 0 });
  });

  it('stops waiting when the status stays stale: no worker runs, what it lists is all there is', () => {
    const stale = status({ updatedAt: since - 10_000, queued: [id(10), id(20)] });
    expect(drainState(stale, CURSOR, since, since + 2000)).toEqual({ done: false, pending: 2 }); // give a worker 3 s to show up
    expect(drainState(stale, CURSOR, since, since + 3001)).toEqual({ done: true, pending: 2 });
    const recent = status({ updatedAt: since - 1000, queued: [id(10)] });
    expect(drainState(recent, CURSOR, since, since + 3001)).toEqual({ done: false, pending: 1 }); // updated 4 s ago: maybe busy
    expect(drainState(recent, CURSOR, since, since + 4001)).toEqual({ done: true, pending: 1 });
  });
});

describe('a bounded status file (the newest ids and a count)', () => {
  const since = NOW + 100;

  it('says the count is a floor when every listed id is after the cursor and more wait unlisted', () => {
    const s = status({ queued: [id(10), id(20)], queuedCount: 5000 });
    expect(pendingSince(s, CURSOR)).toBe(2);
    expect(pendingIsFloor(s, CURSOR)).toBe(true);
    // the listing reaches back before the cursor: the unlisted ones are older, not this job's
    expect(pendingIsFloor(status({ queued: [id(-10), id(20)], queuedCount: 5000 }), CURSOR)).toBe(false);
    // nothing unlisted
    expect(pendingIsFloor(status({ queued: [id(10), id(20)], queuedCount: 2 }), CURSOR)).toBe(false);
    expect(pendingIsFloor(status({ queued: [id(10)] }), CURSOR)).toBe(false); // a release before bounds
  });

  it('judges freshness by when the worker listed the queue, not when it wrote the file', () => {
    const listedBefore = status({ updatedAt: since + 500, scannedAt: since - 1 });
    expect(drainState(listedBefore, CURSOR, since, since + 600)).toEqual({ done: false, pending: 0 });
    const listedAfter = status({ updatedAt: since + 500, scannedAt: since + 400 });
    expect(drainState(listedAfter, CURSOR, since, since + 600)).toEqual({ done: true, pending: 0 });
  });
});
