/**
 * The upload figures: throughput of ours (to file:// and to s3rver) against `nix copy` (zstd to the same
 * targets; xz on a sample), and peak memory of ours for one ≈ 1 GiB NAR. Runs are interleaved
 * (ours, baseline, ours, baseline, …) so slow drift in the machine's load hits all of them alike.
 */
import type { BenchConfig } from './config.js';
import { median, MiB } from './measure.js';
import type { RequestCounts } from './s3rver.js';
import { nixCopyToFile, nixCopyToS3, oursToFile, oursToS3 } from './throughput.js';
import { ensureSample, type Workload } from './workload.js';

/** Median seconds and the runs behind them. */
export interface Timing {
  seconds: number;
  runs: number[];
  narBytes: number;
}

export function mibPerSecond(t: Timing): number {
  return t.narBytes / MiB / t.seconds;
}

export interface UploadFigures {
  oursFile: Timing;
  closurePeakRssBytes: number; // ours → file://, the whole closure
  oursS3: Timing;
  nixZstd: Timing;
  nixS3?: Timing; // undefined when this Nix has no s3:// store (2.8 and 2.26 as Debian builds them)
  nixS3Error?: string;
  /** What s3rver saw in the last closure run of each (signatures checked: test/e2e/rig/sigv4-check.ts). */
  s3Requests: { ours?: RequestCounts; nix?: RequestCounts };
  sample: { describe: string; oursFile: Timing; oursS3: Timing; nixXz: Timing };
}

export interface MemoryFigures {
  narBytes: number;
  ours: { peakRssBytes: number; runs: number[]; seconds: number };
  nixCopy: { peakRssBytes: number; runs: number[]; seconds: number };
}

function timing(runs: number[], narBytes: number): Timing {
  return { seconds: median(runs), runs, narBytes };
}

const fmt = (narBytes: number, s: number) => `${s.toFixed(1)} s (${(narBytes / MiB / s).toFixed(1)} MiB/s)`;

/**
 * Interleaved runs of the two headline ratios, at least: ours and nix copy differ by a few percent, and on
 * the 2-core rig single runs of either swing by 10-15 % (docs/benchmarks.md history), so a median of three
 * flipped the file:// verdict between two bench runs of the same build. Five cost some 15 s more.
 */
export const THROUGHPUT_RUNS_MIN = 5;

export async function measureUploads(cfg: BenchConfig, w: Workload, log: (line: string) => void): Promise<UploadFigures> {
  const runs = { oursFile: [] as number[], oursS3: [] as number[], nixZstd: [] as number[], nixS3: [] as number[] };
  let nixS3Error: string | undefined;
  const s3Requests: UploadFigures['s3Requests'] = {};
  const rss: number[] = [];
  const headline = Math.max(THROUGHPUT_RUNS_MIN, cfg.runs);
  for (let i = 0; i < headline; i++) {
    const tag = `  run ${i + 1}/${headline}:`;
    const file = await oursToFile(cfg, w.root);
    runs.oursFile.push(file.seconds);
    rss.push(file.peakRssBytes);
    log(`${tag} ours → file://          ${fmt(w.narBytes, runs.oursFile[i]!)}`);
    runs.nixZstd.push((await nixCopyToFile(cfg, w.root, 'zstd')).seconds);
    log(`${tag} nix copy zstd → file:// ${fmt(w.narBytes, runs.nixZstd[i]!)}`);
    const ours = await oursToS3(cfg, [w.root]);
    runs.oursS3.push(ours.seconds);
    if (ours.requests) s3Requests.ours = ours.requests;
    log(`${tag} ours → s3rver           ${fmt(w.narBytes, runs.oursS3[i]!)}`);
    if (nixS3Error === undefined) {
      try {
        const nix = await nixCopyToS3(cfg, w.root);
        runs.nixS3.push(nix.seconds);
        if (nix.requests) s3Requests.nix = nix.requests;
        log(`${tag} nix copy zstd → s3rver  ${fmt(w.narBytes, runs.nixS3[i]!)}`);
      } catch (err) {
        nixS3Error = (err as Error).message.split('\n')[0]!;
        log(`${tag} nix copy → s3rver: not measured: ${nixS3Error}`);
      }
    }
  }

  const sample = await ensureSample(cfg, w);
  log(`  xz sample: ${sample.describe}, ${(sample.narBytes / MiB).toFixed(1)} MiB of NAR`);
  const sampleRuns = { oursFile: [] as number[], oursS3: [] as number[] };
  for (let i = 0; i < cfg.runs; i++) {
    sampleRuns.oursFile.push((await oursToFile(cfg, sample.root)).seconds);
    sampleRuns.oursS3.push((await oursToS3(cfg, [sample.root])).seconds);
  }
  log(
    `  sample: ours → file:// ${fmt(sample.narBytes, median(sampleRuns.oursFile))}, ours → s3rver ${fmt(sample.narBytes, median(sampleRuns.oursS3))} (medians)`,
  );
  // xz: once. It is the slowest part of the bench by far.
  const xz = (await nixCopyToFile(cfg, sample.root, 'xz')).seconds;
  log(`  sample: nix copy xz → file:// ${fmt(sample.narBytes, xz)} (1 run)`);

  return {
    oursFile: timing(runs.oursFile, w.narBytes),
    closurePeakRssBytes: median(rss),
    oursS3: timing(runs.oursS3, w.narBytes),
    nixZstd: timing(runs.nixZstd, w.narBytes),
    ...(runs.nixS3.length > 0 && nixS3Error === undefined ? { nixS3: timing(runs.nixS3, w.narBytes) } : {}),
    ...(nixS3Error !== undefined ? { nixS3Error } : {}),
    s3Requests,
    sample: {
      describe: sample.describe,
      oursFile: timing(sampleRuns.oursFile, sample.narBytes),
      oursS3: timing(sampleRuns.oursS3, sample.narBytes),
      nixXz: timing([xz], sample.narBytes),
    },
  };
}

/** Peak resident memory of `push` uploading the single ≈ 1 GiB path to s3rver (multipart), and of `nix copy`. */
export async function measureMemory(cfg: BenchConfig, w: Workload, log: (line: string) => void): Promise<MemoryFigures> {
  const ours: { rss: number; s: number }[] = [];
  for (let i = 0; i < cfg.runs; i++) {
    const r = await oursToS3(cfg, [w.big.path], { closure: false, peakRss: true });
    ours.push({ rss: r.peakRssBytes ?? NaN, s: r.seconds });
    log(
      `  run ${i + 1}/${cfg.runs}: ours → s3rver, ${(w.big.narSize / MiB).toFixed(0)} MiB NAR: peak RSS ${(ours[i]!.rss / MiB).toFixed(1)} MiB in ${ours[i]!.s.toFixed(1)} s`,
    );
  }
  // Once: nix copy streams, its peak is stable from run to run.
  const nix = await nixCopyToFile(cfg, w.big.path, 'zstd', { peakRss: true });
  log(`  nix copy zstd → file://: peak RSS ${((nix.peakRssBytes ?? NaN) / MiB).toFixed(1)} MiB in ${nix.seconds.toFixed(1)} s (1 run)`);
  return {
    narBytes: w.big.narSize,
    ours: { peakRssBytes: median(ours.map((o) => o.rss)), runs: ours.map((o) => o.rss), seconds: median(ours.map((o) => o.s)) },
    nixCopy: { peakRssBytes: nix.peakRssBytes ?? NaN, runs: [nix.peakRssBytes ?? NaN], seconds: nix.seconds },
  };
}
