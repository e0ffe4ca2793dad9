import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';

/**
 * The worker's pid file holds `<pid> <start time>`: the start time (field 22 of /proc/PID/stat, in clock
 * ticks since boot) tells the worker apart from any later process that reuses its pid, a runner-owned one
 * included. The hook (src/worker/hook-script.ts) makes the same check with shell builtins.
 */

/** A live, non-zombie process's start time, or undefined. */
export function processStartTime(pid: number): string | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  if (fields[0] === 'Z') return undefined; // where PID 1 does not reap, a dead worker stays a zombie
  return fields[19];
}

export function writeWorkerPid(file: string, pid = process.pid): void {
  const start = processStartTime(pid);
  if (!start) throw new Error(`cannot read the start time of pid ${pid} from /proc`);
  const tmp = `${file}.tmp-${pid}`;
  writeFileSync(tmp, `${pid} ${start}\n`, { mode: 0o644 });
  renameSync(tmp, file);
}

/** The pid in `file` when that very process is still alive, else undefined. */
export function liveWorkerPid(file: string): number | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const m = /^(\d+) (\d+)\n?$/.exec(text);
  if (!m) return undefined;
  const pid = Number(m[1]);
  return processStartTime(pid) === m[2] ? pid : undefined;
}

/** Removes the pid file if it still names this process (a newer worker may have replaced it). */
export function removeOwnWorkerPid(file: string, pid = process.pid): void {
  try {
    if (readFileSync(file, 'utf8').startsWith(`${pid} `)) rmSync(file, { force: true });
  } catch {
    // already gone
  }
}

/** Root's processes running `node worker-bundle worker` (the argv the hook and provisioning start). */
export function workerProcesses(node: string, bundle: string, proc = '/proc'): number[] {
  const want = `${node}\0${bundle}\0worker\0`;
  const out: number[] = [];
  for (const name of readdirSync(proc)) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (statSync(`${proc}/${name}`).uid !== 0) continue;
      if (readFileSync(`${proc}/${name}/cmdline`, 'latin1') === want && processStartTime(Number(name))) out.push(Number(name));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}
