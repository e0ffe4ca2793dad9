/**
 * The trust audit's checks, pure: each takes collected facts (types.ts) and returns one Check. Nothing here
 * touches the machine, so every verdict can be unit-tested with made-up facts. docs/architecture.md ("The trust model") lists what each
 * check protects; the order here is the order of the report.
 */
import type { AuditFacts, Check, CheckStatus, GuardedPath, GuardedRole, PathFact, SecretFact, StatFact, UserFact } from './types.js';

const check = (id: string, title: string, status: CheckStatus, seen: string, fix: string): Check => ({ id, title, status, seen, fix });

export const octal = (mode: number): string => '0' + (mode & 0o7777).toString(8).padStart(3, '0');

function owner(s: StatFact): string {
  const u = s.uid === 0 ? 'root' : `uid ${s.uid}`;
  const g = s.gid === 0 ? 'root' : `gid ${s.gid}`;
  return `${u}:${g}`;
}

export const describeStat = (s: StatFact): string => `${owner(s)} ${octal(s.mode)}`;

/** The settings value of `name` from `nix show-config --json` (values already unwrapped). */
function setting(f: AuditFacts, name: string): unknown {
  return f.nixConfig.settings?.[name];
}

function list(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  if (typeof v === 'string') return v.split(/\s+/).filter(Boolean);
  return [];
}

function noConfig(f: AuditFacts, id: string, title: string, fix: string): Check | undefined {
  if (f.nixConfig.settings) return undefined;
  return check(id, title, 'fail', `could not read the Nix configuration as ${f.user.name}: ${f.nixConfig.error ?? 'no output'}`, fix);
}

// --- Nix itself -------------------------------------------------------------------------------------------

/** Builds go through the daemon: the user's store is the daemon (or `auto` with a daemon socket). */
export function checkBuildsThroughDaemon(f: AuditFacts): Check {
  const title = 'Builds go through nix-daemon';
  const fix =
    'Install Nix multi-user (the daemon builds; the runner user only talks to its socket) and do not set NIX_REMOTE/store to a local store.';
  const raw = setting(f, 'store');
  const store = typeof raw === 'string' ? raw : undefined;
  if (store === undefined)
    return check(
      'builds-through-daemon',
      title,
      'fail',
      `could not read the store setting as ${f.user.name}: ${f.nixConfig.error ?? 'no output'}`,
      fix,
    );
  const viaDaemon = store === 'daemon' || store.startsWith('unix://') || store === 'auto';
  if (!viaDaemon)
    return check('builds-through-daemon', title, 'fail', `${f.user.name}'s store is ${JSON.stringify(store)}, not the daemon`, fix);
  if (f.socket.error === 'EACCES')
    return check(
      'builds-through-daemon',
      title,
      'fail',
      `${f.user.name} may not reach the daemon socket ${f.socket.path} (a directory above it is closed to it)`,
      `Add ${f.user.name} to the group that owns the socket's directory (Debian's nix-setup-systemd: usermod -aG nix-users ${f.user.name}), then restart the runner agent.`,
    );
  if (!f.socket.exists)
    return check('builds-through-daemon', title, 'fail', `store ${JSON.stringify(store)} but no daemon socket at ${f.socket.path}`, fix);
  if (store === 'auto' && f.db.writableByUser) {
    return check(
      'builds-through-daemon',
      title,
      'fail',
      `store "auto" and ${f.db.path} is writable by ${f.user.name}: Nix uses the store directly, not the daemon`,
      fix,
    );
  }
  return check('builds-through-daemon', title, 'pass', `store ${JSON.stringify(store)}, daemon socket ${f.socket.path}`, fix);
}

