import { spawn } from 'node:child_process';
import { processAlive, run } from '../core/process.js';
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * nix-daemon where no init system runs (containers, CI): a detached root process with a pid file and a log.
 * Where systemd runs and Nix installed a unit, the daemon is that unit (src/provision/services.ts drives it); this is the
 * fallback with the same contract.
 */
export const DAEMON_PID_FILE = '/run/nix-trusted-cache/nix-daemon.pid';
export const DAEMON_LOG = '/var/log/nix-trusted-cache/nix-daemon.log';

export function supervisedDaemonPid(): number | undefined {
  if (!existsSync(DAEMON_PID_FILE)) return undefined;
  const pid = Number(readFileSync(DAEMON_PID_FILE, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && processAlive(pid) ? pid : undefined;
}

/** Waits until the daemon answers on its socket (a store ping). */
export async function waitForDaemon(nixStore: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await run(nixStore, ['--store', 'daemon', '-q', '--hash', '/nix/store/00000000000000000000000000000000-x']).catch(
      () => undefined,
    );
    // "is not valid" means the daemon answered; connection errors mean it is not up yet.
    if (r && /not valid|does not exist|is not in the Nix store/.test(r.stderr)) return;
    if (Date.now() > deadline) throw new Error(`nix-daemon did not answer within ${timeoutMs / 1000}s (see ${DAEMON_LOG})`);
    await new Promise((res) => setTimeout(res, 100));
  }
}

export async function startSupervisedDaemon(nixDaemon: string, nixStore: string): Promise<number> {
  const running = supervisedDaemonPid();
  if (running) return running;
  mkdirSync(dirname(DAEMON_PID_FILE), { recursive: true, mode: 0o755 });
  mkdirSync(dirname(DAEMON_LOG), { recursive: true, mode: 0o755 });
  const log = openSync(DAEMON_LOG, 'a', 0o644);
  const child = spawn(nixDaemon, [], { detached: true, stdio: ['ignore', log, log], env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } });
  child.unref();
  writeFileSync(DAEMON_PID_FILE, `${child.pid}\n`, { mode: 0o644 });
  await waitForDaemon(nixStore);
  return child.pid!;
}

export async function stopSupervisedDaemon(): Promise<void> {
  const pid = supervisedDaemonPid();
  if (!pid) return;
  process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 100 && processAlive(pid); i++) await new Promise((r) => setTimeout(r, 50));
  if (processAlive(pid)) process.kill(pid, 'SIGKILL');
}

export async function restartSupervisedDaemon(nixDaemon: string, nixStore: string): Promise<number> {
  await stopSupervisedDaemon();
  return startSupervisedDaemon(nixDaemon, nixStore);
}
