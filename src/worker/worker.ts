import { watch, type FSWatcher } from 'node:fs';
import { errorMessage } from '../core/errors.js';
import type { SecretKey } from '../core/keys.js';
import type { NixStore, PathInfo } from '../nix/store.js';
import { pushPaths, type PushResult } from '../push/push.js';
import type { UploadContext } from '../push/upload-path.js';
import { backoffMs, MalformedEntryError, parseEntry, type QueueEntry } from './entry.js';
import { appendLedger, type LedgerLine } from './ledger.js';
import { QueueDir } from './queue.js';
import { classifyOutputs, decide, type Decision, type FixedOutputPolicy, type TrustClass } from './trust-class.js';
import { consultWitnesses, type NarInfoFetcher, type Witness, type WitnessVerdict } from './witness.js';
import { writeStatus } from './status-file.js';

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
  log: (line: string) => void;
}

/**
 * The upload worker: drains the queue oldest first, `concurrency` entries at a time. Each entry's outputs go
 * through the same code as `push`. An entry is removed only after its outcomes are in the ledger, so a killed
 * worker loses nothing: the next one redoes the entry (already-uploaded outputs come out as `skipped`).
 */
export async function runWorker(o: WorkerOptions): Promise<void> {
  const running = new Map<string, Promise<void>>();
  // Outputs of entries being uploaded: a later entry that references one waits for it (references first).
  const uploading = new Map<string, Promise<void>>();
  // Entries in backoff, by id: not started again before this time (ms epoch).
  const deferred = new Map<string, number>();
  let idleSince = Date.now();
  let wake: () => void = () => {};
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(o.queue.dir, () => wake());
  } catch {
    // no inotify: the one-second poll below still finds new entries
  }

  const status = (queued: string[]) =>
    writeStatus(o.statusFile, {
      pid: process.pid,
      updatedAt: Date.now(),
      queued: queued.filter((id) => !running.has(id)),
      inflight: [...running.keys()],
      failed: o.queue.failedIds().length,
    });

  try {
    for (;;) {
      o.queue.adoptIncoming();
      const ids = o.queue.ids();
      for (const id of ids) {
        if (running.size >= o.concurrency) break;
        if (running.has(id) || (deferred.get(id) ?? 0) > Date.now()) continue;
        const job = processEntry(o, id, uploading, deferred).catch((err: unknown) => {
          // Unexpected (e.g. the disk is full): keep the entry, try again a little later.
          o.log(`entry ${id}: ${errorMessage(err)}`);
          deferred.set(id, Date.now() + 5000);
        });
        running.set(
          id,
          job.finally(() => {
            running.delete(id);
            wake();
          }),
        );
      }
      status(ids);
      if (ids.length === 0 && running.size === 0) {
        if (o.idleExitMs > 0 && Date.now() - idleSince >= o.idleExitMs) return;
      } else idleSince = Date.now();
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 1000);
        wake = () => {
          clearTimeout(t);
          resolve();
        };
      });
    }
  } finally {
    watcher?.close();
  }
}

function ledgerLine(
  e: QueueEntry,
  r: Omit<PushResult, 'status'> & { status: LedgerLine['status'] },
  trust?: { cls?: TrustClass; keyName?: string; witness?: WitnessVerdict },
): LedgerLine {
  const line: LedgerLine = {
    seq: e.id,
    drv: e.drv,
    path: r.path,
    status: r.status,
    narSize: r.narSize,
    fileSize: r.fileSize,
    seconds: r.seconds,
    attempts: e.attempts,
    time: new Date().toISOString(),
  };
  if (trust?.cls) line.class = trust.cls;
  if (trust?.keyName && (r.status === 'uploaded' || r.status === 'skipped')) line.key = trust.keyName;
  if (trust?.witness) line.witness = trust.witness;
  if (r.reason) line.reason = r.reason;
  return line;
}

/** A group of outputs signed by one key. */
interface Signing {
  key: SecretKey;
  infos: PathInfo[];
}

// Witness answers, for the worker's lifetime: a path asked about once is not asked again (keyed by its hash).
const witnessed = new Map<string, Promise<WitnessVerdict>>();

function witnessVerdict(o: WorkerOptions, info: PathInfo): Promise<WitnessVerdict> | undefined {
  if (o.trust.witnesses.length === 0) return undefined;
  const k = `${info.path} ${info.narHash}`;
  if (!witnessed.has(k)) witnessed.set(k, consultWitnesses(info, o.trust.witnesses, o.trust.fetchNarInfo));
  return witnessed.get(k);
}