/** Multi-user Nix: the user cannot write the store or its database (only the daemon can). */
export function checkStoreNotWritable(f: AuditFacts): Check {
  const title = 'Nix store and database not writable by the user';
  const fix = `Use multi-user Nix: /nix/store root-owned (1775 root:nixbld) and /nix/var/nix/db root-owned 0755, with ${f.user.name} not in the build users group.`;
  const problems: string[] = [];
  for (const p of [f.store, f.db]) {
    if (!p.stat) problems.push(`${p.path} is missing`);
    else if (p.stat.uid !== 0) problems.push(`${p.path} is owned by uid ${p.stat.uid} (single-user Nix)`);
    if (p.writableByUser) problems.push(`${p.path} is writable by ${f.user.name}`);
  }
  if (problems.length) return check('store-not-writable', title, 'fail', problems.join('; '), fix);
  return check(
    'store-not-writable',
    title,
    'pass',
    `${f.store.path} ${describeStat(f.store.stat!)}, ${f.db.path} ${describeStat(f.db.stat!)}; neither writable by ${f.user.name}`,
    fix,
  );
}

/** Whether `trusted-users` (daemon config) makes `user` trusted, and through which entry. */
export function trustedBy(entries: string[], user: UserFact): string | undefined {
  for (const e of entries) {
    if (e === '*') return '*';
    if (e === user.name) return e;
    if (e.startsWith('@') && user.groups.includes(e.slice(1))) return e;
  }
  return undefined;
}

export function checkTrustedUsers(f: AuditFacts): Check {
  const title = 'User not in trusted-users';
  const fix = `Set trusted-users = root only (remove ${f.user.name} and any of its groups), then restart nix-daemon; provisioning with --untrust-user ${f.user.name} does this.`;
  const missing = noConfig(f, 'trusted-users', title, fix);
  if (missing) return missing;
  const entries = list(setting(f, 'trusted-users'));
  const via = trustedBy(entries, f.user);
  const seen = `trusted-users = ${entries.join(' ') || '(empty)'}`;
  if (via) return check('trusted-users', title, 'fail', `${seen}: ${f.user.name} is trusted through ${JSON.stringify(via)}`, fix);
  return check('trusted-users', title, 'pass', seen, fix);
}

/** What the daemon says when an untrusted client passes a restricted setting (Nix ≥ 2.4; older said "user-specified"). */
const IGNORED_SETTING = /ignoring the (?:client|user)-specified setting '?post-build-hook'?/i;
/** The probe queries a path that does not exist: these mean the daemon answered. */
const DAEMON_ANSWERED = /is not valid|does not exist|is not in the Nix store/;

/** Behavioural: the daemon itself refuses `--option post-build-hook` from the user. */
export function checkDaemonUntrusted(f: AuditFacts): Check {
  const title = 'nix-daemon treats the user as untrusted';
  const fix = `Remove ${f.user.name} (and its groups) from trusted-users in the nix.conf the daemon reads, and restart nix-daemon so it takes effect.`;
  const p = f.trustProbe;
  const out = `${p.stderr}\n${p.stdout}`;
  if (IGNORED_SETTING.test(out)) {
    return check(
      'daemon-untrusted',
      title,
      'pass',
      `the daemon ignored --option post-build-hook from ${f.user.name} (restricted setting, untrusted user)`,
      fix,
    );
  }
  if (p.ran && DAEMON_ANSWERED.test(out)) {
    return check(
      'daemon-untrusted',
      title,
      'fail',
      `the daemon accepted --option post-build-hook from ${f.user.name} without a warning: it trusts this user`,
      fix,
    );
  }
  const why = p.ran ? firstLine(p.stderr) || `exit ${p.code}` : firstLine(p.stderr) || 'could not run nix-store';
  return check(
    'daemon-untrusted',
    title,
    'warn',
    `could not probe the daemon as ${f.user.name}: ${why}`,
    'Make sure nix-daemon is running and its socket is reachable by the user, then run the audit again.',
  );
}

export function checkRequireSigs(f: AuditFacts): Check {
  const title = 'Signatures required (require-sigs)';
  const fix = 'Set require-sigs = true (the managed drop-in does) and restart nix-daemon.';
  const missing = noConfig(f, 'require-sigs', title, fix);
  if (missing) return missing;
  const v = setting(f, 'require-sigs');
  return check('require-sigs', title, v === true ? 'pass' : 'fail', `require-sigs = ${String(v)}`, fix);
}

