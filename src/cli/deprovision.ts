import {
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { processAlive } from '../core/process.js';
import { usageError } from '../core/errors.js';
import { LAYOUT } from '../layout.js';
import { deprovision, type DeprovisionHost, type QueuePolicy } from '../provision/deprovision.js';
import { writeRootFile } from '../provision/files.js';
import { findNixBinDir } from '../provision/install.js';
import {
  ensureNixDaemon,
  mustSystemctl,
  nixDaemonPid,
  systemctl as realSystemctl,
  systemdRunning,
  WORKER_UNIT,
} from '../provision/services.js';
import { workerProcesses } from '../worker/worker-pid.js';
import { parseCommandArgs } from './args.js';

const USAGE = `usage: nix-trusted-cache deprovision [--drop-queue | --keep-queue]
  undoes provision (root): nix.conf as it was, our drop-in, hook, worker, unit, keys, credentials and state
  removed, nix-daemon restarted; refuses while entries wait in the queue, unless
  --drop-queue                  discard the entries not uploaded yet
  --keep-queue                  keep the queue and the ledger (provisioning again uploads them)`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function readRegularFile(path: string): { bytes: Buffer; mode: number } | undefined {
  try {
    const st = lstatSync(path);
    return st.isFile() ? { bytes: readFileSync(path), mode: st.mode & 0o7777 } : undefined;
  } catch {
    return undefined;
  }
}

/** Overwrites a regular file in place (no truncation, no new blocks) with zeros; a link is only unlinked later. */
function zeroFill(path: string): void {
  let fd: number;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_NOFOLLOW);
  } catch {
    return; // a link or gone: there are no key bytes of ours to overwrite
  }
  try {
    const size = fstatSync(fd).size;
    if (size > 0) writeSync(fd, Buffer.alloc(size), 0, size, 0);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Root processes with `arg` among their arguments: the hook's `flock -w 10 LOCK node cli.js worker`, waiting. */
function processesWithArg(arg: string): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      if (statSync(`/proc/${name}`).uid !== 0) continue;
      if (readFileSync(`/proc/${name}/cmdline`, 'latin1').split('\0').includes(arg)) out.push(Number(name));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

function signal(pids: number[], sig: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, sig);
    } catch {
      // exited meanwhile
    }
  }
}

/**
 * Every worker of this layout, found as provisioning's ensureWorker finds them; the hooks' flock waiters go
 * first, or one would take the lock the moment its worker dies and start another.
 */
async function stopWorkerProcesses(): Promise<number[]> {
  signal(processesWithArg(LAYOUT.workerLock), 'SIGTERM');
  const pids = workerProcesses(LAYOUT.node, LAYOUT.worker);
  signal(pids, 'SIGTERM');
  for (let i = 0; i < 100 && pids.some(processAlive); i++) await sleep(50);
  signal(pids.filter(processAlive), 'SIGKILL'); // its files are about to go: it must not outlive them
  return pids;
}

const systemctl = (...args: string[]) => mustSystemctl(realSystemctl, args, WORKER_UNIT);

/** A running daemon is restarted as provisioning restarts it; one not running reads nix.conf when it starts. */
async function restartNixDaemon(nixBinDir: string | undefined): Promise<string> {
  if (!(await nixDaemonPid())) return 'nix-daemon is not running: it reads the restored nix.conf when it starts';
  const binDir = nixBinDir ?? findNixBinDir();
  if (!binDir) throw new Error('no nix-daemon binary found to restart');
  const r = await ensureNixDaemon(binDir, true, () => {});
  return `restarted nix-daemon${r.pid ? ` (pid ${r.pid})` : ''}: it no longer runs the post-build-hook`;
}

export const realHost: DeprovisionHost = {
  isRoot: () => process.getuid?.() === 0,
  exists: (path) => {
    try {
      lstatSync(path);
      return true;
    } catch {
      return false;
    }
  },
  readFile: readRegularFile,
  listDir: (path) => {
    try {
      return readdirSync(path);
    } catch {
      return undefined;
    }
  },
  writeFile: (path, bytes, mode) => void writeRootFile(path, bytes, mode),
  zeroFill,
  remove: (path) => rmSync(path, { recursive: true, force: true }), // rm never follows a link
  systemdRunning,
  stopWorkerUnit: async () => {
    await systemctl('stop', WORKER_UNIT);
    await systemctl('disable', WORKER_UNIT);
  },
  reloadSystemd: async () => void (await systemctl('daemon-reload')),
  stopWorkerProcesses,
  restartNixDaemon,
};

function queuePolicy(drop: boolean, keep: boolean): QueuePolicy {
  if (drop && keep) throw usageError('give at most one of --drop-queue and --keep-queue');
  return drop ? 'drop' : keep ? 'keep' : 'refuse';
}

/** `deprovision [--drop-queue | --keep-queue]`: the undo of provision (root). */
export async function deprovisionCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('deprovision', args, {
    'drop-queue': { type: 'boolean', default: false },
    'keep-queue': { type: 'boolean', default: false },
  });
  if (positionals.length > 0) throw usageError(USAGE);
  const queue = queuePolicy(values['drop-queue']!, values['keep-queue']!);
  const report = await deprovision(realHost, { queue, say: (line) => process.stdout.write(`${line}\n`) });
  for (const line of report.leaves) process.stdout.write(`left in place: ${line}\n`);
  return 0;
}
