import { watch, type FSWatcher } from 'node:fs';
import { retryHintOf } from '../cache/backend.js';
import { errorMessage } from '../core/errors.js';
import type { SecretKey } from '../core/keys.js';
import type { NixStore, PathInfo } from '../nix/store.js';
import { pushPaths, type PushResult } from '../push/push.js';
import type { UploadContext } from '../push/upload-path.js';
import { MalformedEntryError, parseEntry, type QueueEntry } from './entry.js';
import { appendLedger, rotateLedgerIfLarge, type LedgerLine } from './ledger.js';
import { FAILED_BOUNDS, isIncoming, QueueDir } from './queue.js';
import { Backlog } from './backlog.js';
import {
  classifyResults,
  failedLine,
  ledgerLine,
  malformedEntry,
  malformedEntryLine,
  nextTryAt,
  settlement,
  wholeEntryFailure,
  type TrustNote,
  type TryOutcome,
} from './settle.js';
import { classifyOutputs, decide, type Decision, type FixedOutputPolicy, type TrustClass } from './trust-class.js';
import { consultWitnesses, type NarInfoFetcher, type Witness, type WitnessVerdict } from './witness.js';
import { STATUS_QUEUED_MAX, StatusWriter, type WorkerStatus } from './status-file.js';

export interface WorkerOptions {
  queue: QueueDir;
  ledgerFile: string;
  statusFile: string;
  upload: UploadContext;
  store: NixStore; // path info and derivation outputs (the NARs come through upload.dump)
  /** What to do with fixed-output outputs (src/worker/trust-class.ts), and their key for separate-key. */
  trust: {
    fixedOutput: FixedOutputPolicy;
    fixedOutputKey?: SecretKey;
    witnesses: Witness[];
    onDivergence: 'warn' | 'withhold';
    fetchNarInfo: NarInfoFetcher;
  };
  concurrency: number; // entries processed at once
  maxAttempts: number; // tries per entry before it is recorded as failed
  retryBaseMs?: number; // backoff unit (tests shorten it)
  idleExitMs: number; // exit after this long with an empty queue; 0 = run forever (systemd)
  ledgerRotateBytes?: number; // rotate the ledger at this size (default LEDGER_ROTATE_BYTES; tests shrink it)
  /** Once aborted: start no more entries, and return when those running have settled (a graceful stop). */
  stop?: AbortSignal;
  log: (line: string) => void;
}

/** How often failed/ is pruned (src/worker/queue.ts, pruneFailed). */
const PRUNE_EVERY_MS = 10 * 60_000;

/**
 * The upload worker: drains the queue oldest first, `concurrency` entries at a time. Each entry's outputs go
 * through the same code as `push`. An entry is removed only after its outcomes are in the ledger, so a killed
 * worker loses nothing: the next one redoes the entry (already-uploaded outputs come out as `skipped`).
 * Its cost per entry does not grow with the queue: the queue is listed at most once a second while busy
 * (Backlog), status.json is bounded and coalesced (StatusWriter), failed/ is counted in memory and pruned.
 */
export async function runWorker(o: WorkerOptions): Promise<void> {
  const loop = new WorkerLoop(o);
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(o.queue.dir, (_event, name) => loop.queueChanged(name));
  } catch {
    // no inotify: the one-second listing still finds new entries
  }
  o.stop?.addEventListener('abort', () => loop.wakeUp());
  try {
    for (;;) {
      // Entries that settle without I/O (a derivation long gone) would otherwise chain promises without end,
      // starving timers, the watcher and SIGTERM's handler: let the event loop turn once per pass.
      await new Promise((resolve) => setImmediate(resolve));
      const next = loop.pass(Date.now());
      if (next === 'done') return;
      await loop.sleep(next);
    }
  } finally {
    watcher?.close();
  }
}

/** The worker's state between passes: what runs, what waits, what status.json says. */
class WorkerLoop {
  private readonly running = new Map<string, Promise<void>>();
  // Outputs of entries being uploaded: a later entry that references one waits for it (references first).
  private readonly uploading = new Map<string, Promise<void>>();
  // Entries in backoff, by id: not started again before this time (ms epoch).
  private readonly deferred = new Map<string, number>();
  private readonly backlog: Backlog;
  private readonly status: StatusWriter;
  private failedCount = 0;
  private prunedAt = 0;
  private idleSince = Date.now();
  private wake: () => void = () => {};

