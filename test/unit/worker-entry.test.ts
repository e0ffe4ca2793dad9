import { describe, expect, it } from 'vitest';
import {
  backoffMs,
  compareIds,
  cursorNow,
  ENTRY_CLOCK_LAG_MS,
  entryTime,
  isEntryId,
  jobCursor,
  MalformedEntryError,
  parseEntry,
  serializeEntry,
  type QueueEntry,
} from '../../src/worker/entry.js';

const H = '0123456789abcdfghijklmnpqrsvwxyz';
const DRV = `/nix/store/${H}-hello-1.0.drv`;
const OUT = `/nix/store/${H.split('').reverse().join('')}-hello-1.0`;
const DEV = `/nix/store/${'a'.repeat(32)}-hello-1.0-dev`;
const ID = '1750000000123456789-4242';

describe("parseEntry: the hook's two-line form", () => {
  it('reads DRV_PATH and the space-separated OUT_PATHS', () => {
    expect(parseEntry(ID, `${DRV}\n${OUT} ${DEV}\n`)).toEqual({ id: ID, drv: DRV, outs: [OUT, DEV], attempts: 0, notBefore: 0, done: [] });
  });

  it('takes empty OUT_PATHS (Nix 2.8 leaves it empty) and tolerates extra spaces or a missing newline', () => {
    expect(parseEntry(ID, `${DRV}\n\n`).outs).toEqual([]);
    expect(parseEntry(ID, `${DRV}\n`).outs).toEqual([]);
    expect(parseEntry(ID, DRV).outs).toEqual([]);
    expect(parseEntry(ID, `${DRV}\n  ${OUT}   ${DEV} `).outs).toEqual([OUT, DEV]);
  });
});

describe("parseEntry: the worker's JSON form", () => {
  it('round-trips serializeEntry', () => {
    const e: QueueEntry = {
      id: ID,
      drv: DRV,
      outs: [OUT],
      attempts: 3,
      notBefore: 1_750_000_001_000,
      done: [DEV],
      lastError: 'S3: 503 SlowDown',
    };
    const text = serializeEntry(e);
    expect(text.endsWith('\n')).toBe(true);
    expect(JSON.parse(text)).not.toHaveProperty('id'); // the id is the file name
    expect(parseEntry(ID, text)).toEqual(e);
  });

  it('fills in absent fields', () => {
    expect(parseEntry(ID, JSON.stringify({ drv: DRV }))).toEqual({ id: ID, drv: DRV, outs: [], attempts: 0, notBefore: 0, done: [] });
  });
});

describe('parseEntry: malformed entries are rejected', () => {
  const bad: Array<[string, string]> = [
    ['an empty file', ''],
    ['a relative DRV_PATH', `hello.drv\n${OUT}\n`],
    ['a DRV_PATH outside the store', `/tmp/${H}-x.drv\n\n`],
    ['an output as DRV_PATH', `${OUT}\n${OUT}\n`],
    ['a store path with a bad hash', `/nix/store/${'e'.repeat(32)}-x.drv\n\n`],
    ['a traversal in DRV_PATH', `/nix/store/${H}-x/../../etc/shadow.drv\n\n`],
    ['a non-store output', `${DRV}\n${OUT} /etc/shadow\n`],
    ['an output with shell in it', `${DRV}\n$(id)\n`],
    ['JSON with a bad drv', JSON.stringify({ drv: '/etc/passwd', outs: [] })],
    ['JSON with a bad output', JSON.stringify({ drv: DRV, outs: [OUT, 'x'] })],
  ];
  it.each(bad)('%s', (_, text) => {
    expect(() => parseEntry(ID, text)).toThrow(MalformedEntryError);
  });

  it('names the entry and cuts what it quotes', () => {
    const long = `/nix/store/${'x'.repeat(5000)}`;
    try {
      parseEntry(ID, `${DRV}\n${long}\n`);
      throw new Error('accepted');
    } catch (err) {
      expect(err).toBeInstanceOf(MalformedEntryError);
      expect((err as Error).message).toContain(`queue entry ${ID}`);
      expect((err as Error).message.length).toBeLessThan(400);
    }
  });

  it('throws on a JSON entry that does not parse', () => {
    expect(() => parseEntry(ID, '{"drv": "/nix/store/')).toThrow(MalformedEntryError);
  });
});

describe('entry ids and cursors', () => {
  it('recognizes ids', () => {
    expect(isEntryId(ID)).toBe(true);
    for (const bad of ['', '123', '-1', '123-', 'abc-1', '1-2-3', '1.5-2', `${'9'.repeat(26)}-1`, '1-12345678901', '../1-2'])
      expect(isEntryId(bad), bad).toBe(false);
  });

  it('reads the enqueue time in nanoseconds, exactly (beyond 2^53)', () => {
    expect(entryTime(ID)).toBe(1750000000123456789n);
    expect(entryTime('not-an-id')).toBe(0n);
  });

  it('orders ids by time as numbers, then by the rest', () => {
    const ids = ['1000-1', '999-5', '1750000000123456789-2', '1750000000123456789-10', '1750000000123456788-99', '10-3'];
    expect([...ids].sort(compareIds)).toEqual([
      '10-3',
      '999-5',
      '1000-1',
      '1750000000123456788-99',
      '1750000000123456789-10',
      '1750000000123456789-2',
    ]);
    expect(compareIds(ID, ID)).toBe(0);
  });

  it('makes cursors in the same unit: an entry enqueued at or after the cursor time sorts at or after it', () => {
    const ms = 1_750_000_000_123;
    const cursor = cursorNow(ms);
    expect(cursor).toBe('1750000000123000000');
    expect(BigInt(cursor)).toBe(entryTime(`${cursor}-1`));
    expect(entryTime(`1750000000122999999-1`) < BigInt(cursor)).toBe(true);
    expect(entryTime(`1750000000123000001-1`) > BigInt(cursor)).toBe(true);
    expect(BigInt(cursorNow(ms + 1)) > BigInt(cursor)).toBe(true);
    const now = BigInt(cursorNow());
    expect(now > BigInt(cursor)).toBe(true);
    expect(now % 1_000_000n).toBe(0n);
  });
});

describe('backoffMs', () => {
  it('doubles from 2 s', () => {
    expect([0, 1, 2, 3, 4, 5].map((a) => backoffMs(a))).toEqual([2000, 2000, 4000, 8000, 16000, 32000]);
  });

  it('is capped at 5 minutes, however many attempts', () => {
    expect(backoffMs(8)).toBe(256_000);
    expect(backoffMs(9)).toBe(300_000);
    expect(backoffMs(50)).toBe(300_000);
    expect(backoffMs(5000)).toBe(300_000);
  });

  it('never retries sooner than Retry-After, even beyond the cap', () => {
    expect(backoffMs(1, 30)).toBe(30_000);
    expect(backoffMs(5, 1)).toBe(32_000);
    expect(backoffMs(20, 900)).toBe(900_000);
    expect(backoffMs(2, 0)).toBe(4000);
  });
});

describe('jobCursor', () => {
  it('is early by the entry clock lag: an entry whose mtime lags the clock by up to that still sorts after it', () => {
    const now = 1_750_000_000_123;
    const cursor = BigInt(jobCursor(now));
    const lagged = `${(BigInt(now - ENTRY_CLOCK_LAG_MS) * 1_000_000n).toString()}-7`;
    expect(entryTime(lagged) >= cursor).toBe(true);
    expect(cursor).toBe(BigInt(cursorNow(now)) - BigInt(ENTRY_CLOCK_LAG_MS) * 1_000_000n);
  });
});
