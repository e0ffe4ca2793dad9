import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import type { CacheBackend } from '../../src/cache/backend.js';
import { FileCache } from '../../src/cache/file.js';
import { parseSecretKey, type SecretKey } from '../../src/core/keys.js';
import { parseNarInfo } from '../../src/core/narinfo.js';
import { storePathHash } from '../../src/core/store-path.js';
import type { NixStore, PathInfo } from '../../src/nix/store.js';
import type { PushResult } from '../../src/push/push.js';
import { parseEntry, serializeEntry, type QueueEntry } from '../../src/worker/entry.js';
import { readLedger, type LedgerLine } from '../../src/worker/ledger.js';
import { QueueDir } from '../../src/worker/queue.js';
import {
  classifyResults,
  malformedEntry,
  malformedEntryLine,
  nextTryAt,
  settlement,
  wholeEntryFailure,
  type TrustNote,
} from '../../src/worker/settle.js';
import type { FixedOutputPolicy, TrustClass } from '../../src/worker/trust-class.js';
import {
  claimOutputs,
  entryOutputs,
  pathInfos,
  processEntry,
  pushSignings,
  readEntry,
  referencesInFlight,
  settleEntry,
  uploadSigned,
  type EntryContext,
  type EntryQueue,
  type TrustDecision,
} from '../../src/worker/worker.js';

// The steps of one queue entry (src/worker/worker.ts) and their pure decisions (src/worker/settle.ts), with
// fakes for Nix (NixStore) and the queue, a file:// cache (wrapped to fail on demand) and a ledger in a
// temporary directory. test/e2e/worker.test.ts runs the same code against real Nix versions.

const vectors = JSON.parse(readFileSync(new URL('../fixtures/nix-binary-cache-vectors.json', import.meta.url), 'utf8')) as {
  keys: { secret: string; public: string }[];
  nar: { narSize: number; narHash: string; hex?: string }[];
};
const [mainKey, fetchKey] = vectors.keys.map((k) => parseSecretKey(k.secret)) as [SecretKey, SecretKey];
const [narA, narB] = vectors.nar.filter((v) => v.hex !== undefined).map((v) => ({ ...v, bytes: Buffer.from(v.hex!, 'hex') })) as [
  { narSize: number; narHash: string; bytes: Buffer },
  { narSize: number; narHash: string; bytes: Buffer },
];

const storePath = (c: string, name: string) => `/nix/store/${c.repeat(32)}-${name}`;
const DRV = storePath('d', 'hello-1.0.drv');
const OUT = storePath('a', 'hello-1.0');
const DEV = storePath('b', 'hello-1.0-dev');
const LIB = storePath('c', 'libfoo-2'); // a reference of DEV, uploaded by another entry
const FOD_DRV = storePath('f', 'src.tar.gz.drv');
const SRC = storePath('g', 'src.tar.gz');
const ID = '1750000000123456789-4242';
const IA_TEXT = `Derive([("dev","${DEV}","",""),("out","${OUT}","","")],[],[],"s","b",[],[])`;
const FOD_TEXT = `Derive([("out","${SRC}","sha256","0d1c3c2a")],[],[],"s","b",[],[])`;

const OUT_INFO: PathInfo = { path: OUT, narHash: narA.narHash, narSize: narA.narSize, references: [DEV], deriver: DRV };
const DEV_INFO: PathInfo = { path: DEV, narHash: narB.narHash, narSize: narB.narSize, references: [LIB], deriver: DRV };
const SRC_INFO: PathInfo = { path: SRC, narHash: narA.narHash, narSize: narA.narSize, references: [], ca: 'fixed:sha256:0d1c3c2a' };

/** A Nix store holding only what a test puts in it; it notes the paths it was asked about. */
class FakeStore implements NixStore {
  readonly infos = new Map<string, PathInfo>();
  readonly drvs = new Map<string, { outputs: string[]; text: string }>();
  readonly nars = new Map<string, Buffer>();
  readonly asked: string[] = [];
  add(info: PathInfo, nar: Buffer): this {
    this.infos.set(info.path, info);
    this.nars.set(info.path, nar);
    return this;
  }
  pathInfo(path: string): PathInfo | undefined {
    this.asked.push(path);
    return this.infos.get(path);
  }
  closure(paths: readonly string[]): string[] {
    return [...paths];
  }
  derivationOutputs(drvPath: string): string[] | undefined {
    this.asked.push(drvPath);
    return this.drvs.get(drvPath)?.outputs;
  }
  derivationText(drvPath: string): string | undefined {
    return this.drvs.get(drvPath)?.text;
  }
  *nar(path: string): Iterable<Buffer> {
    yield this.nars.get(path) ?? Buffer.alloc(0);
  }
  close(): void {}
}

