/**
 * Turns the measurements into the table (figure | ours | baseline | ratio | target | met), judges each
 * target, and renders the Markdown for the terminal and for docs/benchmarks.md. Measures nothing.
 */
import type { BenchConfig } from './config.js';
import type { HookFigures } from './hooks.js';
import { BUILDS } from './hooks.js';
import type { Machine } from './machine.js';
import { MiB } from './measure.js';
import type { SummaryFigures } from './summary-render.js';
import type { RequestCounts } from './s3rver.js';
import { mibPerSecond, type MemoryFigures, type Timing, type UploadFigures } from './uploads.js';
import type { Workload } from './workload.js';

export interface Results {
  uploads?: UploadFigures;
  memory?: MemoryFigures;
  hooks?: HookFigures;
  hostHooks?: HookFigures; // the hook figures on the host's Nix, when the rest ran in a Debian root
  summary?: SummaryFigures;
}

export interface Row {
  figure: string;
  ours: string;
  baseline: string;
  ratio: string;
  target: string;
  met?: boolean; // undefined: not measured
}

/** A ratio; none when the baseline is not a positive amount (e.g. an overhead lost in the noise). */
const x = (r: number) => (Number.isFinite(r) && r >= 0 ? `${r.toFixed(2)}×` : '—');
const rate = (t: Timing) => `${mibPerSecond(t).toFixed(1)} MiB/s (${t.seconds.toFixed(1)} s)`;
const mib = (b: number) => `${(b / MiB).toFixed(1)} MiB`;

function throughputRow(figure: string, ours: Timing, base: Timing, baseName: string, min: number, target: string): Row {
  const ratio = mibPerSecond(ours) / mibPerSecond(base);
  return { figure, ours: rate(ours), baseline: `${baseName} ${rate(base)}`, ratio: x(ratio), target, met: ratio >= min };
}

function missing(figure: string, target: string): Row {
  return { figure, ours: 'not measured', baseline: '—', ratio: '—', target };
}

/** The hook's figures for one Nix version: its own cost over any hook, and the whole build-loop overhead. */
function hookRows(h: HookFigures): Row[] {
  const on = h.nix ? ` (${h.nix})` : '';
  const ms = (n: number) => `${n.toFixed(2)} ms`;
  const overTrue = (mode: 'enqueue' | 'cold', worker: string): Row => ({
    figure: `Hook cost per build over \`/bin/true\`, worker ${worker}${on}`,
    ours: ms(h.overheadMs[mode]),
    baseline: `/bin/true as the hook ${ms(h.overheadMs.true)}`,
    ratio: ms(h.overTrueMs[mode]) + ' more',
    target: '≤ 2 ms more',
    met: h.overTrueMs[mode] <= 2,
  });
  return [
    overTrue('enqueue', 'alive'),
    overTrue('cold', 'stopped'),
    {
      figure: `Build-loop overhead per build, worker uploading alongside${on}`,
      ours: ms(h.overheadMs.ours),
      baseline: `sync nix copy hook ${ms(h.overheadMs.sync)}`,
      ratio: x(h.overheadMs.ours / h.overheadMs.sync),
      target: '≤ 10 ms',
      met: h.overheadMs.ours <= 10,
    },
  ];
}

export function rows(r: Results): Row[] {
  const out: Row[] = [];
  const u = r.uploads;
  if (u) {
    out.push(throughputRow('Upload throughput → file://', u.oursFile, u.nixZstd, 'nix copy zstd → file://', 1, '≥ 1.00×'));
    if (u.nixS3) out.push(throughputRow('Upload throughput → s3rver', u.oursS3, u.nixS3, 'nix copy zstd → s3rver', 1, '≥ 1.00×'));
    else
      out.push({
        ...missing('Upload throughput → s3rver', '≥ 1.00×'),
        ours: rate(u.oursS3),
        baseline: `nix copy → s3: ${u.nixS3Error ?? 'not run'}`,
      });
    out.push({
      figure: 'Peak RSS, push of the closure → file://',
      ours: mib(u.closurePeakRssBytes),
      baseline: '—',
      ratio: '—',
      target: '≤ 120 MiB',
      met: u.closurePeakRssBytes <= 120 * MiB,
    });
    out.push(
      throughputRow('Upload throughput → file:// (xz sample)', u.sample.oursFile, u.sample.nixXz, 'nix copy xz', 3, '≥ 3.00×'),
      throughputRow('Upload throughput → s3rver (xz sample)', u.sample.oursS3, u.sample.nixXz, 'nix copy xz → file://', 3, '≥ 3.00×'),
    );
  } else {
    out.push(missing('Upload throughput', '≥ 1× nix copy zstd (file://, s3), ≥ 3× nix copy xz'));
  }
  for (const h of [r.hostHooks, r.hooks]) if (h) out.push(...hookRows(h));
  if (!r.hooks) out.push(missing('Hook cost per build', '≤ 2 ms over /bin/true'));
  const m = r.memory;
  if (m) {
    out.push({
      figure: `Peak RSS, one ${(m.narBytes / 1024 ** 3).toFixed(2)} GiB NAR → s3rver`,
      ours: mib(m.ours.peakRssBytes),
      baseline: `nix copy zstd → file:// ${mib(m.nixCopy.peakRssBytes)}`,
      ratio: x(m.ours.peakRssBytes / m.nixCopy.peakRssBytes),
      target: '≤ 200 MiB',
      met: m.ours.peakRssBytes <= 200 * MiB,
    });
  } else out.push(missing('Peak RSS, one 1 GiB NAR', '≤ 200 MiB'));
  const s = r.summary;
  if (s) {
    out.push(
      {
        figure: `Job summary of ${s.entries.toLocaleString('en-US')} entries: time`,
        ours: `${(s.seconds * 1000).toFixed(1)} ms`,
        baseline: '—',
        ratio: '—',
        target: '< 1 s',
        met: s.seconds < 1,
      },
      {
        figure: `Job summary of ${s.entries.toLocaleString('en-US')} entries: size`,
        ours: `${(s.bytes / 1024).toFixed(1)} KiB`,
        baseline: '—',
        ratio: '—',
        target: '< 1 MiB',
        met: s.bytes < MiB,
      },
    );
  } else out.push(missing('Job summary of 10,000 entries', '< 1 s, < 1 MiB'));
  return out;
}

