/**
 * Gathers the facts the trust audit judges (types.ts), through the audited user's eyes: as root, commands
 * and access tests run as that user with runuser; as the user itself, directly. No secret is ever read:
 * the key and credentials are only opened (as the user) to see whether that is refused.
 */
import { spawn } from 'node:child_process';
import { accessSync, closeSync, constants, existsSync, lstatSync, openSync, readFileSync, realpathSync, type Stats } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readCredentialsFile } from '../cache/credentials.js';
import { openCache } from '../cache/open.js';
import { parseCacheUrl } from '../cache/url.js';
import { cacheDirProblem, lstatFacts } from '../provision/cache-dir.js';
import { errorMessage } from '../core/errors.js';
import { ownBundleSha256 } from '../build-info.js';
import { collectStatus } from '../status/status.js';
import { LAYOUT, type RunnerConfig } from '../layout.js';
import type { AuditFacts, CacheFact, CommandFact, GuardedPath, GuardedRole, PathFact, SecretFact, StatFact, UserFact } from './types.js';

const TIMEOUT_MS = 20_000;
/** A store path that does not exist: the trust probe asks the daemon about it. */
export const PROBE_PATH = '/nix/store/00000000000000000000000000000000-ntc-audit-probe';
export const STORE_DIR = '/nix/store';
export const DB_DIR = '/nix/var/nix/db';
export const DAEMON_SOCKET = '/nix/var/nix/daemon-socket/socket';

/** Runs a command (never a shell) and collects its output; never throws. */
export function exec(
  cmd: string,
  args: readonly string[],
  opts: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<CommandFact> {
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(cmd, args, {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: opts.env ?? process.env,
        timeout: opts.timeoutMs ?? TIMEOUT_MS,
        killSignal: 'SIGKILL',
      });
    } catch (err) {
      resolve({ ran: false, code: 127, stdout: '', stderr: `cannot run ${cmd}: ${errorMessage(err)}` });
      return;
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let failed: string | undefined;
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', (e) => (failed = `cannot run ${cmd}: ${e.message}`));
    child.on('close', (code, signal) => {
      const stderr = Buffer.concat(err).toString();
      if (failed) resolve({ ran: false, code: 127, stdout: '', stderr: failed });
      else if (signal)
        resolve({
          ran: false,
          code: 128,
          stdout: Buffer.concat(out).toString(),
          stderr: `${cmd} was stopped (${signal}) after ${(opts.timeoutMs ?? TIMEOUT_MS) / 1000}s${stderr ? `: ${stderr}` : ''}`,
        });
      else resolve({ ran: true, code: code ?? 1, stdout: Buffer.concat(out).toString(), stderr });
    });
  });
}

export const isRoot = (): boolean => process.getuid?.() === 0;

/** Looks a user up by name (passwd + groups); undefined when there is no such user. */
export async function lookupUser(name: string): Promise<(UserFact & { home: string }) | undefined> {
  const pw = await exec('getent', ['passwd', '--', name]);
  const fields = pw.code === 0 ? pw.stdout.trim().split('\n')[0]!.split(':') : [];
  if (fields.length < 7) return undefined;
  const groups = await exec('id', ['-Gn', '--', name]);
  return {
    name: fields[0]!,
    uid: Number(fields[2]),
    gid: Number(fields[3]),
    home: fields[5] || '/',
    groups: groups.code === 0 ? groups.stdout.trim().split(/\s+/).filter(Boolean) : [],
  };
}

function kindOf(s: Stats): StatFact['kind'] {
  if (s.isFile()) return 'file';
  if (s.isDirectory()) return 'dir';
  if (s.isSymbolicLink()) return 'symlink';
  if (s.isSocket()) return 'socket';
  return 'other';
}

export function statFact(path: string): StatFact | undefined {
  return pathFact(path).stat;
}

export function pathFact(path: string): PathFact {
  try {
    const s = lstatSync(path);
    return { path, stat: { uid: s.uid, gid: s.gid, mode: s.mode & 0o7777, kind: kindOf(s), mtimeMs: s.mtimeMs } };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? { path } : { path, error: code ?? errorMessage(err) };
  }
}

/** The daemon socket as this user sees it: there, or why it cannot tell (a directory it may not enter). */
function socketFact(path: string): AuditFacts['socket'] {
  const f = pathFact(path);
  return { path, exists: f.stat?.kind === 'socket', ...(f.error ? { error: f.error } : {}) };
}

