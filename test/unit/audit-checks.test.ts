import { describe, expect, it } from 'vitest';
import {
  checkBuildsThroughDaemon,
  checkCacheAnswers,
  checkCacheDir,
  checkCredentials,
  checkDaemonConfigCurrent,
  checkDaemonUntrusted,
  checkGuarded,
  checkPasswordlessSudo,
  checkPostBuildHook,
  checkProvisioned,
  checkPublicKeyTrusted,
  checkRequireSigs,
  checkSandbox,
  checkSigningKey,
  checkStoreNotWritable,
  checkTrustedUsers,
  guardedProblems,
  runChecks,
  trustedBy,
} from '../../src/audit/checks.js';
import type { AuditFacts, GuardedPath, PathFact, StatFact } from '../../src/audit/types.js';

const HOOK = '/etc/nix-trusted-cache/post-build-hook';
const DROP_IN = '/etc/nix/nix-trusted-cache.conf';
const PUBLIC_KEY = 'ci-test-1:zOAItT1zsV/WERMda7SuxhaOL42jIAcFpSxhZyel9yU=';

// What Nix 2.8's daemon printed (stderr, -vvv) to the untrusted rig user for `--option post-build-hook`.
const NIX_28_UNTRUSTED = `ignoring the client-specified setting 'post-build-hook', because it is a restricted setting and you are not a trusted user
closing daemon connection because of an exception
error: path '/nix/store/00000000000000000000000000000000-ntc-audit-probe' is not valid
`;
const NIX_28_TRUSTED = `closing daemon connection because of an exception
error: path '/nix/store/00000000000000000000000000000000-ntc-audit-probe' is not valid
`;

const st = (mode: number, kind: StatFact['kind'] = 'file', uid = 0, gid = 0): StatFact => ({ uid, gid, mode, kind, mtimeMs: 1_000_000 });
const dir = (path: string, mode = 0o755, uid = 0): PathFact => ({ path, stat: st(mode, 'dir', uid) });

function guarded(role: GuardedPath['role'], path: string, mode: number, expect: 'file' | 'dir' = 'file'): GuardedPath {
  const parents: string[] = [];
  for (let d = path.slice(0, path.lastIndexOf('/')) || '/'; ; d = d.slice(0, d.lastIndexOf('/')) || '/') {
    parents.push(d);
    if (d === '/') break;
  }
  return { role, path, expect, target: { path, stat: st(mode, expect) }, chain: parents.map((p) => dir(p)), writableByUser: false };
}