export function table(rs: readonly Row[]): string {
  const met = (m: boolean | undefined) => (m === undefined ? 'n/a' : m ? 'met' : '**missed**');
  return [
    '| figure | ours | baseline | ratio | target | met |',
    '|---|---:|---:|---:|---|---|',
    ...rs.map((r) => `| ${r.figure} | ${r.ours} | ${r.baseline} | ${r.ratio} | ${r.target} | ${met(r.met)} |`),
  ].join('\n');
}

const countsOf = (c: RequestCounts) => `${c.signed} signed, ${c.anonymous} anonymous, ${c.refused} refused`;

/** Who signed their S3 requests: a client that signs nothing does less work than any real upload to S3. */
function s3RequestsNote({ ours, nix }: UploadFigures['s3Requests']): string {
  const said = [ours && `ours ${countsOf(ours)}`, nix && `nix copy ${countsOf(nix)}`].filter(Boolean).join('; ');
  const unsignedNix =
    nix && nix.signed === 0 && nix.anonymous > 0
      ? ' This Nix signed none of its requests: Nix signs S3 requests only when built with AWS authentication, and s3rver takes anonymous writes, so its baseline skips the signing that every real S3 upload does (ours signs every request).'
      : '';
  return `- Requests s3rver saw in the last closure run, each SigV4 signature checked by the rig (test/e2e/rig/sigv4-check.ts): ${said || 'not reported'}.${unsignedNix}`;
}

const runsOf = (t: Timing) => t.runs.map((s) => s.toFixed(1)).join(', ');

