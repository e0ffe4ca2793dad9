/**
 * The trust audit's data: the facts collect.ts gathers about one machine and one user, and the checks that
 * checks.ts derives from them. Facts are plain data (JSON-able) so checks stay pure and testable.
 */
import type { RunnerConfig } from '../layout.js';

export type CheckStatus = 'pass' | 'warn' | 'fail';

export interface Check {
  id: string;
  title: string;
  status: CheckStatus;
  /** What the audit saw, on one line. */
  seen: string;
  /** What to do about it, one sentence (also given on pass: what keeps it so). */
  fix: string;
}

/** lstat of one path. `mode` is the permission bits with setuid/setgid/sticky (st_mode & 0o7777). */
export interface StatFact {
  uid: number;
  gid: number;
  mode: number;
  kind: 'file' | 'dir' | 'symlink' | 'socket' | 'other';
  mtimeMs: number;
}

export interface PathFact {
  path: string;
  /** undefined: the path does not exist (or could not be looked at: see `error`). */
  stat?: StatFact;
  /** Why it could not be looked at, when it exists but lstat failed (e.g. EACCES). */
  error?: string;
}

/** Which of our files a guarded path is (checks.ts names and explains each). */
export type GuardedRole = 'hook' | 'worker' | 'node' | 'config' | 'queue' | 'nix-conf' | 'drop-in' | 'nix-store';

/** A file root runs or reads as configuration: it and every directory above it must be root's alone. */
export interface GuardedPath {
  role: GuardedRole;
  path: string;
  expect: 'file' | 'dir';
  target: PathFact;
  /** The parent directories from the nearest up to `/`. */
  chain: PathFact[];
  /** Behavioural: the audited user can write it (access W_OK as that user); undefined when not tested. */
  writableByUser?: boolean;
  /** When the path resolves elsewhere (a symlink in it), the same facts for the resolved path. */
  resolved?: GuardedPath;
}

/** A root-only secret: the signing key or the cloud credentials. */
export interface SecretFact {
  path: string;
  target: PathFact;
  /** Behavioural: the audited user could open it for reading; undefined when not tested. */
  readableByUser?: boolean;
}

export interface UserFact {
  name: string;
  uid: number;
  gid: number;
  /** Every group the user is in (primary included), by name. */
  groups: string[];
}

export interface CommandFact {
  /** false when the command could not be started (missing binary) or timed out. */
  ran: boolean;
  code: number;
  stdout: string;
  stderr: string;
}

export interface AuditFacts {
  user: UserFact;
  /** The audit ran as root (and looked through the user's eyes with runuser), or as the user itself. */
  auditorIsRoot: boolean;
  /** The paths the checks compare against (LAYOUT; moved under NTC_ROOT in tests). */
  expected: { hook: string; dropIn: string };
  /**
   * `nix show-config --json` as the user (values unwrapped), with user-level config files and NIX_CONFIG left
   * out: the system nix.conf as the daemon reads it. `store` still follows the user's NIX_REMOTE.
   */
  nixConfig: { settings?: Record<string, unknown>; error?: string };
  store: { path: string; stat?: StatFact; writableByUser?: boolean };
  db: { path: string; stat?: StatFact; writableByUser?: boolean };
  socket: { path: string; exists: boolean; error?: string }; // error: lstat's code when not ENOENT (EACCES: a closed directory)
  /** The behavioural trust probe: a daemon query as the user with `--option post-build-hook …`. */
  trustProbe: CommandFact;
  /** sudo: as root `sudo -n -l -U USER`; as the user `sudo -n true` and `sudo -n -l`. */
  sudo: { installed: boolean; list?: CommandFact; nTrue?: CommandFact };
  secrets: { signingKey: SecretFact; credentials: SecretFact };
  guarded: GuardedPath[];
  config: { value?: RunnerConfig; error?: string };
  /** The nix-daemon listener: its start time and the newest nix.conf/drop-in mtime. */
  daemon: { pid?: number; startedAtMs?: number; configMtimeMs?: number };
  cache: CacheFact;
  /** For a file:// cache: what is wrong with its directory chain (src/provision/cache-dir.ts), if anything. */
  cacheDir?: { dir: string; problem?: string };
  /** The upload queue as status sees it (src/status/status.ts): from the queue directory as root, else the worker's status file. */
  queue?: { queued: number; oldestSeconds?: number; stuck?: string; source: 'queue' | 'status-file' };
  /** sha256 of the bundle this audit ships with (the action's or CLI's dist/cli.js), when it can be read. */
  ownBundleSha256?: string;
}

export interface CacheFact {
  /** What was asked: the cache through our backend (as root) or the substituter consumers read. */
  via: 'backend' | 'substituter' | 'none';
  url?: string;
  state: 'ok' | 'absent' | 'error' | 'skipped';
  /** The nix-cache-info text when read. */
  body?: string;
  detail?: string;
}
