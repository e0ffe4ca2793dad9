/**
 * The job summary at scale: time to compute totals and render the Markdown (src/summary/summary.ts) from a
 * ledger of 10,000 synthetic entries, and the size of the result. Also, apart, the time the post step spends
 * before that: parsing the ledger file's text and selecting the job's entries (src/worker/ledger.ts).
 */
import { renderSummary, totalsOf } from '../src/summary/summary.js';
import { ledgerSince, parseLedger, type LedgerLine } from '../src/worker/ledger.js';
import { median } from './measure.js';

export const SUMMARY_ENTRIES = 10_000;

/** A plausible ledger: mostly uploads, some skips, a few failures and refusals with long reasons. */
export function syntheticLedger(n: number): LedgerLine[] {
  const t0 = Date.parse('2025-01-01T00:00:00Z');
  const hash = (i: number) =>
    (i * 2654435761)
      .toString(32)
      .padStart(32, '0')
      .slice(-32)
      .replace(/[eotu]/g, 'a');
  return Array.from({ length: n }, (_, i): LedgerLine => {
    const status = i % 100 === 99 ? 'refused' : i % 50 === 48 ? 'failed' : i % 10 === 7 ? 'skipped' : 'uploaded';
    const line: LedgerLine = {
      seq: `${(BigInt(t0) * 1_000_000n + BigInt(i) * 1000n).toString()}-${1000 + (i % 500)}`,
      drv: `/nix/store/${hash(i + 7)}-pkg-${i}.drv`,
      path: `/nix/store/${hash(i)}-pkg-${i}-1.${i % 10}`,
      status,
      narSize: 4096 + ((i * 7919) % 50_000_000),
      fileSize: status === 'uploaded' ? 1024 + ((i * 7919) % 20_000_000) : 0,
      seconds: (i % 300) / 100,
      attempts: status === 'failed' ? 10 : 1,
      time: new Date(t0 + i * 250).toISOString(),
    };
    if (status === 'failed')
      line.reason = `uploading nar/${hash(i)}.nar.zst: s3://bucket answered 503 SlowDown; will retry | <details> `.repeat(8);
    if (status === 'refused')
      line.reason = `refusing to sign ${line.path}: its contents differ from the hash registered in the Nix database`;
    return line;
  });
}

export interface SummaryFigures {
  entries: number;
  seconds: number; // median: totalsOf + renderSummary
  firstSeconds: number; // the first (cold, unoptimised) run, as a post step does it once
  parseSeconds: number; // median: parseLedger + ledgerSince of the JSONL text
  bytes: number;
}

export function measureSummary(runs: number): SummaryFigures {
  const text = syntheticLedger(SUMMARY_ENTRIES)
    .map((l) => JSON.stringify(l))
    .join('\n');
  const render: number[] = [];
  const parse: number[] = [];
  let bytes = 0;
  for (let r = 0; r < Math.max(runs, 3); r++) {
    let started = performance.now();
    const lines = ledgerSince(parseLedger(text), '0');
    parse.push((performance.now() - started) / 1000);
    started = performance.now();
    const md = renderSummary(totalsOf(lines, 3), lines, { cache: 's3://bench-cache?region=us-east-1' });
    render.push((performance.now() - started) / 1000);
    bytes = Buffer.byteLength(md);
  }
  return { entries: SUMMARY_ENTRIES, seconds: median(render), firstSeconds: render[0]!, parseSeconds: median(parse), bytes };
}
