/**
 * The hook → queue → worker → cache pipeline end to end (issue 3), with real parts: the real nix-daemon runs
 * builds for the unprivileged runner user, the installed root-only post-build-hook enqueues them, the
 * installed worker (root, its own node) uploads to s3rver, and a fresh Nix store with require-sigs judges
 * what landed. Faults: S3 down, a SIGKILLed worker mid-upload, a daemon restart, an output garbage-collected
 * before upload, hostile hook environments. Permissions: what the runner user must not be able to touch.
 *
 * Other suites share this machine's daemon and provisioning, so nothing here counts raw ledger lines: every
 * wait looks for the ledger lines of this suite's own paths (or entry ids), enqueued after a cursor.
 */
import { liveWorkerPid, processStartTime } from '../../src/worker/worker-pid.js';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { storePathHash } from '../../src/core/store-path.js';
import { LAYOUT } from '../../src/layout.js';
import { restartSupervisedDaemon, waitForDaemon } from '../../src/provision/daemon.js';
import { entryTime, jobCursor } from '../../src/worker/entry.js';
import { parseLedger, type LedgerLine } from '../../src/worker/ledger.js';
import { renderHookScript } from '../../src/worker/hook-script.js';
import {
  asRunner,
  buildAsRunner,
  consumerSubstitutes,
  describeE2E,
  ensureDaemon,
  provisionRunner,
  RUNNER,
  sh,
  type Provisioned,
  type RunOut,
} from './rig/rig.js';
import { S3_CREDENTIALS, startS3, type S3Server } from './rig/s3.js';

const BIG_MIB = 300;

// ---------------------------------------------------------------------------------------------------------
// Helpers

const cleanup: string[] = [];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let saltCounter = 0;

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanup.push(dir);
  return dir;
}

function newSalt(): string {
  return `worker-e2e-${process.pid}-${Date.now()}-${saltCounter++}`;
}

/** Repeats `fn` when it failed because the daemon went away (another suite restarted it); never on a hook error. */
async function ridingOutDaemonRestarts<T>(fn: () => T): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return fn();
    } catch (err) {
      const msg = String(err);
      const daemonGone = /daemon|socket|connect|Connection reset|end of file|unexpected EOF|interrupted|Broken pipe/i.test(msg);
      if (attempt >= 4 || /hook/i.test(msg) || !daemonGone) throw err;
      await waitForDaemon('nix-store', 20_000).catch(() => {});
      await sleep(500);
    }
  }
}

/** buildAsRunner with a fixed salt (a repeated build gives the same paths), riding out daemon restarts. */
async function build(names: string[], opts: { salt?: string } = {}): Promise<string[]> {
  const salt = opts.salt ?? newSalt();
  return ridingOutDaemonRestarts(() => buildAsRunner(names, { salt }));
}

/**
 * One derivation with a large output, built as the runner user. Not buildAsRunner's `bytes` (busybox `tr`
 * makes 300 MiB take over a minute): `dd` from /dev/zero writes it in about two seconds.
 */
async function buildBig(name: string, mib: number): Promise<string> {
  const dir = tempDir('ntc-build-big-');
  chmodSync(dir, 0o755);
  const file = join(dir, 'default.nix');
  const script = `echo ${name} $salt > $out; dd if=/dev/zero bs=1048576 count=${mib} >> $out`;
  writeFileSync(
    file,
    `derivation { name = ${JSON.stringify(name)}; system = builtins.currentSystem; builder = "/bin/sh"; salt = ${JSON.stringify(newSalt())}; args = [ "-c" ${JSON.stringify(script)} ]; }\n`,
  );
  chmodSync(file, 0o644);
  return ridingOutDaemonRestarts(() => {
    const r = asRunner('nix-build', ['--no-out-link', file]);
    if (r.code !== 0) throw new Error(`nix-build as ${RUNNER} failed: ${r.stderr}`);
    return r.stdout.trim();
  });
}

/**
 * provisionRunner, riding out a concurrent `npm run build` (it removes dist/ before writing it again, so the
 * bundle can be missing for a moment).
 */
async function provision(opts: Parameters<typeof provisionRunner>[0]): Promise<Provisioned> {
  for (let attempt = 1; ; attempt++) {
    try {
      return provisionRunner(opts);
    } catch (err) {
      if (attempt >= 10 || !/cannot find the worker bundle|Cannot find module|dist\/cli\.js/.test(String(err))) throw err;
      await sleep(1000);
    }
  }
}

function ledger(): LedgerLine[] {
  try {
    return parseLedger(readFileSync(LAYOUT.ledger, 'utf8'));
  } catch {
    return [];
  }
}

