import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { LAYOUT } from '../../src/layout.js';
import { DAEMON_LOG, DAEMON_PID_FILE } from '../../src/provision/daemon.js';
import {
  countQueue,
  deprovision,
  NIX_CONF_RECORD,
  nixConfChange,
  nixConfRecord,
  parseNixConfRecord,
  WORKER_UNIT_FILE,
  WORKER_UNIT_WANTS,
  type DeprovisionHost,
  type FileFacts,
  type QueuePolicy,
} from '../../src/provision/deprovision.js';
import { withInclude, withoutTrustedUser } from '../../src/provision/nix-conf.js';

/** An in-memory machine: files and directories by absolute path; `changes` lists every mutation, in order. */
class FakeMachine implements DeprovisionHost {
  files = new Map<string, FileFacts>();
  dirs = new Set<string>(['/']);
  changes: string[] = [];
  root = true;
  systemd = false;
  workerPids = [4242];
  daemonRestartFails = false;

  mkdir(path: string): void {
    for (let p = path; p !== '/'; p = dirname(p)) this.dirs.add(p);
  }
  put(path: string, content: string | Buffer, mode = 0o644): void {
    this.mkdir(dirname(path));
    this.files.set(path, { bytes: Buffer.from(content), mode });
  }
  text(path: string): string | undefined {
    return this.files.get(path)?.bytes.toString('latin1');
  }

  isRoot = () => this.root;
  exists = (path: string) => this.files.has(path) || this.dirs.has(path);
  readFile = (path: string) => this.files.get(path);
  listDir = (path: string) =>
    this.dirs.has(path)
      ? [...this.files.keys(), ...this.dirs].filter((p) => p !== path && dirname(p) === path).map((p) => p.slice(path.length + 1))
      : undefined;
  writeFile = (path: string, bytes: Buffer, mode: number) => {
    this.changes.push(`write ${path}`);
    this.files.set(path, { bytes, mode });
  };
  zeroFill = (path: string) => {
    const f = this.files.get(path)!;
    this.changes.push(`zero ${path} ${f.bytes.length} ${f.bytes.every((b) => b === 0) ? 'was-zero' : 'had-bytes'}`);
    this.files.set(path, { ...f, bytes: Buffer.alloc(f.bytes.length) });
  };
  remove = (path: string) => {
    const f = this.files.get(path);
    // a key file must reach its unlink already zeroed, with its length kept
    this.changes.push(f ? `remove ${path}${f.bytes.length && f.bytes.every((b) => b === 0) ? ' (zeros)' : ''}` : `remove ${path}`);
    const under = (p: string) => p === path || p.startsWith(`${path}/`);
    for (const p of [...this.files.keys()].filter(under)) this.files.delete(p);
    for (const p of [...this.dirs].filter(under)) this.dirs.delete(p);
  };
  systemdRunning = () => this.systemd;
  stopWorkerUnit = async () => void this.changes.push('stop-unit');
  reloadSystemd = async () => void this.changes.push('daemon-reload');
  stopWorkerProcesses = async () => {
    this.changes.push('stop-workers');
    return this.workerPids;
  };
  restartNixDaemon = async (binDir: string | undefined) => {
    if (this.daemonRestartFails) throw new Error('systemctl restart nix-daemon failed: unit masked');
    this.changes.push(`restart-daemon ${binDir}`);
    return 'restarted nix-daemon (pid 99)';
  };
}

const DROP_IN = LAYOUT.dropIn;
const KEY = 'cache-1:' + Buffer.alloc(64, 7).toString('base64') + '\n';

/** What provisioning leaves (src/provision/provision.ts), nix.conf and its record included. */
function provisioned(m: FakeMachine, original?: string | Buffer, o: { untrust?: string; record?: boolean } = {}): FakeMachine {
  const before = original === undefined ? undefined : { bytes: Buffer.from(original), mode: 0o644 };
  let conf = withInclude(before?.bytes.toString('latin1') ?? '', DROP_IN);
  if (o.untrust) conf = withoutTrustedUser(conf, o.untrust).text;
  const written = Buffer.from(conf, 'latin1');
  if (o.record !== false) m.put(NIX_CONF_RECORD, JSON.stringify(nixConfRecord(undefined, before, written, DROP_IN)), 0o600);
  m.put(LAYOUT.nixConf, written);
  m.put(DROP_IN, 'post-build-hook = /etc/nix-trusted-cache/post-build-hook\n');
  m.put(LAYOUT.signingKey, KEY, 0o400);
  m.put(LAYOUT.credentials, '{"accessKeyId":"AK","secretAccessKey":"SK"}', 0o400);
  m.put(LAYOUT.config, JSON.stringify({ cache: 's3://bucket', nixBinDir: '/nix/var/nix/profiles/default/bin' }));
  m.put(LAYOUT.hook, '#!/bin/sh\n', 0o755);
  m.put(LAYOUT.worker, 'bundle');
  m.put(LAYOUT.node, 'node', 0o755);
  for (const d of [LAYOUT.queueDir, LAYOUT.failedDir]) m.mkdir(d);
  m.put(LAYOUT.ledger, '{"status":"uploaded"}\n');
  m.put(LAYOUT.status, '{}');
  m.put(LAYOUT.workerPid, '4242 1000\n');
  m.put(LAYOUT.workerLog, 'log\n');
  return m;
}

