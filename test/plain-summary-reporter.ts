import type { Reporter } from 'vitest/reporters';

interface Task {
  type: string;
  mode?: string;
  result?: { state?: string };
  tasks?: Task[];
}

/**
 * Prints one plain closing line, `tests: N passed, N failed, N skipped`, after vitest's own report, so any
 * CI that reads closing lines (not only vitest-aware ones) sees the counts.
 */
export default class PlainSummaryReporter implements Reporter {
  onFinished(files: Task[] = []): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const walk = (t: Task) => {
      if (t.type === 'test') {
        if (t.mode === 'skip' || t.mode === 'todo' || t.result?.state === 'skip') skipped++;
        else if (t.result?.state === 'pass') passed++;
        else failed++;
      }
      t.tasks?.forEach(walk);
    };
    for (const f of files) {
      const failedBefore = failed;
      walk(f);
      // a file whose setup (beforeAll, import) failed has no failed test of its own: count the file
      if (f.result?.state === 'fail' && failed === failedBefore) failed++;
    }
    process.stdout.write(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
