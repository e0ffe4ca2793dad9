import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cursorNow } from '../../src/worker/entry.js';
import {
  appendLedger,
  ledgerPosition,
  ledgerSince,
  parseLedger,
  previousGeneration,
  readLedger,
  readLedgerSince,
  rotateLedgerIfLarge,
  scanLedgerFile,
  type LedgerLine,
} from '../../src/worker/ledger.js';

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

// The chunk scanLedgerFile reads at a time (src/worker/ledger.ts): the tests put lines across its boundary.
const CHUNK = 1024 * 1024;
let files = 0;
/** A fresh ledger path in its own directory (rotation puts `.1` next to it). */
function ledgerFile(): string {
  const d = join(dir, `l${files++}`);
  mkdirSync(d);
  return join(d, 'ledger.jsonl');
}
const text = (...ls: LedgerLine[]) => ls.map((l) => JSON.stringify(l) + '\n').join('');
const bytes = (...ls: LedgerLine[]) => Buffer.byteLength(text(...ls));
const seqOf = (i: number) => `${1750000000000000000n + BigInt(i)}-${i % 7}`;
const nth = (i: number, o: Partial<LedgerLine> = {}) => line(seqOf(i), `/nix/store/${'x'.repeat(32)}-p${i}`, o);
/** `n` lines numbered from `from`, as objects and as the text the ledger holds. */
function history(from: number, n: number): { lines: LedgerLine[]; text: string } {
  const lines = Array.from({ length: n }, (_, i) => nth(from + i, { reason: 'r'.repeat(200) }));
  return { lines, text: text(...lines) };
}
function scan(file: string, offset = 0): { lines: LedgerLine[]; read: number } {
  const lines: LedgerLine[] = [];
  const read = scanLedgerFile(file, offset, (l) => lines.push(l));
  return { lines, read };
}

/** The length of the generation line a rotation starts a new file with (0 for a file without one). */
function generationBytes(file: string): number {
  const first = readFileSync(file, 'utf8').split('\n')[0]!;
  return first.startsWith('{"generation":') ? Buffer.byteLength(first) + 1 : 0;
}

describe('rotateLedgerIfLarge', () => {
  it('leaves a ledger below the bound alone', () => {
    const file = ledgerFile();
    appendLedger(file, [A, B]);
    const before = ledgerPosition(file)!;
    expect(rotateLedgerIfLarge(file, before.size + 1)).toBe(false);
    expect(ledgerPosition(file)).toEqual(before);
    expect(existsSync(previousGeneration(file))).toBe(false);
    expect(readLedger(file)).toEqual([A, B]);
  });

  it('rotates at the bound and over it into `.1`, keeping the inode a reader recorded', () => {
    for (const slack of [0, 1]) {
      const file = ledgerFile();
      appendLedger(file, [A, B]);
      const before = ledgerPosition(file)!;
      expect(rotateLedgerIfLarge(file, before.size - slack)).toBe(true);
      expect(previousGeneration(file)).toBe(`${file}.1`);
      expect(readLedger(file)).toEqual([]); // a new current file: only its generation's name
      expect(ledgerPosition(file)!.generation).toMatch(/^\d+-\d+$/);
      expect(statSync(file).size).toBe(generationBytes(file));
      expect(ledgerPosition(previousGeneration(file))).toEqual(before);
      expect(readLedger(previousGeneration(file))).toEqual([A, B]);
      appendLedger(file, [C]);
      expect(readLedger(file)).toEqual([C]);
      expect(ledgerPosition(file)!.ino).not.toBe(before.ino);
    }
  });

  it('a second rotation replaces the previous generation; a missing ledger is not rotated', () => {
    const file = ledgerFile();
    expect(rotateLedgerIfLarge(file, 0)).toBe(false);
    appendLedger(file, [A]);
    expect(rotateLedgerIfLarge(file, 1)).toBe(true);
    expect(rotateLedgerIfLarge(file, generationBytes(file) + 1)).toBe(false); // nothing but its generation line yet
    appendLedger(file, [B]);
    const second = ledgerPosition(file)!;
    expect(rotateLedgerIfLarge(file, 1)).toBe(true);
    expect(ledgerPosition(previousGeneration(file))).toEqual(second);
    expect(readLedger(previousGeneration(file))).toEqual([B]);
  });

  it('defaults to 64 MiB', () => {
    const file = ledgerFile();
    writeFileSync(file, Buffer.alloc(64 * 1024 * 1024 - 1, 0x0a));
    expect(rotateLedgerIfLarge(file)).toBe(false);
    appendFileSync(file, '\n');
    expect(rotateLedgerIfLarge(file)).toBe(true);
  });
});