  constructor(private readonly o: WorkerOptions) {
    this.backlog = new Backlog(o.queue);
    this.status = new StatusWriter(o.statusFile);
  }

  /** The watcher's news: only the hook's new files are, not the worker's own saves, moves and removals. */
  queueChanged(name: string | Buffer | null): void {
    if (name === null || isIncoming(String(name))) this.backlog.markChanged();
    this.wake();
  }

  wakeUp(): void {
    this.wake();
  }

  /** One pass: prune and list when due, start what may start, report. The ms to sleep, or 'done' (stop, idle). */
  pass(now: number): number | 'done' {
    this.pruneWhenDue(now);
    if (this.backlog.refresh(now)) this.status.changed();
    const taking = !this.o.stop?.aborted;
    const startable = (id: string) => !this.running.has(id) && (this.deferred.get(id) ?? 0) <= Date.now();
    for (let id: string | undefined; taking && this.running.size < this.o.concurrency && (id = this.backlog.take(startable));)
      this.start(id);
    const view = () => this.view();
    const waitMs = this.status.tick(now, view);
    const idle = this.backlog.waiting() === 0 && this.running.size === 0;
    if (!idle) this.idleSince = now;
    const idleExit = idle && this.o.idleExitMs > 0 && now - this.idleSince >= this.o.idleExitMs;
    if ((!taking && this.running.size === 0) || idleExit) {
      this.status.flush(now, view); // the last word: nothing in flight
      return 'done';
    }
    return waitMs;
  }

  sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(t);
        resolve();
      };
    });
  }

  /**
   * Pruned every ten minutes, at once when a flood of failures outgrows the bound by half, and when the queue
   * has drained: failed/ holds at most 1.5 × keep entries, and at most keep once the queue is empty.
   */
  private pruneWhenDue(now: number): void {
    const drained = this.backlog.waiting() === 0 && this.running.size === 0 && this.failedCount > FAILED_BOUNDS.keep;
    if (now - this.prunedAt < PRUNE_EVERY_MS && this.failedCount < FAILED_BOUNDS.keep * 1.5 && !drained) return;
    this.failedCount = pruneFailed(this.o, now);
    this.prunedAt = now;
  }

  private start(id: string): void {
    const job = processEntry(this.o, id, this.uploading, this.deferred).then(
      (fate) => {
        if (fate !== 'waiting') this.backlog.settle(id);
        if (fate === 'failed') this.failedCount++;
      },
      (err: unknown) => {
        // An entry removed since the listing (deprovision, a second worker's last act) is simply gone.
        if ((err as NodeJS.ErrnoException).code === 'ENOENT' && !this.o.queue.has(id)) return this.backlog.settle(id);
        // Unexpected (e.g. the disk is full): keep the entry, try again a little later.
        this.o.log(`entry ${id}: ${errorMessage(err)}`);
        this.deferred.set(id, Date.now() + 5000);
      },
    );
    const settled = job.finally(() => {
      this.running.delete(id);
      if (rotateLedgerIfLarge(this.o.ledgerFile, this.o.ledgerRotateBytes))
        this.o.log(`ledger rotated: the previous lines are in ${this.o.ledgerFile}.1`);
      this.status.changed();
      this.wake();
    });
    this.running.set(id, settled);
  }

  /** What status.json says (bounded: the newest ids and a count). */
  private view(): Omit<WorkerStatus, 'updatedAt'> {
    return {
      pid: process.pid,
      scannedAt: this.backlog.scannedAt,
      queued: this.backlog.newest(STATUS_QUEUED_MAX, (id) => this.running.has(id)),
      queuedCount: Math.max(0, this.backlog.waiting() - this.running.size),
      inflight: [...this.running.keys()],
      failed: this.failedCount,
    };
  }
}

/** Prunes failed/ (logging what went) and returns how many entries it keeps. */
function pruneFailed(o: Pick<WorkerOptions, 'queue' | 'log'>, now: number): number {
  const pruned = o.queue.pruneFailed(now);
  if (pruned.length > 0)
    o.log(
      `pruned ${pruned.length} entries from failed/ (enqueued over 30 days ago, or beyond the newest ${FAILED_BOUNDS.keep}); their failures were recorded in the ledger`,
    );
  return o.queue.failedIds().length;
}