/** Ledger lines of entries enqueued at or after `cursor` (ns, as jobCursor()). */
function ledgerSince(cursor: string): LedgerLine[] {
  const c = BigInt(cursor);
  return ledger().filter((l) => entryTime(l.seq) >= c);
}

function diagnostics(): string {
  const status = sh('cat', [LAYOUT.status]).stdout.trim();
  const log = sh('tail', ['-n', '15', LAYOUT.workerLog]).stdout.trim();
  return `status.json: ${status}\nworker.log (tail):\n${log}`;
}

/** Waits until every path in `paths` has a ledger line from an entry enqueued after `cursor`. */
async function settled(cursor: string, paths: readonly string[], timeoutMs = 90_000): Promise<Map<string, LedgerLine>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = new Map<string, LedgerLine>();
    for (const l of ledgerSince(cursor)) if (paths.includes(l.path) && !found.has(l.path)) found.set(l.path, l);
    if (found.size === paths.length) return found;
    if (Date.now() > deadline) {
      const missing = paths.filter((p) => !found.has(p));
      throw new Error(
        `after ${timeoutMs / 1000}s, ${missing.length} of ${paths.length} paths have no ledger line: ${missing.slice(0, 3).join(' ')}\n${diagnostics()}`,
      );
    }
    await sleep(200);
  }
}

/** Waits (5 s at most) until process `pid` is gone, or a zombie where PID 1 does not reap. */
async function untilGone(pid: number, what: string): Promise<void> {
  await until(what, () => !existsSync(`/proc/${pid}`) || /State:\s+Z/.test(sh('cat', [`/proc/${pid}/status`]).stdout), 5000, 20);
}

/** Waits for the ledger line of the entry the hook with pid `hookPid` enqueued after `cursor`. */
async function settledEntry(cursor: string, hookPid: number, timeoutMs = 30_000): Promise<LedgerLine> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const l = ledgerSince(cursor).find((x) => x.seq.endsWith(`-${hookPid}`));
    if (l) return l;
    if (Date.now() > deadline)
      throw new Error(`no ledger line for the entry of hook pid ${hookPid} after ${timeoutMs / 1000}s\n${diagnostics()}`);
    await sleep(200);
  }
}

