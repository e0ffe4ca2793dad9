import { appendFileSync, chmodSync, closeSync, fstatSync, openSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { entryTime } from './entry.js';

import type { TrustClass } from './trust-class.js';
import type { WitnessVerdict } from './witness.js';

/** withheld: built, but of a trust class the policy does not sign (src/worker/trust-class.ts). */
export type Outcome = 'uploaded' | 'skipped' | 'failed' | 'refused' | 'withheld';

/** One settled store path: a line of ledger.jsonl (world-readable; never holds secrets). */
export interface LedgerLine {
  seq: string; // queue entry id
  drv: string;
  path: string;
  status: Outcome;
  class?: TrustClass; // absent on lines of releases before trust classes
  key?: string; // the name of the key that signed it (uploaded, skipped)
  witness?: WitnessVerdict; // what the witness caches said, when any are configured
  reason?: string;
  narSize: number;
  fileSize: number;
  seconds: number;
  attempts: number;
  time: string; // ISO 8601
}

/**
 * The ledger is `ledger.jsonl` plus one rotated generation, `ledger.jsonl.1`: at LEDGER_ROTATE_BYTES the worker
 * renames the current file over the previous generation, so the ledger stays under twice that on disk. A job's
 * post step reads from the position its main step recorded (ledgerPosition), following the rename by inode, so
 * it never reads the history before its job and still finds its lines after one rotation.
 */
export const LEDGER_ROTATE_BYTES = 64 * 1024 * 1024;
export const previousGeneration = (file: string): string => `${file}.1`;

/** Appends lines with one write (O_APPEND): concurrent readers see whole lines. */
export function appendLedger(file: string, lines: readonly LedgerLine[]): void {
  if (lines.length === 0) return;
  appendFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n', { mode: 0o644 });
}

/**
 * Rotates the ledger when it has reached `maxBytes` (the worker, its only writer, calls this after appending).
 * A rename keeps the file's inode, so a reader holding a position in it finds it again under the new name.
 */
export function rotateLedgerIfLarge(file: string, maxBytes = LEDGER_ROTATE_BYTES): boolean {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return false;
  }
  if (size < maxBytes) return false;
  renameSync(file, previousGeneration(file));
  // A fresh file, 0644 whatever the worker's umask (077: the runner user's post step must read it), that starts
  // with its generation's name: the filesystem may give it the inode of the generation this rename deleted.
  writeFileSync(file, JSON.stringify({ generation: `${process.hrtime.bigint()}-${process.pid}` }) + '\n', { flag: 'wx', mode: 0o644 });
  chmodSync(file, 0o644);
  return true;
}

/** Parses one ledger line; undefined for a torn or foreign line (the report never fails on one). */
function parseLine(line: string): LedgerLine | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    const l = JSON.parse(line) as LedgerLine;
    return typeof l.path === 'string' && typeof l.status === 'string' && typeof l.seq === 'string' ? l : undefined;
  } catch {
    return undefined; // a line cut by a crash mid-write
  }
}

/** Parses ledger text, ignoring a torn or foreign line rather than failing the report. */
export function parseLedger(text: string): LedgerLine[] {
  const out: LedgerLine[] = [];
  for (const line of text.split('\n')) {
    const l = parseLine(line);
    if (l) out.push(l);
  }
  return out;
}

const CHUNK = 1024 * 1024;

/**
 * Calls `each` for every line of `file` from byte `offset` on, reading a chunk at a time: a ledger of any size
 * (a release before rotation left some of over 1 GiB) is never one string. Returns the bytes read.
 */
export function scanLedgerFile(file: string, offset: number, each: (line: LedgerLine) => void): number {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw err;
  }
  const buf = Buffer.allocUnsafe(CHUNK);
  let pos = offset;
  let carry = Buffer.alloc(0);
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, CHUNK, pos);
      if (n === 0) break;
      pos += n;
      const data = carry.length > 0 ? Buffer.concat([carry, buf.subarray(0, n)]) : buf.subarray(0, n);
      let start = 0;
      for (let nl = data.indexOf(10, start); nl !== -1; nl = data.indexOf(10, start)) {
        const l = parseLine(data.toString('utf8', start, nl));
        if (l) each(l);
        start = nl + 1;
      }
      carry = Buffer.from(data.subarray(start)); // a partial last line (a copy: buf is reused)
    }
    const last = parseLine(carry.toString('utf8'));
    if (last) each(last);
  } finally {
    closeSync(fd);
  }
  return pos - offset;
}

export function readLedger(file: string): LedgerLine[] {
  const out: LedgerLine[] = [];
  scanLedgerFile(file, 0, (l) => out.push(l));
  return out;
}

/**
 * Where the ledger ends now: a post step reads from here (undefined when there is no ledger yet). A file is
 * known by its inode and the generation named on its first line (absent in files of releases before rotation).
 */
export interface LedgerPosition {
  ino: number;
  size: number;
  generation?: string;
}

export function ledgerPosition(file: string): LedgerPosition | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    const head = Buffer.alloc(128);
    const m = /^\{"generation":"([0-9-]{1,60})"\}\n/.exec(head.toString('utf8', 0, readSync(fd, head, 0, head.length, 0)));
    return { ino: st.ino, size: st.size, ...(m ? { generation: m[1] } : {}) };
  } finally {
    closeSync(fd);
  }
}

/** Whether `now` is the very file `from` was taken in (and it was not cut short since). */
const sameFile = (from: LedgerPosition, now: LedgerPosition | undefined): boolean =>
  now !== undefined && now.ino === from.ino && now.generation === from.generation && now.size >= from.size;

/** What a read from a position found; `rotatedPast`: the generation holding the position is gone (two rotations). */
export interface LedgerTail {
  lines: LedgerLine[];
  bytesRead: number;
  rotatedPast: boolean;
}

/**
 * The ledger's lines written after `from`: the rest of the generation that holds it (found by inode, whether it
 * is still current or was rotated to `.1`), then the current file. With no position (no ledger when the job
 * started), both generations are read whole.
 */
export function readLedgerSince(file: string, from: LedgerPosition | undefined): LedgerTail {
  const lines: LedgerLine[] = [];
  const push = (l: LedgerLine) => lines.push(l);
  const prev = previousGeneration(file);
  const current = ledgerPosition(file);
  if (from && sameFile(from, current)) return { lines, bytesRead: scanLedgerFile(file, from.size, push), rotatedPast: false };
  let bytesRead = 0;
  let rotatedPast = false;
  if (from && sameFile(from, ledgerPosition(prev))) bytesRead += scanLedgerFile(prev, from.size, push);
  else {
    rotatedPast = from !== undefined;
    bytesRead += scanLedgerFile(prev, 0, push);
  }
  bytesRead += scanLedgerFile(file, 0, push);
  return { lines, bytesRead, rotatedPast };
}

/** Ledger lines of entries enqueued at or after `cursor` (nanoseconds, see cursorNow). */
export function ledgerSince(lines: readonly LedgerLine[], cursor: string): LedgerLine[] {
  const c = BigInt(cursor);
  return lines.filter((l) => entryTime(l.seq) >= c);
}
