import { readFileSync } from 'node:fs';

/**
 * True when `pid` is a live process. A zombie counts as dead: where PID 1 does not reap (containers), a
 * killed daemon or worker lingers as a zombie that kill(pid, 0) still reports. EPERM means it exists but is
 * another user's (a reader that is not root checking the root worker).
 */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}