async function until(what: string, cond: () => boolean, timeoutMs: number, everyMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}\n${diagnostics()}`);
    await sleep(everyMs);
  }
}

/** The derivations whose entries are in the root-only queue right now (read as root). */
function queuedDrvs(): Set<string> {
  const drvs = new Set<string>();
  for (const name of readdirSync(LAYOUT.queueDir)) {
    if (!name.endsWith('.entry')) continue;
    try {
      const text = readFileSync(join(LAYOUT.queueDir, name), 'utf8');
      drvs.add(text.startsWith('{') ? String((JSON.parse(text) as { drv: string }).drv) : text.split('\n')[0]!);
    } catch {
      // settled and removed while we looked
    }
  }
  return drvs;
}

function deriver(path: string): string {
  const r = sh('nix-store', ['--query', '--deriver', path]);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout.trim();
}

/** Deletes store paths as root (they have no GC roots: the runner built them with --no-out-link). */
function deleteFromStore(paths: string[]): RunOut {
  return sh('nix-store', ['--delete', ...paths]);
}

function cliStatus(): {
  worker: { running: boolean; pid?: number };
  queued: number;
  inflight: number;
  failedEntries: number;
  settled: Record<string, number>;
} {
  // The installed bundle (what the runner has): dist/ may be mid-rebuild by someone else.
  const r = sh(LAYOUT.node, [LAYOUT.worker, 'status', '--json'], { cwd: '/' });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

function workerPid(): number | undefined {
  return liveWorkerPid(LAYOUT.workerPid);
}

function sha256File(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** The s3rver bucket as files on disk: objects are `<key>._S3rver_object`. */
class Bucket {
  constructor(readonly s3: S3Server) {}
  get dir(): string {
    return join(this.s3.directory, this.s3.bucket);
  }
  objectFile(key: string): string {
    return join(this.dir, `${key}._S3rver_object`);
  }
  narinfoFile(path: string): string {
    return this.objectFile(`${storePathHash(path)}.narinfo`);
  }
  narinfo(path: string): string | undefined {
    try {
      return readFileSync(this.narinfoFile(path), 'utf8');
    } catch {
      return undefined;
    }
  }
  count(sub: string, suffix: string): number {
    try {
      return readdirSync(join(this.dir, sub)).filter((n) => n.endsWith(suffix)).length;
    } catch {
      return 0;
    }
  }
  /** Multipart uploads neither completed nor aborted (s3rver keeps each under ._S3rver_uploads/<id>/). */
  uploadsInProgress(): string[] {
    try {
      return readdirSync(join(this.dir, '._S3rver_uploads'));
    } catch {
      return [];
    }
  }
  /** Parts of multipart uploads not yet completed (s3rver keeps them under ._S3rver_uploads/<id>/). */
  partsInProgress(): number {
    const up = join(this.dir, '._S3rver_uploads');
    let n = 0;
    try {
      for (const id of readdirSync(up)) n += readdirSync(join(up, id)).filter((f) => /^\d+$/.test(f)).length;
    } catch {
      // no upload in progress
    }
    return n;
  }
  /**
   * The consumer's invariant: when a narinfo is visible, its NAR object is there in full. Returns a
   * description of the violation, or undefined. A narinfo caught mid-write (no FileSize line yet) is not
   * judged: s3rver writes objects in place.
   */
  violation(path: string): string | undefined {
    const text = this.narinfo(path);
    if (!text) return undefined;
    const url = /^URL: (.+)$/m.exec(text)?.[1];
    const size = Number(/^FileSize: (\d+)$/m.exec(text)?.[1] ?? NaN);
    if (!url || !Number.isFinite(size)) return undefined;
    try {
      const st = statSync(this.objectFile(url));
      return st.size === size ? undefined : `narinfo for ${path} is visible but ${url} has ${st.size} of ${size} bytes`;
    } catch {
      return `narinfo for ${path} is visible but ${url} is missing`;
    }
  }
}

function expectConsumerSubstitutes(paths: string[], s3: S3Server, publicKey: string): void {
  const c = consumerSubstitutes(paths, s3.httpUrl, publicKey);
  cleanup.push(c.storeDir);
  expect(c.code, c.stderr).toBe(0);
  for (const p of paths) expect(existsSync(join(c.storeDir, p)), `${p} in the consumer store`).toBe(true);
  rmSync(c.storeDir, { recursive: true, force: true });
}

function runnerSh(script: string): RunOut {
  return asRunner('sh', ['-c', `cd / && ${script}`]);
}

// ---------------------------------------------------------------------------------------------------------

describeE2E('worker: hook → queue → worker → cache (issue 3)', () => {
  let s3: S3Server;
  let bucket: Bucket;
  let prov: Provisioned;
  let s3Up = false;
  const s3Down = async () => {
    await s3.stop();
    s3Up = false;
  };
  /** Starts S3 again (same port, same data) unless it is already up. */
  const s3Start = async () => {
    if (s3Up) return;
    await s3.start();
    s3Up = true;
  };

  // This suite's provisioning, and the inode of the config.json it wrote: provisioning replaces the file
  // (temp file + rename), so a new inode means someone else provisioned this machine since.
  let wanted: Parameters<typeof provisionRunner>[0];
  let configIno = -1;
  const currentConfigIno = () => {
    try {
      return statSync(LAYOUT.config).ino;
    } catch {
      return -2;
    }
  };
  const provisionMine = async (opts: Parameters<typeof provisionRunner>[0]): Promise<Provisioned> => {
    wanted = opts;
    for (let attempt = 1; ; attempt++) {
      const p = await provision(opts);
      configIno = currentConfigIno();
      // The daemon answers (provisioning may have restarted it) and runs our hook.
      await waitForDaemon('nix-store', 20_000);
      expect(readFileSync(LAYOUT.dropIn, 'utf8')).toContain(`post-build-hook = ${LAYOUT.hook}`);
      // Someone else may have provisioned right after us (shared machine): then do it again.
      if (currentConfigIno() === configIno || attempt >= 5) {
        expect(JSON.parse(readFileSync(LAYOUT.config, 'utf8')).cache).toBe(s3.cacheUrl);
        return p;
      }
      await sleep(2000);
    }
  };

  /**
   * A test that needs this suite's provisioning. On a shared machine (not in CI, where e2e files run one at a
   * time) another suite may provision its own cache in the middle of it, sending our uploads elsewhere. Such
   * a run proves nothing either way: when the config was replaced under the test and the test failed, it is
   * provisioned again and repeated (at most twice). A failure without interference is reported as is.
   */
  const itMine = (name: string, body: () => Promise<void>) =>
    it(name, async () => {
      for (let run = 1; ; run++) {
        if (currentConfigIno() !== configIno) await provisionMine(wanted);
        try {
          await body();
          return;
        } catch (err) {
          if (currentConfigIno() === configIno) throw err;
          if (run >= 3)
            throw new Error(`another suite kept reprovisioning this machine during the test; last failure: ${String(err)}`, { cause: err });
          console.warn(
            `[worker.test] "${name}": another suite provisioned this machine mid-test; repeating it. Failure was: ${String(err).split('\n')[0]}`,
          );
        }
      }
    });

  beforeAll(async () => {
    await ensureDaemon();
    s3 = await startS3();
    s3Up = true;
    bucket = new Bucket(s3);
    prov = await provisionMine({ cacheUrl: s3.cacheUrl, credentials: S3_CREDENTIALS, extraArgs: ['--max-attempts', '30'] });
  });

  afterAll(async () => {
    await s3?.destroy();
    for (const d of cleanup) rmSync(d, { recursive: true, force: true });
  });

  itMine('20 builds by the runner user all land in the cache, signed, and a consumer substitutes them', async () => {
    const cursor = jobCursor();
    const names = Array.from({ length: 20 }, (_, i) => `w-twenty-${i}`);
    const paths = await build(names);
    expect(paths).toHaveLength(20);
    const lines = await settled(cursor, paths, 60_000);
    for (const p of paths) {
      const l = lines.get(p)!;
      expect(l.status, JSON.stringify(l)).toBe('uploaded');
      expect(l.drv).toBe(deriver(p));
      expect(l.narSize).toBeGreaterThan(0);
      expect(l.fileSize).toBeGreaterThan(0);
      expect(bucket.narinfo(p)).toMatch(/^Sig: /m);
      expect(bucket.violation(p)).toBeUndefined();
    }
    // One line per output, not one per try or per worker.
    const mine = ledgerSince(cursor).filter((l) => paths.includes(l.path));
    expect(mine).toHaveLength(20);
    expectConsumerSubstitutes(paths, s3, prov.publicKey);
  });

  itMine('rebuilding a path that is already cached is recorded as skipped, not uploaded again', async () => {
    const salt = newSalt();
    let cursor = jobCursor();
    const [path] = await build(['w-rebuild'], { salt });
    expect((await settled(cursor, [path!])).get(path!)!.status).toBe('uploaded');

    const narinfoFile = bucket.narinfoFile(path!);
    const url = /^URL: (.+)$/m.exec(bucket.narinfo(path!)!)![1]!;
    const before = {
      narinfo: statSync(narinfoFile).mtimeMs,
      nar: statSync(bucket.objectFile(url)).mtimeMs,
      nars: bucket.count('nar', '._S3rver_object'),
      narinfos: bucket.count('', '.narinfo._S3rver_object'),
    };

    // Remove the output (root, behind nobody's back: it has no GC roots) so the daemon really builds it again.
    const del = deleteFromStore([path!]);
    expect(del.code, del.stderr).toBe(0);
    expect(existsSync(path!)).toBe(false);
    await sleep(20); // mtimes below must be able to differ
    cursor = jobCursor();
    const [again] = await build(['w-rebuild'], { salt });
    expect(again).toBe(path);
    const line = (await settled(cursor, [path!])).get(path!)!;
    expect(line.status, JSON.stringify(line)).toBe('skipped');
    expect(line.fileSize).toBe(0);

    // Nothing was written again: same narinfo and NAR objects; no NAR object without its own new narinfo.
    expect(statSync(narinfoFile).mtimeMs).toBe(before.narinfo);
    expect(statSync(bucket.objectFile(url)).mtimeMs).toBe(before.nar);
    const addedNars = bucket.count('nar', '._S3rver_object') - before.nars;
    const addedNarinfos = bucket.count('', '.narinfo._S3rver_object') - before.narinfos; // other suites' builds, if any
    expect(addedNars).toBeLessThanOrEqual(addedNarinfos);
    expect(ledgerSince(cursor).filter((l) => l.path === path)).toHaveLength(1);
  });

  itMine('S3 down: builds stay fast and green, nothing settles, entries stay queued; S3 back: all 10 land', async () => {
    await s3Down();
    try {
      const cursor = jobCursor();
      const started = Date.now();
      const paths = await build(Array.from({ length: 10 }, (_, i) => `w-s3down-${i}`));
      const buildMs = Date.now() - started;
      expect(paths).toHaveLength(10);
      // The hook only enqueues: ten trivial builds take seconds, not upload timeouts.
      expect(buildMs).toBeLessThan(30_000);

      const drvs = paths.map(deriver);
      // While S3 is down: every entry is still in the queue, status reports them, the ledger says nothing of them.
      await until(
        'status.json to show the 10 queued entries',
        () => {
          const s = cliStatus();
          return s.queued + s.inflight >= 10;
        },
        10_000,
      );
      for (let i = 0; i < 3; i++) {
        await sleep(1000);
        const q = queuedDrvs();
        for (const d of drvs) expect(q.has(d), `entry for ${d} still queued`).toBe(true);
        expect(ledgerSince(cursor).filter((l) => paths.includes(l.path) || drvs.includes(l.drv))).toEqual([]);
      }
      const st = cliStatus();
      expect(st.queued + st.inflight).toBeGreaterThanOrEqual(10);
      expect(st.worker.running).toBe(true);
      // The worker is retrying, not giving up: its log names the failed tries.
      expect(sh('tail', ['-n', '200', LAYOUT.workerLog]).stdout).toMatch(/try \d+ of 30 failed/);

      await s3Start(); // same port, same data
      const lines = await settled(cursor, paths, 90_000);
      for (const p of paths) expect(lines.get(p)!.status, JSON.stringify(lines.get(p))).toBe('uploaded');
      expect(Math.max(...paths.map((p) => lines.get(p)!.attempts))).toBeGreaterThan(1);
      for (const p of paths) expect(bucket.violation(p)).toBeUndefined();
      expectConsumerSubstitutes(paths, s3, prov.publicKey);
      const q = queuedDrvs();
      for (const d of drvs) expect(q.has(d)).toBe(false);
    } finally {
      await s3Start(); // a failed assertion above must not leave the rest without S3
    }
  });

  itMine('an output garbage-collected before its upload is recorded as failed, and the worker moves on', async () => {
    await s3Down();
    let victim: string | undefined;
    const cursor = jobCursor();
    try {
      [victim] = await build(['w-gc-victim']);
      const drv = deriver(victim!);
      await until('the victim to be queued', () => queuedDrvs().has(drv), 10_000);
      const del = deleteFromStore([victim!]);
      expect(del.code, del.stderr).toBe(0);
      expect(existsSync(victim!)).toBe(false);
    } finally {
      await s3Start();
    }
    const line = (await settled(cursor, [victim!], 90_000)).get(victim!)!;
    expect(line.status, JSON.stringify(line)).toBe('failed');
    expect(line.reason).toMatch(/garbage-collected/);
    expect(bucket.narinfo(victim!)).toBeUndefined();

    const later = jobCursor();
    const [next] = await build(['w-gc-after']);
    expect((await settled(later, [next!])).get(next!)!.status).toBe('uploaded');
  });

  itMine('a nix-daemon restart between builds: later builds still enqueue and upload', async () => {
    const cursor = jobCursor();
    const [first] = await build(['w-restart-before']);
    const oldPid = Number(readFileSync('/run/nix-trusted-cache/nix-daemon.pid', 'utf8').trim());
    const newPid = await restartSupervisedDaemon('nix-daemon', 'nix-store');
    expect(newPid).not.toBe(oldPid);
    const after = await build(['w-restart-after-0', 'w-restart-after-1']);
    const lines = await settled(cursor, [first!, ...after]);
    for (const p of [first!, ...after]) expect(lines.get(p)!.status).toBe('uploaded');
    expectConsumerSubstitutes([first!, ...after], s3, prov.publicKey);
  });

  it('the runner user can read the ledger and status but cannot touch the queue, ledger, hook, worker or node', () => {
    const q = LAYOUT.queueDir;
    const ledgerBefore = readFileSync(LAYOUT.ledger, 'utf8');
    const hashes = new Map([LAYOUT.hook, LAYOUT.worker, LAYOUT.node, LAYOUT.config, LAYOUT.status].map((f) => [f, sha256File(f)]));
    const planted = `${q}/1-1.entry`;

    const denied: Record<string, string> = {
      'create a queue entry': `printf '/nix/store/x.drv\\n\\n' > ${planted}`,
      'create a hidden file in the queue': `touch ${q}/.tmp-1`,
      'list the queue': `ls ${q}`,
      'list failed entries': `ls ${LAYOUT.failedDir}`,
      'append to the ledger': `printf '{"seq":"1-1","path":"/nix/store/x","status":"uploaded"}\\n' >> ${LAYOUT.ledger}`,
      'truncate the ledger (shell)': `: > ${LAYOUT.ledger}`,
      'truncate the ledger (truncate)': `truncate -s 0 ${LAYOUT.ledger}`,
      'replace the ledger': `mv -f ${LAYOUT.ledger} ${LAYOUT.ledger}.old`,
      'remove the ledger': `rm -f ${LAYOUT.ledger}`,
      'write status.json': `printf '{}' > ${LAYOUT.status}`,
      'read the signing key': `cat ${LAYOUT.signingKey}`,
      'modify the hook': `printf 'touch /tmp/owned\\n' >> ${LAYOUT.hook}`,
      'replace the hook': `cp /bin/true ${LAYOUT.hook}`,
      'remove the hook': `rm -f ${LAYOUT.hook}`,
      'chmod the hook': `chmod 777 ${LAYOUT.hook}`,
      'plant a file next to the hook': `touch ${LAYOUT.etcDir}/planted`,
      'modify the worker bundle': `printf 'x' >> ${LAYOUT.worker}`,
      'replace the worker bundle': `cp /bin/true ${LAYOUT.worker}`,
      'modify the node binary': `printf 'x' >> ${LAYOUT.node}`,
      'replace the node binary': `cp /bin/true ${LAYOUT.node}`,
      'plant a file in the lib dir': `touch ${LAYOUT.libDir}/planted`,
      'rename the lib dir': `mv ${LAYOUT.libDir} ${LAYOUT.libDir}.moved`,
      'rename /etc/nix-trusted-cache': `mv ${LAYOUT.etcDir} ${LAYOUT.etcDir}.moved`,
      'rename the state dir': `mv ${LAYOUT.stateDir} ${LAYOUT.stateDir}.moved`,
      'rename the queue dir': `mv ${q} ${q}.moved`,
      'write the drop-in': `printf 'post-build-hook = /tmp/x\\n' >> ${LAYOUT.dropIn}`,
      'write the worker pid file': `printf '1\\n' > ${LAYOUT.workerPid}`,
    };
    for (const [what, cmd] of Object.entries(denied)) {
      const r = runnerSh(cmd);
      expect(r.code, `${RUNNER} could ${what}: ${cmd}`).not.toBe(0);
    }

    // Nothing changed: no planted entry, the ledger only grew (the worker may append meanwhile), files intact.
    expect(existsSync(planted)).toBe(false);
    expect(existsSync(`${q}/.tmp-1`)).toBe(false);
    expect(existsSync(`${LAYOUT.etcDir}/planted`)).toBe(false);
    expect(existsSync(`${LAYOUT.libDir}/planted`)).toBe(false);
    expect(readFileSync(LAYOUT.ledger, 'utf8').startsWith(ledgerBefore)).toBe(true);
    for (const [f, h] of hashes) if (f !== LAYOUT.status) expect(sha256File(f), f).toBe(h);
    expect(lstatSync(LAYOUT.hook).isFile()).toBe(true);
    expect(existsSync(LAYOUT.libDir)).toBe(true);

    // What the runner user may do: read the ledger, run status with the installed node and bundle.
    const cat = runnerSh(`cat ${LAYOUT.ledger}`);
    expect(cat.code, cat.stderr).toBe(0);
    expect(cat.stdout.startsWith(ledgerBefore)).toBe(true);
    const st = runnerSh(`${LAYOUT.node} ${LAYOUT.worker} status --json`);
    expect(st.code, st.stderr).toBe(0);
    const report = JSON.parse(st.stdout) as { settled: Record<string, number>; queued: number };
    expect(report.settled.uploaded).toBeGreaterThan(0);
    expect(typeof report.queued).toBe('number');
    const text = runnerSh(`${LAYOUT.node} ${LAYOUT.worker} status`);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/settled: +\d+ uploaded/);

    // The directory chain up to / is root-owned and writable by nobody else (or the rename above could
    // happen one level up).
    for (const f of [LAYOUT.hook, LAYOUT.worker, LAYOUT.node]) {
      for (let p = f; ; p = dirname(p)) {
        const s = lstatSync(p);
        expect(s.uid, `${p} owner`).toBe(0);
        expect(s.mode & 0o022, `${p} is group/other-writable`).toBe(0);
        if (p === '/') break;
      }
    }
    expect(statSync(q).mode & 0o777).toBe(0o700);
    expect(statSync(LAYOUT.ledger).mode & 0o777).toBe(0o644);
  });

  itMine('the hook under a hostile environment exits 0, runs nothing, and the worker records the entry as failed', async () => {
    // The installed hook is what provisioning renders for the real layout.
    expect(readFileSync(LAYOUT.hook, 'utf8')).toBe(renderHookScript(LAYOUT));
    const pwned = ['/tmp/pwned', '/tmp/pwned2', '/tmp/pwned3', '/tmp/pwned4', '/tmp/pwned5'];
    for (const f of pwned) rmSync(f, { force: true });
    const canary = tempDir('ntc-canary-');
    sh('touch', [join(canary, 'keep')]);

    const cases: Array<{ name: string; env: Record<string, string>; reason: RegExp }> = [
      {
        name: 'command substitutions and globs in OUT_PATHS',
        env: {
          DRV_PATH: '/nix/store/00000000000000000000000000000000-x.drv',
          OUT_PATHS: `$(touch /tmp/pwned) \`touch /tmp/pwned2\` * ; rm -rf ${canary}`,
        },
        reason: /OUT_PATHS holds a non-store path/,
      },
      {
        name: 'command substitution in DRV_PATH, hostile shell variables',
        env: {
          DRV_PATH: '$(touch /tmp/pwned3)',
          OUT_PATHS: '',
          ENV: '$(touch /tmp/pwned4)',
          BASH_ENV: '/tmp/pwned-env',
          IFS: '/',
          PS4: '$(touch /tmp/pwned5)',
        },
        reason: /DRV_PATH is not a derivation path/,
      },
      {
        name: 'a newline and a store path smuggled into OUT_PATHS',
        env: {
          DRV_PATH: '/nix/store/00000000000000000000000000000000-y.drv',
          OUT_PATHS: '/nix/store/00000000000000000000000000000000-y\n$(touch /tmp/pwned)',
        },
        // A newline inside a variable would make a third line: the whole entry is rejected, not half read.
        reason: /more than two lines/,
      },
      { name: 'no variables at all', env: {}, reason: /DRV_PATH is not a derivation path/ },
    ];

    const cursor = jobCursor();
    const hookPids: number[] = [];
    for (const c of cases) {
      // `exec` keeps the pid, which names the entry (<ns>-<pid>).
      const r = sh('sh', ['-c', 'echo $$; exec "$0"', LAYOUT.hook], { env: { PATH: '/usr/bin:/bin', ...c.env } });
      expect(r.code, `${c.name}: ${r.stderr}`).toBe(0);
      hookPids.push(Number(r.stdout.trim()));
    }
    for (const [i, c] of cases.entries()) {
      const line = await settledEntry(cursor, hookPids[i]!);
      expect(line.status, `${c.name}: ${JSON.stringify(line)}`).toBe('failed');
      expect(line.reason, c.name).toMatch(c.reason);
      // Kept, not dropped: the entry is in failed/ for inspection.
      // The ledger line comes first, then the move (a crash in between repeats work, never loses an outcome):
      // under load the rename can trail the line by a few milliseconds.
      await until(`${c.name}: kept in failed/`, () => existsSync(join(LAYOUT.failedDir, `${line.seq}.entry`)), 5000, 20);
      rmSync(join(LAYOUT.failedDir, `${line.seq}.entry`), { force: true });
    }
    for (const f of pwned) expect(existsSync(f), `${f} was created`).toBe(false);
    expect(existsSync(join(canary, 'keep'))).toBe(true);

    // The worker did not crash on them: a real build right after still uploads.
    const later = jobCursor();
    const [next] = await build(['w-after-hostile']);
    expect((await settled(later, [next!])).get(next!)!.status).toBe('uploaded');
  });

  it('the hook exits 0 when the queue directory is missing, and says so in the log', () => {
    // In a private mount namespace the state dir is an empty tmpfs: no queue dir there, while the real queue,
    // which other builds use right now, stays untouched. worker.pid names pid 1 with its start time (alive), so no worker starts.
    const drv = `/nix/store/00000000000000000000000000000000-noqueue-${process.pid}.drv`;
    const script = [
      'set -e',
      `mount -t tmpfs tmpfs ${LAYOUT.stateDir}`,
      `echo '1 ${processStartTime(1)}' > ${LAYOUT.workerPid}`,
      `test ! -e ${LAYOUT.queueDir}`,
      'rc=0; "$0" || rc=$?; echo "hook exit $rc"',
      `ls -A ${LAYOUT.stateDir}`,
    ].join('\n');
    const r = sh('unshare', ['--mount', '--propagation', 'private', 'sh', '-c', script, LAYOUT.hook], {
      env: { PATH: '/usr/bin:/bin:/usr/sbin:/sbin', DRV_PATH: drv, OUT_PATHS: '' },
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^hook exit 0$/m);
    // It neither created the queue dir nor left a temp file behind.
    expect(r.stdout.split('\n').filter((l) => l && !l.startsWith('hook exit'))).toEqual(['worker.pid']);
    expect(readFileSync(LAYOUT.workerLog, 'utf8')).toContain(`hook: could not enqueue ${drv}`);
    expect(existsSync(LAYOUT.queueDir)).toBe(true);
  });

  itMine('a worker SIGKILLed mid-upload loses nothing: no narinfo without its NAR, and the next worker uploads it', async () => {
    // Same key and cache; no compression, so the 300 MiB upload takes a while. The config changed, so
    // provisioning restarts the worker with it.
    await provisionMine({
      cacheUrl: s3.cacheUrl,
      secretKey: prov.secretKey,
      credentials: S3_CREDENTIALS,
      extraArgs: ['--max-attempts', '30', '--compression', 'none'],
    });
    expect(JSON.parse(readFileSync(LAYOUT.config, 'utf8')).compression).toBe('none');
    await until('the restarted worker', () => workerPid() !== undefined, 10_000);

    const violations: string[] = [];
    let big: string | undefined;
    const watch = setInterval(() => {
      const v = big && bucket.violation(big);
      if (v) violations.push(v);
    }, 20);
    try {
      const cursor = jobCursor();
      big = await buildBig('w-big', BIG_MIB);
      const drv = deriver(big!);
      await until('a multipart upload in progress', () => bucket.partsInProgress() > 0, 30_000, 10);
      const pid = workerPid();
      expect(pid, 'a running worker').toBeDefined();
      expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8')).toContain('worker');
      expect(bucket.narinfo(big!), 'the upload was still in progress when the worker was killed').toBeUndefined();
      process.kill(pid!, 'SIGKILL');
      await untilGone(pid!, 'the worker to die');

      await sleep(500);
      expect(bucket.narinfo(big!), 'a narinfo appeared for a killed upload').toBeUndefined();
      expect(ledgerSince(cursor).filter((l) => l.path === big)).toEqual([]);
      expect(queuedDrvs().has(drv), 'the entry is still queued').toBe(true);

      // The next build's hook starts a new worker, which redoes the entry.
      const trigger = await build(['w-big-trigger']);
      const lines = await settled(cursor, [big!, ...trigger], 120_000);
      expect(lines.get(big!)!.status, JSON.stringify(lines.get(big!))).toBe('uploaded');
      expect(lines.get(big!)!.narSize).toBeGreaterThanOrEqual(BIG_MIB * 1024 * 1024);
      expect(lines.get(trigger[0]!)!.status).toBe('uploaded');
      expect(workerPid()).not.toBe(pid);
      expect(violations).toEqual([]);
      expect(bucket.violation(big!)).toBeUndefined();
      expect(bucket.narinfo(big!)).toMatch(/^Compression: none$/m);
      expectConsumerSubstitutes([big!], s3, prov.publicKey);
    } finally {
      clearInterval(watch);
      if (big) deleteFromStore([big]); // 300 MiB: do not keep it around
    }
  });
  itMine('SIGTERM twice: the worker stops at once, asks S3 to abort its unfinished upload, and the next worker uploads it', async () => {
    // Runs after the SIGKILL test: the same config (no compression), so the 300 MiB upload takes seconds. The
    // first signal starts a graceful stop (unit-tested: worker-loop.test.ts); the second ends it at once, as
    // systemd or an operator may, and the upload in flight must not stay open in the bucket.
    let big: string | undefined;
    try {
      const cursor = jobCursor();
      big = await buildBig('w-big-term', BIG_MIB);
      const before = new Set(bucket.uploadsInProgress());
      await until('a multipart upload in progress', () => bucket.uploadsInProgress().some((u) => !before.has(u)), 30_000, 10);
      const ours = bucket.uploadsInProgress().filter((u) => !before.has(u));
      const pid = workerPid();
      expect(pid, 'a running worker').toBeDefined();
      const logFrom = readFileSync(LAYOUT.workerLog, 'utf8').length;
      process.kill(pid!, 'SIGTERM');
      await sleep(100);
      process.kill(pid!, 'SIGTERM');
      await untilGone(pid!, 'the worker to exit');
      const said = readFileSync(LAYOUT.workerLog, 'utf8').slice(logFrom);
      expect(said).toMatch(/stopping: the uploads in flight get 3 s to settle/);
      // The abort went out for exactly the open upload. s3rver implements no AbortMultipartUpload (it answers
      // 405), so here the worker reports the refusal by the upload's id; S3 itself discards the parts.
      expect(ours).toHaveLength(1);
      expect(said).toMatch(/stopped at once \(a second signal\); /);
      expect(said).toMatch(new RegExp(`1 unfinished S3 upload\\(s\\) aborted|S3 refused to abort upload ${ours[0]}: `));
      expect(bucket.narinfo(big!)).toBeUndefined();
      expect(ledgerSince(cursor).filter((l) => l.path === big)).toEqual([]);
      // nothing lost: the next build's worker uploads it
      const trigger = await build(['w-big-term-trigger']);
      const lines = await settled(cursor, [big!, ...trigger], 120_000);
      expect(lines.get(big!)!.status).toBe('uploaded');
      expect(bucket.violation(big!)).toBeUndefined();
    } finally {
      if (big) deleteFromStore([big]);
    }
  });
});
