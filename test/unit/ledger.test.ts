import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cursorNow } from '../../src/worker/entry.js';
import { appendLedger, ledgerSince, parseLedger, readLedger, type LedgerLine } from '../../src/worker/ledger.js';

const dir = mkdtempSync(join(tmpdir(), 'ntc-ledger-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function line(seq: string, path: string, o: Partial<LedgerLine> = {}): LedgerLine {
  return {
    seq,
    drv: `${path}.drv`,
    path,
    status: 'uploaded',
    narSize: 10,
    fileSize: 5,
    seconds: 0.5,
    attempts: 1,
    time: '2025-01-01T00:00:00.000Z',
    ...o,
  };
}

const A = line('1750000000000000000-1', '/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-a');
const B = line('1750000000500000000-2', '/nix/store/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb-b', { status: 'failed', reason: 'S3 down' });
const C = line('1750000001000000000-3', '/nix/store/cccccccccccccccccccccccccccccccc-c', { status: 'skipped' });

describe('parseLedger', () => {
  it('reads whole lines', () => {
    const text = [A, B, C].map((l) => JSON.stringify(l)).join('\n') + '\n';
    expect(parseLedger(text)).toEqual([A, B, C]);
  });

  it('skips a line torn by a crash, blank and foreign lines, and lines missing what reports need', () => {
    const full = JSON.stringify(C);
    const text = [
      JSON.stringify(A),
      '',
      'worker started', // foreign
      JSON.stringify(B).slice(0, 40), // torn in the middle of the file
      '{"seq": 1, "path": "/nix/store/x", "status": "uploaded"}', // seq not a string
      '{"seq": "1-1", "status": "uploaded"}', // no path
      '[1,2,3]',
      '   ' + JSON.stringify(B), // not at the start of the line
      full.slice(0, full.length - 3), // torn last line
    ].join('\n');
    expect(parseLedger(text)).toEqual([A]);
  });

  it('reads empty input as no lines', () => {
    expect(parseLedger('')).toEqual([]);
    expect(parseLedger('\n\n')).toEqual([]);
  });
});

describe('appendLedger / readLedger', () => {
  it('appends whole lines to a 0644 file and reads them back', () => {
    const file = join(dir, 'ledger.jsonl');
    appendLedger(file, []);
    expect(existsSync(file)).toBe(false);
    appendLedger(file, [A, B]);
    appendLedger(file, [C]);
    expect(readLedger(file)).toEqual([A, B, C]);
    expect(readFileSync(file, 'utf8').split('\n')).toHaveLength(4); // three lines and the final newline
    expect(statSync(file).mode & 0o777).toBe(0o644 & ~process.umask());
  });

  it('reads a missing ledger as empty and fails on other errors', () => {
    expect(readLedger(join(dir, 'absent.jsonl'))).toEqual([]);
    expect(() => readLedger(dir)).toThrow(/EISDIR/);
  });
});

describe('ledgerSince', () => {
  it('keeps lines of entries enqueued at or after the cursor', () => {
    expect(ledgerSince([A, B, C], '1750000000500000000')).toEqual([B, C]);
    expect(ledgerSince([A, B, C], '1750000000500000001')).toEqual([C]);
    expect(ledgerSince([A, B, C], '0')).toEqual([A, B, C]);
    expect(ledgerSince([A, B, C], cursorNow(1_750_000_002_000))).toEqual([]);
  });

  it('compares times as numbers, not text', () => {
    const old = line('999999999999999999-1', '/nix/store/dddddddddddddddddddddddddddddddd-d'); // 18 digits: 2001
    expect(ledgerSince([old, A], '1000000000000000000')).toEqual([A]);
  });

  it('drops lines whose seq is not an entry id (a worker note, a malformed entry name)', () => {
    const odd = line('not-an-id', '/nix/store/eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee-e');
    expect(ledgerSince([odd, C], '1')).toEqual([C]);
  });
});