/** A correctly provisioned runner, as collect.ts would see it for the rig's user. */
function healthy(): AuditFacts {
  return {
    user: { name: 'ntc-runner', uid: 1002, gid: 1002, groups: ['ntc-runner', 'docker'] },
    auditorIsRoot: true,
    expected: { hook: HOOK, dropIn: DROP_IN },
    nixConfig: {
      settings: {
        store: 'auto',
        'trusted-users': ['root'],
        'require-sigs': true,
        sandbox: true,
        'sandbox-fallback': false,
        'post-build-hook': HOOK,
        'trusted-public-keys': [PUBLIC_KEY, 'cache.nixos.org-1:6NCHdD59X431o0gWypbMrAURkbJ16ZPMQFGspcDShjY='],
      },
    },
    store: { path: '/nix/store', stat: st(0o1775, 'dir', 0, 995), writableByUser: false },
    db: { path: '/nix/var/nix/db', stat: st(0o755, 'dir'), writableByUser: false },
    socket: { path: '/nix/var/nix/daemon-socket/socket', exists: true },
    trustProbe: { ran: true, code: 1, stdout: '', stderr: NIX_28_UNTRUSTED },
    sudo: { installed: true, list: { ran: true, code: 0, stdout: 'User ntc-runner is not allowed to run sudo on vm.\n', stderr: '' } },
    secrets: {
      signingKey: {
        path: '/etc/nix-trusted-cache/signing-key',
        target: { path: '/etc/nix-trusted-cache/signing-key', stat: st(0o400) },
        readableByUser: false,
      },
      credentials: { path: '/etc/nix-trusted-cache/credentials', target: { path: '/etc/nix-trusted-cache/credentials' } },
    },
    guarded: [
      guarded('hook', HOOK, 0o755),
      guarded('worker', '/usr/local/lib/nix-trusted-cache/cli.js', 0o644),
      guarded('node', '/usr/local/lib/nix-trusted-cache/node', 0o755),
      guarded('config', '/etc/nix-trusted-cache/config.json', 0o644),
      guarded('queue', '/var/lib/nix-trusted-cache/queue', 0o700, 'dir'),
      guarded('nix-conf', '/etc/nix/nix.conf', 0o644),
      guarded('drop-in', DROP_IN, 0o644),
      guarded('nix-store', '/usr/bin/nix-store', 0o755),
    ],
    config: {
      value: {
        version: '0.1.0',
        bundleSha256: 'ab'.repeat(32),
        cache: 'file:///tmp/ntc-audit-cache',
        substituter: 'file:///tmp/ntc-audit-cache',
        publicKey: PUBLIC_KEY,
        compression: 'zstd',
        uploadConcurrency: 4,
        maxAttempts: 10,
        nixBinDir: '/usr/bin',
      },
    },
    daemon: { pid: 4242, startedAtMs: Date.UTC(2026, 0, 2), configMtimeMs: Date.UTC(2026, 0, 1) },
    cache: { via: 'backend', url: 'file:///tmp/ntc-audit-cache', state: 'ok', body: 'StoreDir: /nix/store\n' },
    ownBundleSha256: 'ab'.repeat(32),
  };
}

/** healthy() with `edit` applied. */
function facts(edit: (f: AuditFacts) => void): AuditFacts {
  const f = healthy();
  edit(f);
  return f;
}

const settings = (f: AuditFacts) => f.nixConfig.settings!;

describe('the healthy runner', () => {
  it('passes every check, with unique ids, a seen and a one-sentence fix each', () => {
    const checks = runChecks(healthy(), '/etc/nix-trusted-cache/config.json');
    expect(checks.filter((c) => c.status !== 'pass')).toEqual([]);
    expect(new Set(checks.map((c) => c.id)).size).toBe(checks.length);
    expect(checks.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        'builds-through-daemon',
        'store-not-writable',
        'trusted-users',
        'daemon-untrusted',
        'require-sigs',
        'sandbox',
        'post-build-hook',
        'public-key-trusted',
        'signing-key',
        'credentials',
        'hook',
        'worker',
        'node',
        'queue',
        'nix-conf',
        'drop-in',
        'passwordless-sudo',
        'cache-answers',
      ]),
    );
    for (const c of checks) {
      expect(c.seen).not.toBe('');
      expect(c.fix).toMatch(/^[A-Z].*\.$/);
      expect(c.seen).not.toMatch(/\n/);
    }
  });
});

describe('builds go through the daemon', () => {
  it('passes for store auto with a daemon socket, and for daemon / unix://', () => {
    expect(checkBuildsThroughDaemon(healthy()).status).toBe('pass');
    expect(checkBuildsThroughDaemon(facts((f) => (settings(f).store = 'daemon'))).status).toBe('pass');
    expect(checkBuildsThroughDaemon(facts((f) => (settings(f).store = 'unix:///nix/var/nix/daemon-socket/socket'))).status).toBe('pass');
  });
  it('fails for a local store, a missing socket, a writable database under auto, or no config', () => {
    const local = checkBuildsThroughDaemon(facts((f) => (settings(f).store = 'local')));
    expect(local.status).toBe('fail');
    expect(local.seen).toContain('"local"');
    expect(checkBuildsThroughDaemon(facts((f) => (f.socket.exists = false))).seen).toMatch(/no daemon socket/);
    expect(checkBuildsThroughDaemon(facts((f) => (f.socket.exists = false))).status).toBe('fail');
    expect(checkBuildsThroughDaemon(facts((f) => (f.db.writableByUser = true))).status).toBe('fail');
    expect(checkBuildsThroughDaemon(facts((f) => (f.nixConfig = { error: 'nix: command not found' }))).status).toBe('fail');
  });
  it('a socket behind a directory closed to the user says so, and how to let it in (not "no socket")', () => {
    const closed = checkBuildsThroughDaemon(facts((f) => (f.socket = { path: f.socket.path, exists: false, error: 'EACCES' })));
    expect(closed.status).toBe('fail');
    expect(closed.seen).toMatch(/may not reach the daemon socket/);
    expect(closed.seen).not.toMatch(/no daemon socket/);
    expect(closed.fix).toMatch(/usermod -aG nix-users/);
  });
});

