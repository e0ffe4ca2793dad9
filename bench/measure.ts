/**
 * Measuring primitives: run a command and time it, poll a process's peak resident memory, take medians.
 * Nothing here knows what is being measured.
 */
import { spawn, type SpawnOptions } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
  seconds: number;
  /** VmHWM of the process in bytes (only with `peakRss: true`). */
  peakRssBytes?: number;
}

export interface CommandOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  input?: string;
  /** Poll /proc/PID/status every 50 ms and report the highest VmHWM seen. */
  peakRss?: boolean;
}

/** A measurement that could not be taken (the command failed): the bench exits non-zero for these. */
export class MeasurementError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MeasurementError';
  }
}

function readVmHwm(pid: number): number | undefined {
  try {
    const m = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined; // the process has exited
  }
}

/** Runs `cmd args` (no shell), collecting output and wall time; never throws for a non-zero exit. */
export function runCommand(cmd: string, args: readonly string[], opts: CommandOptions = {}): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const spawnOpts: SpawnOptions = { stdio: ['pipe', 'pipe', 'pipe'], env: opts.env ?? process.env };
    if (opts.cwd) spawnOpts.cwd = opts.cwd;
    const started = performance.now();
    const child = spawn(cmd, args, spawnOpts);
    const forget = onInterrupt(() => child.kill('SIGKILL'));
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let peak: number | undefined;
    const poll = () => {
      const v = child.pid ? readVmHwm(child.pid) : undefined;
      if (v !== undefined) peak = Math.max(peak ?? 0, v);
    };
    const timer = opts.peakRss ? setInterval(poll, 50) : undefined;
    child.stdout!.on('data', (d: Buffer) => out.push(d));
    child.stderr!.on('data', (d: Buffer) => err.push(d));
    child.on('error', (e) => {
      forget();
      if (timer) clearInterval(timer);
      reject(new MeasurementError(`cannot run ${cmd}: ${e.message}`));
    });
    // The 'exit' event comes before the pipes close; the last VmHWM poll happened at most 50 ms earlier.
    child.on('close', (code, signal) => {
      const seconds = (performance.now() - started) / 1000;
      forget();
      if (timer) clearInterval(timer);
      const result: CommandResult = {
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString(),
        seconds,
      };
      if (peak !== undefined) result.peakRssBytes = peak;
      resolve(result);
    });
    child.stdin!.on('error', () => {});
    child.stdin!.end(opts.input ?? '');
  });
}

/** Like runCommand, but a non-zero exit is a MeasurementError naming `what` and quoting stderr's tail. */
export async function mustRun(what: string, cmd: string, args: readonly string[], opts: CommandOptions = {}): Promise<CommandResult> {
  const r = await runCommand(cmd, args, opts);
  if (r.code !== 0) {
    const tail = (r.stderr.trim() || r.stdout.trim()).split('\n').slice(-6).join('\n  ');
    throw new MeasurementError(`${what}: ${cmd} exited with ${r.code}\n  ${tail}`);
  }
  return r;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export const MiB = 1024 * 1024;

/** Wall time of an async function, in seconds. */
export async function timeIt(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return (performance.now() - started) / 1000;
}

const cleanups = new Set<() => void>();
let handlersInstalled = false;

/**
 * Runs `fn` (synchronous: e.g. kill a pid the bench started) if the bench is interrupted (SIGINT, SIGTERM)
 * before the returned function unregisters it. The normal path cleans up in `finally` blocks.
 */
export function onInterrupt(fn: () => void): () => void {
  if (!handlersInstalled) {
    handlersInstalled = true;
    for (const sig of ['SIGINT', 'SIGTERM'] as const) {
      process.once(sig, () => {
        for (const f of cleanups) {
          try {
            f();
          } catch {}
        }
        process.exit(130);
      });
    }
  }
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}
