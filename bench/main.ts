/**
 * The bench: prepares the workload, measures each part against its baselines, prints the table and writes
 * docs/benchmarks.md. Exits 1 only when something could not be measured; a missed target is reported, not
 * failed. `npm run bench -- PART…` measures only some parts (uploads, memory, hooks, summary) and then
 * leaves docs/benchmarks.md alone.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from './config.js';
import { measureHooks } from './hooks.js';
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

export async function main(args: string[]): Promise<number> {
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
    results.hooks = await measureHooks(cfg, log);
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