describe('store not writable', () => {
  it('passes for a root-owned store and database', () => {
    const c = checkStoreNotWritable(healthy());
    expect(c.status).toBe('pass');
    expect(c.seen).toContain('01775');
  });
  it('fails when the user can write either, when the store is the user’s (single-user), or missing', () => {
    expect(checkStoreNotWritable(facts((f) => (f.store.writableByUser = true))).seen).toMatch(/\/nix\/store is writable by ntc-runner/);
    expect(checkStoreNotWritable(facts((f) => (f.db.writableByUser = true))).status).toBe('fail');
    expect(checkStoreNotWritable(facts((f) => (f.store.stat = st(0o755, 'dir', 1002)))).seen).toMatch(/single-user/);
    expect(checkStoreNotWritable(facts((f) => delete f.db.stat)).seen).toMatch(/db is missing/);
  });
});

describe('trusted-users', () => {
  const user = healthy().user;
  it('trustedBy matches the name, @group and *, nothing else', () => {
    expect(trustedBy(['root'], user)).toBeUndefined();
    expect(trustedBy(['root', '@wheel'], user)).toBeUndefined();
    expect(trustedBy(['root', 'ntc-runner'], user)).toBe('ntc-runner');
    expect(trustedBy(['root', '@docker'], user)).toBe('@docker');
    expect(trustedBy(['*'], user)).toBe('*');
    expect(trustedBy(['ntc-runner2', 'ntc'], user)).toBeUndefined();
  });
  it('passes for root only', () => {
    expect(checkTrustedUsers(healthy())).toMatchObject({ status: 'pass', seen: 'trusted-users = root' });
  });
  it('fails for the user directly, through a group, or for *', () => {
    const direct = checkTrustedUsers(facts((f) => (settings(f)['trusted-users'] = ['root', 'ntc-runner'])));
    expect(direct.status).toBe('fail');
    expect(direct.seen).toContain('through "ntc-runner"');
    expect(checkTrustedUsers(facts((f) => (settings(f)['trusted-users'] = ['root', '@docker'])))).toMatchObject({ status: 'fail' });
    expect(checkTrustedUsers(facts((f) => (settings(f)['trusted-users'] = ['*'])))).toMatchObject({ status: 'fail' });
    expect(checkTrustedUsers(facts((f) => (settings(f)['trusted-users'] = 'root ntc-runner')))).toMatchObject({ status: 'fail' });
  });
  it('fails when the configuration cannot be read', () => {
    expect(checkTrustedUsers(facts((f) => (f.nixConfig = { error: 'boom' })))).toMatchObject({
      status: 'fail',
      seen: expect.stringContaining('boom'),
    });
  });
});