export function checkSandbox(f: AuditFacts): Check {
  const title = 'Builds are sandboxed (sandbox, sandbox-fallback)';
  const fix =
    'Set sandbox = true and sandbox-fallback = false (the managed drop-in does), keep them out of extra-conf, and restart nix-daemon.';
  const missing = noConfig(f, 'sandbox', title, fix);
  if (missing) return missing;
  const sandbox = setting(f, 'sandbox');
  const fallback = setting(f, 'sandbox-fallback');
  const seen = `sandbox = ${String(sandbox)}, sandbox-fallback = ${String(fallback)}`;
  return check('sandbox', title, sandbox === true && fallback === false ? 'pass' : 'fail', seen, fix);
}

export function checkPostBuildHook(f: AuditFacts): Check {
  const title = 'post-build-hook is ours';
  const fix = `Provision again so nix.conf includes ${f.expected.dropIn} last (post-build-hook = ${f.expected.hook}), and restart nix-daemon.`;
  const missing = noConfig(f, 'post-build-hook', title, fix);
  if (missing) return missing;
  const v = setting(f, 'post-build-hook');
  const seen = `post-build-hook = ${v === '' || v === undefined ? '(none)' : String(v)}`;
  return check('post-build-hook', title, v === f.expected.hook ? 'pass' : 'fail', seen, fix);
}

export function checkPublicKeyTrusted(f: AuditFacts): Check {
  const title = 'Our public key is in trusted-public-keys';
  const fix = 'Provision again: the drop-in lists the public key of the signing key in trusted-public-keys.';
  if (!f.config.value)
    return check('public-key-trusted', title, 'fail', `no runner configuration: ${f.config.error ?? 'config.json missing'}`, fix);
  const missing = noConfig(f, 'public-key-trusted', title, fix);
  if (missing) return missing;
  const key = f.config.value.publicKey;
  const keys = list(setting(f, 'trusted-public-keys'));
  const name = key.split(':')[0];
  if (keys.includes(key)) return check('public-key-trusted', title, 'pass', `${name} is trusted`, fix);
  return check(
    'public-key-trusted',
    title,
    'fail',
    `${key} is not in trusted-public-keys (${keys.map((k) => k.split(':')[0]).join(', ') || 'empty'})`,
    fix,
  );
}

// --- our files ----------------------------------------------------------------------------------------------

export function checkProvisioned(f: AuditFacts, configPath: string): Check {
  const title = 'Runner is provisioned (config.json)';
  const fix = 'Run the provisioning step (the action with a signing key, or `nix-trusted-cache provision` as root) on this runner.';
  if (!f.config.value) return check('provisioned', title, 'fail', `${configPath}: ${f.config.error ?? 'missing'}`, fix);
  return check('provisioned', title, 'pass', `cache ${f.config.value.cache}`, fix);
}

function secretCheck(id: string, title: string, s: SecretFact, user: string, optional: boolean): Check {
  const fix = `Keep ${s.path} a regular file owned by root:root with mode 0400 (provisioning writes it so), in a root-owned directory.`;
  const t = s.target;
  if (!t.stat) {
    // EACCES on lstat: a directory above it is closed to the user; safe, but the audit cannot tell more.
    if (t.error)
      return check(
        id,
        title,
        'warn',
        `${s.path} cannot be inspected as ${user}: ${t.error}`,
        'Run the audit as root (sudo nix-trusted-cache audit --user NAME) to inspect it.',
      );
    if (optional) return check(id, title, 'pass', `${s.path} not present (none configured)`, fix);
    return check(id, title, 'fail', `${s.path} is missing`, `Provision again with the signing key: ${s.path} must exist, root:root 0400.`);
  }
  const problems: string[] = [];
  if (t.stat.kind !== 'file') problems.push(`is a ${t.stat.kind}, not a regular file`);
  if (t.stat.uid !== 0 || t.stat.gid !== 0) problems.push(`is owned by ${owner(t.stat)}`);
  if (t.stat.mode & 0o077) problems.push(`has mode ${octal(t.stat.mode)} (group/other bits set)`);
  if (s.readableByUser) problems.push(`is readable by ${user}`);
  const tested = s.readableByUser === undefined ? ` (not opened as ${user})` : `, ${user} cannot read it`;
  if (problems.length) return check(id, title, 'fail', `${s.path} ${problems.join(', ')}`, fix);
  if ((t.stat.mode & 0o7777) !== 0o400) return check(id, title, 'warn', `${s.path} ${describeStat(t.stat)}${tested}; expected 0400`, fix);
  return check(id, title, 'pass', `${s.path} ${describeStat(t.stat)}${tested}`, fix);
}

