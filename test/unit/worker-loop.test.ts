import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileCache } from '../../src/cache/file.js';
import { parseSecretKey, type SecretKey } from '../../src/core/keys.js';
import { storePathHash } from '../../src/core/store-path.js';
import type { NixStore, PathInfo } from '../../src/nix/store.js';
import { compareIds } from '../../src/worker/entry.js';
import { previousGeneration, readLedger, readLedgerSince, type LedgerLine } from '../../src/worker/ledger.js';
import { QueueDir } from '../../src/worker/queue.js';
import { readStatus, STATUS_QUEUED_MAX, type WorkerStatus } from '../../src/worker/status-file.js';
import { runWorker, type WorkerOptions } from '../../src/worker/worker.js';

// The worker's loop (runWorker, src/worker/worker.ts) on a real queue directory, with a fake Nix store and a
// file:// cache: how often it lists the queue, what status.json says meanwhile, where the entries end up.

const vectors = JSON.parse(readFileSync(new URL('../fixtures/nix-binary-cache-vectors.json', import.meta.url), 'utf8')) as {
  keys: { secret: string; public: string }[];
  nar: { narSize: number; narHash: string; hex?: string }[];
};
const mainKey: SecretKey = parseSecretKey(vectors.keys[0]!.secret);
const nar = vectors.nar.find((v) => v.hex !== undefined)!;
const narBytes = Buffer.from(nar.hex!, 'hex');

const NIX32 = '0123456789abcdfghijklmnpqrsvwxyz';
/** A distinct 32-character nix32 hash for each number. */
function hash32(n: number, salt: string): string {
  let s = '';
  for (let v = n; s.length < 26; v = Math.floor(v / 32)) s = NIX32[v % 32]! + s;
  return (salt.repeat(6) + s).slice(-32);
}
const drvPath = (i: number) => `/nix/store/${hash32(i, 'd')}-x.drv`;
const outPath = (i: number) => `/nix/store/${hash32(i, 'a')}-x`;

/** A Nix store holding `count` derivations with one output each (or none: every entry then fails at once). */
class FakeStore implements NixStore {
  derivationCalls = 0;
  constructor(
    private readonly holds: boolean,
    private readonly onDerivation: () => void = () => {},
  ) {}
  private index(path: string): number | undefined {
    const m = /^\/nix\/store\/[0-9a-z]{32}-x(\.drv)?$/.exec(path);
    if (!m) return undefined;
    return [...storePathHash(path).slice(6)].reduce((v, c) => v * 32 + NIX32.indexOf(c), 0);
  }
  pathInfo(path: string): PathInfo | undefined {
    if (!this.holds || this.index(path) === undefined) return undefined;
    return { path, narHash: nar.narHash, narSize: nar.narSize, references: [] };
  }
  closure(paths: readonly string[]): string[] {
    return [...paths];
  }
  derivationOutputs(drv: string): string[] | undefined {
    this.derivationCalls++;
    this.onDerivation();
    const i = this.index(drv);
    return this.holds && i !== undefined ? [outPath(i)] : undefined;
  }
  derivationText(drv: string): string | undefined {
    const i = this.index(drv);
    return this.holds && i !== undefined ? `Derive([("out","${outPath(i)}","","")],[],[],"s","b",[],[])` : undefined;
  }
  *nar(): Iterable<Buffer> {
    yield narBytes;
  }
  close(): void {}
}

/** The queue directory, counting its listings (adoptIncoming and ids each read the whole directory) and the ids listed. */
class CountingQueue extends QueueDir {
  idsCalls = 0;
  adoptCalls = 0;
  listed: number[] = []; // how many ids each ids() call returned
  override ids(): string[] {
    this.idsCalls++;
    const ids = super.ids();
    this.listed.push(ids.length);
    return ids;
  }
  override adoptIncoming(nowMs?: number): number {
    this.adoptCalls++;
    return super.adoptIncoming(nowMs);
  }
}

// On tmpfs when there is one: ext4 flushes each entry file replaced by a rename (auto_da_alloc), ~1 ms apiece.
const root = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'ntc-loop-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let rigs = 0;