describe('daemon treats the user as untrusted (behavioural probe)', () => {
  it('passes when the daemon ignored the restricted setting', () => {
    expect(checkDaemonUntrusted(healthy()).status).toBe('pass');
    const old = facts(
      (f) =>
        (f.trustProbe.stderr =
          "warning: ignoring the user-specified setting 'post-build-hook', because it is a restricted setting and you are not a trusted user"),
    );
    expect(checkDaemonUntrusted(old).status).toBe('pass');
  });
  it('fails when the daemon answered without ignoring it (a trusted user)', () => {
    const c = checkDaemonUntrusted(facts((f) => (f.trustProbe.stderr = NIX_28_TRUSTED)));
    expect(c.status).toBe('fail');
    expect(c.seen).toMatch(/trusts this user/);
  });
  it('warns when the probe could not reach the daemon', () => {
    const down = checkDaemonUntrusted(
      facts(
        (f) =>
          (f.trustProbe = {
            ran: true,
            code: 1,
            stdout: '',
            stderr: "error: cannot connect to socket at '/nix/var/nix/daemon-socket/socket': Connection refused\n",
          }),
      ),
    );
    expect(down.status).toBe('warn');
    expect(down.seen).toContain('Connection refused');
    expect(
      checkDaemonUntrusted(facts((f) => (f.trustProbe = { ran: false, code: 127, stdout: '', stderr: 'cannot run nix-store: ENOENT' })))
        .status,
    ).toBe('warn');
  });
});

describe('require-sigs, sandbox, post-build-hook, public key', () => {
  it('require-sigs: true passes, false fails', () => {
    expect(checkRequireSigs(healthy()).status).toBe('pass');
    expect(checkRequireSigs(facts((f) => (settings(f)['require-sigs'] = false)))).toMatchObject({
      status: 'fail',
      seen: 'require-sigs = false',
    });
  });
  it('sandbox: true with no fallback passes; false, relaxed or fallback fail', () => {
    expect(checkSandbox(healthy()).status).toBe('pass');
    expect(checkSandbox(facts((f) => (settings(f).sandbox = false)))).toMatchObject({
      status: 'fail',
      seen: 'sandbox = false, sandbox-fallback = false',
    });
    expect(checkSandbox(facts((f) => (settings(f).sandbox = 'relaxed'))).status).toBe('fail');
    expect(checkSandbox(facts((f) => (settings(f)['sandbox-fallback'] = true))).status).toBe('fail');
  });
  it('post-build-hook: ours passes; another or none fails', () => {
    expect(checkPostBuildHook(healthy()).status).toBe('pass');
    expect(checkPostBuildHook(facts((f) => (settings(f)['post-build-hook'] = '/home/ntc-runner/hook')))).toMatchObject({
      status: 'fail',
      seen: 'post-build-hook = /home/ntc-runner/hook',
    });
    expect(checkPostBuildHook(facts((f) => (settings(f)['post-build-hook'] = '')))).toMatchObject({
      status: 'fail',
      seen: 'post-build-hook = (none)',
    });
  });
  it('public key: listed passes; absent or no config.json fails', () => {
    expect(checkPublicKeyTrusted(healthy())).toMatchObject({ status: 'pass', seen: 'ci-test-1 is trusted' });
    const other = checkPublicKeyTrusted(
      facts((f) => (settings(f)['trusted-public-keys'] = ['cache.nixos.org-1:6NCHdD59X431o0gWypbMrAURkbJ16ZPMQFGspcDShjY='])),
    );
    expect(other.status).toBe('fail');
    expect(other.seen).toContain(PUBLIC_KEY);
    expect(checkPublicKeyTrusted(facts((f) => (f.config = { error: 'config.json is missing' }))).status).toBe('fail');
  });
  it('provisioned: config.json present passes, absent fails', () => {
    expect(checkProvisioned(healthy(), '/etc/nix-trusted-cache/config.json').status).toBe('pass');
    expect(
      checkProvisioned(
        facts((f) => (f.config = { error: 'missing' })),
        '/etc/nix-trusted-cache/config.json',
      ),
    ).toMatchObject({ status: 'fail' });
  });
});

