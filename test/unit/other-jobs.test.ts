import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { otherRunnerJobs, procFs } from '../../src/action/other-jobs.js';

// A made-up /proc: pid → [comm, ppid].
const root = mkdtempSync(join(tmpdir(), 'ntc-proc-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
function proc(tree: Record<number, [string, number]>): string {
  const dir = mkdtempSync(join(root, 'p-'));
  for (const [pid, [comm, ppid]] of Object.entries(tree)) {
    mkdirSync(join(dir, pid));
    writeFileSync(join(dir, pid, 'comm'), `${comm}\n`);
    writeFileSync(join(dir, pid, 'stat'), `${pid} (${comm}) S ${ppid} 1 1 0 -1\n`);
  }
  mkdirSync(join(dir, 'self')); // not a pid: ignored
  return dir;
}

describe('otherRunnerJobs', () => {
  it("counts the runner's job processes that are not this step's own ancestors", () => {
    const fs = procFs(
      proc({
        1: ['systemd', 0],
        100: ['Runner.Listener', 1],
        101: ['Runner.Worker', 100], // this job
        102: ['node', 101], // this step
        200: ['Runner.Listener', 1],
        201: ['Runner.Worker', 200], // another agent's job
        300: ['Runner.Worker', 1], // and another
      }),
    );
    expect(otherRunnerJobs(fs, 102)).toBe(2);
  });

  it('is 0 when this is the only job, and survives a comm with spaces and parentheses', () => {
    const fs = procFs(proc({ 1: ['init', 0], 101: ['Runner.Worker', 1], 102: ['node (x) y', 101], 103: ['bash', 102] }));
    expect(otherRunnerJobs(fs, 103)).toBe(0);
  });
});
