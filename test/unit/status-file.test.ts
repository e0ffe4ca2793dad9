import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  queuedTotal,
  readStatus,
  STATUS_MIN_INTERVAL_MS,
  STATUS_QUEUED_MAX,
  StatusWriter,
  writeStatus,
  type WorkerStatus,
} from '../../src/worker/status-file.js';

// status.json's writer (src/worker/status-file.ts): what it writes when, with the write itself injected.

const T = 1_750_000_000_000; // ms
const FILE = '/var/lib/nix-trusted-cache/status.json';

/** A StatusWriter whose writes are recorded; `views` counts how often the view was built. */
function writer() {
  const writes: { file: string; status: WorkerStatus }[] = [];
  let views = 0;
  let n = 0; // changes the view so each write can be told apart
  const w = new StatusWriter(FILE, (file, status) => writes.push({ file, status }));
  const view = () => {
    views++;
    return { pid: 7, scannedAt: T, queued: [`${n++}-1`], queuedCount: 1, inflight: [], failed: 0 };
  };
  return { w, writes, view, views: () => views, at: () => writes.map((x) => x.status.updatedAt) };
}

describe('StatusWriter', () => {
  it('writes at the first tick, to its file, with the view and the time', () => {
    const { w, writes, view } = writer();
    expect(w.tick(T, view)).toBe(1000);
    expect(writes).toEqual([
      { file: FILE, status: { pid: 7, scannedAt: T, queued: ['0-1'], queuedCount: 1, inflight: [], failed: 0, updatedAt: T } },
    ]);
  });

  it('builds the view only when it writes', () => {
    const r = writer();
    r.w.tick(T, r.view);
    for (let t = 1; t < 1000; t += 50) r.w.tick(T + t, r.view);
    expect(r.views()).toBe(1);
    r.w.changed();
    r.w.tick(T + 1001, r.view);
    expect(r.views()).toBe(2);
  });

  it('coalesces rapid changes: at most one write per STATUS_MIN_INTERVAL_MS while the queue changes', () => {
    expect(STATUS_MIN_INTERVAL_MS).toBe(250);
    const { w, at, view } = writer();
    w.tick(T, view);
    // a change every millisecond for two seconds
    for (let t = 1; t <= 2000; t++) {
      w.changed();
      w.tick(T + t, view);
    }
    const times = at();
    expect(times).toEqual([T, T + 250, T + 500, T + 750, T + 1000, T + 1250, T + 1500, T + 1750, T + 2000]);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(STATUS_MIN_INTERVAL_MS);
  });

  it('a change after a quiet spell is written at once when the last write is old enough, else when it is due', () => {
    const { w, at, view } = writer();
    w.tick(T, view);
    w.changed();
    expect(w.tick(T + 100, view)).toBe(150); // due at T + 250
    expect(at()).toEqual([T]);
    expect(w.tick(T + 249, view)).toBe(1);
    expect(w.tick(T + 250, view)).toBe(1000);
    expect(at()).toEqual([T, T + 250]);
    w.changed();
    expect(w.tick(T + 900, view)).toBe(1000); // 650 ms after the last: at once
    expect(at()).toEqual([T, T + 250, T + 900]);
  });

  it('without a change, a heartbeat 1000 ms after the last write (not before)', () => {
    const { w, at, view } = writer();
    w.tick(T, view);
    expect(w.tick(T + 300, view)).toBe(700);
    expect(w.tick(T + 999, view)).toBe(1);
    expect(at()).toEqual([T]);
    expect(w.tick(T + 1000, view)).toBe(1000);
    expect(w.tick(T + 2500, view)).toBe(1000); // late: written at once
    expect(at()).toEqual([T, T + 1000, T + 2500]);
  });

  it('a write clears the change: the next is the heartbeat', () => {
    const { w, at, view } = writer();
    w.tick(T, view);
    w.changed();
    w.tick(T + 250, view);
    expect(w.tick(T + 600, view)).toBe(650);
    expect(at()).toEqual([T, T + 250]);
  });

  it('the wait it returns, followed, lands on each due write', () => {
    const { w, at, view } = writer();
    let t = T;
    const step = () => (t += w.tick(t, view));
    step(); // written at T, next due at T + 1000
    t = T + 100; // woken early by a change
    w.changed();
    step(); // not written: due at T + 250
    expect(t).toBe(T + 250);
    step(); // written at T + 250
    step(); // the heartbeat at T + 1250
    step(); // and at T + 2250
    expect(at()).toEqual([T, T + 250, T + 1250, T + 2250]);
    expect(t).toBe(T + 3250);
  });
});

describe('queuedTotal: how many wait, from either form of status.json', () => {
  const base: WorkerStatus = { pid: 1, updatedAt: T, queued: ['1-1', '2-1'], inflight: ['3-1'], failed: 0 };
  it('the bounded form: its count, not the ids listed', () => {
    expect(queuedTotal({ ...base, queuedCount: 12_345 })).toBe(12_345);
    expect(queuedTotal({ ...base, queuedCount: 0, queued: [] })).toBe(0);
  });
  it('the form of releases before bounds (no queuedCount): the ids listed, all of them', () => {
    expect(queuedTotal(base)).toBe(2);
    expect(queuedTotal({ ...base, queued: [] })).toBe(0);
  });
  it('bounds the ids status.json lists at 1000', () => {
    expect(STATUS_QUEUED_MAX).toBe(1000);
  });
});

describe('writeStatus / readStatus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ntc-status-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a 0644 file atomically (no temporary file left) that reads back', () => {
    const file = join(dir, 'status.json');
    const s: WorkerStatus = { pid: 3, updatedAt: T, scannedAt: T - 5, queued: ['1-1'], queuedCount: 4000, inflight: [], failed: 2 };
    const old = process.umask(0o077);
    try {
      writeStatus(file, s);
    } finally {
      process.umask(old);
    }
    expect(readStatus(file)).toEqual(s);
    expect(statSync(file).mode & 0o777).toBe(0o644);
    expect(readdirSync(dir)).toEqual(['status.json']);
    expect(readFileSync(file, 'utf8').endsWith('}\n')).toBe(true);
  });

  it('reads a missing or garbled file as undefined', () => {
    expect(readStatus(join(dir, 'absent.json'))).toBeUndefined();
    expect(readStatus(dir)).toBeUndefined();
  });
});
