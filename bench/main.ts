/**
 * The bench: prepares the workload, measures each part against its baselines, prints the table and writes
 * docs/benchmarks.md. Exits 1 only when something could not be measured; a missed target is reported, not
 * failed. `npm run bench -- PART…` measures only some parts (uploads, memory, hooks, summary) and then
 * leaves docs/benchmarks.md alone.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from './config.js';
import { measureHooks, type HookFigures } from './hooks.js';
import { ensureNixSetup } from '../test/e2e/rig/nix-setup.js';
import { describeMachine, load } from './machine.js';
import { MeasurementError, MiB } from './measure.js';
import { markdown, rows, table, type Results } from './report.js';
import { measureSummary } from './summary-render.js';
import { measureMemory, measureUploads } from './uploads.js';
import { ensureWorkload } from './workload.js';

const PARTS = ['summary', 'uploads', 'memory', 'hooks'] as const;
type Part = (typeof PARTS)[number];

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** The repository's prettier style (`npm run format:check` covers docs/), or the text as it is. */
async function formatMarkdown(file: string, text: string): Promise<string> {
  try {
    const prettier = await import('prettier');
    return await prettier.format(text, { ...(await prettier.resolveConfig(file)), filepath: file });
  } catch {
    return text;
  }
}

function parseParts(args: string[]): Set<Part> {
  const bad = args.filter((a) => !(PARTS as readonly string[]).includes(a));
  if (bad.length > 0) throw new MeasurementError(`unknown part(s) ${bad.join(', ')}: use any of ${PARTS.join(', ')} (default: all)`);
  return new Set(args.length > 0 ? (args as Part[]) : PARTS);
}

/**
 * The issue's targets are set on Nix 2.34 (the version with an s3:// store to compare against): unless told
 * otherwise (BENCH_ROOT_SUITE=none), the bench measures the hook on the host's Nix, then runs itself again
 * inside the Debian sid root of the test matrix (scripts/nix-root.sh), which measures everything on its Nix
 * and writes the report with the host's hook figures beside its own.
 */
const ROOT_SUITE = process.env.BENCH_ROOT_SUITE ?? 'sid';
const IN_ROOT = process.env.BENCH_IN_ROOT === '1';

function hostHooksFile(repo: string): string {
  return join(repo, '.bench-results', 'host-hooks.json');
}

function runStreaming(cmd: string, argv: string[]): Promise<number> {
  return new Promise((resolve) => spawn(cmd, argv, { stdio: 'inherit' }).on('close', (code) => resolve(code ?? 1)));
}

/** Builds the root if needed, then runs the bench inside it with the same parts and settings. */
async function benchInRoot(repo: string, args: string[]): Promise<number> {
  const rootsDir = process.env.NTC_ROOTS_DIR ?? '/var/cache/nix-trusted-cache-roots';
  const dir = join(rootsDir, ROOT_SUITE);
  mkdirSync(rootsDir, { recursive: true });
  const script = join(repo, 'scripts/nix-root.sh');
  if ((await runStreaming('bash', [script, 'build', ROOT_SUITE, dir])) !== 0) return 1;
  const pass = ['BENCH_RUNS', 'BENCH_SCALE', 'BENCH_CLI'].filter((v) => process.env[v]).map((v) => `${v}=${process.env[v]}`);
  const env = [
    `PATH=${repo}/node_modules/.bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`,
    'HOME=/root',
    'BENCH_IN_ROOT=1',
    ...pass,
  ];
  log(`\n=== the bench inside the ${ROOT_SUITE} root`);
  return runStreaming('bash', [script, 'run', dir, 'env', '-i', ...env, 'node', join(repo, 'bench/run.ts'), ...args]);
}