/** A queue of `n` entries as the hook (releases before the `.` line) wrote them, already adopted; their ids oldest first. */
function rig(n: number) {
  const dir = join(root, `r${rigs++}`);
  const queue = new CountingQueue(join(dir, 'queue'), join(dir, 'failed'));
  mkdirSync(queue.dir, { recursive: true });
  const base = BigInt(Date.now() - 60_000) * 1_000_000n;
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = `${base + BigInt(i)}-1`;
    writeFileSync(join(queue.dir, `${id}.entry`), `${drvPath(i)}\n\n`);
    ids.push(id);
  }
  return { dir, queue, ids, ledgerFile: join(dir, 'ledger.jsonl'), statusFile: join(dir, 'status.json'), cacheDir: join(dir, 'cache') };
}

function options(r: ReturnType<typeof rig>, store: FakeStore, logs: string[], over: Partial<WorkerOptions> = {}): WorkerOptions {
  return {
    queue: r.queue,
    ledgerFile: r.ledgerFile,
    statusFile: r.statusFile,
    upload: { cache: new FileCache(r.cacheDir), key: mainKey, compression: 'none', dump: () => store.nar() },
    store,
    trust: { fixedOutput: 'withhold', witnesses: [], onDivergence: 'warn', fetchNarInfo: async () => undefined },
    concurrency: 4,
    maxAttempts: 3,
    retryBaseMs: 1,
    idleExitMs: 200,
    log: (line) => logs.push(line),
    ...over,
  };
}