async function run(m: FakeMachine, queue: QueuePolicy = 'refuse') {
  const said: string[] = [];
  const report = await deprovision(m, { queue, say: (l) => said.push(l) });
  return { said, leaves: report.leaves };
}

const OURS = [LAYOUT.etcDir, LAYOUT.libDir, LAYOUT.stateDir, LAYOUT.logDir, DROP_IN];

describe('deprovision: nix.conf', () => {
  const originals: [string, string | undefined][] = [
    ['with a final newline', 'substituters = https://cache.nixos.org/\nsandbox = true\n'],
    ['without a final newline', 'sandbox = true\n# end'],
    ['empty', ''],
    ['with CRLF line ends', 'a = 1\r\nb = 2\r\n'],
    ['with bytes that are not UTF-8', Buffer.from([0x61, 0x3d, 0xe9, 0xff, 0x0a]).toString('latin1')],
  ];
  for (const [what, original] of originals) {
    it(`puts back the original bytes: nix.conf ${what}`, async () => {
      const m = provisioned(new FakeMachine(), Buffer.from(original!, 'latin1'));
      expect(m.text(LAYOUT.nixConf)).not.toBe(original);
      await run(m);
      expect(m.text(LAYOUT.nixConf)).toBe(original);
      expect(m.files.get(LAYOUT.nixConf)!.mode).toBe(0o644);
    });
  }

  it('removes nix.conf when provisioning created it from nothing', async () => {
    const m = provisioned(new FakeMachine(), undefined);
    expect(m.text(LAYOUT.nixConf)).toBe(`include ${DROP_IN}\n`);
    const { said } = await run(m);
    expect(m.exists(LAYOUT.nixConf)).toBe(false);
    expect(m.exists(dirname(LAYOUT.nixConf))).toBe(true); // /etc/nix stays
    expect(said).toContain(`removed ${LAYOUT.nixConf} (provisioning created it)`);
  });

  it('brings back the trusted-users provisioning took away, and says those lines apply again', async () => {
    const original = 'trusted-users = root runner\n';
    const m = provisioned(new FakeMachine(), original, { untrust: 'runner' });
    expect(m.text(LAYOUT.nixConf)).toBe(`trusted-users = root\ninclude ${DROP_IN}\n`);
    const { said } = await run(m);
    expect(m.text(LAYOUT.nixConf)).toBe(original);
    expect(said).toContain(`note: ${LAYOUT.nixConf}'s own "trusted-users = root runner" apply again`);
  });

  it('keeps the first original across repeated provisioning', () => {
    const before = { bytes: Buffer.from('a = 1'), mode: 0o664 };
    const once = Buffer.from(withInclude('a = 1', DROP_IN));
    const first = nixConfRecord(undefined, before, once, DROP_IN);
    const again = nixConfRecord(first, { bytes: once, mode: 0o644 }, once, DROP_IN);
    expect(again).toEqual(first);
    expect(nixConfChange({ bytes: once, mode: 0o644 }, again, DROP_IN)).toEqual({
      kind: 'write',
      bytes: before.bytes,
      mode: 0o664,
      exact: true,
    });
  });

  it('without a record, removes only the include line and says precisely what stays', async () => {
    const m = provisioned(new FakeMachine(), 'trusted-users = root runner\nsandbox = true', { untrust: 'runner', record: false });
    const { said, leaves } = await run(m);
    expect(m.text(LAYOUT.nixConf)).toBe('trusted-users = root\nsandbox = true\n');
    expect(said).toContain(`removed the include line from ${LAYOUT.nixConf}`);
    expect(leaves[0]).toMatch(/no record .* users --untrust-user removed from trusted-users stay removed, and a final newline/);
  });

  it('with nix.conf edited since provisioning, keeps the edit and removes only the include line', async () => {
    const m = provisioned(new FakeMachine(), 'a = 1\n');
    m.put(LAYOUT.nixConf, `a = 1\ninclude ${DROP_IN}\nb = 2\n`);
    const { leaves } = await run(m);
    expect(m.text(LAYOUT.nixConf)).toBe('a = 1\nb = 2\n');
    expect(leaves[0]).toMatch(/it changed since provisioning wrote it/);
  });

  it('ignores a record that is not one', () => {
    expect(parseNixConfRecord('not json')).toBeUndefined();
    expect(parseNixConfRecord('{"original": 3, "mode": 420, "provisioned": "x"}')).toBeUndefined();
    expect(parseNixConfRecord('{"original": null, "mode": 420, "provisioned": "x"}')).toEqual({
      original: null,
      mode: 420,
      provisioned: 'x',
    });
  });
});

