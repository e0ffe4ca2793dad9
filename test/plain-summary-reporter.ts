import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Reporter } from 'vitest/reporters';

interface Task {
  type: string;
  name?: string;
  filepath?: string;
  mode?: string;
  result?: { state?: string };
  tasks?: Task[];
}

export interface FileCounts {
  file: string;
  passed: number;
  failed: number;
  skipped: number;
}

/** What one vitest run reports to the matrix runner (scripts/test.mjs) through NTC_RESULTS. */
export interface RunResults {
  nix: string;
  files: FileCounts[];
}

function count(f: Task): FileCounts {
  const c = { file: relative(process.cwd(), f.filepath ?? f.name ?? '?'), passed: 0, failed: 0, skipped: 0 };
  const walk = (t: Task) => {
    if (t.type === 'test') {
      if (t.mode === 'skip' || t.mode === 'todo' || t.result?.state === 'skip') c.skipped++;
      else if (t.result?.state === 'pass') c.passed++;
      else c.failed++;
    }
    t.tasks?.forEach(walk);
  };
  walk(f);
  // a file whose setup (beforeAll, import) failed has no failed test of its own: count the file
  if (f.result?.state === 'fail' && c.failed === 0) c.failed++;
  return c;
}

/**
 * Prints one plain closing line, `tests: N passed, N failed, N skipped`, after vitest's own report, so any
 * CI that reads closing lines (not only vitest-aware ones) sees the counts. With NTC_RESULTS set, also
 * writes the counts per file and the Nix version to that file, for the version matrix.
 */
export default class PlainSummaryReporter implements Reporter {
  onFinished(files: Task[] = []): void {
    const counts = files.map(count);
    const sum = (k: 'passed' | 'failed' | 'skipped') => counts.reduce((n, c) => n + c[k], 0);
    const out = process.env.NTC_RESULTS;
    if (out) {
      const v = spawnSync('nix', ['--version'], { encoding: 'utf8' });
      const results: RunResults = { nix: v.status === 0 ? v.stdout.trim() : 'no Nix installed', files: counts };
      writeFileSync(out, JSON.stringify(results, null, 2));
    }
    process.stdout.write(`\ntests: ${sum('passed')} passed, ${sum('failed')} failed, ${sum('skipped')} skipped\n`);
  }
}
