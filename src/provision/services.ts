import { spawn } from 'node:child_process';
import { processAlive, run, type RunResult } from '../core/process.js';
import { existsSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../core/errors.js';
import { LAYOUT } from '../layout.js';
import { liveWorkerPid, workerProcesses } from '../worker/worker-pid.js';
import { restartSupervisedDaemon, startSupervisedDaemon, supervisedDaemonPid, waitForDaemon } from './daemon.js';

/** systemd is the init when /run/systemd/system exists (sd_booted's test). */
export function systemdRunning(): boolean {
  return existsSync('/run/systemd/system');
}

export const WORKER_UNIT = 'nix-trusted-cache-worker.service';
export const DAEMON_SERVICE = 'nix-daemon.service';
export const DAEMON_SOCKET = 'nix-daemon.socket';

export function renderWorkerUnit(): string {
  return `[Unit]
Description=nix-trusted-cache upload worker (signs and uploads what nix-daemon built; log: ${LAYOUT.workerLog})
After=network-online.target nix-daemon.service
Wants=network-online.target

[Service]
# One worker at a time: the lock the post-build-hook takes before it starts a worker. A worker the hook started
# while this unit was restarting drains the queue first; two side by side would race for the same entries.
ExecStart=/usr/bin/flock ${LAYOUT.workerLock} ${LAYOUT.node} ${LAYOUT.worker} worker --idle-exit 0
Restart=always
RestartSec=2
# The worker's own log is this file, not journald: the workers the hook starts write the same file. systemd's
# account of the unit (starts, exits, restarts) is in journalctl -u ${WORKER_UNIT}.
StandardOutput=append:${LAYOUT.workerLog}
StandardError=append:${LAYOUT.workerLog}
UMask=0077

[Install]
WantedBy=multi-user.target
`;
}

/** systemctl, behind an interface so the decisions below are tested without systemd. */
export type Systemctl = (args: string[]) => Promise<RunResult>;
export const systemctl: Systemctl = (args) => run('systemctl', args);

/** Runs systemctl; a failure is one error saying what failed, systemd's words, and where to look next. */
export async function mustSystemctl(sc: Systemctl, args: string[], unit: string): Promise<string> {
  const r = await sc(args);
  if (r.code === 0) return r.stdout;
  const said = (r.stderr.trim() || r.stdout.trim() || `exit ${r.code}`).replace(/\s*\n\s*/g, ' ');
  throw new UserError(`systemctl ${args.join(' ')} failed: ${said} (see systemctl status ${unit} and journalctl -u ${unit})`);
}

export interface UnitState {
  load: string; // loaded, not-found, masked…
  active: string; // active, inactive, failed, activating…
  mainPid?: number;
  needReload: boolean; // its file changed on disk since systemd read it
  restarts: number; // how often Restart= restarted it
}

/** The `Key=Value` lines of `systemctl show`. */
export function parseShow(text: string): UnitState {
  const kv = new Map(
    text
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1).trim()] as const),
  );
  const pid = Number(kv.get('MainPID'));
  return {
    load: kv.get('LoadState') ?? 'not-found',
    active: kv.get('ActiveState') ?? 'inactive',
    ...(Number.isInteger(pid) && pid > 0 ? { mainPid: pid } : {}),
    needReload: kv.get('NeedDaemonReload') === 'yes',
    restarts: Number(kv.get('NRestarts')) || 0,
  };
}

export async function unitState(sc: Systemctl, unit: string): Promise<UnitState> {
  const out = await mustSystemctl(
    sc,
    ['show', '-p', 'LoadState', '-p', 'ActiveState', '-p', 'MainPID', '-p', 'NeedDaemonReload', '-p', 'NRestarts', unit],
    unit,
  );
  return parseShow(out);
}

/**
 * What nix-daemon needs (it reads nix.conf only at start). A running service is restarted only when its
 * configuration changed; under socket activation the socket keeps listening meanwhile, and a service not
 * running needs no restart: the socket starts it, with the new configuration, on the first connection.
 */
export function daemonAction(f: { socketUnit: boolean; serviceActive: boolean; configChanged: boolean }): 'restart' | 'start' | 'none' {
  if (f.serviceActive) return f.configChanged ? 'restart' : 'none';
  return f.socketUnit ? 'none' : 'start';
}

/**
 * nix-daemon as systemd's unit (socket-activated or not). `ping` connects to the daemon once it should run:
 * proof that it answers, and on a fresh install the first connection is what creates the Nix database, which
 * the worker opens at start (without it the worker's unit would fail until some user's first build).
 */