/** Where a try left an entry: gone from the queue (settled), moved to failed/, or waiting for another try. */
export type EntryFate = 'settled' | 'failed' | 'waiting';

/** The queue operations an entry's steps use (QueueDir's; the unit tests pass a fake). */
export type EntryQueue = Pick<QueueDir, 'read' | 'save' | 'remove' | 'fail'>;

/** What the steps of one entry use of the worker's options. */
export type EntryContext = Pick<WorkerOptions, 'ledgerFile' | 'upload' | 'store' | 'trust' | 'maxAttempts' | 'retryBaseMs' | 'log'> & {
  queue: EntryQueue;
};

/** A group of outputs signed by one key. */
export interface Signing {
  key: SecretKey;
  infos: PathInfo[];
}

/** How an entry's outputs are vouched for: classes and verdicts by path, the withheld ones' lines, the rest by key. */
export interface TrustDecision {
  classes: Map<string, TrustClass>;
  verdicts: Map<string, WitnessVerdict>;
  withheld: LedgerLine[];
  signings: Signing[];
}

// Witness answers, for the worker's lifetime: a path asked about once is not asked again (keyed by its hash).
const witnessed = new Map<string, Promise<WitnessVerdict>>();

function witnessVerdict(o: EntryContext, info: PathInfo): Promise<WitnessVerdict> | undefined {
  if (o.trust.witnesses.length === 0) return undefined;
  const k = `${info.path} ${info.narHash}`;
  if (!witnessed.has(k)) witnessed.set(k, consultWitnesses(info, o.trust.witnesses, o.trust.fetchNarInfo));
  return witnessed.get(k);
}

/** The class's decision, amended by the witnesses: a reproduced fetch is vouched for, a divergence may withhold. */
function withWitness(cls: TrustClass, d: Decision, w: WitnessVerdict | undefined, o: EntryContext): Decision {
  if (w?.outcome === 'reproduced' && cls === 'fixed-output') return { sign: 'main' };
  if (w?.outcome === 'diverged' && o.trust.onDivergence === 'withhold')
    return {
      withhold: `diverged from the witness ${w.by}: ours has NarHash ${w.ours.narHash}, the witness's ${w.theirs.narHash} (on-divergence: withhold)`,
    };
  return d;
}

/**
 * Sorts an entry's outputs by trust class (from the .drv the daemon built) and the witnesses' verdicts: the
 * ones to sign, grouped by key, and ledger lines for the ones withheld.
 */
async function decideTrust(o: EntryContext, e: QueueEntry, outs: string[], infos: PathInfo[]): Promise<TrustDecision> {
  const classes = classifyOutputs(o.store.derivationText(e.drv), outs);
  const verdicts = new Map<string, WitnessVerdict>();
  await Promise.all(
    infos.map(async (i) => {
      const v = await witnessVerdict(o, i);
      if (v) verdicts.set(i.path, v);
    }),
  );
  const main: Signing = { key: o.upload.key, infos: [] };
  const fixed: Signing | undefined = o.trust.fixedOutputKey ? { key: o.trust.fixedOutputKey, infos: [] } : undefined;
  const withheld: LedgerLine[] = [];
  for (const info of infos) {
    const cls = classes.get(info.path) ?? 'unknown';
    const witness = verdicts.get(info.path);
    const d = withWitness(cls, decide(cls, o.trust.fixedOutput), witness, o);
    const group = 'sign' in d ? (d.sign === 'main' ? main : fixed) : undefined;
    if (group) {
      // A narinfo with a CA field is substituted with no signature at all: Nix takes a content-addressed
      // path as self-verifying, which for a fetch is the very attack (NixOS/ofborg#68). Without it, a
      // consumer takes the fetch only from a key it trusts.
      if (cls === 'fixed-output') {
        const { ca: _ca, ...withoutCa } = info;
        group.infos.push(withoutCa);
      } else group.infos.push(info);
      continue;
    }
    const reason = 'withhold' in d ? d.withhold : 'fixed-output: separate-key, but no fixed-output signing key is provisioned';
    const line = { path: info.path, status: 'withheld' as const, reason, narSize: info.narSize, fileSize: 0, seconds: 0 };
    withheld.push(ledgerLine(e, line, { cls, ...(witness ? { witness } : {}) }));
  }
  return { classes, verdicts, withheld, signings: [main, ...(fixed ? [fixed] : [])].filter((g) => g.infos.length > 0) };
}

