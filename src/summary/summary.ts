import type { LedgerLine } from '../worker/ledger.js';

/** What one job's builds gave the cache: counts, bytes and the paths, from the ledger lines since the cursor. */
export interface JobTotals {
  uploaded: number;
  skipped: number;
  failed: number;
  refused: number;
  withheld: number; // built, but of a trust class the policy does not sign (fixed-output by default)
  pending: number;
  narBytes: number; // uncompressed NAR bytes of uploaded paths
  uploadedBytes: number; // compressed bytes written to the cache
  uploadSeconds: number; // from the first upload's start to the last one's end
  uploadedPaths: string[];
  withheldPaths: string[];
  divergedPaths: string[];
  byClass: Record<string, number>;
  byWitness: Record<string, number>; // reproduced, diverged, unwitnessed (only when witnesses are configured) // settled outputs per trust class ('unrecorded' for older ledger lines)
}

export function totalsOf(lines: readonly LedgerLine[], pending: number): JobTotals {
  const t: JobTotals = {
    uploaded: 0,
    skipped: 0,
    failed: 0,
    refused: 0,
    withheld: 0,
    pending,
    narBytes: 0,
    uploadedBytes: 0,
    uploadSeconds: 0,
    uploadedPaths: [],
    withheldPaths: [],
    divergedPaths: [],
    byClass: {},
    byWitness: {},
  };
  let first = Infinity;
  let last = -Infinity;
  for (const l of lines) {
    t[l.status]++;
    if (l.path) t.byClass[l.class ?? 'unrecorded'] = (t.byClass[l.class ?? 'unrecorded'] ?? 0) + 1;
    if (l.status === 'withheld') t.withheldPaths.push(l.path);
    if (l.witness) t.byWitness[l.witness.outcome] = (t.byWitness[l.witness.outcome] ?? 0) + 1;
    if (l.witness?.outcome === 'diverged') t.divergedPaths.push(l.path);
    if (l.status !== 'uploaded') continue;
    t.narBytes += l.narSize;
    t.uploadedBytes += l.fileSize;
    t.uploadedPaths.push(l.path);
    const end = Date.parse(l.time);
    first = Math.min(first, end - l.seconds * 1000);
    last = Math.max(last, end);
  }
  if (t.uploaded > 0) t.uploadSeconds = Math.max(0, (last - first) / 1000);
  return t;
}

export function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${n} B` : `${v.toFixed(1)} ${units[u]}`;
}

/** Escapes text for a Markdown table cell (the job summary renders Markdown with HTML). */
function cell(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * Text as a Markdown code span, shown literally: no entity escapes (a code span shows `&amp;` as it is), a
 * fence longer than any backtick run inside. In a table cell (`inTable`), `|` must still be escaped.
 */
function code(s: string, inTable = false): string {
  let body = s.replace(/\r?\n/g, ' ');
  if (inTable) body = body.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return longest > 0 ? `${fence} ${body} ${fence}` : `${fence}${body}${fence}`;
}

const MAX_ROWS = 500; // path rows: about 150 KiB at most
const MAX_PROBLEMS = 100;
const MAX_REASON = 400;
/** GitHub rejects a step summary over 1 MiB; stay well under it. */
export const SUMMARY_LIMIT = 1024 * 1024;

export interface SummaryOptions {
  cache: string;
  trustMarkdown?: string;
  /** The window the ledger lines come from, and other runner jobs seen on this machine in it (at its ends). */
  scope?: { fromMs: number; toMs: number; otherJobs: number };
}

const clock = (ms: number) => new Date(ms).toISOString().slice(11, 19);

/**
 * What the figures cover, said plainly: the ledger records what the machine's nix-daemon built, not for which
 * job, so other runner jobs on the machine at the same time are counted in too.
 */
export function scopeSentence(s: NonNullable<SummaryOptions['scope']>): string {
  const window = `everything this machine's nix-daemon built from ${clock(s.fromMs)} to ${clock(s.toMs)} UTC, while this job ran`;
  if (s.otherJobs === 0) return `These figures cover ${window}; no other runner job was seen on the machine.`;
  return `These figures cover ${window}; ${s.otherJobs} other runner job(s) ran on this machine meanwhile, and what they built is counted here too.`;
}

const counts = (r: Record<string, number>) =>
  Object.entries(r)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');