describe('signing key and credentials', () => {
  const key = (f: AuditFacts) => f.secrets.signingKey;
  it('passes for root:root 0400 that the user cannot open', () => {
    expect(checkSigningKey(healthy())).toMatchObject({
      status: 'pass',
      seen: '/etc/nix-trusted-cache/signing-key root:root 0400, ntc-runner cannot read it',
    });
  });
  it('fails when readable by others (0444), owned by someone else, readable through an ACL, missing, or not a file', () => {
    const world = checkSigningKey(facts((f) => (key(f).target.stat!.mode = 0o444)));
    expect(world.status).toBe('fail');
    expect(world.seen).toContain('0444');
    expect(checkSigningKey(facts((f) => (key(f).target.stat!.uid = 1002))).seen).toContain('owned by uid 1002:root');
    expect(checkSigningKey(facts((f) => (key(f).target.stat!.gid = 1002))).status).toBe('fail');
    expect(checkSigningKey(facts((f) => (key(f).readableByUser = true))).seen).toContain('readable by ntc-runner');
    const missing = checkSigningKey(facts((f) => delete key(f).target.stat));
    expect(missing).toMatchObject({ status: 'fail', seen: '/etc/nix-trusted-cache/signing-key is missing' });
    expect(checkSigningKey(facts((f) => (key(f).target.stat!.kind = 'dir'))).status).toBe('fail');
  });
  it('warns for 0600 (root only, but not as provisioned) and when it cannot be inspected', () => {
    expect(checkSigningKey(facts((f) => (key(f).target.stat!.mode = 0o600))).status).toBe('warn');
    expect(checkSigningKey(facts((f) => (key(f).target = { path: key(f).path, error: 'EACCES' }))).status).toBe('warn');
  });
  it('credentials: absent passes (none configured); present and group-readable fails', () => {
    expect(checkCredentials(healthy())).toMatchObject({ status: 'pass', seen: expect.stringContaining('not present') });
    const bad = facts((f) => (f.secrets.credentials.target.stat = st(0o640)));
    expect(checkCredentials(bad).status).toBe('fail');
    const good = facts((f) => {
      f.secrets.credentials.target.stat = st(0o400);
      f.secrets.credentials.readableByUser = false;
    });
    expect(checkCredentials(good).status).toBe('pass');
  });
});

describe('root-owned files and their directories up to /', () => {
  const hook = () => guarded('hook', HOOK, 0o755);
  it('passes for root-owned files in root-owned, non-writable directories', () => {
    const c = checkGuarded(hook(), 'ntc-runner');
    expect(c).toMatchObject({ id: 'hook', status: 'pass' });
    expect(c.seen).toContain('3 directories above it');
  });
  it('fails when any directory above is world-writable (chmod 0777 /etc/nix-trusted-cache)', () => {
    const g = hook();
    g.chain[0]!.stat!.mode = 0o777;
    const c = checkGuarded(g, 'ntc-runner');
    expect(c.status).toBe('fail');
    expect(c.seen).toBe('/etc/nix-trusted-cache is world-writable (0777)');
  });
  it('fails for a group-writable file, a file owned by the user, a directory owned by the user, a missing file', () => {
    const gw = hook();
    gw.target.stat!.mode = 0o775;
    expect(guardedProblems(gw, 'u')).toEqual([`${HOOK} is group-writable (0775)`]);
    const owned = hook();
    owned.target.stat!.uid = 1002;
    expect(checkGuarded(owned, 'u').seen).toContain('owned by uid 1002');
    const dirOwned = hook();
    dirOwned.chain[1]!.stat!.uid = 1002;
    expect(checkGuarded(dirOwned, 'u').seen).toBe('/etc is owned by uid 1002');
    const missing = hook();
    delete missing.target.stat;
    expect(checkGuarded(missing, 'u')).toMatchObject({ status: 'fail', seen: `${HOOK} is missing` });
  });
  it('fails when the behavioural test says the user can write it (an ACL), or the kind is wrong', () => {
    const acl = hook();
    acl.writableByUser = true;
    expect(checkGuarded(acl, 'ntc-runner').seen).toBe(`${HOOK} is writable by ntc-runner`);
    const q = guarded('queue', '/var/lib/nix-trusted-cache/queue', 0o700, 'dir');
    q.target.stat!.kind = 'file';
    expect(checkGuarded(q, 'u').seen).toContain('not a directory');
  });
  it('accepts a sticky root-owned directory above (entries cannot be replaced), but not a sticky target', () => {
    const g = guarded('nix-store', '/nix/store/abc-nix/bin/nix-store', 0o555);
    g.chain[2]!.stat = st(0o1775, 'dir', 0, 995); // /nix/store
    expect(checkGuarded(g, 'u').status).toBe('pass');
    g.chain[2]!.stat.uid = 1002;
    expect(checkGuarded(g, 'u').status).toBe('fail');
  });
  it('checks where a symlink resolves: a root link to a user-writable file fails', () => {
    const g = guarded('nix-store', '/usr/bin/nix-store', 0o777);
    g.target.stat!.kind = 'symlink';
    g.resolved = guarded('nix-store', '/usr/bin/nix', 0o755);
    expect(checkGuarded(g, 'u')).toMatchObject({
      status: 'pass',
      seen: expect.stringContaining('/usr/bin/nix-store -> /usr/bin/nix root:root 0755'),
    });
    g.resolved.target.stat!.mode = 0o757;
    expect(checkGuarded(g, 'u').seen).toBe('/usr/bin/nix is world-writable (0757)');
  });
});

