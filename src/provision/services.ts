import { spawn } from 'node:child_process';
import { processAlive, run } from '../core/process.js';
import { existsSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { LAYOUT } from '../layout.js';
import { liveWorkerPid, workerProcesses } from '../worker/worker-pid.js';
import { restartSupervisedDaemon, startSupervisedDaemon, supervisedDaemonPid } from './daemon.js';

/** systemd is the init when /run/systemd/system exists (sd_booted's test). */
export function systemdRunning(): boolean {
  return existsSync('/run/systemd/system');
}

export const WORKER_UNIT = 'nix-trusted-cache-worker.service';

export function renderWorkerUnit(): string {
  return `[Unit]
Description=nix-trusted-cache upload worker (signs and uploads what nix-daemon built)
After=network-online.target nix-daemon.service
Wants=network-online.target

[Service]
ExecStart=${LAYOUT.node} ${LAYOUT.worker} worker --idle-exit 0
Restart=always
RestartSec=2
StandardOutput=append:${LAYOUT.workerLog}
StandardError=append:${LAYOUT.workerLog}
UMask=0077

[Install]
WantedBy=multi-user.target
`;
}

/** The nix-daemon listener's pid, whoever started it: ours (pid file) or the oldest nix-daemon process. */
export async function nixDaemonPid(): Promise<number | undefined> {
  const ours = supervisedDaemonPid();
  if (ours) return ours;
  const r = await run('pgrep', ['-o', '-x', 'nix-daemon']);
  const pid = Number(r.stdout.trim());
  return r.code === 0 && pid > 0 ? pid : undefined;
}

/** Starts nix-daemon, or restarts it when its configuration changed (it reads nix.conf only at start). */
export async function ensureNixDaemon(
  binDir: string,
  restart: boolean,
  log: (s: string) => void,
): Promise<{ pid?: number; restarted: boolean }> {
  const daemon = join(binDir, 'nix-daemon');
  const store = join(binDir, 'nix-store');
  if (systemdRunning() && (await run('systemctl', ['cat', 'nix-daemon.service'])).code === 0) {
    const verb = restart ? 'restart' : 'start';
    const r = await run('systemctl', [verb, 'nix-daemon.service']);
    if (r.code !== 0) throw new Error(`systemctl ${verb} nix-daemon failed: ${r.stderr.trim()}`);
    if (restart) log('restarted nix-daemon (systemd)');
    const pid = await nixDaemonPid();
    return pid ? { pid, restarted: restart } : { restarted: restart };
  }
  const current = await nixDaemonPid();
  if (current && !supervisedDaemonPid() && restart) {
    // A daemon we did not start: stop it so the new configuration takes effect under our supervision.
    process.kill(current, 'SIGTERM');
    for (let i = 0; i < 100 && processAlive(current); i++) await new Promise((r) => setTimeout(r, 50));
  }
  if (current && !restart && !supervisedDaemonPid()) return { pid: current, restarted: false };
  const pid = restart ? await restartSupervisedDaemon(daemon, store) : await startSupervisedDaemon(daemon, store);
  if (restart) log('restarted nix-daemon (supervised: no init system)');
  return { pid, restarted: restart };
}

export function workerPid(): number | undefined {
  return liveWorkerPid(LAYOUT.workerPid);
}

/** Starts the worker the way the hook does (or via its unit); with `restart`, a running one is replaced. */
export async function ensureWorker(restart: boolean): Promise<void> {
  if (systemdRunning()) {
    await run('systemctl', ['daemon-reload']);
    await run('systemctl', ['enable', WORKER_UNIT]);
    await run('systemctl', [restart ? 'restart' : 'start', WORKER_UNIT]);
    return;
  }
  if (workerPid() && !restart) return;
  // Every worker of this layout, not only the one the pid file names: a worker of an older release keeps
  // its own lock and pid-file format, and must not go on draining the queue beside the new one.
  const pids = workerProcesses(LAYOUT.node, LAYOUT.worker);
  for (const pid of pids) process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 100 && pids.some(processAlive); i++) await new Promise((r) => setTimeout(r, 50));
  const log = openSync(LAYOUT.workerLog, 'a', 0o644);
  const child = spawn('setsid', ['flock', '-n', LAYOUT.workerLock, LAYOUT.node, LAYOUT.worker, 'worker'], {
    detached: true,
    stdio: ['ignore', log, log],
    env: { PATH: '/usr/bin:/bin:/usr/sbin:/sbin' },
  });
  child.unref();
}