export function checkSigningKey(f: AuditFacts): Check {
  return secretCheck('signing-key', 'Signing key is root-only', f.secrets.signingKey, f.user.name, false);
}

export function checkCredentials(f: AuditFacts): Check {
  return secretCheck('credentials', 'Cloud credentials are root-only', f.secrets.credentials, f.user.name, true);
}

const ROLES: Record<GuardedRole, { id: string; title: string }> = {
  hook: { id: 'hook', title: 'post-build-hook script is root-owned' },
  worker: { id: 'worker', title: 'Worker bundle is root-owned' },
  node: { id: 'node', title: 'Worker node binary is root-owned' },
  config: { id: 'config', title: 'Runner config.json is root-owned' },
  queue: { id: 'queue', title: 'Upload queue directory is root-owned' },
  'nix-conf': { id: 'nix-conf', title: 'nix.conf is root-owned' },
  'drop-in': { id: 'drop-in', title: 'Managed nix.conf drop-in is root-owned' },
  'nix-store': { id: 'nix-binary', title: 'nix-store run by the worker is root-owned' },
};

/** Problems that let a non-root user change `p` (one entry of a guarded path: the file or a directory above it). */
function entryProblems(p: PathFact, isTarget: boolean, expect: 'file' | 'dir'): string[] {
  if (!p.stat) return [p.error ? `${p.path} cannot be inspected (${p.error})` : `${p.path} is missing`];
  const s = p.stat;
  const out: string[] = [];
  if (s.uid !== 0) out.push(`${p.path} is owned by uid ${s.uid}`);
  if (s.kind === 'symlink') return out; // a link's own mode means nothing; its target is checked as `resolved`
  if (isTarget && s.kind !== expect) out.push(`${p.path} is a ${s.kind}, not a ${expect === 'dir' ? 'directory' : 'regular file'}`);
  if (!isTarget && s.kind !== 'dir') out.push(`${p.path} is a ${s.kind}, not a directory`);
  // A sticky root-owned directory (like /tmp or /nix/store) lets others add entries but not replace root's.
  const sticky = !isTarget && s.kind === 'dir' && (s.mode & 0o1000) !== 0;
  if (s.mode & 0o022 && !sticky) out.push(`${p.path} is ${s.mode & 0o002 ? 'world' : 'group'}-writable (${octal(s.mode)})`);
  return out;
}

/** Every reason a guarded path (file, its directories up to /, and where it resolves) is not root's alone. */
export function guardedProblems(g: GuardedPath, user: string): string[] {
  const out = [...entryProblems(g.target, true, g.expect)];
  for (const d of g.chain) out.push(...entryProblems(d, false, 'dir'));
  if (g.writableByUser) out.push(`${g.path} is writable by ${user}`);
  if (g.resolved) out.push(...guardedProblems(g.resolved, user));
  return [...new Set(out)];
}

export function checkGuarded(g: GuardedPath, user: string): Check {
  const { id, title } = ROLES[g.role];
  const fix = `Make ${g.path} and every directory above it owned by root and not writable by group or others (chown root:root; chmod go-w), or provision again.`;
  const problems = guardedProblems(g, user);
  if (problems.length) return check(id, title, 'fail', problems.join('; '), fix);
  const s = g.target.stat!;
  const via = g.resolved ? ` -> ${g.resolved.path}` : '';
  return check(
    id,
    title,
    'pass',
    `${g.path}${via} ${describeStat(g.resolved?.target.stat ?? s)}; ${g.chain.length} directories above it root-owned, not writable by others`,
    fix,
  );
}