describe('daemon runs the current config', () => {
  it('passes when the daemon started after the last change, or none runs', () => {
    expect(checkDaemonConfigCurrent(healthy()).status).toBe('pass');
    expect(checkDaemonConfigCurrent(facts((f) => (f.daemon = {}))).status).toBe('pass');
  });
  it('warns when it cannot tell when the daemon started', () => {
    expect(checkDaemonConfigCurrent(facts((f) => delete f.daemon.startedAtMs)).status).toBe('warn');
  });
  it('warns when nix.conf changed after the daemon started', () => {
    const c = checkDaemonConfigCurrent(facts((f) => (f.daemon.configMtimeMs = Date.UTC(2026, 0, 3))));
    expect(c.status).toBe('warn');
    expect(c.seen).toContain('2026-01-03T00:00:00Z');
  });
});

describe('passwordless sudo', () => {
  it('passes without sudo, or when sudo needs a password', () => {
    expect(checkPasswordlessSudo(healthy()).status).toBe('pass');
    expect(checkPasswordlessSudo(facts((f) => (f.sudo = { installed: false })))).toMatchObject({
      status: 'pass',
      seen: 'sudo is not installed',
    });
    const asUser = facts((f) => {
      f.sudo = {
        installed: true,
        nTrue: { ran: true, code: 1, stdout: '', stderr: 'sudo: a password is required\n' },
        list: { ran: true, code: 1, stdout: '', stderr: 'sudo: a password is required\n' },
      };
    });
    expect(checkPasswordlessSudo(asUser)).toMatchObject({ status: 'pass', seen: 'sudo: a password is required' });
    const withPassword = facts(
      (f) => (f.sudo.list!.stdout = 'User ntc-runner may run the following commands on vm:\n    (ALL : ALL) ALL\n'),
    );
    expect(checkPasswordlessSudo(withPassword).status).toBe('pass');
  });
  it('warns for NOPASSWD rules (listed by root) or when sudo -n true succeeds as the user', () => {
    const listed = facts((f) => (f.sudo.list!.stdout = 'User ntc-runner may run the following commands on vm:\n    (ALL) NOPASSWD: ALL\n'));
    expect(checkPasswordlessSudo(listed)).toMatchObject({ status: 'warn', id: 'passwordless-sudo' });
    const self = facts(
      (f) =>
        (f.sudo = {
          installed: true,
          nTrue: { ran: true, code: 0, stdout: '', stderr: '' },
          list: { ran: true, code: 0, stdout: '    (ALL) NOPASSWD: ALL\n', stderr: '' },
        }),
    );
    const c = checkPasswordlessSudo(self);
    expect(c.status).toBe('warn');
    expect(c.seen).toBe('sudo -n true succeeds as ntc-runner ((ALL) NOPASSWD: ALL)');
    const noAuth = facts((f) => (f.sudo.list!.stdout = 'Matching Defaults entries for ntc-runner on vm:\n    !authenticate\n'));
    expect(checkPasswordlessSudo(noAuth).status).toBe('warn');
  });
});