export async function main(args: string[]): Promise<number> {
  if (!IN_ROOT && ROOT_SUITE !== 'none') {
    const cfg = await loadConfig();
    const parts = parseParts(args);
    mkdirSync(join(cfg.repo, '.bench-results'), { recursive: true });
    if (parts.has('hooks')) {
      const machine = await describeMachine();
      log(`hooks on the host's ${machine.nix} first, then the rest in the ${ROOT_SUITE} root`);
      ensureNixSetup();
      const hooks = { ...(await measureHooks(cfg, log)), nix: machine.nix };
      writeFileSync(hostHooksFile(cfg.repo), JSON.stringify(hooks, null, 2));
    }
    return benchInRoot(cfg.repo, args);
  }
  return measureHere(args);
}

async function measureHere(args: string[]): Promise<number> {
  const started = performance.now();
  const date = new Date();
  const loadStart = load();
  let parts: Set<Part>;
  try {
    parts = parseParts(args);
  } catch (err) {
    log(`bench: ${(err as Error).message}`);
    return 2;
  }
  const errors: string[] = [];
  const cfg = await loadConfig();
  const machine = await describeMachine();
  log(
    `nix-trusted-cache bench: ${machine.nproc} cores (${machine.cpu}), Node ${machine.node}, ${machine.nix}; scale ${cfg.scale}, ${cfg.runs} run(s); load ${loadStart.toFixed(2)}`,
  );
  ensureNixSetup();
  const workload = await ensureWorkload(cfg, log);
  log(
    `workload: ${workload.paths.length} paths, ${(workload.narBytes / MiB).toFixed(0)} MiB of NAR` +
      (workload.generatedSeconds !== undefined ? ` (generated in ${workload.generatedSeconds.toFixed(0)} s)` : ' (cached in the store)'),
  );

  const results: Results = {};
  const attempt = async (part: Part, title: string, fn: () => Promise<void>) => {
    if (!parts.has(part)) return;
    log(`\n${title}`);
    const t = performance.now();
    try {
      await fn();
    } catch (err) {
      const msg = err instanceof Error ? err.message : String(err);
      errors.push(`${part}: ${msg}`);
      log(`  NOT MEASURED: ${msg}`);
      if (!(err instanceof MeasurementError)) log(String((err as Error).stack ?? ''));
    }
    log(`  (${((performance.now() - t) / 1000).toFixed(0)} s)`);
  };

  await attempt('summary', 'Job summary of 10,000 ledger entries', async () => {
    results.summary = measureSummary(cfg.runs);
  });
  await attempt('uploads', 'Upload throughput', async () => {
    results.uploads = await measureUploads(cfg, workload, log);
  });
  await attempt('memory', 'Peak memory of push, one large NAR to s3rver', async () => {
    results.memory = await measureMemory(cfg, workload, log);
  });
  await attempt('hooks', 'Build-loop overhead of post-build-hooks', async () => {
    results.hooks = { ...(await measureHooks(cfg, log)), nix: machine.nix };
    const host = hostHooksFile(cfg.repo);
    if (IN_ROOT && existsSync(host)) results.hostHooks = JSON.parse(readFileSync(host, 'utf8')) as HookFigures;
  });

  const elapsedSeconds = (performance.now() - started) / 1000;
  const ctx = { cfg, machine, workload, date, loadStart, loadEnd: load(), elapsedSeconds, errors };
  log(`\n${table(rows(results))}\n`);
  const missed = rows(results).filter((r) => r.met === false).length;
  log(
    `${missed === 0 ? 'all measured targets met' : `${missed} target(s) missed`}; ${errors.length} part(s) not measured; ${(elapsedSeconds / 60).toFixed(1)} min; load ${ctx.loadStart.toFixed(2)} → ${ctx.loadEnd.toFixed(2)}`,
  );
  if (parts.size === PARTS.length) {
    const file = join(cfg.repo, 'docs', 'benchmarks.md');
    writeFileSync(file, await formatMarkdown(file, markdown(ctx, results)));
    log(`wrote ${file}`);
  } else {
    log('(only some parts ran: docs/benchmarks.md left as it was)');
  }
  return errors.length > 0 ? 1 : 0;
}
