import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FAILED_BOUNDS, QueueDir } from '../../src/worker/queue.js';

// failed/ is bounded (QueueDir.pruneFailed, src/worker/queue.ts): by age and by count.

const DRV = '/nix/store/0123456789abcdfghijklmnpqrsvwxyz-x.drv';
const NOW = 1_750_000_000_000; // ms
const DAY = 24 * 3600 * 1000;
/** An entry id enqueued at `ms` (epoch), from hook pid `pid`. */
const idAt = (ms: number, pid = 1) => `${(BigInt(ms) * 1_000_000n).toString()}-${pid}`;

// tmpfs when there is one: a failed/ of 10,000 files is written much faster there than on ext4
const tmpBase = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
const dirs: string[] = [];
function queue(): QueueDir {
  const d = mkdtempSync(join(tmpBase, 'ntc-prune-'));
  dirs.push(d);
  return new QueueDir(join(d, 'queue'), join(d, 'failed'));
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function putFailed(q: QueueDir, ...ids: string[]) {
  mkdirSync(q.failedDir, { recursive: true });
  for (const id of ids)
    writeFileSync(join(q.failedDir, `${id}.entry`), `{"drv":"${DRV}","outs":[],"attempts":3,"notBefore":0,"done":[]}\n`);
}
const failedFiles = (q: QueueDir) => readdirSync(q.failedDir).sort();

describe('QueueDir.pruneFailed', () => {
  it('removes entries enqueued before now - maxAgeMs; keeps those at or after it', () => {
    const q = queue();
    const old = [idAt(NOW - 40 * DAY), idAt(NOW - 30 * DAY - 1)];
    const kept = [idAt(NOW - 30 * DAY), idAt(NOW - DAY), idAt(NOW)];
    putFailed(q, ...kept, ...old);
    expect(q.pruneFailed(NOW, { maxAgeMs: 30 * DAY, keep: 100 })).toEqual(old);
    expect(q.failedIds().sort()).toEqual([...kept].sort());
  });

  it('keeps at most `keep`, the newest; the pruned are returned oldest first', () => {
    const q = queue();
    // enqueue times out of name order: 9 s sorts after 10 s only as text
    const ids = [5, 10, 9, 1, 7, 3].map((s) => idAt(NOW - DAY + s * 1000));
    putFailed(q, ...ids);
    const pruned = q.pruneFailed(NOW, { maxAgeMs: 30 * DAY, keep: 2 });
    expect(pruned).toEqual([1, 3, 5, 7].map((s) => idAt(NOW - DAY + s * 1000)));
    expect(q.failedIds().sort()).toEqual([9, 10].map((s) => idAt(NOW - DAY + s * 1000)).sort());
  });

  it('orders ids of one time by the rest (the hook pid) and numbers of different lengths as numbers', () => {
    const q = queue();
    const short = '999999999999999999-5'; // 18 digits: 2001, older than any 19-digit id
    const same = [idAt(NOW, 2), idAt(NOW, 1)];
    putFailed(q, ...same, short);
    expect(q.pruneFailed(NOW, { maxAgeMs: 1e15, keep: 1 })).toEqual([short, idAt(NOW, 1)]);
    expect(q.failedIds()).toEqual([idAt(NOW, 2)]);
  });

  it('both bounds at once: the old ones and the oldest beyond keep, each once', () => {
    const q = queue();
    const old = [idAt(NOW - 50 * DAY), idAt(NOW - 45 * DAY)];
    const young = [1, 2, 3, 4].map((h) => idAt(NOW - h * 3600_000));
    putFailed(q, ...young, ...old);
    const pruned = q.pruneFailed(NOW, { maxAgeMs: 30 * DAY, keep: 3 });
    expect(pruned).toEqual([...old, idAt(NOW - 4 * 3600_000)]);
    expect(q.failedIds().sort()).toEqual(young.slice(0, 3).sort());
  });

  it('nothing to prune: nothing removed', () => {
    const q = queue();
    const ids = [idAt(NOW - 1000), idAt(NOW)];
    putFailed(q, ...ids);
    expect(q.pruneFailed(NOW, { maxAgeMs: DAY, keep: 2 })).toEqual([]);
    expect(q.failedIds().sort()).toEqual(ids.sort());
  });

  it('leaves files that are not entries alone', () => {
    const q = queue();
    const id = idAt(NOW - 60 * DAY);
    putFailed(q, id);
    writeFileSync(join(q.failedDir, 'notes.txt'), 'x');
    writeFileSync(join(q.failedDir, 'garbage.entry'), 'x'); // not an entry id
    writeFileSync(join(q.failedDir, `.tmp-w-${id}`), 'x');
    expect(q.pruneFailed(NOW, { maxAgeMs: DAY, keep: 0 })).toEqual([id]);
    expect(failedFiles(q)).toEqual([`.tmp-w-${id}`, 'garbage.entry', 'notes.txt'].sort());
  });

  it('leaves the queue itself alone', () => {
    const q = queue();
    mkdirSync(q.dir, { recursive: true });
    const queued = idAt(NOW - 60 * DAY);
    writeFileSync(join(q.dir, `${queued}.entry`), `${DRV}\n\n.\n`);
    putFailed(q, idAt(NOW - 60 * DAY, 2));
    expect(q.pruneFailed(NOW, { maxAgeMs: DAY, keep: 10 })).toEqual([idAt(NOW - 60 * DAY, 2)]);
    expect(q.ids()).toEqual([queued]);
  });

  it('without failed/: nothing, no error', () => {
    const q = queue();
    expect(q.pruneFailed(NOW)).toEqual([]);
    expect(existsSync(q.failedDir)).toBe(false);
  });

  it('defaults to 30 days and the newest 10,000', () => {
    expect(FAILED_BOUNDS).toEqual({ maxAgeMs: 30 * DAY, keep: 10_000 });
    const q = queue();
    const old = idAt(NOW - 30 * DAY - 1);
    putFailed(q, old, idAt(NOW - 30 * DAY));
    expect(q.pruneFailed(NOW)).toEqual([old]);
  });

  it('the default count bound on a large failed/', () => {
    const q = queue();
    const ids = Array.from({ length: 10_005 }, (_, i) => idAt(NOW - 20_000 + i));
    putFailed(q, ...ids);
    expect(q.pruneFailed(NOW)).toEqual(ids.slice(0, 5));
    expect(q.failedIds()).toHaveLength(10_000);
  });
});

describe('QueueDir.has', () => {
  it('is whether the entry is in the queue (not failed/, not an incoming file)', () => {
    const q = queue();
    mkdirSync(q.dir, { recursive: true });
    const id = idAt(NOW);
    expect(q.has(id)).toBe(false);
    writeFileSync(join(q.dir, `${id}.entry`), `${DRV}\n\n.\n`);
    expect(q.has(id)).toBe(true);
    writeFileSync(join(q.dir, 'new-77'), `${DRV}\n\n.\n`);
    expect(q.has('new-77')).toBe(false);
    q.fail({ id, drv: DRV, outs: [], attempts: 1, notBefore: 0, done: [] });
    expect(q.has(id)).toBe(false);
    expect(q.failedIds()).toEqual([id]);
    putFailed(q, idAt(NOW + 1));
    expect(q.has(idAt(NOW + 1))).toBe(false);
  });

  it('is false once the entry is removed', () => {
    const q = queue();
    mkdirSync(q.dir, { recursive: true });
    const id = idAt(NOW);
    writeFileSync(join(q.dir, `${id}.entry`), `${DRV}\n\n.\n`);
    q.remove(id);
    expect(q.has(id)).toBe(false);
  });
});