describe('cache answers', () => {
  it('passes when nix-cache-info names /nix/store', () => {
    expect(checkCacheAnswers(healthy())).toMatchObject({ status: 'pass', seen: 'file:///tmp/ntc-audit-cache: StoreDir /nix/store' });
  });
  it('warns when reachable but without nix-cache-info yet', () => {
    expect(checkCacheAnswers(facts((f) => (f.cache = { via: 'substituter', url: 'http://x/b', state: 'absent' }))).status).toBe('warn');
  });
  it('warns when unreachable (uploads wait), fails on another store dir or no cache configured', () => {
    const err = checkCacheAnswers(
      facts(
        (f) => (f.cache = { via: 'substituter', url: 'http://127.0.0.1:1/b', state: 'error', detail: 'connect ECONNREFUSED 127.0.0.1:1' }),
      ),
    );
    expect(err).toMatchObject({
      status: 'warn',
      seen: 'http://127.0.0.1:1/b (as consumers read it): connect ECONNREFUSED 127.0.0.1:1 (uploads wait in the queue)',
    });
    expect(checkCacheAnswers(facts((f) => (f.cache.body = 'StoreDir: /gnu/store\n'))).status).toBe('fail');
    expect(checkCacheAnswers(facts((f) => (f.cache = { via: 'none', state: 'skipped', detail: 'no runner configuration' }))).status).toBe(
      'fail',
    );
  });
});

describe('checkCacheDir', () => {
  it('fails with what is wrong when another user could change the file:// cache, passes when it is root’s alone', () => {
    expect(checkCacheDir(healthy())).toBeUndefined(); // no file:// cache facts: no check
    const bad = checkCacheDir(facts((f) => (f.cacheDir = { dir: '/srv/cache', problem: '/srv/cache is owned by uid 1001, not root' })));
    expect(bad).toMatchObject({ id: 'cache-dir', status: 'fail', seen: '/srv/cache is owned by uid 1001, not root' });
    expect(bad!.fix).toMatch(/chown root; chmod go-w/);
    expect(checkCacheDir(facts((f) => (f.cacheDir = { dir: '/srv/cache' })))).toMatchObject({ status: 'pass' });
  });
});

describe('checkInstalledRelease', () => {
  it('warns when the runner runs another build than this job, or one from before version stamps', () => {
    const other = runChecks(
      facts((f) => (f.ownBundleSha256 = 'cd'.repeat(32))),
      '/etc/nix-trusted-cache/config.json',
    ).find((c) => c.id === 'release')!;
    expect(other.status).toBe('warn');
    expect(other.seen).toMatch(/release 0\.1\.0 is installed, another build/);
    expect(other.fix).toMatch(/Provision the runner again/);
    const old = runChecks(
      facts((f) => delete f.config.value!.bundleSha256),
      '/etc/nix-trusted-cache/config.json',
    ).find((c) => c.id === 'release')!;
    expect(old.status).toBe('warn');
    expect(old.seen).toMatch(/before version stamps/);
  });
});

describe('checkQueueMoving', () => {
  const queueCheck = (edit: (f: AuditFacts) => void) =>
    runChecks(facts(edit), '/etc/nix-trusted-cache/config.json').find((c) => c.id === 'queue-moving')!;
  it('passes while the queue moves, saying from where it knows', () => {
    const c = queueCheck((f) => (f.queue = { queued: 3, oldestSeconds: 2, source: 'status-file' }));
    expect(c.status).toBe('pass');
    expect(c.seen).toBe("3 entries queued, the oldest for 2 s (from the worker's status file)");
  });
  it('warns with the reason status gives when the queue is stuck', () => {
    const c = queueCheck(
      (f) =>
        (f.queue = { queued: 5, oldestSeconds: 300, source: 'queue', stuck: '5 entries queued, the oldest for 300 s, and no worker runs' }),
    );
    expect(c.status).toBe('warn');
    expect(c.seen).toBe('5 entries queued, the oldest for 300 s, and no worker runs (from the queue directory)');
    expect(c.fix).toMatch(/nix-trusted-cache status/);
  });
});