describe('scanLedgerFile: a chunk at a time', () => {
  it('reads a line that spans the chunk boundary, a multi-byte character split by it included', () => {
    const file = ledgerFile();
    // The second line starts 1 MiB - (p + 11) bytes in, p bytes before its reason: the boundary falls after
    // the first byte of the reason's sixth "é" (two bytes each).
    const probe = JSON.stringify(nth(2, { reason: '' }));
    const p = Buffer.byteLength(probe.slice(0, probe.indexOf('"reason":""') + '"reason":"'.length));
    const second = nth(2, { reason: 'é'.repeat(40) });
    const firstProbe = JSON.stringify(nth(1, { reason: '' }));
    const first = nth(1, { reason: 'f'.repeat(CHUNK - p - 11 - 1 - Buffer.byteLength(firstProbe)) });
    expect(bytes(first)).toBe(CHUNK - p - 11);
    const third = nth(3);
    writeFileSync(file, text(first, second, third));
    const at = bytes(first) + p + 2 * 5 + 1;
    expect(at).toBe(CHUNK);
    expect(readFileSync(file).subarray(CHUNK - 1, CHUNK + 1)).toEqual(Buffer.from('é')); // split by the boundary
    const { lines, read } = scan(file);
    expect(lines).toEqual([first, second, third]);
    expect(read).toBe(statSync(file).size);
  });

  it('reads a last line without its newline when it is whole JSON, and skips it when it was cut', () => {
    const file = ledgerFile();
    writeFileSync(file, text(A) + JSON.stringify(B));
    expect(scan(file)).toEqual({ lines: [A, B], read: bytes(A, B) - 1 });
    const cut = ledgerFile();
    writeFileSync(cut, text(A) + JSON.stringify(B).slice(0, -2));
    expect(scan(cut)).toEqual({ lines: [A], read: bytes(A, B) - 3 });
  });

  it('a torn last line longer than a chunk is carried whole, and still parsed when whole', () => {
    const file = ledgerFile();
    const long = nth(9, { reason: 'q'.repeat(CHUNK + 10) });
    writeFileSync(file, text(A) + JSON.stringify(long));
    expect(scan(file).lines).toEqual([A, long]);
  });

  it('skips foreign, blank and torn lines anywhere in the file', () => {
    const file = ledgerFile();
    writeFileSync(file, ['worker started', JSON.stringify(A), '', JSON.stringify(B).slice(0, 30), '[1]', JSON.stringify(C), ''].join('\n'));
    expect(scan(file)).toEqual({ lines: [A, C], read: statSync(file).size });
  });

  it('reads from the offset on: the bytes read are those after it', () => {
    const file = ledgerFile();
    writeFileSync(file, text(A, B, C));
    expect(scan(file, bytes(A))).toEqual({ lines: [B, C], read: bytes(B, C) });
    expect(scan(file, bytes(A, B, C))).toEqual({ lines: [], read: 0 });
    // an offset inside a line: its rest is a torn line, skipped
    expect(scan(file, bytes(A) + 5)).toEqual({ lines: [C], read: bytes(B, C) - 5 });
  });

  it('a missing file reads nothing (0 bytes, no call); other errors are thrown', () => {
    let called = 0;
    expect(scanLedgerFile(join(dir, 'nope.jsonl'), 0, () => called++)).toBe(0);
    expect(called).toBe(0);
    expect(() => scanLedgerFile(dir, 0, () => called++)).toThrow(/EISDIR/);
  });

  it('readLedger of a file of several chunks returns every line, in order', () => {
    const file = ledgerFile();
    const h = history(0, 14_000); // about 4.5 MiB
    writeFileSync(file, h.text);
    expect(statSync(file).size).toBeGreaterThan(4 * CHUNK);
    const got = readLedger(file);
    expect(got.length).toBe(h.lines.length);
    expect(got).toEqual(h.lines);
  });
});

describe('ledgerPosition', () => {
  it('is the inode and size of the file, undefined without one', () => {
    const file = ledgerFile();
    expect(ledgerPosition(file)).toBeUndefined();
    appendLedger(file, [A]);
    const st = statSync(file);
    expect(ledgerPosition(file)).toEqual({ ino: st.ino, size: bytes(A) });
  });
});