/** The class's decision, amended by the witnesses: a reproduced fetch is vouched for, a divergence may withhold. */
function withWitness(cls: TrustClass, d: Decision, w: WitnessVerdict | undefined, o: WorkerOptions): Decision {
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
async function decideTrust(o: WorkerOptions, e: QueueEntry, outs: string[], infos: PathInfo[]) {
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

async function processEntry(
  o: WorkerOptions,
  id: string,
  uploading: Map<string, Promise<void>>,
  deferred: Map<string, number>,
): Promise<void> {
  let entry: QueueEntry;
  try {
    entry = parseEntry(id, o.queue.read(id));
  } catch (err) {
    if (!(err instanceof MalformedEntryError)) throw err;
    // Not ours to upload, but never silently dropped: the ledger says why, and the file is kept in failed/.
    appendLedger(o.ledgerFile, [
      {
        seq: id,
        drv: '',
        path: '',
        status: 'failed',
        reason: err.message,
        narSize: 0,
        fileSize: 0,
        seconds: 0,
        attempts: 1,
        time: new Date().toISOString(),
      },
    ]);
    o.queue.fail({ id, drv: '', outs: [], attempts: 1, notBefore: 0, done: [], lastError: err.message });
    return;
  }
  if (entry.notBefore > Date.now()) {
    deferred.set(id, entry.notBefore);
    return;
  }
  entry.attempts++;

  // Nix 2.8 leaves OUT_PATHS empty in post-build-hooks: the store knows the derivation's outputs.
  const outs = entry.outs.length > 0 ? entry.outs : o.store.derivationOutputs(entry.drv);
  if (!outs) {
    // The derivation itself is gone (garbage-collected): nothing left to upload.
    const reason = `${entry.drv} is not in the Nix store (garbage-collected before its outputs could be uploaded)`;
    appendLedger(o.ledgerFile, [ledgerLine(entry, { path: entry.drv, status: 'failed', reason, narSize: 0, fileSize: 0, seconds: 0 })]);
    entry.lastError = reason;
    o.queue.fail(entry);
    return;
  }

  const lines: LedgerLine[] = [];
  const infos: PathInfo[] = [];
  for (const out of outs.filter((p) => !entry.done.includes(p))) {
    const info = o.store.pathInfo(out);
    if (info) infos.push(info);
    else {
      const reason = `${out} was garbage-collected before it could be uploaded`;
      lines.push(ledgerLine(entry, { path: out, status: 'failed', reason, narSize: 0, fileSize: 0, seconds: 0 }));
      entry.done.push(out);
    }
  }

  const trust = await decideTrust(o, entry, outs, infos);
  for (const w of trust.withheld) {
    lines.push(w);
    entry.done.push(w.path);
  }
  const keyNameOf = new Map(trust.signings.flatMap((g) => g.infos.map((i) => [i.path, g.key.name] as const)));
  const note = (path: string) => {
    const witness = trust.verdicts.get(path);
    return { cls: trust.classes.get(path) ?? ('unknown' as const), keyName: keyNameOf.get(path), ...(witness ? { witness } : {}) };
  };
  const signed = trust.signings.flatMap((g) => g.infos);

  // References being uploaded by earlier entries go first.
  const deps = new Set(signed.flatMap((i) => i.references).filter((r) => uploading.has(r) && !outs.includes(r)));
  await Promise.all([...deps].map((d) => uploading.get(d)));
  let release: () => void = () => {};
  const mine = new Promise<void>((r) => (release = r));
  for (const i of signed) uploading.set(i.path, mine);

  let retryAfter: number | undefined;
  let finalFailure = lines.length > 0;
  try {
    const results: PushResult[] = [];
    for (const g of trust.signings) results.push(...(await pushPaths({ ...o.upload, key: g.key }, g.infos, { concurrency: 2 })));
    for (const r of results) {
      if (r.status !== 'failed') {
        lines.push(ledgerLine(entry, r, note(r.path)));
        entry.done.push(r.path);
      } else if (!r.retryable || entry.attempts >= o.maxAttempts) {
        lines.push(ledgerLine(entry, { ...r, reason: `${r.reason} (after ${entry.attempts} tries)` }, note(r.path)));
        entry.done.push(r.path);
        finalFailure = true;
      } else {
        entry.lastError = r.reason;
        retryAfter = Math.max(retryAfter ?? 0, r.retryAfterSeconds ?? 0);
        o.log(`entry ${id}: ${r.path}: try ${entry.attempts} of ${o.maxAttempts} failed: ${r.reason}`);
      }
    }
  } catch (err) {
    // The cache could not even be prepared (e.g. nix-cache-info write failed): retry the whole entry.
    entry.lastError = errorMessage(err);
    o.log(`entry ${id}: try ${entry.attempts} of ${o.maxAttempts} failed: ${entry.lastError}`);
    // A missing bucket or refused credentials do not heal by waiting: settle now, kept in failed/ for `retry`.
    const retryable = (err as { retryable?: boolean }).retryable ?? true;
    if (!retryable || entry.attempts >= o.maxAttempts) {
      for (const i of signed.filter((i) => !entry.done.includes(i.path))) {
        lines.push(
          ledgerLine(entry, {
            path: i.path,
            status: 'failed',
            reason: `${entry.lastError} (after ${entry.attempts} tries)`,
            narSize: i.narSize,
            fileSize: 0,
            seconds: 0,
          }),
        );
        entry.done.push(i.path);
      }
      finalFailure = true;
    }
  } finally {
    for (const i of signed) if (uploading.get(i.path) === mine) uploading.delete(i.path);
    release();
  }

  // Ledger first, then the queue: a crash in between repeats work, it never loses an outcome.
  appendLedger(o.ledgerFile, lines);
  const settled = outs.every((p) => entry.done.includes(p));
  if (settled && finalFailure) o.queue.fail(entry);
  else if (settled) o.queue.remove(entry.id);
  else {
    entry.notBefore = Date.now() + backoffMs(entry.attempts, retryAfter) * ((o.retryBaseMs ?? 1000) / 1000);
    o.queue.save(entry);
    deferred.set(id, entry.notBefore);
  }
}