/** hello's derivation (outputs dev and out, input-addressed) and both outputs. */
function helloStore(): FakeStore {
  const store = new FakeStore().add(OUT_INFO, narA.bytes).add(DEV_INFO, narB.bytes);
  store.drvs.set(DRV, { outputs: [DEV, OUT], text: IA_TEXT });
  return store;
}

/** A queue of entry texts in memory; each operation notes how many ledger lines existed when it came. */
class FakeQueue implements EntryQueue {
  readonly files = new Map<string, string>();
  readonly ops: { op: 'save' | 'remove' | 'fail'; id: string; entry?: QueueEntry; ledgerLines: number }[] = [];
  constructor(private readonly ledgerFile: string) {}
  read(id: string): string {
    const text = this.files.get(id);
    if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file, open '${id}.entry'`), { code: 'ENOENT' });
    return text;
  }
  save(entry: QueueEntry): void {
    this.files.set(entry.id, serializeEntry(entry));
    this.note('save', entry.id, entry);
  }
  remove(id: string): void {
    this.files.delete(id);
    this.note('remove', id);
  }
  fail(entry: QueueEntry): void {
    this.files.delete(entry.id);
    this.note('fail', entry.id, entry);
  }
  private note(op: 'save' | 'remove' | 'fail', id: string, entry?: QueueEntry) {
    this.ops.push({ op, id, ...(entry ? { entry: structuredClone(entry) } : {}), ledgerLines: readLedger(this.ledgerFile).length });
  }
}

/** A cache backend that passes everything to `inner` except what `over` replaces. */
function around(inner: CacheBackend, over: Partial<CacheBackend>): CacheBackend {
  return {
    describe: inner.describe,
    get: (k) => inner.get(k),
    getStream: (k) => inner.getStream(k),
    exists: (k) => inner.exists(k),
    put: (k, b, t) => inner.put(k, b, t),
    putStream: (k, b, t) => inner.putStream(k, b, t),
    delete: (k) => inner.delete(k),
    list: (s) => inner.list(s),
    ...over,
  };
}

/** An error as the cache backends throw them. */
const cacheError = (message: string, props: { retryable?: boolean; retryAfterSeconds?: number }) =>
  Object.assign(new Error(message), props);

/** A cache that refuses every NAR object (nix-cache-info and narinfos still go through). */
const failingNars = (err: Error) => (inner: CacheBackend) =>
  around(inner, {
    put: async (k, b, t) => {
      if (k.startsWith('nar/')) throw err;
      return inner.put(k, b, t);
    },
  });

const root = mkdtempSync(join(tmpdir(), 'ntc-steps-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let rigs = 0;

interface Rig {
  o: EntryContext;
  store: FakeStore;
  queue: FakeQueue;
  logs: string[];
  dir: string;
  cacheDir: string;
  ledger: () => LedgerLine[];
}

function rig(
  over: { store?: FakeStore; cache?: (inner: CacheBackend) => CacheBackend; maxAttempts?: number; fixedOutput?: FixedOutputPolicy } = {},
): Rig {
  const dir = join(root, `r${rigs++}`);
  mkdirSync(dir);
  const ledgerFile = join(dir, 'ledger.jsonl');
  const cacheDir = join(dir, 'cache');
  const store = over.store ?? helloStore();
  const queue = new FakeQueue(ledgerFile);
  const logs: string[] = [];
  const cache = new FileCache(cacheDir);
  const o: EntryContext = {
    queue,
    ledgerFile,
    store,
    upload: { cache: over.cache ? over.cache(cache) : cache, key: mainKey, compression: 'none', dump: (p) => store.nar(p) },
    trust: { fixedOutput: over.fixedOutput ?? 'withhold', witnesses: [], onDivergence: 'warn', fetchNarInfo: async () => undefined },
    maxAttempts: over.maxAttempts ?? 3,
    retryBaseMs: 1,
    log: (line) => logs.push(line),
  };
  return { o, store, queue, logs, dir, cacheDir, ledger: () => readLedger(ledgerFile) };
}

const entry = (over: Partial<QueueEntry> = {}): QueueEntry => ({
  id: ID,
  drv: DRV,
  outs: [DEV, OUT],
  attempts: 1,
  notBefore: 0,
  done: [],
  ...over,
});
const uploaded = (path: string, status: 'uploaded' | 'skipped' = 'uploaded'): PushResult => ({
  path,
  status,
  narSize: 100,
  fileSize: status === 'uploaded' ? 60 : 0,
  seconds: 0.25,
});
const failed = (path: string, reason: string, retryable: boolean, retryAfterSeconds?: number): PushResult => ({
  path,
  status: 'failed',
  narSize: 100,
  fileSize: 0,
  seconds: 0.5,
  reason,
  retryable,
  ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
});
const mainNote = (): TrustNote => ({ cls: 'input-addressed', keyName: mainKey.name });
const signedBy = (key: SecretKey, ...infos: PathInfo[]): TrustDecision => ({
  classes: new Map<string, TrustClass>(infos.map((i) => [i.path, 'input-addressed'])),
  verdicts: new Map(),
  withheld: [],
  signings: [{ key, infos }],
});
const narinfoSigs = (cacheDir: string, path: string) =>
  parseNarInfo(readFileSync(join(cacheDir, `${storePathHash(path)}.narinfo`), 'utf8')).sigs.map((s) => s.split(':')[0]);

describe('classifyResults: push results into ledger lines, retries and a final failure', () => {
  it('uploaded, skipped and refused settle, with their trust; the key only on what a key signed', () => {
    const witness = { outcome: 'reproduced', by: 'https://witness.example' } as const;
    const refused: PushResult = { path: LIB, status: 'refused', narSize: 100, fileSize: 0, seconds: 0.1, reason: 'NAR hash mismatch' };
    const tried = classifyResults(entry(), [uploaded(OUT), uploaded(DEV, 'skipped'), refused], 3, (p) =>
      p === LIB ? { cls: 'input-addressed', keyName: mainKey.name, witness } : mainNote(),
    );
    expect(tried.lines).toEqual(
      [
        {
          seq: ID,
          drv: DRV,
          path: OUT,
          status: 'uploaded',
          narSize: 100,
          fileSize: 60,
          seconds: 0.25,
          attempts: 1,
          time: expect.any(String),
        },
        {
          seq: ID,
          drv: DRV,
          path: DEV,
          status: 'skipped',
          narSize: 100,
          fileSize: 0,
          seconds: 0.25,
          attempts: 1,
          time: expect.any(String),
        },
        { seq: ID, drv: DRV, path: LIB, status: 'refused', narSize: 100, fileSize: 0, seconds: 0.1, attempts: 1, time: expect.any(String) },
      ].map((l, i) => ({ ...l, class: 'input-addressed', ...(i < 2 ? { key: mainKey.name } : { witness, reason: 'NAR hash mismatch' }) })),
    );
    // The ledger's field order, as consumers have always read it.
    expect(Object.keys(tried.lines[0]!)).toEqual([
      'seq',
      'drv',
      'path',
      'status',
      'narSize',
      'fileSize',
      'seconds',
      'attempts',
      'time',
      'class',
      'key',
    ]);
    expect(Object.keys(tried.lines[2]!).slice(-3)).toEqual(['class', 'witness', 'reason']);
    expect(new Date(tried.lines[0]!.time).toISOString()).toBe(tried.lines[0]!.time);
    expect(tried).toMatchObject({ retries: [], retryAfter: undefined, finalFailure: false });
  });

  it('a retryable failure with tries left is tried again: no line, its reason kept', () => {
    const tried = classifyResults(entry(), [failed(OUT, 'S3: 503 SlowDown', true, 7)], 3, mainNote);
    expect(tried).toEqual({ lines: [], retries: [{ path: OUT, reason: 'S3: 503 SlowDown' }], retryAfter: 7, finalFailure: false });
  });

  it('waits the longest Retry-After among the retries; 0 when none gave one', () => {
    const results = [failed(OUT, 'slow', true, 7), failed(DEV, 'slower', true, 30), failed(LIB, 'down', true)];
    expect(classifyResults(entry(), results, 3, mainNote).retryAfter).toBe(30);
    expect(classifyResults(entry(), [failed(LIB, 'down', true)], 3, mainNote).retryAfter).toBe(0);
  });

  it('a failure that waiting cannot fix settles at once, saying after how many tries', () => {
    const tried = classifyResults(entry(), [failed(OUT, 'bucket "b" does not exist', false)], 3, mainNote);
    expect(tried.lines).toEqual([
      {
        seq: ID,
        drv: DRV,
        path: OUT,
        status: 'failed',
        narSize: 100,
        fileSize: 0,
        seconds: 0.5,
        attempts: 1,
        time: expect.any(String),
        class: 'input-addressed', // no key: nothing was signed
        reason: 'bucket "b" does not exist (after 1 tries)',
      },
    ]);
    expect(tried).toMatchObject({ retries: [], retryAfter: undefined, finalFailure: true });
  });

  it('the last try settles a retryable failure too', () => {
    for (const attempts of [3, 4]) {
      const tried = classifyResults(entry({ attempts }), [failed(OUT, 'S3: 503 SlowDown', true, 7)], 3, mainNote);
      expect(tried.lines.map((l) => [l.status, l.reason])).toEqual([['failed', `S3: 503 SlowDown (after ${attempts} tries)`]]);
      expect(tried).toMatchObject({ retries: [], retryAfter: undefined, finalFailure: true });
    }
  });

  it('keeps the results in order; a settled failure leaves the retried ones to their next try', () => {
    const tried = classifyResults(
      entry(),
      [uploaded(OUT), failed(DEV, 'timeout', true), failed(LIB, 'refused credentials', false)],
      3,
      mainNote,
    );
    expect(tried.lines.map((l) => [l.path, l.status])).toEqual([
      [OUT, 'uploaded'],
      [LIB, 'failed'],
    ]);
    expect(tried).toMatchObject({ retries: [{ path: DEV, reason: 'timeout' }], retryAfter: 0, finalFailure: true });
  });
});

describe('wholeEntryFailure: the cache could not be prepared', () => {
  it('retryable with tries left: nothing settles', () => {
    expect(wholeEntryFailure(entry(), [OUT_INFO, DEV_INFO], 'ECONNREFUSED', true, 3)).toEqual({
      lines: [],
      retries: [],
      retryAfter: undefined,
      finalFailure: false,
    });
  });

  it('not retryable, or the last try: every signed output not yet settled fails with the error', () => {
    for (const [attempts, retryable] of [
      [1, false],
      [3, true],
    ] as const) {
      const tried = wholeEntryFailure(entry({ attempts, done: [DEV] }), [OUT_INFO, DEV_INFO], 'no such bucket', retryable, 3);
      expect(tried.lines).toEqual([
        {
          seq: ID,
          drv: DRV,
          path: OUT,
          status: 'failed',
          narSize: OUT_INFO.narSize,
          fileSize: 0,
          seconds: 0,
          attempts,
          time: expect.any(String),
          reason: `no such bucket (after ${attempts} tries)`, // no class: these lines never had one
        },
      ]);
      expect(tried).toMatchObject({ retries: [], retryAfter: undefined, finalFailure: true });
    }
  });
});

describe('settlement and nextTryAt: what becomes of the entry', () => {
  it('removed when every output is settled, to failed/ when one failed, else tried again', () => {
    expect(settlement([OUT, DEV], [DEV, OUT], false)).toBe('remove');
    expect(settlement([OUT, DEV], [DEV, OUT], true)).toBe('fail');
    expect(settlement([OUT, DEV], [OUT], false)).toBe('retry');
    expect(settlement([OUT, DEV], [OUT], true)).toBe('retry'); // the other output still has tries
    expect(settlement([], [], false)).toBe('remove');
  });

  it('tries again after the backoff, in units of retryBaseMs, never sooner than Retry-After', () => {
    expect(nextTryAt(1000, 1, undefined)).toBe(3000);
    expect(nextTryAt(1000, 3, undefined, undefined)).toBe(9000);
    expect(nextTryAt(1000, 3, 0, 10)).toBe(1080);
    expect(nextTryAt(1000, 1, 30)).toBe(31_000);
  });
});

describe('malformed entries: what the ledger and failed/ keep', () => {
  it('a failed line with no paths, the reason before the sizes', () => {
    const line = malformedEntryLine(ID, 'queue entry x: not valid JSON');
    expect(Object.keys(line)).toEqual(['seq', 'drv', 'path', 'status', 'reason', 'narSize', 'fileSize', 'seconds', 'attempts', 'time']);
    expect(line).toEqual({
      seq: ID,
      drv: '',
      path: '',
      status: 'failed',
      reason: 'queue entry x: not valid JSON',
      narSize: 0,
      fileSize: 0,
      seconds: 0,
      attempts: 1,
      time: expect.any(String),
    });
    expect(malformedEntry(ID, 'why')).toEqual({ id: ID, drv: '', outs: [], attempts: 1, notBefore: 0, done: [], lastError: 'why' });
  });
});

describe('readEntry', () => {
  it("parses the hook's form and writes nothing", () => {
    const r = rig();
    r.queue.files.set(ID, `${DRV}\n${DEV} ${OUT}\n.\n`);
    expect(readEntry(r.o, ID)).toEqual(parseEntry(ID, `${DRV}\n${DEV} ${OUT}\n`));
    expect(r.ledger()).toEqual([]);
    expect(r.queue.ops).toEqual([]);
  });

  it('a malformed entry is never dropped: a ledger line says why, then it goes to failed/', () => {
    const r = rig();
    r.queue.files.set(ID, '/etc/passwd\n\n.\n');
    expect(readEntry(r.o, ID)).toBeUndefined();
    const [line, ...rest] = r.ledger();
    expect(rest).toEqual([]);
    expect(line).toMatchObject({ seq: ID, path: '', status: 'failed', reason: expect.stringMatching(/DRV_PATH is not a derivation path/) });
    expect(r.queue.ops).toEqual([{ op: 'fail', id: ID, entry: malformedEntry(ID, line!.reason!), ledgerLines: 1 }]);
  });

  it('in a real queue directory, the malformed file ends up in failed/', () => {
    const r = rig();
    const queue = new QueueDir(join(r.dir, 'queue'), join(r.dir, 'failed'));
    mkdirSync(queue.dir);
    writeFileSync(join(queue.dir, `${ID}.entry`), `${DRV}\n${OUT}\n$(id)\n.\n`);
    expect(readEntry({ ...r.o, queue }, ID)).toBeUndefined();
    expect(queue.ids()).toEqual([]);
    expect(queue.failedIds()).toEqual([ID]);
    expect(r.ledger().map((l) => l.reason)).toEqual([expect.stringMatching(/more than two lines/)]);
  });

  it('a file that cannot be read says nothing about the entry: the error goes up, nothing is written', () => {
    const r = rig();
    expect(() => readEntry(r.o, ID)).toThrow(/ENOENT/);
    expect(r.ledger()).toEqual([]);
    expect(r.queue.ops).toEqual([]);
  });
});

describe('entryOutputs', () => {
  it('takes OUT_PATHS when the hook had them, without asking the store', () => {
    const r = rig();
    expect(entryOutputs(r.o, entry({ outs: [OUT] }))).toEqual([OUT]);
    expect(r.store.asked).toEqual([]);
  });

  it("asks the store for the derivation's outputs when OUT_PATHS is empty (Nix 2.8)", () => {
    const r = rig();
    expect(entryOutputs(r.o, entry({ outs: [] }))).toEqual([DEV, OUT]);
    expect(r.store.asked).toEqual([DRV]);
    expect(r.queue.ops).toEqual([]);
  });

  it('a derivation gone from the store: a failed line saying so, then the entry goes to failed/', () => {
    const r = rig({ store: new FakeStore() });
    const e = entry({ outs: [], attempts: 2 });
    expect(entryOutputs(r.o, e)).toBeUndefined();
    const reason = `${DRV} is not in the Nix store (garbage-collected before its outputs could be uploaded)`;
    expect(r.ledger()).toEqual([
      {
        seq: ID,
        drv: DRV,
        path: DRV,
        status: 'failed',
        narSize: 0,
        fileSize: 0,
        seconds: 0,
        attempts: 2,
        time: expect.any(String),
        reason,
      },
    ]);
    expect(r.queue.ops).toEqual([{ op: 'fail', id: ID, entry: { ...e, lastError: reason }, ledgerLines: 1 }]);
  });
});

describe('pathInfos', () => {
  it('looks up the outputs not settled yet, in order', () => {
    const r = rig();
    expect(pathInfos(r.store, entry(), [DEV, OUT])).toEqual({ infos: [DEV_INFO, OUT_INFO], gone: [] });
    r.store.asked.length = 0;
    expect(pathInfos(r.store, entry({ done: [DEV] }), [DEV, OUT])).toEqual({ infos: [OUT_INFO], gone: [] });
    expect(r.store.asked).toEqual([OUT]);
  });

  it('an output garbage-collected before its upload gets a failed line saying so', () => {
    const store = new FakeStore().add(OUT_INFO, narA.bytes);
    const { infos, gone } = pathInfos(store, entry(), [DEV, OUT]);
    expect(infos).toEqual([OUT_INFO]);
    expect(gone).toEqual([
      {
        seq: ID,
        drv: DRV,
        path: DEV,
        status: 'failed',
        narSize: 0,
        fileSize: 0,
        seconds: 0,
        attempts: 1,
        time: expect.any(String),
        reason: `${DEV} was garbage-collected before it could be uploaded`,
      },
    ]);
  });
});

describe('references in flight and claims', () => {
  it('waits only for references another entry is uploading, each once, never for its own outputs', () => {
    const busy = Promise.resolve();
    const uploading = new Map([
      [LIB, busy],
      [DEV, busy],
      [SRC, busy],
    ]);
    const libUser: PathInfo = { ...OUT_INFO, references: [LIB, DEV] };
    expect(referencesInFlight([DEV_INFO, libUser], [DEV, OUT], uploading)).toEqual([LIB]);
    expect(referencesInFlight([DEV_INFO], [DEV, OUT], new Map())).toEqual([]);
  });

  it('claims the signed outputs until released; a later claim on the same path is left alone', async () => {
    const uploading = new Map<string, Promise<void>>();
    const release = claimOutputs(uploading, [OUT_INFO, DEV_INFO]);
    expect([...uploading.keys()]).toEqual([OUT, DEV]);
    const waiter = uploading.get(OUT)!.then(() => 'released');
    const later = new Promise<void>(() => {});
    uploading.set(DEV, later); // another entry built the same output meanwhile
    release();
    expect(await waiter).toBe('released');
    expect([...uploading.entries()]).toEqual([[DEV, later]]);
  });
});

describe('pushSignings', () => {
  it('pushes each group with its own key, one group after the other', async () => {
    const r = rig();
    const results = await pushSignings(r.o.upload, [
      { key: mainKey, infos: [OUT_INFO] },
      { key: fetchKey, infos: [DEV_INFO] },
    ]);
    expect(results.map((x) => [x.path, x.status])).toEqual([
      [OUT, 'uploaded'],
      [DEV, 'uploaded'],
    ]);
    expect(narinfoSigs(r.cacheDir, OUT)).toEqual([mainKey.name]);
    expect(narinfoSigs(r.cacheDir, DEV)).toEqual([fetchKey.name]);
  });

  it('with nothing to sign, does not touch the cache at all', async () => {
    const r = rig();
    expect(await pushSignings(r.o.upload, [])).toEqual([]);
    expect(existsSync(join(r.cacheDir, 'nix-cache-info'))).toBe(false);
  });
});

describe('uploadSigned', () => {
  it('waits for references earlier entries are uploading, holds its claims while it uploads, then releases them', async () => {
    const uploading = new Map<string, Promise<void>>();
    const seen: boolean[] = [];
    const r = rig({
      cache: (inner) =>
        around(inner, {
          exists: (k) => {
            seen.push(uploading.has(DEV));
            return inner.exists(k);
          },
        }),
    });
    let libDone: () => void = () => {};
    uploading.set(LIB, new Promise<void>((resolve) => (libDone = resolve)));
    const tried = uploadSigned(r.o, entry({ outs: [DEV] }), [DEV], signedBy(mainKey, DEV_INFO), uploading);
    await sleep(20);
    expect(seen).toEqual([]); // LIB is still being uploaded: DEV waits
    uploading.delete(LIB);
    libDone();
    const outcome = await tried;
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every(Boolean)).toBe(true);
    expect(uploading.size).toBe(0);
    expect(outcome.lines).toMatchObject([{ path: DEV, status: 'uploaded', class: 'input-addressed', key: mainKey.name }]);
    expect(outcome).toMatchObject({ retries: [], finalFailure: false });
    expect(r.logs).toEqual([]);
  });

  it("a retryable failure of a path: logged with the try, its reason the entry's lastError, no line", async () => {
    const r = rig({ cache: failingNars(cacheError('S3: 503 SlowDown', { retryable: true, retryAfterSeconds: 7 })) });
    const e = entry({ outs: [DEV] });
    const outcome = await uploadSigned(r.o, e, [DEV], signedBy(mainKey, DEV_INFO), new Map());
    expect(outcome).toEqual({ lines: [], retries: [{ path: DEV, reason: 'S3: 503 SlowDown' }], retryAfter: 7, finalFailure: false });
    expect(e.lastError).toBe('S3: 503 SlowDown');
    expect(r.logs).toEqual([`entry ${ID}: ${DEV}: try 1 of 3 failed: S3: 503 SlowDown`]);
  });

  it('the cache cannot be prepared, and waiting may help: the whole try failed, nothing settles', async () => {
    for (const err of [cacheError('connect ECONNREFUSED\n127.0.0.1:9', { retryable: true }), new Error('no flag: retryable')]) {
      const r = rig({ cache: (inner) => around(inner, { exists: () => Promise.reject(err) }) });
      const e = entry();
      const uploading = new Map<string, Promise<void>>();
      const outcome = await uploadSigned(r.o, e, [DEV, OUT], signedBy(mainKey, DEV_INFO, OUT_INFO), uploading);
      expect(outcome).toEqual({ lines: [], retries: [], retryAfter: undefined, finalFailure: false });
      const message = err.message.replace('\n', ' ');
      expect(e.lastError).toBe(message);
      expect(r.logs).toEqual([`entry ${ID}: try 1 of 3 failed: ${message}`]);
      expect(uploading.size).toBe(0);
    }
  });

  it('the cache cannot be prepared and waiting will not help (a missing bucket): every signed output fails', async () => {
    const err = cacheError('bucket "b" does not exist', { retryable: false });
    const r = rig({ cache: (inner) => around(inner, { exists: () => Promise.reject(err) }) });
    const outcome = await uploadSigned(r.o, entry(), [DEV, OUT], signedBy(mainKey, DEV_INFO, OUT_INFO), new Map());
    expect(outcome.lines.map((l) => [l.path, l.status, l.reason])).toEqual([
      [DEV, 'failed', 'bucket "b" does not exist (after 1 tries)'],
      [OUT, 'failed', 'bucket "b" does not exist (after 1 tries)'],
    ]);
    expect(outcome.finalFailure).toBe(true);
    expect(r.logs).toEqual([`entry ${ID}: try 1 of 3 failed: bucket "b" does not exist`]);
  });
});

describe('settleEntry: the ledger first, then the queue', () => {
  const line = (path: string): LedgerLine => ({
    seq: ID,
    drv: DRV,
    path,
    status: 'uploaded',
    narSize: 1,
    fileSize: 1,
    seconds: 0,
    attempts: 1,
    time: '2026-01-01T00:00:00.000Z',
  });

  it('every output settled: the entry is removed', () => {
    const r = rig();
    const deferred = new Map<string, number>();
    settleEntry(r.o, entry({ done: [DEV, OUT] }), [DEV, OUT], { lines: [line(OUT)], finalFailure: false, retryAfter: undefined }, deferred);
    expect(r.ledger()).toEqual([line(OUT)]);
    expect(r.queue.ops).toEqual([{ op: 'remove', id: ID, ledgerLines: 1 }]);
    expect(deferred.size).toBe(0);
  });

  it('every output settled, one as failed: the entry goes to failed/', () => {
    const r = rig();
    const e = entry({ done: [DEV, OUT] });
    settleEntry(r.o, e, [DEV, OUT], { lines: [line(OUT)], finalFailure: true, retryAfter: undefined }, new Map());
    expect(r.queue.ops).toEqual([{ op: 'fail', id: ID, entry: e, ledgerLines: 1 }]);
  });

  it('outputs left: saved to be tried after the backoff, and deferred until then', () => {
    const r = rig();
    r.o.retryBaseMs = undefined; // seconds, as in production
    const deferred = new Map<string, number>();
    const e = entry({ attempts: 2, done: [OUT] });
    const before = Date.now();
    settleEntry(r.o, e, [DEV, OUT], { lines: [line(OUT)], finalFailure: true, retryAfter: 7 }, deferred);
    const after = Date.now();
    expect(e.notBefore).toBeGreaterThanOrEqual(before + 7000);
    expect(e.notBefore).toBeLessThanOrEqual(after + 7000);
    expect(r.queue.ops).toEqual([{ op: 'save', id: ID, entry: e, ledgerLines: 1 }]);
    expect(deferred.get(ID)).toBe(e.notBefore);
  });
});

describe('processEntry: the steps together', () => {
  it('uploads what the hook queued (outputs from the store, as on Nix 2.8) and removes the entry', async () => {
    const r = rig();
    r.queue.files.set(ID, `${DRV}\n\n.\n`);
    const uploading = new Map<string, Promise<void>>();
    await processEntry(r.o, ID, uploading, new Map());
    expect(r.ledger()).toMatchObject([
      { seq: ID, path: DEV, status: 'uploaded', class: 'input-addressed', key: mainKey.name, attempts: 1 },
      { seq: ID, path: OUT, status: 'uploaded', class: 'input-addressed', key: mainKey.name, attempts: 1 },
    ]);
    expect(r.queue.ops).toEqual([{ op: 'remove', id: ID, ledgerLines: 2 }]);
    expect(uploading.size).toBe(0);

    // Redone (as after a crash before the entry was removed): what is in the cache comes out as skipped.
    r.queue.files.set(ID, `${DRV}\n${DEV} ${OUT}\n.\n`);
    await processEntry(r.o, ID, uploading, new Map());
    expect(
      r
        .ledger()
        .slice(2)
        .map((l) => [l.path, l.status, l.key]),
    ).toEqual([
      [DEV, 'skipped', mainKey.name],
      [OUT, 'skipped', mainKey.name],
    ]);
  });

  it('an entry in its backoff is left alone: deferred, its try not counted', async () => {
    const r = rig();
    const e = entry({ attempts: 2, notBefore: Date.now() + 60_000 });
    r.queue.files.set(ID, serializeEntry(e));
    const deferred = new Map<string, number>();
    await processEntry(r.o, ID, new Map(), deferred);
    expect(deferred.get(ID)).toBe(e.notBefore);
    expect(r.store.asked).toEqual([]);
    expect(r.ledger()).toEqual([]);
    expect(r.queue.ops).toEqual([]);
  });

  it('an output gone from the store settles as failed; the others upload; the entry goes to failed/', async () => {
    const store = helloStore();
    store.infos.delete(DEV);
    const r = rig({ store });
    r.queue.files.set(ID, `${DRV}\n${DEV} ${OUT}\n.\n`);
    await processEntry(r.o, ID, new Map(), new Map());
    expect(r.ledger().map((l) => [l.path, l.status])).toEqual([
      [DEV, 'failed'],
      [OUT, 'uploaded'],
    ]);
    expect(r.queue.ops).toMatchObject([{ op: 'fail', entry: { attempts: 1, done: [DEV, OUT] }, ledgerLines: 2 }]);
  });

  it('a failure settled in one try still sends the entry to failed/ when the last output uploads in a later one', async () => {
    const store = helloStore();
    store.infos.delete(DEV); // gone: settles as failed at once
    let down = true; // the cache refuses NARs on the first try only
    const r = rig({
      store,
      cache: (inner) =>
        around(inner, {
          put: async (k, b, t) => {
            if (down && k.startsWith('nar/')) throw cacheError('S3: 503 SlowDown', { retryable: true });
            return inner.put(k, b, t);
          },
        }),
    });
    r.queue.files.set(ID, `${DRV}\n${DEV} ${OUT}\n.\n`);
    await processEntry(r.o, ID, new Map(), new Map());
    expect(r.queue.ops).toMatchObject([{ op: 'save', entry: { done: [DEV], failedBefore: true } }]);
    down = false;
    const saved = r.queue.ops[0]!.entry!;
    r.queue.files.set(ID, serializeEntry({ ...saved, notBefore: 0 }));
    await processEntry(r.o, ID, new Map(), new Map());
    expect(r.ledger().map((l) => [l.path, l.status])).toEqual([
      [DEV, 'failed'],
      [OUT, 'uploaded'],
    ]);
    expect(r.queue.ops[1]).toMatchObject({ op: 'fail', entry: { done: [DEV, OUT] } });
  });

  it('a withheld fetch is recorded with its class and why; the entry is settled, not failed (a retry would withhold it again)', async () => {
    const store = new FakeStore().add(SRC_INFO, narA.bytes);
    store.drvs.set(FOD_DRV, { outputs: [SRC], text: FOD_TEXT });
    const r = rig({ store });
    r.queue.files.set(ID, `${FOD_DRV}\n${SRC}\n.\n`);
    await processEntry(r.o, ID, new Map(), new Map());
    expect(r.ledger()).toMatchObject([
      { path: SRC, status: 'withheld', class: 'fixed-output', reason: expect.stringMatching(/ofborg#68/) },
    ]);
    expect(r.ledger()[0]).not.toHaveProperty('key');
    expect(r.queue.ops).toMatchObject([{ op: 'remove' }]);
    expect(existsSync(join(r.cacheDir, 'nix-cache-info'))).toBe(false);
  });

  it('a retryable failure is tried again after the backoff; the last try settles it and the entry goes to failed/', async () => {
    const r = rig({ maxAttempts: 2, cache: failingNars(cacheError('S3: 500 InternalError', { retryable: true })) });
    r.queue.files.set(ID, `${DRV}\n${DEV} ${OUT}\n.\n`);
    const deferred = new Map<string, number>();
    await processEntry(r.o, ID, new Map(), deferred);
    expect(r.ledger()).toEqual([]);
    expect(r.queue.ops).toMatchObject([{ op: 'save', entry: { attempts: 1, done: [], lastError: 'S3: 500 InternalError' } }]);
    expect(deferred.get(ID)).toBe(r.queue.ops[0]!.entry!.notBefore);
    expect(r.logs).toEqual([DEV, OUT].map((p) => `entry ${ID}: ${p}: try 1 of 2 failed: S3: 500 InternalError`));

    await sleep(10); // the backoff: 2 s in units of retryBaseMs (1 ms here)
    await processEntry(r.o, ID, new Map(), deferred);
    expect(r.ledger().map((l) => [l.path, l.status, l.reason, l.attempts])).toEqual([
      [DEV, 'failed', 'S3: 500 InternalError (after 2 tries)', 2],
      [OUT, 'failed', 'S3: 500 InternalError (after 2 tries)', 2],
    ]);
    expect(r.queue.ops[1]).toMatchObject({ op: 'fail', entry: { attempts: 2, done: [DEV, OUT] }, ledgerLines: 2 });
  });
});