describe('readLedgerSince: what was written after a recorded position', () => {
  it('no rotation: only the lines after the position; the bytes read are the appended ones, not the history', () => {
    const file = ledgerFile();
    const h = history(0, 16_000);
    writeFileSync(file, h.text);
    expect(statSync(file).size).toBeGreaterThan(5 * CHUNK);
    const from = ledgerPosition(file)!;
    expect(from.size).toBe(Buffer.byteLength(h.text));
    appendLedger(file, [A]);
    appendLedger(file, [B, C]);
    expect(readLedgerSince(file, from)).toEqual({ lines: [A, B, C], bytesRead: bytes(A, B, C), rotatedPast: false });
  });

  it('nothing appended: nothing read', () => {
    const file = ledgerFile();
    appendLedger(file, [A]);
    expect(readLedgerSince(file, ledgerPosition(file))).toEqual({ lines: [], bytesRead: 0, rotatedPast: false });
  });

  it('one rotation: the rest of `.1` after the position, then the whole new current file', () => {
    const file = ledgerFile();
    const h = history(0, 3000);
    writeFileSync(file, h.text);
    const from = ledgerPosition(file)!;
    appendLedger(file, [A]);
    expect(rotateLedgerIfLarge(file, 1)).toBe(true);
    appendLedger(file, [B]);
    appendLedger(file, [C]);
    expect(readLedgerSince(file, from)).toEqual({
      lines: [A, B, C],
      bytesRead: bytes(A, B, C) + generationBytes(file),
      rotatedPast: false,
    });
  });

  it('one rotation, nothing in the new current file yet: the rest of `.1`', () => {
    const file = ledgerFile();
    appendLedger(file, [A]);
    const from = ledgerPosition(file)!;
    appendLedger(file, [B]);
    rotateLedgerIfLarge(file, 1);
    expect(readLedgerSince(file, from)).toEqual({ lines: [B], bytesRead: bytes(B) + generationBytes(file), rotatedPast: false });
  });

  it('two rotations: the generation holding the position is gone; both kept generations are read and it says so', () => {
    // On ext4 the new current file typically gets the inode freed by the second rotation, which is the
    // inode of the generation that held the position: the read must not take the new file for that one.
    const file = ledgerFile();
    const h = history(0, 3000);
    writeFileSync(file, h.text);
    const from = ledgerPosition(file)!;
    appendLedger(file, [A]);
    rotateLedgerIfLarge(file, 1);
    appendLedger(file, [B]);
    rotateLedgerIfLarge(file, 1); // the generation holding `from` (h, A) is deleted here
    appendLedger(file, [C]);
    const generations = generationBytes(file) + generationBytes(previousGeneration(file));
    expect(readLedgerSince(file, from)).toEqual({ lines: [B, C], bytesRead: bytes(B, C) + generations, rotatedPast: true });
  });

  it('two rotations, the new current file larger than the recorded size: still both generations, whole', () => {
    const file = ledgerFile();
    appendLedger(file, [A]);
    const from = ledgerPosition(file)!;
    appendLedger(file, [B]);
    rotateLedgerIfLarge(file, 1);
    appendLedger(file, [C]);
    rotateLedgerIfLarge(file, 1);
    const later = [nth(1), nth(2), nth(3)];
    appendLedger(file, later);
    const generations = generationBytes(file) + generationBytes(previousGeneration(file));
    expect(readLedgerSince(file, from)).toEqual({ lines: [C, ...later], bytesRead: bytes(C, ...later) + generations, rotatedPast: true });
  });

  it('the recorded inode with another generation (the filesystem reused it) is not the recorded file', () => {
    const file = ledgerFile();
    appendLedger(file, [A]);
    rotateLedgerIfLarge(file, 1);
    appendLedger(file, [B]);
    const now = ledgerPosition(file)!;
    // as if the job had recorded an older generation that had this very inode, at a smaller size
    const from = { ino: now.ino, size: 1, generation: '1-1' };
    const r = readLedgerSince(file, from);
    expect(r.rotatedPast).toBe(true);
    expect(r.lines).toEqual([A, B]);
    // and a file cut shorter than the recorded size is not it either
    expect(readLedgerSince(file, { ...now, size: now.size + 10 }).rotatedPast).toBe(true);
  });

  it('no position (no ledger when the job started): both generations whole, nothing said to be missed', () => {
    const file = ledgerFile();
    expect(readLedgerSince(file, undefined)).toEqual({ lines: [], bytesRead: 0, rotatedPast: false });
    appendLedger(file, [A, B]);
    rotateLedgerIfLarge(file, 1);
    appendLedger(file, [C]);
    expect(readLedgerSince(file, undefined)).toEqual({
      lines: [A, B, C],
      bytesRead: bytes(A, B, C) + generationBytes(file),
      rotatedPast: false,
    });
  });
});
