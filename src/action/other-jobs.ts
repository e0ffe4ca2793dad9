import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The GitHub runner runs each job in a process of its own, `Runner.Worker`. The worker's ledger records what
 * the machine's nix-daemon built, not for whom: when other runner agents on this machine run jobs at the same
 * time, their builds land in this job's window too. This counts those other jobs, so the summary and a failing
 * step can say so, instead of presenting a stranger's builds (or failures) as this job's.
 */
export const JOB_PROCESS = 'Runner.Worker';

/** What is read of /proc (a directory in tests). */
export interface ProcFs {
  pids(): number[];
  comm(pid: number): string | undefined;
  parent(pid: number): number | undefined;
}

export function procFs(root = '/proc'): ProcFs {
  const read = (pid: number, file: string) => {
    try {
      return readFileSync(join(root, String(pid), file), 'utf8');
    } catch {
      return undefined; // gone meanwhile, or not ours to read
    }
  };
  return {
    pids: () =>
      readdirSync(root)
        .filter((n) => /^\d+$/.test(n))
        .map(Number),
    comm: (pid) => read(pid, 'comm')?.trim(),
    // /proc/PID/stat: "pid (comm) state ppid …"; comm may hold spaces and parentheses, so split after the last ')'
    parent: (pid) => {
      const stat = read(pid, 'stat');
      const ppid = stat ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) : NaN;
      return Number.isInteger(ppid) && ppid > 0 ? ppid : undefined;
    },
  };
}

/** The processes above `pid` (its parent, the parent's parent, …). */
function ancestors(fs: ProcFs, pid: number): Set<number> {
  const seen = new Set<number>();
  for (let p = fs.parent(pid); p !== undefined && !seen.has(p); p = fs.parent(p)) seen.add(p);
  return seen;
}

/** How many runner jobs run on this machine besides the one `self` belongs to. */
export function otherRunnerJobs(fs: ProcFs = procFs(), self = process.pid): number {
  const mine = ancestors(fs, self);
  let n = 0;
  for (const pid of fs.pids()) if (!mine.has(pid) && pid !== self && fs.comm(pid) === JOB_PROCESS) n++;
  return n;
}
