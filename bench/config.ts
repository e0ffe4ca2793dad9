/**
 * The bench's settings (from the environment) and its private working directory: a stable copy of the CLI
 * under test and a signing key used by ours and by the `nix copy` baselines alike.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MeasurementError, mustRun } from './measure.js';

export interface BenchConfig {
  runs: number; // BENCH_RUNS: runs per figure (median)
  scale: number; // BENCH_SCALE: workload size factor, 1.0 ≈ 1 GiB of NAR
  repo: string; // the project checkout
  work: string; // BENCH_DIR: the bench's own directory (workload marker, caches, daemons)
  node: string; // the Node binary running the bench (npm's node 24)
  cli: string; // a copy of dist/cli.js (or BENCH_CLI): other work may rebuild dist/ while the bench runs
  cliSource: string; // what was copied
  cliBuiltAt: Date;
  keyFile: string; // secret key, 0400 root
  command: string; // how the bench was started, for the report
}

function envNumber(name: string, dflt: number, check: (n: number) => boolean, what: string): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return dflt;
  const n = Number(raw);
  if (!Number.isFinite(n) || !check(n)) throw new MeasurementError(`${name}=${JSON.stringify(raw)}: must be ${what}`);
  return n;
}

export async function loadConfig(): Promise<BenchConfig> {
  if (process.getuid?.() !== 0)
    throw new MeasurementError('the bench runs as root: it adds store paths, builds as ntc-runner and starts nix-daemons');
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const runs = envNumber('BENCH_RUNS', 3, (n) => Number.isInteger(n) && n >= 1, 'a positive integer');
  const scale = envNumber('BENCH_SCALE', 1, (n) => n > 0 && n <= 16, 'a number in (0, 16]');
  const work = resolve(process.env.BENCH_DIR || '/var/tmp/ntc-bench');
  mkdirSync(work, { recursive: true, mode: 0o755 });
  chmodSync(work, 0o755); // the runner user reaches the bench daemons' sockets through it

  // BENCH_CLI: another bundle to measure (A/B of a change without touching dist/); default dist/cli.js.
  const dist = resolve(process.env.BENCH_CLI || join(repo, 'dist', 'cli.js'));
  if (!existsSync(dist)) throw new MeasurementError(`${dist} is missing: run npm run build first`);
  // The bundle is self-contained (provisioning installs it alone); .mjs keeps it ESM outside the package.
  const cli = join(work, 'cli.mjs');
  copyFileSync(dist, cli);
  const cliBuiltAt = statSync(dist).mtime;

  const keyFile = join(work, 'signing-key');
  if (!existsSync(keyFile)) {
    const r = await mustRun('keygen', process.execPath, [cli, 'keygen', 'ntc-bench-1']);
    writeFileSync(keyFile, r.stdout.trim() + '\n', { mode: 0o400 });
  }
  const vars = ['BENCH_RUNS', 'BENCH_SCALE', 'BENCH_DIR', 'BENCH_CLI'].filter((v) => process.env[v]).map((v) => `${v}=${process.env[v]} `);
  return {
    runs,
    scale,
    repo,
    work,
    node: process.execPath,
    cli,
    cliSource: dist,
    cliBuiltAt,
    keyFile,
    command: `${vars.join('')}npm run bench`,
  };
}