/** What each signed or pushed path's ledger line says of its trust. */
function trustNotes(trust: TrustDecision): (path: string) => TrustNote {
  const keyNameOf = new Map(trust.signings.flatMap((g) => g.infos.map((i) => [i.path, g.key.name] as const)));
  return (path) => {
    const witness = trust.verdicts.get(path);
    return { cls: trust.classes.get(path) ?? 'unknown', keyName: keyNameOf.get(path), ...(witness ? { witness } : {}) };
  };
}

/**
 * One entry, one try: its outputs, their path infos and trust, the upload of the signed ones, then the
 * outcomes settled. Each step adds the lines of the outputs it settled; the ledger gets them all at the end.
 */
export async function processEntry(
  o: EntryContext,
  id: string,
  uploading: Map<string, Promise<void>>,
  deferred: Map<string, number>,
): Promise<EntryFate> {
  const entry = readEntry(o, id);
  if (!entry) return 'failed';
  if (entry.notBefore > Date.now()) {
    deferred.set(id, entry.notBefore);
    return 'waiting';
  }
  entry.attempts++;
  const outs = entryOutputs(o, entry);
  if (!outs) return 'failed';

  const lines: LedgerLine[] = [];
  const settle = (settled: readonly LedgerLine[]) => {
    for (const line of settled) {
      lines.push(line);
      entry.done.push(line.path);
    }
  };
  const { infos, gone } = pathInfos(o.store, entry, outs);
  settle(gone);
  // An output gone from the store is a failure (the entry goes to failed/ once all are settled); a withheld
  // one is the policy's decision, not a failure: retrying would only withhold it again.
  const settledUnuploaded = gone.length > 0;
  const trust = await decideTrust(o, entry, outs, infos);
  settle(trust.withheld);
  const tried = await uploadSigned(o, entry, outs, trust, uploading);
  settle(tried.lines);
  // A failure settled in an earlier try still counts when the last output settles in this one.
  const finalFailure = entry.failedBefore === true || settledUnuploaded || tried.finalFailure;
  if (finalFailure) entry.failedBefore = true;
  return settleEntry(o, entry, outs, { lines, finalFailure, retryAfter: tried.retryAfter }, deferred);
}

/** Reads an entry's file; undefined when it does not parse (then recorded and moved to failed/). */
export function readEntry(o: EntryContext, id: string): QueueEntry | undefined {
  try {
    return parseEntry(id, o.queue.read(id));
  } catch (err) {
    if (!(err instanceof MalformedEntryError)) throw err;
    // Not ours to upload, but never silently dropped: the ledger says why, and the file is kept in failed/.
    appendLedger(o.ledgerFile, [malformedEntryLine(id, err.message)]);
    o.queue.fail(malformedEntry(id, err.message));
    return undefined;
  }
}

/** The outputs an entry is to upload; undefined when its derivation is gone (then recorded and moved to failed/). */
export function entryOutputs(o: EntryContext, entry: QueueEntry): string[] | undefined {
  // Nix 2.8 leaves OUT_PATHS empty in post-build-hooks: the store knows the derivation's outputs.
  const outs = entry.outs.length > 0 ? entry.outs : o.store.derivationOutputs(entry.drv);
  if (outs) return outs;
  // The derivation itself is gone (garbage-collected): nothing left to upload.
  const reason = `${entry.drv} is not in the Nix store (garbage-collected before its outputs could be uploaded)`;
  appendLedger(o.ledgerFile, [failedLine(entry, entry.drv, reason)]);
  entry.lastError = reason;
  o.queue.fail(entry);
  return undefined;
}