const entryFiles = (d: string) => (existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.entry')) : []);

describe('runWorker: a flood of entries', () => {
  it('5,000 entries that fail at once: listed once a second while large, not once per entry; each recorded and kept in failed/', async () => {
    const N = 5000;
    const r = rig(N);
    // status.json as a reader sees it during the run: read before each entry is processed
    const seen = new Map<string, WorkerStatus>();
    const store = new FakeStore(false, () => {
      const text = existsSync(r.statusFile) ? readFileSync(r.statusFile, 'utf8') : undefined;
      if (text !== undefined && !seen.has(text)) seen.set(text, JSON.parse(text) as WorkerStatus);
    });
    const logs: string[] = [];
    const started = Date.now();
    await runWorker(options(r, store, logs, { concurrency: 8 }));
    const took = Date.now() - started;

    // The O(N²) regression check: a listing per settled entry would read N²/2 ids (12.5 million); a listing
    // of the queue while it is large happens at most once a second.
    const idsRead = r.queue.listed.reduce((a, b) => a + b, 0);
    expect(idsRead).toBeLessThan((N * N) / 20);
    expect(r.queue.listed.filter((n) => n >= 1000).length).toBeLessThanOrEqual(Math.ceil(took / 1000) + 1);
    expect(r.queue.listed[0]).toBe(N);
    expect(store.derivationCalls).toBe(N); // each entry tried once
    expect(took).toBeLessThan(10_000);

    // Every entry settled: out of the queue, in failed/, with one ledger line each.
    expect(entryFiles(r.queue.dir)).toEqual([]);
    expect(entryFiles(r.queue.failedDir).sort()).toEqual(r.ids.map((id) => `${id}.entry`).sort());
    const ledger = readLedger(r.ledgerFile);
    expect(ledger).toHaveLength(N);
    expect(new Set(ledger.map((l) => l.seq))).toEqual(new Set(r.ids));
    expect(ledger.every((l) => l.status === 'failed' && l.path === l.drv && /is not in the Nix store/.test(l.reason ?? ''))).toBe(true);
    // oldest first
    expect(ledger.slice(0, 8).map((l) => l.seq)).toEqual(r.ids.slice(0, 8));
    expect(logs).toEqual([]);

    // status.json meanwhile: bounded, its count right, the ids it lists the newest still waiting.
    expect(seen.size).toBeGreaterThan(0);
    const byId = new Map(r.ids.map((id, i) => [id, i]));
    for (const s of seen.values()) {
      expect(s.pid).toBe(process.pid);
      expect(s.queued.length).toBeLessThanOrEqual(STATUS_QUEUED_MAX);
      expect(s.queuedCount).toBeDefined();
      expect(s.queued.length).toBe(Math.min(STATUS_QUEUED_MAX, s.queuedCount!));
      // every entry once: waiting, in flight or failed
      expect(s.queuedCount! + s.inflight.length + s.failed).toBe(N);
      // entries start oldest first, so those waiting are the newest ones
      expect(s.queued).toEqual(r.ids.slice(N - s.queued.length));
      for (const id of s.inflight) expect(byId.get(id)!).toBeLessThan(N - s.queuedCount!);
      expect(s.scannedAt).toBeLessThanOrEqual(s.updatedAt);
    }
    // a view of the full queue was among them: the first write, before anything settled
    expect([...seen.values()].some((s) => s.queuedCount! >= N - 8 && s.queued.length === STATUS_QUEUED_MAX)).toBe(true);

    // What it says once the worker is gone: nothing waits, every entry failed.
    const last = readStatus(r.statusFile)!;
    expect(last).toMatchObject({ queued: [], queuedCount: 0, inflight: [], failed: N });
  }, 30_000);

  it('5,000 entries: the queue is listed far fewer times than there are entries (under 50)', async () => {
    // The claim in src/worker/backlog.ts: "a flood of N entries costs N/rate listings, not one per entry". The
    // worker's own writes (each entry's save, rename to failed/, removal) are watch events too; once the backlog
    // is small (< 1000) or exhausted, each of them is a listing.
    const N = 5000;
    const r = rig(N);
    const store = new FakeStore(false);
    await runWorker(options(r, store, [], { concurrency: 8 }));
    expect(readLedger(r.ledgerFile)).toHaveLength(N);
    expect(r.queue.idsCalls).toBeLessThan(50);
    expect(r.queue.adoptCalls).toBeLessThan(50);
  }, 30_000);

  it('status.json stays small however long the queue: the newest 1000 ids and a count', async () => {
    const N = 3000;
    const r = rig(N);
    let first: WorkerStatus | undefined;
    let size = 0;
    const store = new FakeStore(false, () => {
      first ??= readStatus(r.statusFile);
      if (existsSync(r.statusFile)) size = Math.max(size, statSync(r.statusFile).size);
    });
    await runWorker(options(r, store, [], { concurrency: 1 }));
    expect(first).toBeDefined();
    expect(first!.queued).toEqual(r.ids.slice(N - STATUS_QUEUED_MAX));
    expect(first!.queuedCount).toBe(N - 1);
    expect(first!.inflight).toEqual([r.ids[0]]);
    expect(size).toBeLessThan(STATUS_QUEUED_MAX * 30 + 1000);
  }, 30_000);
});

describe('runWorker: uploads', () => {
  it('uploaded entries leave the queue; a small ledgerRotateBytes rotates the ledger and no outcome is lost', async () => {
    const N = 10;
    const r = rig(N);
    const store = new FakeStore(true);
    const logs: string[] = [];
    await runWorker(options(r, store, logs, { ledgerRotateBytes: 2000, concurrency: 1 }));

    expect(entryFiles(r.queue.dir)).toEqual([]);
    expect(entryFiles(r.queue.failedDir)).toEqual([]);
    for (let i = 0; i < N; i++) expect(existsSync(join(r.cacheDir, `${storePathHash(outPath(i))}.narinfo`))).toBe(true);

    const rotations = logs.filter((l) => l.startsWith('ledger rotated'));
    expect(logs.filter((l) => !l.startsWith('ledger rotated'))).toEqual([]);
    expect(rotations).toEqual([`ledger rotated: the previous lines are in ${r.ledgerFile}.1`]);
    const previous = previousGeneration(r.ledgerFile);
    expect(existsSync(previous)).toBe(true);
    expect(statSync(previous).size).toBeGreaterThanOrEqual(2000);
    expect(statSync(r.ledgerFile).size).toBeLessThan(2000);

    const older = readLedger(previous);
    const newer = readLedger(r.ledgerFile);
    expect(older.length).toBeGreaterThan(0);
    expect(newer.length).toBeGreaterThan(0);
    const lines: LedgerLine[] = [...older, ...newer];
    // one outcome per entry, none lost and none twice, across both generations
    expect(lines.map((l) => l.seq).sort(compareIds)).toEqual(r.ids);
    expect(lines.every((l) => l.status === 'uploaded' && l.key === mainKey.name && l.class === 'input-addressed')).toBe(true);
    expect(lines.map((l) => l.path).sort()).toEqual(Array.from({ length: N }, (_, i) => outPath(i)).sort());
    // one entry at a time: the older generation holds the older outcomes, in order
    expect(lines.map((l) => l.seq)).toEqual(r.ids);
    // what a post step of a job started before the first line reads
    expect(readLedgerSince(r.ledgerFile, undefined).lines).toEqual(lines);

    expect(readStatus(r.statusFile)).toMatchObject({ queued: [], queuedCount: 0, inflight: [], failed: 0 });
  }, 30_000);

  it('entries whose first try fails are kept (the worker does not exit while they wait) and uploaded on the next', async () => {
    const N = 20;
    const r = rig(N);
    const store = new FakeStore(true);
    const logs: string[] = [];
    const o = options(r, store, logs, { retryBaseMs: 50, idleExitMs: 50 }); // a backoff of 100 ms, longer than idleExitMs
    const inner = o.upload.cache;
    const refused = new Set<string>();
    o.upload.cache = {
      describe: inner.describe,
      get: (k) => inner.get(k),
      getStream: (k) => inner.getStream(k),
      exists: (k) => inner.exists(k),
      put: async (k, b, t) => {
        if (k.endsWith('.narinfo') && !refused.has(k)) {
          refused.add(k);
          throw Object.assign(new Error('S3: 503 SlowDown'), { retryable: true });
        }
        return inner.put(k, b, t);
      },
      putStream: (k, b, t) => inner.putStream(k, b, t),
      delete: (k) => inner.delete(k),
      list: (x) => inner.list(x),
    };
    await runWorker(o);
    expect(refused.size).toBe(N);
    expect(entryFiles(r.queue.dir)).toEqual([]);
    expect(entryFiles(r.queue.failedDir)).toEqual([]);
    const lines = readLedger(r.ledgerFile);
    expect(lines.map((l) => l.seq).sort(compareIds)).toEqual(r.ids);
    expect(lines.every((l) => l.status === 'uploaded' && l.attempts === 2)).toBe(true);
    expect(logs.filter((l) => /try 1 of 3 failed: S3: 503 SlowDown/.test(l))).toHaveLength(N);
  }, 30_000);

  it('without rotation the ledger is one file, one line per entry', async () => {
    const N = 12;
    const r = rig(N);
    const store = new FakeStore(true);
    await runWorker(options(r, store, []));
    expect(entryFiles(r.queue.dir)).toEqual([]);
    expect(existsSync(previousGeneration(r.ledgerFile))).toBe(false);
    expect(
      readLedger(r.ledgerFile)
        .map((l) => l.seq)
        .sort(compareIds),
    ).toEqual(r.ids);
  }, 30_000);
});

describe('runWorker: a graceful stop', () => {
  /** A file:// cache whose every read takes `ms`: uploads stay in flight long enough to be stopped midway. */
  class SlowCache extends FileCache {
    constructor(
      dir: string,
      private readonly ms: number,
    ) {
      super(dir);
    }
    override async get(key: string): Promise<Buffer | undefined> {
      await new Promise((r) => setTimeout(r, this.ms));
      return super.get(key);
    }
  }

  it('once stopped, starts no more entries, lets those in flight settle, then returns: the rest stay queued', async () => {
    const r = rig(10);
    const store = new FakeStore(true);
    const stop = new AbortController();
    const logs: string[] = [];
    const o = options(r, store, logs, { concurrency: 2, idleExitMs: 0, stop: stop.signal });
    o.upload = { ...o.upload, cache: new SlowCache(r.cacheDir, 150) };
    const run = runWorker(o);
    await new Promise((res) => setTimeout(res, 60)); // the first two entries are in flight
    stop.abort();
    await run; // returns although idleExitMs is 0 (run forever)
    const settled = readLedger(r.ledgerFile);
    expect(settled.map((l) => l.status)).toEqual(['uploaded', 'uploaded']);
    expect(settled.map((l) => l.seq).sort(compareIds)).toEqual(r.ids.slice(0, 2)); // the two in flight settle in either order
    expect(entryFiles(r.queue.dir).sort()).toEqual(r.ids.slice(2).map((id) => `${id}.entry`));
    // its last word: nothing in flight
    expect(readStatus(r.statusFile)?.inflight).toEqual([]);
  });
});
