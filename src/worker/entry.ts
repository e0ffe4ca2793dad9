import { isStorePath } from '../core/store-path.js';

/**
 * A queue entry: one finished build as the hook saw it. The hook writes two lines (DRV_PATH, OUT_PATHS) and
 * a `.` line with printf, never through a shell expansion; the worker rewrites the file as JSON to keep its progress.
 */
export interface QueueEntry {
  id: string; // "<unix nanoseconds>-<hook pid>": sorts in enqueue order
  drv: string;
  outs: string[]; // empty when Nix left OUT_PATHS empty (Nix 2.8 always does)
  attempts: number;
  notBefore: number; // ms epoch: backoff
  done: string[]; // outputs already settled in an earlier attempt
  lastError?: string;
  /** An output settled as failed in an earlier try: the entry goes to failed/ when the rest is settled. */
  failedBefore?: boolean;
}

/** Entries are files named `<id>.entry`; the id's leading number is the enqueue time in nanoseconds. */
export const ENTRY_SUFFIX = '.entry';
const ID = /^(\d{1,25})-(\d{1,10})$/;

export function isEntryId(id: string): boolean {
  return ID.test(id);
}

/** The enqueue time of an entry id as nanoseconds since the epoch (BigInt: more than 2^53). */
export function entryTime(id: string): bigint {
  const m = ID.exec(id);
  return m ? BigInt(m[1]!) : 0n;
}

/** A cursor for "entries enqueued from `nowMs` on": the time in the same unit as entry ids. */
export function cursorNow(nowMs = Date.now()): string {
  return (BigInt(nowMs) * 1_000_000n).toString();
}

/**
 * How far an entry's id may lag the clock: its time is the hook file's mtime, which the kernel takes from its
 * coarse clock, up to a tick behind the real time (4 ms at HZ=250, 10 ms at HZ=100; seen here: four hooks
 * started 4 ms apart got ids exactly 4 ms apart, the first before a cursor taken just before it).
 */
export const ENTRY_CLOCK_LAG_MS = 20;

/** The cursor for "builds from now on" (the main step's): early by the lag, so none sorts before it. */
export function jobCursor(nowMs = Date.now()): string {
  return cursorNow(nowMs - ENTRY_CLOCK_LAG_MS);
}

/**
 * Orders ids by enqueue time, then by the rest. Compares the digits as strings (shorter is smaller; ids have no
 * leading zeros): 100,000 ids sort in 0.1 s this way, against 0.36 s with two BigInts per comparison.
 */
export function compareIds(a: string, b: string): number {
  return compareDigits(a.slice(0, a.indexOf('-')), b.slice(0, b.indexOf('-'))) || (a < b ? -1 : a > b ? 1 : 0);
}

function compareDigits(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

export class MalformedEntryError extends Error {}

/** Parses an entry file: the hook's two-line form or the worker's JSON form. Store paths are validated. */
export function parseEntry(id: string, text: string): QueueEntry {
  let entry: QueueEntry;
  if (text.startsWith('{')) {
    let raw: Partial<QueueEntry>;
    try {
      raw = JSON.parse(text) as Partial<QueueEntry>;
    } catch {
      throw new MalformedEntryError(`queue entry ${id} is not valid JSON`);
    }
    entry = {
      id,
      drv: String(raw.drv ?? ''),
      outs: Array.isArray(raw.outs) ? raw.outs.map(String) : [],
      attempts: Number(raw.attempts ?? 0),
      notBefore: Number(raw.notBefore ?? 0),
      done: Array.isArray(raw.done) ? raw.done.map(String) : [],
    };
    if (raw.lastError) entry.lastError = String(raw.lastError);
    if (raw.failedBefore === true) entry.failedBefore = true;
  } else {
    const [drv = '', outs = '', ...rest] = text.split('\n');
    // The hook writes two lines and a `.` line that marks the entry complete (hooks before 0.2 wrote no `.`);
    // anything more means a newline inside DRV_PATH or OUT_PATHS, which no store path has: reject the entry
    // rather than act on part of it.
    if (rest[0] === '.') rest.shift();
    const extra = rest.find((l) => l !== '');
    if (extra !== undefined) {
      throw new MalformedEntryError(
        `queue entry ${id}: more than two lines (a newline in DRV_PATH or OUT_PATHS): ${JSON.stringify(extra.slice(0, 200))}`,
      );
    }
    entry = { id, drv, outs: outs.split(' ').filter(Boolean), attempts: 0, notBefore: 0, done: [] };
  }
  if (!isStorePath(entry.drv) || !entry.drv.endsWith('.drv')) {
    throw new MalformedEntryError(`queue entry ${id}: DRV_PATH is not a derivation path: ${JSON.stringify(entry.drv.slice(0, 200))}`);
  }
  for (const o of entry.outs) {
    if (!isStorePath(o))
      throw new MalformedEntryError(`queue entry ${id}: OUT_PATHS holds a non-store path: ${JSON.stringify(o.slice(0, 200))}`);
  }
  return entry;
}

export function serializeEntry(e: QueueEntry): string {
  const { id: _id, ...rest } = e;
  return JSON.stringify(rest) + '\n';
}

/**
 * Exponential backoff for entry retries: 2, 4, 8 … seconds, capped at 5 minutes, and never sooner than the
 * cache's Retry-After.
 */
export function backoffMs(attempts: number, retryAfterSeconds?: number): number {
  const exp = Math.min(300_000, 1000 * 2 ** Math.max(1, attempts));
  return Math.max(exp, (retryAfterSeconds ?? 0) * 1000);
}