/** The job summary in Markdown: totals, failures and refusals with reasons, and the uploaded paths (collapsed). */
export function renderSummary(t: JobTotals, lines: readonly LedgerLine[], o: SummaryOptions): string {
  const out: string[] = ['## nix-trusted-cache', ''];
  const rate = t.uploadSeconds > 0 ? ` at ${formatBytes(t.narBytes / t.uploadSeconds)}/s` : '';
  out.push(
    `| uploaded | skipped (already cached) | withheld | failed | refused | still pending |`,
    `|---:|---:|---:|---:|---:|---:|`,
    `| ${t.uploaded} | ${t.skipped} | ${t.withheld} | ${t.failed} | ${t.refused} | ${t.pending} |`,
    '',
    `By trust class: ${counts(t.byClass) || 'none'}.` + (counts(t.byWitness) ? ` Witnesses: ${counts(t.byWitness)}.` : ''),
    '',
    `${formatBytes(t.narBytes)} of NAR uploaded as ${formatBytes(t.uploadedBytes)} to ${code(o.cache)}${rate}.`,
    '',
  );
  if (o.scope) out.push(scopeSentence(o.scope), '');
  if (t.pending > 0)
    out.push(`> [!NOTE]\n> ${t.pending} build(s) were still queued when the job ended; the runner's worker keeps uploading them.`, '');
  const problems = lines.filter((l) => l.status === 'failed' || l.status === 'refused');
  if (problems.length > 0) {
    out.push('### Failed and refused', '', '| status | path | reason |', '|---|---|---|');
    for (const l of problems.slice(0, MAX_PROBLEMS)) {
      const reason = (l.reason ?? '').slice(0, MAX_REASON);
      out.push(`| ${l.status} | ${code(l.path || l.drv, true)} | ${cell(reason)} |`);
    }
    if (problems.length > MAX_PROBLEMS) out.push(`| … | ${problems.length - MAX_PROBLEMS} more | see the ledger on the runner |`);
    out.push('');
  }
  const diverged = lines.filter((l) => l.witness?.outcome === 'diverged');
  if (diverged.length > 0) {
    out.push(
      '### Diverged from a witness',
      '',
      'A witness cache holds these paths with another NAR: one of the two builds is not reproducible, or one builder was tampered with.',
      '',
      '| path | status | witness | ours | theirs |',
      '|---|---|---|---|---|',
    );
    for (const l of diverged.slice(0, MAX_PROBLEMS)) {
      const w = l.witness as Extract<NonNullable<LedgerLine['witness']>, { outcome: 'diverged' }>;
      out.push(
        `| ${code(l.path, true)} | ${l.status} | ${code(w.by, true)} | ${code(w.ours.narHash, true)} | ${code(w.theirs.narHash, true)} |`,
      );
    }
    out.push('');
  }
  const withheld = lines.filter((l) => l.status === 'withheld');
  if (withheld.length > 0) {
    out.push(
      '### Withheld (not signed)',
      '',
      'Fixed-output derivations (fetches) are not signed by default: their path depends only on the declared hash, so an untrusted job could put other bytes under a path an honest build will ask for later (NixOS/ofborg#68). Consumers fetch or build these themselves.',
      '',
      '| path | class | reason |',
      '|---|---|---|',
    );
    for (const l of withheld.slice(0, MAX_PROBLEMS))
      out.push(`| ${code(l.path, true)} | ${l.class ?? ''} | ${cell((l.reason ?? '').slice(0, MAX_REASON))} |`);
    if (withheld.length > MAX_PROBLEMS) out.push(`| … | ${withheld.length - MAX_PROBLEMS} more | see the ledger on the runner |`);
    out.push('');
  }
  const settled = lines.filter((l) => l.status === 'uploaded' || l.status === 'skipped');
  if (settled.length > 0) {
    const open = settled.length <= 10 ? ' open' : '';
    out.push(
      `<details${open}><summary>${settled.length} path(s)</summary>`,
      '',
      '| path | status | class | NAR | compressed | seconds |',
      '|---|---|---|---:|---:|---:|',
    );
    for (const l of settled.slice(0, MAX_ROWS)) {
      out.push(
        `| ${code(l.path, true)} | ${l.status} | ${l.class ?? ''} | ${formatBytes(l.narSize)} | ${l.status === 'uploaded' ? formatBytes(l.fileSize) : '–'} | ${l.seconds.toFixed(2)} |`,
      );
    }
    if (settled.length > MAX_ROWS) out.push(`| … and ${settled.length - MAX_ROWS} more | | | | | |`);
    out.push('', '</details>', '');
  }
  if (o.trustMarkdown) out.push(o.trustMarkdown, '');
  const text = out.join('\n');
  const bytes = Buffer.from(text);
  if (bytes.length <= SUMMARY_LIMIT) return text;
  // The limit is in bytes: cut there, back to the start of a UTF-8 character so none is split.
  let end = SUMMARY_LIMIT - 200;
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end).toString() + '\n\n… (truncated to stay under the 1 MiB summary limit)\n';
}