/** The directories above `path`, nearest first, up to and including `/`. */
export function parentsOf(path: string): string[] {
  const out: string[] = [];
  for (let d = dirname(path); ; d = dirname(d)) {
    out.push(d);
    if (d === dirname(d)) return out;
  }
}

function guardedFacts(role: GuardedRole, path: string, expect: 'file' | 'dir', follow = true): GuardedPath {
  const g: GuardedPath = { role, path, expect, target: pathFact(path), chain: parentsOf(path).map(pathFact) };
  if (follow && g.target.stat) {
    try {
      const real = realpathSync(path);
      if (real !== path) g.resolved = guardedFacts(role, real, expect, false);
    } catch {
      // a dangling link: the target check reports it through `resolved` being absent and the link itself
    }
  }
  return g;
}

/**
 * Where a Nix command lives: the bin dir provisioning recorded (root's config.json), else where Nix installs
 * it. Never from PATH: the audited user sets that, and a `nix` of its own would answer the audit's questions.
 */
export function nixBin(name: string, binDir?: string): string {
  const dirs = [...(binDir ? [binDir] : []), '/nix/var/nix/profiles/default/bin', '/usr/local/bin', '/usr/bin', '/bin'];
  for (const d of dirs) if (existsSync(join(d, name))) return join(d, name);
  return name;
}

/** Runs commands and access tests as the audited user. */
class AsUser {
  constructor(
    readonly user: UserFact & { home: string },
    readonly root: boolean,
    readonly binDir: string | undefined,
  ) {}

  /** The environment Nix commands get: user-level Nix config left out, so we see the system nix.conf. */
  private env(extra: Record<string, string>): Record<string, string> {
    if (this.root) {
      const path = [...(this.binDir ? [this.binDir] : []), '/usr/local/bin', '/usr/bin', '/bin'].join(':');
      return { HOME: this.user.home, USER: this.user.name, LOGNAME: this.user.name, PATH: path, NIX_USER_CONF_FILES: '', ...extra };
    }
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'NIX_CONFIG' && k !== 'NIX_CONF_DIR') env[k] = v;
    return { ...env, NIX_USER_CONF_FILES: '', ...extra };
  }

  run(cmd: string, args: string[], extraEnv: Record<string, string> = {}): Promise<CommandFact> {
    const env = this.env(extraEnv);
    if (!this.root) return exec(cmd, args, { env });
    const pairs = Object.entries(env).map(([k, v]) => `${k}=${v}`);
    return exec('runuser', ['-u', this.user.name, '--', 'env', '-i', ...pairs, cmd, ...args]);
  }

  async canRead(path: string): Promise<boolean> {
    if (this.root) return (await exec('runuser', ['-u', this.user.name, '--', 'test', '-r', path])).code === 0;
    try {
      closeSync(openSync(path, 'r'));
      return true;
    } catch {
      return false;
    }
  }

  async canWrite(path: string): Promise<boolean> {
    if (this.root) return (await exec('runuser', ['-u', this.user.name, '--', 'test', '-w', path])).code === 0;
    try {
      accessSync(path, constants.W_OK);
      return true;
    } catch {
      return false;
    }
  }
}

function readConfig(): AuditFacts['config'] {
  try {
    const value = JSON.parse(readFileSync(LAYOUT.config, 'utf8')) as RunnerConfig;
    if (typeof value !== 'object' || value === null || typeof value.cache !== 'string' || typeof value.publicKey !== 'string') {
      return { error: `${LAYOUT.config} is not a runner configuration (no cache or publicKey)` };
    }
    return { value };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? `${LAYOUT.config} is missing` : `${LAYOUT.config}: ${code ?? errorMessage(err)}` };
  }
}

/** `nix show-config --json` output to plain values: {name: {value, …}} → {name: value}. */
export function parseShowConfig(json: string): Record<string, unknown> {
  const doc = JSON.parse(json) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) out[k] = v && typeof v === 'object' && 'value' in v ? (v as { value: unknown }).value : v;
  return out;
}

async function nixConfig(as: AsUser, binDir?: string): Promise<AuditFacts['nixConfig']> {
  const r = await as.run(nixBin('nix', binDir), ['show-config', '--json', '--extra-experimental-features', 'nix-command']);
  if (!r.ran || r.code !== 0) return { error: r.stderr.trim().split('\n')[0] || `exit ${r.code}` };
  try {
    return { settings: parseShowConfig(r.stdout) };
  } catch {
    return { error: 'nix show-config printed no JSON' };
  }
}

export interface ProcInfo {
  pid: number;
  ppid: number;
  /** Start time in clock ticks since boot (/proc/PID/stat field 22). */
  startTicks: number;
}