describe('deprovision: what it removes, in what order', () => {
  it('removes everything of ours, restarting the daemon before the hook goes and zeroing secrets before unlinking', async () => {
    const m = provisioned(new FakeMachine(), 'a = 1\n');
    const sizes = [LAYOUT.signingKey, LAYOUT.credentials, NIX_CONF_RECORD].map((p) => [p, m.files.get(p)!.bytes.length] as const);
    const { said, leaves } = await run(m);
    for (const p of OURS) expect(m.exists(p), p).toBe(false);
    const c = m.changes;
    expect(c.indexOf('restart-daemon /nix/var/nix/profiles/default/bin')).toBeLessThan(c.indexOf('stop-workers'));
    expect(c.indexOf('stop-workers')).toBeLessThan(c.indexOf(`remove ${LAYOUT.hook}`));
    for (const [secret, size] of sizes) {
      const zero = c.indexOf(`zero ${secret} ${size} had-bytes`); // as many zeros as the file had bytes
      expect(zero, secret).toBeGreaterThanOrEqual(0);
      expect(c[zero + 1]).toBe(`remove ${secret} (zeros)`); // and only then unlinked
    }
    expect(said).toContain(`removed ${LAYOUT.signingKey} (overwritten with zeros first)`);
    expect(said).toContain('stopped the upload worker (pid 4242)');
    expect(said).toContain(`removed ${LAYOUT.stateDir} (the queue, failed entries, ledger and status)`);
    expect(leaves.join('\n')).toMatch(/Nix itself .* nix-bin/);
    expect(leaves.join('\n')).toMatch(/nixbld/);
    expect(leaves.join('\n')).toMatch(/the cache s3:\/\/bucket/);
  });

  it('zeroes a temp file an interrupted provisioning write left in the key directory', async () => {
    const m = provisioned(new FakeMachine(), 'a = 1\n');
    const temp = join(LAYOUT.etcDir, '.0123456789ab.tmp');
    m.put(temp, KEY, 0o400);
    await run(m);
    expect(m.changes).toContain(`zero ${temp} ${KEY.length} had-bytes`);
  });

  it('stops and disables the systemd unit before removing it, then reloads systemd', async () => {
    const m = provisioned(new FakeMachine(), 'a = 1\n');
    m.systemd = true;
    m.put(WORKER_UNIT_FILE, '[Unit]\n');
    m.put(WORKER_UNIT_WANTS, '');
    const { said } = await run(m);
    const c = m.changes;
    expect(c.indexOf('stop-unit')).toBeLessThan(c.indexOf(`remove ${WORKER_UNIT_FILE}`));
    expect(c.indexOf(`remove ${WORKER_UNIT_FILE}`)).toBeLessThan(c.indexOf('daemon-reload'));
    expect(m.exists(WORKER_UNIT_WANTS)).toBe(false);
    expect(said).toContain('stopped and disabled nix-trusted-cache-worker.service');
  });

  it('leaves the supervised nix-daemon its pid file and log, and says so', async () => {
    const m = provisioned(new FakeMachine(), 'a = 1\n');
    m.put(DAEMON_PID_FILE, '99\n');
    m.put(DAEMON_LOG, '');
    const { leaves } = await run(m);
    expect(m.exists(DAEMON_LOG)).toBe(true);
    expect(leaves.join('\n')).toContain(`${DAEMON_PID_FILE} and ${DAEMON_LOG}`);
  });

  it('stops with an actionable error, hook still in place, when the daemon cannot be restarted', async () => {
    const m = provisioned(new FakeMachine(), 'a = 1\n');
    m.daemonRestartFails = true;
    await expect(run(m)).rejects.toThrow(/restarting nix-daemon failed \(.*unit masked\): .* run deprovision again/);
    expect(m.exists(LAYOUT.hook)).toBe(true);
    m.daemonRestartFails = false;
    await run(m); // the rerun restarts the daemon before the hook goes
    expect(m.changes.indexOf('restart-daemon /nix/var/nix/profiles/default/bin')).toBeLessThan(m.changes.indexOf(`remove ${LAYOUT.hook}`));
  });
});

