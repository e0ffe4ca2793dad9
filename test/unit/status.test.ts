import { installedRelease } from '../../src/build-info.js';
import { describe, expect, it } from 'vitest';
import { summarizeStatus, type StatusFacts } from '../../src/status/status.js';

const NOW = 1_800_000_000_000;
const settled = { uploaded: 1, skipped: 0, failed: 0, refused: 0, withheld: 0 };
const id = (msAgo: number, pid = 7) => `${BigInt(NOW - msAgo) * 1_000_000n}-${pid}`;
const facts = (f: Partial<StatusFacts>): StatusFacts => ({ settled, now: NOW, ...f });

describe('summarizeStatus', () => {
  it('counts from the queue directory when it could be read, whatever the status file says', () => {
    const r = summarizeStatus(
      facts({
        status: { pid: 1, updatedAt: NOW - 3_600_000, queued: [], inflight: [], failed: 0 },
        queue: { enqueuedMs: [NOW - 5000, NOW - 1000] },
        livePid: 42,
      }),
    );
    expect(r).toMatchObject({ source: 'queue', queued: 2, oldestSeconds: 5, worker: { running: true, pid: 42 } });
    expect(r.stuck).toBeUndefined();
  });

  it('is stuck when entries wait over a minute and no worker runs (a stale status file is not a worker)', () => {
    const status = { pid: 1, updatedAt: NOW - 120_000, queued: [id(90_000)], inflight: [], failed: 0 };
    const r = summarizeStatus(facts({ status })); // no live pid, queue unreadable (not root)
    expect(r).toMatchObject({ source: 'status-file', queued: 1, oldestSeconds: 90, worker: { running: false } });
    expect(r.stuck).toMatch(/1 entries queued, the oldest for 90 s, and no worker runs/);
  });

  it('is stuck when a live worker has not reported for a minute with entries waiting', () => {
    const status = { pid: 42, updatedAt: NOW - 70_000, queued: [id(80_000)], inflight: [], failed: 0 };
    expect(summarizeStatus(facts({ status, livePid: 42 })).stuck).toMatch(/the worker \(pid 42\) has not reported for 70 s/);
  });

  it('is not stuck for a young entry, nor with nothing queued', () => {
    expect(summarizeStatus(facts({ queue: { enqueuedMs: [NOW - 10_000] } })).stuck).toBeUndefined();
    const empty = summarizeStatus(facts({ queue: { enqueuedMs: [] } }));
    expect(empty.queued).toBe(0);
    expect(empty.stuck).toBeUndefined();
  });
});

describe('installedRelease', () => {
  it('matches when the installed bundle is this build, and says which version is installed', () => {
    expect(installedRelease({ version: '0.1.0', bundleSha256: 'aa' }, 'aa')).toEqual({
      version: '0.1.0',
      bundleSha256: 'aa',
      matches: true,
    });
    expect(installedRelease({ version: '0.1.0', bundleSha256: 'aa' }, 'bb')).toMatchObject({ matches: false });
  });

  it('cannot tell for a runner provisioned before version stamps, or without a bundle to compare', () => {
    expect(installedRelease({}, 'aa')).toEqual({ version: 'unknown (before version stamps)', bundleSha256: undefined, matches: undefined });
    expect(installedRelease({ version: '0.1.0', bundleSha256: 'aa' }, undefined)?.matches).toBeUndefined();
    expect(installedRelease(undefined, 'aa')).toBeUndefined();
  });
});