/**
 * The nix-daemon listener among nix-daemon processes: not a per-connection child of another nix-daemon, and
 * the newest such when there are several (a listener replaced without being stopped keeps running, but the
 * socket path belongs to whichever bound it last).
 */
export function pickDaemonListener(procs: ProcInfo[]): ProcInfo | undefined {
  const pids = new Set(procs.map((p) => p.pid));
  const roots = procs.filter((p) => !pids.has(p.ppid));
  return roots.reduce<ProcInfo | undefined>((best, p) => (!best || p.startTicks > best.startTicks ? p : best), undefined);
}

function procInfo(pid: number): ProcInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After the parenthesised name: state (field 3), ppid (4) … starttime (22).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(fields[1]);
    const startTicks = Number(fields[19]);
    return Number.isFinite(ppid) && Number.isFinite(startTicks) ? { pid, ppid, startTicks } : undefined;
  } catch {
    return undefined; // gone meanwhile
  }
}

/** The nix-daemon listener and when it started (10 ms resolution), and the newest nix.conf/drop-in mtime. */
async function daemonFacts(): Promise<AuditFacts['daemon']> {
  const mtimes = [LAYOUT.nixConf, LAYOUT.dropIn].map((p) => statFact(p)?.mtimeMs).filter((m): m is number => m !== undefined);
  const out: AuditFacts['daemon'] = {};
  if (mtimes.length) out.configMtimeMs = Math.max(...mtimes);
  const pg = await exec('pgrep', ['-x', 'nix-daemon']);
  const pids = pg.stdout
    .split(/\s+/)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  const listener = pickDaemonListener(pids.map(procInfo).filter((p): p is ProcInfo => p !== undefined));
  if (!listener) return out;
  out.pid = listener.pid;
  try {
    // USER_HZ is 100 on Linux: /proc start times are in hundredths of a second since boot.
    const uptime = Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]);
    if (Number.isFinite(uptime)) out.startedAtMs = Date.now() - (uptime - listener.startTicks / 100) * 1000;
  } catch {
    // no /proc/uptime: leave the start time unknown (the check then passes with what it could see)
  }
  return out;
}