// --- the daemon, sudo, the cache ----------------------------------------------------------------------------

/** nix-daemon reads nix.conf only when it starts: a newer nix.conf means the checks above describe a config it does not run. */
export function checkDaemonConfigCurrent(f: AuditFacts): Check {
  const title = 'nix-daemon runs the current nix.conf';
  const fix = 'Restart nix-daemon (systemctl restart nix-daemon, or provision again) so it reads the current nix.conf.';
  const d = f.daemon;
  if (!d.pid)
    return check('daemon-config-current', title, 'pass', 'no nix-daemon listener running (it reads nix.conf when it starts)', fix);
  if (d.startedAtMs === undefined)
    return check('daemon-config-current', title, 'warn', `could not tell when nix-daemon (pid ${d.pid}) started`, fix);
  if (d.configMtimeMs !== undefined && d.configMtimeMs > d.startedAtMs + 1000) {
    return check(
      'daemon-config-current',
      title,
      'warn',
      `nix.conf changed ${iso(d.configMtimeMs)}, after nix-daemon (pid ${d.pid}) started ${iso(d.startedAtMs)}`,
      fix,
    );
  }
  return check(
    'daemon-config-current',
    title,
    'pass',
    `nix-daemon (pid ${d.pid}) started ${iso(d.startedAtMs)}, after the last nix.conf change`,
    fix,
  );
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');

/** Passwordless sudo makes the user root in all but name: reported loudly (warn; the strict policy fails it). */
export function checkPasswordlessSudo(f: AuditFacts): Check {
  const title = 'No passwordless sudo for the user';
  const fix = `Run untrusted jobs as a user without passwordless sudo (remove ${f.user.name}'s NOPASSWD rules), or accept that such jobs can read the key (see the README's safe deployments).`;
  const s = f.sudo;
  if (!s.installed) return check('passwordless-sudo', title, 'pass', 'sudo is not installed', fix);
  const nTrue = s.nTrue?.ran && s.nTrue.code === 0;
  const listing = s.list?.ran && s.list.code === 0 ? s.list.stdout : '';
  const rule = /NOPASSWD|!authenticate/.exec(listing);
  if (nTrue || rule) {
    const how = nTrue ? `sudo -n true succeeds as ${f.user.name}` : `sudo rules for ${f.user.name} include ${rule![0]}`;
    const line = listing
      .split('\n')
      .find((l) => /NOPASSWD|!authenticate/.test(l))
      ?.trim();
    return check('passwordless-sudo', title, 'warn', line && nTrue ? `${how} (${line})` : how, fix);
  }
  const why =
    firstLine(s.list?.stdout ?? '') || firstLine(s.list?.stderr ?? '') || firstLine(s.nTrue?.stderr ?? '') || 'no passwordless rules';
  return check('passwordless-sudo', title, 'pass', why, fix);
}

export function checkCacheAnswers(f: AuditFacts): Check {
  const title = 'Cache answers (nix-cache-info)';
  const c = f.cache;
  const fix = 'Check the cache URL, that the bucket (or directory) exists, and the credentials; consumers read nix-cache-info first.';
  const where = c.url ? `${c.url}${c.via === 'backend' ? '' : ' (as consumers read it)'}` : '';
  if (c.state === 'skipped' || c.via === 'none') return check('cache-answers', title, 'fail', c.detail ?? 'no cache configured', fix);
  // Unreachable is a warning, not a failure: uploads wait in the queue and builds must not stop for an outage.
  if (c.state === 'error')
    return check('cache-answers', title, 'warn', `${where}: ${c.detail ?? 'error'} (uploads wait in the queue)`, fix);
  if (c.state === 'absent') {
    return check(
      'cache-answers',
      title,
      'warn',
      `${where}: no nix-cache-info yet`,
      'The first upload writes nix-cache-info; if builds have already been uploaded, check the cache URL and the substituter.',
    );
  }
  const storeDir = /^StoreDir:\s*(\S+)/m.exec(c.body ?? '')?.[1];
  if (storeDir !== '/nix/store')
    return check('cache-answers', title, 'fail', `${where}: nix-cache-info says StoreDir ${storeDir ?? '(none)'}, not /nix/store`, fix);
  return check('cache-answers', title, 'pass', `${where}: StoreDir ${storeDir}`, fix);
}

function firstLine(s: string): string {
  return (
    s
      .split('\n')
      .map((l) => l.trim())
      .find(Boolean) ?? ''
  );
}

/** A file:// cache whose directory another user could change could get planted files or links. */
export function checkCacheDir(f: AuditFacts): Check | undefined {
  if (!f.cacheDir) return undefined;
  const title = 'The file:// cache directory is root’s alone';
  const fix = `Make ${f.cacheDir.dir} and every directory above it root-owned and writable only by root (chown root; chmod go-w), then provision again.`;
  if (f.cacheDir.problem) return check('cache-dir', title, 'fail', f.cacheDir.problem, fix);
  return check('cache-dir', title, 'pass', `${f.cacheDir.dir} and the directories above it are root's, writable by no one else`, fix);
}

/**
 * The runner runs the release this job's action is: a runner provisioned by another release (an upgrade not
 * done, or a downgrade) uploads with other code than the job expects. A warning, not a failure: the trust
 * checks above say whether it is safe; this says whether it is current.
 */
export function checkInstalledRelease(f: AuditFacts): Check {
  const title = "The runner runs this action's release";
  const fix =
    'Provision the runner again with this release (the provisioning step, or `nix-trusted-cache provision`) to upgrade it in place.';
  const c = f.config.value;
  if (!c) return check('release', title, 'pass', 'not provisioned (see above)', fix);
  if (!c.bundleSha256) return check('release', title, 'warn', 'provisioned by a release before version stamps', fix);
  if (!f.ownBundleSha256)
    return check('release', title, 'pass', `release ${c.version ?? '?'} installed; no bundle beside this audit to compare`, fix);
  if (c.bundleSha256 === f.ownBundleSha256) return check('release', title, 'pass', `release ${c.version ?? '?'}, this very build`, fix);
  return check(
    'release',
    title,
    'warn',
    `release ${c.version ?? '?'} is installed, another build than this job's (${c.bundleSha256.slice(0, 12)}…)`,
    fix,
  );
}

/**
 * Uploads are moving: the same judgement as `status` and the post step. A stuck queue is a warning: builds
 * still work, but nothing reaches the cache until a worker runs again.
 */
export function checkQueueMoving(f: AuditFacts): Check {
  const title = 'The upload queue is moving';
  const fix =
    'See `nix-trusted-cache status` as root and the worker log (/var/log/nix-trusted-cache/worker.log); the next build starts a worker.';
  const q = f.queue;
  if (!q) return check('queue-moving', title, 'pass', 'no queue to look at (not provisioned)', fix);
  const from = q.source === 'queue' ? 'the queue directory' : "the worker's status file";
  if (q.stuck) return check('queue-moving', title, 'warn', `${q.stuck} (from ${from})`, fix);
  const oldest = q.oldestSeconds !== undefined ? `, the oldest for ${q.oldestSeconds} s` : '';
  return check('queue-moving', title, 'pass', `${q.queued} entries queued${oldest} (from ${from})`, fix);
}

/** Every check, in report order. */
export function runChecks(f: AuditFacts, configPath: string): Check[] {
  return [
    checkProvisioned(f, configPath),
    checkBuildsThroughDaemon(f),
    checkStoreNotWritable(f),
    checkTrustedUsers(f),
    checkDaemonUntrusted(f),
    checkRequireSigs(f),
    checkSandbox(f),
    checkPostBuildHook(f),
    checkPublicKeyTrusted(f),
    checkDaemonConfigCurrent(f),
    checkInstalledRelease(f),
    checkQueueMoving(f),
    checkSigningKey(f),
    checkCredentials(f),
    ...f.guarded.map((g) => checkGuarded(g, f.user.name)),
    checkPasswordlessSudo(f),
    checkCacheAnswers(f),
    ...[checkCacheDir(f)].filter((c): c is Check => c !== undefined),
  ];
}