describe('deprovision: the queue', () => {
  const withEntries = () => {
    const m = provisioned(new FakeMachine(), 'a = 1\n');
    m.put(join(LAYOUT.queueDir, '1700000000000000000-12.entry'), 'x', 0o600);
    m.put(join(LAYOUT.queueDir, 'new-13'), 'y', 0o600);
    m.put(join(LAYOUT.queueDir, '.worker.lock'), '', 0o600);
    m.put(join(LAYOUT.failedDir, '1600000000000000000-9.entry'), 'z', 0o600);
    return m;
  };

  it('counts entries as status does: *.entry and the hook’s new-*, not the lock; failed/ apart', () => {
    expect(countQueue(['1-2.entry', 'new-3', 'new-3-1', '.worker.lock', '.tmp-w-1-2'], ['4-5.entry'])).toEqual({ queued: 3, failed: 1 });
    expect(countQueue(undefined, undefined)).toEqual({ queued: 0, failed: 0 });
  });

  it('refuses while entries wait, with one actionable line, and touches nothing', async () => {
    const m = withEntries();
    const files = new Map(m.files);
    const err = await run(m).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).exitCode).toBe(1);
    expect((err as Error).message).toMatch(
      /^the queue holds 3 entries \(2 queued, 1 failed and kept for retry\) not uploaded yet .*--keep-queue .*--drop-queue/,
    );
    expect((err as Error).message).not.toContain('\n');
    expect(m.changes).toEqual([]);
    expect(m.files).toEqual(files);
  });

  it('--drop-queue removes them and says how many', async () => {
    const m = withEntries();
    const { said } = await run(m, 'drop');
    expect(m.exists(LAYOUT.stateDir)).toBe(false);
    expect(said).toContain(
      `removed ${LAYOUT.stateDir} (the queue, failed entries, ledger and status, dropped 3 entries (2 queued, 1 failed and kept for retry) not uploaded)`,
    );
  });

  it('--keep-queue keeps the queue, failed entries and ledger, says how many and where, and removes the rest', async () => {
    const m = withEntries();
    const { said, leaves } = await run(m, 'keep');
    expect(m.exists(join(LAYOUT.queueDir, 'new-13'))).toBe(true);
    expect(m.exists(join(LAYOUT.failedDir, '1600000000000000000-9.entry'))).toBe(true);
    expect(m.text(LAYOUT.ledger)).toBe('{"status":"uploaded"}\n');
    expect(m.exists(LAYOUT.status) || m.exists(LAYOUT.workerPid) || m.exists(LAYOUT.signingKey) || m.exists(LAYOUT.libDir)).toBe(false);
    expect(said).toContain(`removed ${LAYOUT.status}`);
    expect(leaves).toContain(
      `3 entries (2 queued, 1 failed and kept for retry) in ${LAYOUT.queueDir} and ${LAYOUT.failedDir}, and the ledger ${LAYOUT.ledger} (provisioning again uploads them; deprovision --drop-queue discards them)`,
    );
  });

  it('keeps entries that arrived after the check instead of dropping them unasked', async () => {
    const m = provisioned(new FakeMachine(), 'a = 1\n');
    const stop = m.stopWorkerProcesses;
    m.stopWorkerProcesses = async () => {
      m.put(join(LAYOUT.queueDir, 'new-77'), 'late', 0o600); // a build that finished before the daemon restarted
      return stop();
    };
    const { leaves } = await run(m);
    expect(m.exists(join(LAYOUT.queueDir, 'new-77'))).toBe(true);
    expect(leaves.join('\n')).toMatch(/1 entry in .*\(they arrived while deprovisioning/);
  });
});

describe('deprovision: idempotence and root', () => {
  it('succeeds a second time, with nothing to remove', async () => {
    const m = provisioned(new FakeMachine(), 'a = 1\n');
    await run(m);
    m.changes = [];
    const { said } = await run(m);
    expect(said).toEqual(['nothing to remove: no nix-trusted-cache files here (never provisioned, or already deprovisioned)']);
    expect(m.changes).toEqual([]);
  });

  it('succeeds on a machine never provisioned, leaving its nix.conf alone', async () => {
    const m = new FakeMachine();
    m.put(LAYOUT.nixConf, 'sandbox = true');
    const { said, leaves } = await run(m);
    expect(said).toEqual(['nothing to remove: no nix-trusted-cache files here (never provisioned, or already deprovisioned)']);
    expect(m.changes).toEqual([]);
    expect(m.text(LAYOUT.nixConf)).toBe('sandbox = true');
    expect(leaves.join('\n')).toMatch(/Nix itself/);
  });

  it('refuses without root, clearly, touching nothing', async () => {
    const m = provisioned(new FakeMachine(), 'a = 1\n');
    m.root = false;
    await expect(run(m)).rejects.toThrow(/^deprovision must run as root \(sudo nix-trusted-cache deprovision\)/);
    expect(m.changes).toEqual([]);
  });
});