async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms / 1000}s`)), ms)),
  );
  try {
    return await Promise.race([p, t]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Whether the cache answers: as root through our own backend (what the worker writes to, with the root-only
 * credentials); as the user through the substituter URL consumers read (plain HTTP, or the directory).
 */
function fileCacheDir(config: RunnerConfig | undefined): string | undefined {
  try {
    const loc = config ? parseCacheUrl(config.cache) : undefined;
    return loc?.kind === 'file' ? loc.dir : undefined;
  } catch {
    return undefined;
  }
}

async function cacheFacts(config: RunnerConfig | undefined, root: boolean): Promise<CacheFact> {
  if (!config) return { via: 'none', state: 'skipped', detail: 'no runner configuration (config.json), so no cache to ask' };
  const absentOr = (body: string | undefined, via: CacheFact['via'], url: string): CacheFact =>
    body === undefined ? { via, url, state: 'absent' } : { via, url, state: 'ok', body };
  if (root) {
    try {
      const loc = parseCacheUrl(config.cache);
      const creds = loc.kind === 's3' && existsSync(LAYOUT.credentials) ? await readCredentialsFile(LAYOUT.credentials) : undefined;
      const body = await withTimeout(
        openCache(loc, creds).then((c) => c.get('nix-cache-info')),
        15_000,
        config.cache,
      );
      return absentOr(body?.toString('utf8'), 'backend', config.cache);
    } catch (err) {
      return { via: 'backend', url: config.cache, state: 'error', detail: errorMessage(err) };
    }
  }
  const url = config.substituter.replace(/\/+$/, '');
  try {
    if (url.startsWith('file://')) {
      const file = join(decodeURIComponent(url.slice('file://'.length)), 'nix-cache-info');
      try {
        return absentOr(await readFile(file, 'utf8'), 'substituter', url);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return absentOr(undefined, 'substituter', url);
        throw err;
      }
    }
    if (/^https?:\/\//.test(url)) {
      const res = await fetch(`${url}/nix-cache-info`, { signal: AbortSignal.timeout(15_000) });
      if (res.status === 404) return absentOr(undefined, 'substituter', url);
      if (!res.ok) return { via: 'substituter', url, state: 'error', detail: `HTTP ${res.status} ${res.statusText}`.trim() };
      return absentOr(await res.text(), 'substituter', url);
    }
    return { via: 'substituter', url, state: 'error', detail: 'the substituter is neither http(s):// nor file://' };
  } catch (err) {
    return { via: 'substituter', url, state: 'error', detail: errorMessage((err as Error & { cause?: unknown }).cause ?? err) };
  }
}

async function sudoFacts(as: AsUser): Promise<AuditFacts['sudo']> {
  const env = { LC_ALL: 'C' };
  if (as.root) {
    const list = await exec('sudo', ['-n', '-l', '-U', as.user.name], { env: { ...process.env, ...env } });
    return list.ran ? { installed: true, list } : { installed: false };
  }
  const nTrue = await exec('sudo', ['-n', 'true'], { env: { ...process.env, ...env } });
  if (!nTrue.ran) return { installed: false };
  const list = await exec('sudo', ['-n', '-l'], { env: { ...process.env, ...env } });
  return { installed: true, nTrue, list };
}

async function secretFacts(as: AsUser, path: string): Promise<SecretFact> {
  const target = pathFact(path);
  const s: SecretFact = { path, target };
  if (target.stat && as.user.uid !== 0) s.readableByUser = await as.canRead(path);
  return s;
}

export interface CollectOptions {
  user: UserFact & { home: string };
}

export async function collectFacts(o: CollectOptions): Promise<AuditFacts> {
  const root = isRoot();
  const config = readConfig();
  const binDir = config.value?.nixBinDir;
  const as = new AsUser(o.user, root, binDir);

  const guarded: GuardedPath[] = [
    guardedFacts('hook', LAYOUT.hook, 'file'),
    guardedFacts('worker', LAYOUT.worker, 'file'),
    guardedFacts('node', LAYOUT.node, 'file'),
    guardedFacts('config', LAYOUT.config, 'file'),
    guardedFacts('queue', LAYOUT.queueDir, 'dir'),
    guardedFacts('nix-conf', LAYOUT.nixConf, 'file'),
    guardedFacts('drop-in', LAYOUT.dropIn, 'file'),
  ];
  if (binDir) guarded.push(guardedFacts('nix-store', join(binDir, 'nix-store'), 'file'));
  const testWrite = o.user.uid !== 0;

  const [nix, trustProbe, sudo, signingKey, credentials, daemon, cache, storeW, dbW, ...guardedW] = await Promise.all([
    nixConfig(as, binDir),
    as.run(
      nixBin('nix-store', binDir),
      ['-vvv', '-q', '--hash', PROBE_PATH, '--option', 'post-build-hook', '/nonexistent/ntc-audit-probe'],
      { NIX_REMOTE: 'daemon' },
    ),
    sudoFacts(as),
    secretFacts(as, LAYOUT.signingKey),
    secretFacts(as, LAYOUT.credentials),
    daemonFacts(),
    cacheFacts(config.value, root),
    testWrite ? as.canWrite(STORE_DIR) : Promise.resolve(undefined),
    testWrite ? as.canWrite(DB_DIR) : Promise.resolve(undefined),
    ...guarded.map((g) => (testWrite && g.target.stat ? as.canWrite(g.path) : Promise.resolve(undefined))),
  ]);
  guarded.forEach((g, i) => {
    if (guardedW[i] !== undefined) g.writableByUser = guardedW[i];
  });

  const facts: AuditFacts = {
    user: { name: o.user.name, uid: o.user.uid, gid: o.user.gid, groups: o.user.groups },
    auditorIsRoot: root,
    expected: { hook: LAYOUT.hook, dropIn: LAYOUT.dropIn },
    nixConfig: nix,
    store: { path: STORE_DIR, ...opt('stat', statFact(STORE_DIR)), ...opt('writableByUser', storeW) },
    db: { path: DB_DIR, ...opt('stat', statFact(DB_DIR)), ...opt('writableByUser', dbW) },
    socket: socketFact(DAEMON_SOCKET),
    trustProbe,
    sudo,
    secrets: { signingKey, credentials },
    guarded,
    config,
    daemon,
    cache,
  };
  const dir = fileCacheDir(config.value);
  if (dir) facts.cacheDir = { dir, ...opt('problem', cacheDirProblem(dir, lstatFacts)) };
  const q = collectStatus(Date.now(), { queueOnly: true });
  facts.queue = { queued: q.queued, source: q.source, ...opt('oldestSeconds', q.oldestSeconds), ...opt('stuck', q.stuck) };
  const own = ownBundleSha256();
  if (own) facts.ownBundleSha256 = own;
  return facts;
}

/** `{[key]: value}` when value is defined, else `{}` (keeps optional properties absent rather than undefined). */
function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
