import type { PathInfo } from '../nix/store.js';
import type { PushResult } from '../push/push.js';
import { backoffMs, type QueueEntry } from './entry.js';
import type { LedgerLine } from './ledger.js';
import type { TrustClass } from './trust-class.js';
import type { WitnessVerdict } from './witness.js';

/*
 * The decisions of one try at a queue entry, free of side effects but for reading the clock for a line's
 * time (src/worker/worker.ts does the reading, uploading and writing): which outputs a try settles and with
 * what ledger line, whether the entry is tried again and when, and what becomes of its file.
 */

/** What a ledger line says of a path's trust: its class, the key that signed it, the witnesses' verdict. */
export interface TrustNote {
  cls?: TrustClass;
  keyName?: string;
  witness?: WitnessVerdict;
}

/** A settled path's ledger line: the entry's id and try, the result, and its trust (a key only on what one signed). */
export function ledgerLine(e: QueueEntry, r: Omit<PushResult, 'status'> & { status: LedgerLine['status'] }, trust?: TrustNote): LedgerLine {
  const line: LedgerLine = {
    seq: e.id,
    drv: e.drv,
    path: r.path,
    status: r.status,
    narSize: r.narSize,
    fileSize: r.fileSize,
    seconds: r.seconds,
    attempts: e.attempts,
    time: new Date().toISOString(),
  };
  if (trust?.cls) line.class = trust.cls;
  if (trust?.keyName && (r.status === 'uploaded' || r.status === 'skipped')) line.key = trust.keyName;
  if (trust?.witness) line.witness = trust.witness;
  if (r.reason) line.reason = r.reason;
  return line;
}

/** A failed line for an output that settles without an upload (gone from the store): no sizes. */
export function failedLine(e: QueueEntry, path: string, reason: string): LedgerLine {
  return ledgerLine(e, { path, status: 'failed', reason, narSize: 0, fileSize: 0, seconds: 0 });
}

/**
 * The ledger line of an entry file that does not parse. Its fields keep this order (reason before the sizes,
 * unlike ledgerLine's): the line is what the ledger has always held for such an entry.
 */
export function malformedEntryLine(id: string, reason: string): LedgerLine {
  return {
    seq: id,
    drv: '',
    path: '',
    status: 'failed',
    reason,
    narSize: 0,
    fileSize: 0,
    seconds: 0,
    attempts: 1,
    time: new Date().toISOString(),
  };
}

/** What failed/ keeps of an entry file that does not parse: its id and why (the hook's text is not kept). */
export function malformedEntry(id: string, reason: string): QueueEntry {
  return { id, drv: '', outs: [], attempts: 1, notBefore: 0, done: [], lastError: reason };
}

/** The outcome of one try at an entry's signed outputs. */
export interface TryOutcome {
  /** Outputs this try settled, in order: the entry's `done` gains each line's path. */
  lines: LedgerLine[];
  /** Retryable failures with tries left: no line yet, the entry is tried again. */
  retries: { path: string; reason: string }[];
  /** Seconds: the longest Retry-After among the retries (0 when none gave one); undefined without retries. */
  retryAfter: number | undefined;
  /** Whether an output settled as failed: the entry then goes to failed/ once all its outputs are settled. */
  finalFailure: boolean;
}

/**
 * Sorts push results: uploaded, skipped and refused settle; a failure settles when it is not retryable or
 * this was the last try (its reason then says how many), and is otherwise left for the next try.
 */
export function classifyResults(
  e: QueueEntry,
  results: readonly PushResult[],
  maxAttempts: number,
  noteOf: (path: string) => TrustNote,
): TryOutcome {
  const outcome: TryOutcome = { lines: [], retries: [], retryAfter: undefined, finalFailure: false };
  for (const r of results) {
    if (r.status !== 'failed') outcome.lines.push(ledgerLine(e, r, noteOf(r.path)));
    else if (!r.retryable || e.attempts >= maxAttempts) {
      outcome.lines.push(ledgerLine(e, { ...r, reason: `${r.reason} (after ${e.attempts} tries)` }, noteOf(r.path)));
      outcome.finalFailure = true;
    } else {
      outcome.retries.push({ path: r.path, reason: r.reason });
      outcome.retryAfter = Math.max(outcome.retryAfter ?? 0, r.retryAfterSeconds ?? 0);
    }
  }
  return outcome;
}

/**
 * When the cache could not even be prepared, no output has a result of its own: a retryable error with tries
 * left settles nothing, otherwise every signed output not yet settled fails with the error.
 */
export function wholeEntryFailure(
  e: QueueEntry,
  signed: readonly PathInfo[],
  reason: string,
  retryable: boolean,
  maxAttempts: number,
): TryOutcome {
  const outcome: TryOutcome = { lines: [], retries: [], retryAfter: undefined, finalFailure: false };
  const settlesNow = !retryable || e.attempts >= maxAttempts;
  if (!settlesNow) return outcome;
  for (const i of signed.filter((i) => !e.done.includes(i.path))) {
    const reasonAfterTries = `${reason} (after ${e.attempts} tries)`;
    outcome.lines.push(
      ledgerLine(e, { path: i.path, status: 'failed', reason: reasonAfterTries, narSize: i.narSize, fileSize: 0, seconds: 0 }),
    );
  }
  outcome.finalFailure = true;
  return outcome;
}

/** What becomes of an entry's file after a try: removed, moved to failed/, or saved for another try. */
export type Settlement = 'remove' | 'fail' | 'retry';

export function settlement(outs: readonly string[], done: readonly string[], finalFailure: boolean): Settlement {
  if (!outs.every((p) => done.includes(p))) return 'retry';
  return finalFailure ? 'fail' : 'remove';
}

/** When an entry is tried again (ms epoch): the backoff after `attempts` tries, in units of `retryBaseMs`. */
export function nextTryAt(nowMs: number, attempts: number, retryAfter: number | undefined, retryBaseMs = 1000): number {
  return nowMs + backoffMs(attempts, retryAfter) * (retryBaseMs / 1000);
}