export async function ensureSystemdNixDaemon(
  sc: Systemctl,
  configChanged: boolean,
  log: (s: string) => void,
  ping: () => Promise<void>,
): Promise<{ pid?: number; restarted: boolean }> {
  const socketUnit = (await unitState(sc, DAEMON_SOCKET)).load === 'loaded';
  const service = await unitState(sc, DAEMON_SERVICE);
  const serviceActive = service.active === 'active';
  const action = daemonAction({ socketUnit, serviceActive, configChanged });
  // a socket that does not listen would leave every client without a daemon
  if (socketUnit && action !== 'restart') await mustSystemctl(sc, ['start', DAEMON_SOCKET], DAEMON_SOCKET);
  if (action !== 'none') await mustSystemctl(sc, [action, DAEMON_SERVICE], DAEMON_SERVICE);
  await ping();
  if (action === 'restart') log(`restarted ${DAEMON_SERVICE} (systemd${socketUnit ? `; ${DAEMON_SOCKET} kept listening` : ''})`);
  else if (configChanged && !serviceActive)
    log(`${DAEMON_SERVICE} was not running: ${DAEMON_SOCKET} started it on the first connection, with the new configuration`);
  const pid = (await unitState(sc, DAEMON_SERVICE)).mainPid;
  return { ...(pid ? { pid } : {}), restarted: action === 'restart' };
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
  sc: Systemctl = systemctl,
): Promise<{ pid?: number; restarted: boolean }> {
  const daemon = join(binDir, 'nix-daemon');
  const store = join(binDir, 'nix-store');
  if (systemdRunning() && (await unitState(sc, DAEMON_SERVICE)).load === 'loaded')
    return ensureSystemdNixDaemon(sc, restart, log, () => waitForDaemon(store));
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

/**
 * The worker's unit: loaded again when its file changed (then a running worker is restarted, to run what the
 * file now says), enabled, started or restarted, and still running a moment later (a worker that exits at once
 * is only "activating" again under Restart=always, never "failed"). Any systemctl failure is the error.
 * A restart also stops the workers outside the unit (`stopOthers`): one the hook started keeps the old key and
 * configuration, and holds the lock the unit's worker waits for.
 */
export async function ensureWorkerUnit(
  sc: Systemctl,
  restart: boolean,
  stopOthers: () => Promise<void>,
  settle: () => Promise<void> = () => new Promise((r) => setTimeout(r, 1000)),
): Promise<void> {
  const before = await unitState(sc, WORKER_UNIT);
  const reload = before.needReload || before.load !== 'loaded';
  if (reload) await mustSystemctl(sc, ['daemon-reload'], WORKER_UNIT);
  await mustSystemctl(sc, ['enable', '--quiet', WORKER_UNIT], WORKER_UNIT);
  const verb = restart || (reload && before.active === 'active') ? 'restart' : 'start';
  if (verb === 'restart') {
    await mustSystemctl(sc, ['stop', WORKER_UNIT], WORKER_UNIT);
    await stopOthers();
  }
  const started = await unitState(sc, WORKER_UNIT);
  await mustSystemctl(sc, ['start', WORKER_UNIT], WORKER_UNIT);
  await settle();
  const after = await unitState(sc, WORKER_UNIT);
  if (after.active !== 'active' || after.restarts > started.restarts)
    throw new UserError(
      `${WORKER_UNIT} does not keep running (${after.active}, restarted ${after.restarts - started.restarts} time(s) just now): see ${LAYOUT.workerLog}, systemctl status ${WORKER_UNIT} and journalctl -u ${WORKER_UNIT}`,
    );
}

/** Every worker of this layout, not only the one the pid file names (an older release's too), stopped. */
async function stopWorkerProcesses(): Promise<void> {
  const pids = workerProcesses(LAYOUT.node, LAYOUT.worker);
  for (const pid of pids) process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 100 && pids.some(processAlive); i++) await new Promise((r) => setTimeout(r, 50));
}

/** Starts the worker the way the hook does (or via its unit); with `restart`, a running one is replaced. */
export async function ensureWorker(restart: boolean, sc: Systemctl = systemctl): Promise<void> {
  if (systemdRunning()) return ensureWorkerUnit(sc, restart, stopWorkerProcesses);
  if (workerPid() && !restart) return;
  // A worker of an older release keeps its own lock and pid-file format, and must not go on draining the
  // queue beside the new one.
  await stopWorkerProcesses();
  const log = openSync(LAYOUT.workerLog, 'a', 0o644);
  const child = spawn('setsid', ['flock', '-n', LAYOUT.workerLock, LAYOUT.node, LAYOUT.worker, 'worker'], {
    detached: true,
    stdio: ['ignore', log, log],
    env: { PATH: '/usr/bin:/bin:/usr/sbin:/sbin' },
  });
  child.unref();
}
