import * as core from '@actions/core';
import type { LedgerPosition } from '../worker/ledger.js';

/**
 * What the main step hands the post step (the runner keeps it between them): one place for the keys, so the
 * two steps cannot drift apart.
 */
export interface JobState {
  cursor: string; // entries enqueued from here on are this job's window (cursorNow: ns since the epoch)
  cache: string; // the provisioned cache, for the summary
  otherJobs: number; // other runner jobs seen on the machine when the job started
  trustMarkdown?: string; // the trust audit, rendered for the summary
  ledger?: LedgerPosition; // where the ledger ended before the cursor was taken: the post step reads from there
}

const KEYS = { cursor: 'cursor', cache: 'cache', otherJobs: 'other-jobs', trustMarkdown: 'trust-markdown', ledger: 'ledger' } as const;

type Set = (key: string, value: string) => void;

export function saveJobState(s: JobState, set: Set = core.saveState): void {
  set(KEYS.cursor, s.cursor);
  set(KEYS.cache, s.cache);
  set(KEYS.otherJobs, String(s.otherJobs));
  if (s.trustMarkdown) saveTrustMarkdown(s.trustMarkdown, set);
  if (s.ledger) set(KEYS.ledger, [s.ledger.ino, s.ledger.size, ...(s.ledger.generation ? [s.ledger.generation] : [])].join(':'));
}

/** The audit renders its report before the cursor is taken: saved on its own. */
export function saveTrustMarkdown(markdown: string, set: Set = core.saveState): void {
  set(KEYS.trustMarkdown, markdown);
}

/** The main step's state, or undefined when it did not finish (no cursor). */
export function loadJobState(get: (key: string) => string = core.getState): JobState | undefined {
  const cursor = get(KEYS.cursor);
  if (!/^\d{1,25}$/.test(cursor)) return undefined;
  const s: JobState = { cursor, cache: get(KEYS.cache), otherJobs: Number(get(KEYS.otherJobs)) || 0 };
  const md = get(KEYS.trustMarkdown);
  if (md) s.trustMarkdown = md;
  const ledger = /^(\d{1,20}):(\d{1,20})(?::([0-9-]{1,60}))?$/.exec(get(KEYS.ledger));
  if (ledger) s.ledger = { ino: Number(ledger[1]), size: Number(ledger[2]), ...(ledger[3] ? { generation: ledger[3] } : {}) };
  return s;
}

/** A deprovisioning run: the post step has nothing to report. */
export function markDeprovisioned(set: Set = core.saveState): void {
  set('deprovisioned', 'true');
}

export function wasDeprovisioned(get: (key: string) => string = core.getState): boolean {
  return get('deprovisioned') === 'true';
}

/** The cursor as milliseconds since the epoch. */
export const cursorMs = (s: JobState): number => Number(BigInt(s.cursor) / 1_000_000n);