/** Path infos of the outputs not settled yet, in order, and a failed line for each one no longer in the store. */
export function pathInfos(store: NixStore, entry: QueueEntry, outs: readonly string[]): { infos: PathInfo[]; gone: LedgerLine[] } {
  const infos: PathInfo[] = [];
  const gone: LedgerLine[] = [];
  for (const out of outs.filter((p) => !entry.done.includes(p))) {
    const info = store.pathInfo(out);
    if (info) infos.push(info);
    else gone.push(failedLine(entry, out, `${out} was garbage-collected before it could be uploaded`));
  }
  return { infos, gone };
}

/** References of `signed` that earlier entries are uploading right now (this entry's own outputs aside). */
export function referencesInFlight(
  signed: readonly PathInfo[],
  outs: readonly string[],
  uploading: ReadonlyMap<string, Promise<void>>,
): string[] {
  return [...new Set(signed.flatMap((i) => i.references).filter((r) => uploading.has(r) && !outs.includes(r)))];
}

/** Marks `signed` as being uploaded by this entry, for later entries to wait on; the returned function releases them. */
export function claimOutputs(uploading: Map<string, Promise<void>>, signed: readonly PathInfo[]): () => void {
  let release: () => void = () => {};
  const mine = new Promise<void>((r) => (release = r));
  for (const i of signed) uploading.set(i.path, mine);
  return () => {
    // A later entry with the same output may have claimed it meanwhile: only our own claims go.
    for (const i of signed) if (uploading.get(i.path) === mine) uploading.delete(i.path);
    release();
  };
}

/** Pushes each group of outputs with its key, one group after the other; the results in that order. */
export async function pushSignings(upload: UploadContext, signings: readonly Signing[]): Promise<PushResult[]> {
  const results: PushResult[] = [];
  for (const g of signings) results.push(...(await pushPaths({ ...upload, key: g.key }, g.infos, { concurrency: 2 })));
  return results;
}

/** One try at uploading an entry's signed outputs, holding claims on them meanwhile. */
export async function uploadSigned(
  o: EntryContext,
  entry: QueueEntry,
  outs: readonly string[],
  trust: TrustDecision,
  uploading: Map<string, Promise<void>>,
): Promise<TryOutcome> {
  const signed = trust.signings.flatMap((g) => g.infos);
  // References being uploaded by earlier entries go first.
  await Promise.all(referencesInFlight(signed, outs, uploading).map((d) => uploading.get(d)));
  const release = claimOutputs(uploading, signed);
  try {
    const results = await pushSignings(o.upload, trust.signings);
    const tried = classifyResults(entry, results, o.maxAttempts, trustNotes(trust));
    for (const r of tried.retries) {
      entry.lastError = r.reason;
      o.log(`entry ${entry.id}: ${r.path}: try ${entry.attempts} of ${o.maxAttempts} failed: ${r.reason}`);
    }
    return tried;
  } catch (err) {
    // The cache could not even be prepared (e.g. nix-cache-info write failed): retry the whole entry.
    entry.lastError = errorMessage(err);
    o.log(`entry ${entry.id}: try ${entry.attempts} of ${o.maxAttempts} failed: ${entry.lastError}`);
    // A missing bucket or refused credentials do not heal by waiting: settle now, kept in failed/ for `retry`.
    const { retryable } = retryHintOf(err); // the contract in backend.ts
    return wholeEntryFailure(entry, signed, entry.lastError, retryable, o.maxAttempts);
  } finally {
    release();
  }
}

/** Records a try's outcome and acts on the entry's file. */
export function settleEntry(
  o: EntryContext,
  entry: QueueEntry,
  outs: readonly string[],
  tried: Pick<TryOutcome, 'lines' | 'finalFailure' | 'retryAfter'>,
  deferred: Map<string, number>,
): EntryFate {
  // Ledger first, then the queue: a crash in between repeats work, it never loses an outcome.
  appendLedger(o.ledgerFile, tried.lines);
  const settlementOfEntry = settlement(outs, entry.done, tried.finalFailure);
  if (settlementOfEntry === 'fail') {
    o.queue.fail(entry);
    return 'failed';
  }
  if (settlementOfEntry === 'remove') {
    o.queue.remove(entry.id);
    return 'settled';
  }
  entry.notBefore = nextTryAt(Date.now(), entry.attempts, tried.retryAfter, o.retryBaseMs);
  o.queue.save(entry);
  deferred.set(entry.id, entry.notBefore);
  return 'waiting';
}