/** The details under the table: raw runs, and what each figure is exactly. */
export function details(w: Workload, r: Results): string[] {
  const out: string[] = [];
  const u = r.uploads;
  if (u) {
    out.push(
      `- Throughput is NAR MiB of the closure (${w.paths.length} paths, ${mib(w.narBytes)}) per second of wall time of the whole command, end to end: start-up, path queries, dump, hash, compress (zstd 3 for ours), sign, write. Fresh cache per run. Medians of ${u.oursFile.runs.length}; runs in seconds: ours → file:// ${runsOf(u.oursFile)}; ours → s3rver ${runsOf(u.oursS3)}; nix copy zstd → file:// ${runsOf(u.nixZstd)}${u.nixS3 ? `; nix copy zstd → s3rver ${runsOf(u.nixS3)}` : ''}. Runs interleave (ours, nix copy, ours, nix copy, …) so drift in the machine's load hits both alike. Both use zstd level 3 (Nix's default level), \`nix copy\` with \`parallel-compression=true\`.`,
      `- xz baseline: \`nix copy\` with xz runs single-threaded at well under 1 MiB/s here (the whole workload would take about half an hour), so it runs **once, on a sample** of the workload with the same mix (${u.sample.describe}; ${mib(u.sample.oursFile.narBytes)}), and ours is measured on the same sample: ours → file:// ${runsOf(u.sample.oursFile)} s; ours → s3rver ${runsOf(u.sample.oursS3)} s; nix copy xz ${runsOf(u.sample.nixXz)} s.`,
      '- s3rver is a Node process on the same two cores: its own CPU use (MD5 of every part, writing files) is in both S3 figures.',
      s3RequestsNote(u.s3Requests),
    );
  }
  for (const h of [r.hostHooks, r.hooks]) {
    if (!h) continue;
    out.push(
      `- Build loop${h.nix ? ` on ${h.nix}` : ''}: one \`nix-build\` of ${BUILDS} independent trivial derivations (fresh salt each time) as the unprivileged user through a nix-daemon; medians of ${h.runs}: no hook ${h.seconds.none.toFixed(2)} s, \`/bin/true\` as the hook ${h.seconds.true.toFixed(2)} s, our hook with a live worker (it only enqueues) ${h.seconds.enqueue.toFixed(2)} s, our hook with no worker (each hook starts one; \`/bin/true\` stands in for it) ${h.seconds.cold.toFixed(2)} s, our hook with our real worker uploading alongside ${h.seconds.ours.toFixed(2)} s, a synchronous \`nix copy\` (xz) hook ${h.seconds.sync.toFixed(2)} s. Cost per build = (t_hook − t_baseline) / ${BUILDS}, median of paired runs. Our worker uploaded ${h.worker.uploaded} of ${h.worker.expected} outputs to a file:// cache in the background, on the same cores as the builds, and was done ${h.worker.drainSeconds.map((s) => s.toFixed(1)).join(', ')} s after each loop ended.`,
    );
  }
  if (r.hooks)
    out.push(
      "- Hooks are switched with nix-daemons of the bench's own on private sockets (same store, the machine's nix.conf, `post-build-hook` overridden through NIX_CONFIG), and our hook runs in a private copy of the runner layout: the machine's /etc/nix, nix-daemon, queue and ledger are never touched.",
    );
  const m = r.memory;
  if (m) {
    out.push(
      `- Peak RSS: VmHWM of the \`push\` process (polled every 50 ms; child processes not included) uploading one path of ${mib(m.narBytes)} NAR to s3rver (multipart), median of ${m.ours.runs.length}: ${m.ours.runs.map((b) => (b / MiB).toFixed(1)).join(', ')} MiB, in ${m.ours.seconds.toFixed(1)} s. nix copy zstd of the same path to file://: once, ${m.nixCopy.seconds.toFixed(1)} s.`,
    );
  }
  const s = r.summary;
  if (s) {
    out.push(
      `- Job summary: \`totalsOf\` + \`renderSummary\` (src/summary/summary.ts) over ${s.entries.toLocaleString('en-US')} synthetic ledger entries (uploads, skips, failures and refusals with long reasons), median; the first, cold run took ${(s.firstSeconds * 1000).toFixed(1)} ms. Parsing the ledger text and selecting the job's entries before that (\`parseLedger\` + \`ledgerSince\`): ${(s.parseSeconds * 1000).toFixed(1)} ms.`,
    );
  }
  return out;
}

export interface ReportContext {
  cfg: BenchConfig;
  machine: Machine;
  workload: Workload;
  date: Date;
  loadStart: number;
  loadEnd: number;
  elapsedSeconds: number;
  errors: string[];
}

export function markdown(c: ReportContext, r: Results): string {
  const m = c.machine;
  const w = c.workload;
  return [
    '# Benchmarks',
    '',
    `Generated by \`${c.cfg.command}\` (bench/run.ts) on ${c.date.toISOString().replace(/\.\d+Z$/, 'Z')}, in ${(c.elapsedSeconds / 60).toFixed(1)} minutes. Do not edit: run the bench again.`,
    '',
    '## Machine',
    '',
    `- ${m.nproc} cores (${m.cpu}), ${m.memoryGiB.toFixed(1)} GiB memory, ${m.kernel}`,
    `- Node ${m.node}, ${m.nix} (the ratios against \`nix copy\` are against this Nix; the host's hook figures name their own)`,
    `- CLI under test: ${c.cfg.cliSource.replace(c.cfg.repo + '/', '')}, built ${c.cfg.cliBuiltAt.toISOString().replace(/\.\d+Z$/, 'Z')}`,
    `- Load average (1 min) at start ${c.loadStart.toFixed(2)}, at end ${c.loadEnd.toFixed(2)}: other work on the machine slows ours and the baselines alike (they are interleaved), but skews absolute figures.`,
    '',
    '## Workload',
    '',
    `Made with real Nix from real distribution files, no download (bench/workload.ts): a closure of ${w.paths.length} store paths, ${mib(w.narBytes)} of NAR — every directory of the Python standard library and its top-level modules, every shared library file and library directory of /usr/lib, zoneinfo, /usr/bin and the Perl modules of the Debian root the bench ran in (many small paths, a few large ones: the largest ${mib(Math.max(...w.paths.map((p) => p.narSize)))}) — under one root built by a derivation that references them all; plus one separate, synthetic path of ${mib(w.big.narSize)} of NAR (half text-like, half random) for the memory figure.`,
    '',
    '## Results',
    '',
    table(rows(r)),
    '',
    ...details(w, r),
    ...(c.errors.length > 0 ? ['', '## Not measured', '', ...c.errors.map((e) => `- ${e.replace(/\n/g, ' ')}`)] : []),
    '',
  ].join('\n');
}
