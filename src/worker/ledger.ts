import { appendFileSync, readFileSync } from 'node:fs';
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

/** Appends lines with one write (O_APPEND): concurrent readers see whole lines. */
export function appendLedger(file: string, lines: readonly LedgerLine[]): void {
  if (lines.length === 0) return;
  appendFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n', { mode: 0o644 });
}

/** Parses ledger text, ignoring a torn or foreign line rather than failing the report. */
export function parseLedger(text: string): LedgerLine[] {
  const out: LedgerLine[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const l = JSON.parse(line) as LedgerLine;
      if (typeof l.path === 'string' && typeof l.status === 'string' && typeof l.seq === 'string') out.push(l);
    } catch {
      // a line cut by a crash mid-write: skip it
    }
  }
  return out;
}

export function readLedger(file: string): LedgerLine[] {
  try {
    return parseLedger(readFileSync(file, 'utf8'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

/** Ledger lines of entries enqueued at or after `cursor` (nanoseconds, see cursorNow). */
export function ledgerSince(lines: readonly LedgerLine[], cursor: string): LedgerLine[] {
  const c = BigInt(cursor);
  return lines.filter((l) => entryTime(l.seq) >= c);
}
