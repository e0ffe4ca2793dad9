/**
 * `deprovision`, the undo of `provision` (src/provision/provision.ts). Planning is pure: facts about the machine
 * in, an ordered list of steps out. Every side effect goes through `DeprovisionHost`, so the unit tests run the
 * whole command against an in-memory machine, and src/cli/deprovision.ts wires the real one.
 *
 * Order matters. nix.conf is restored and nix-daemon restarted first, so new builds stop calling the hook while
 * the worker still drains what they enqueued; then the worker is stopped; only then are the hook, the worker
 * bundle, the keys and the state removed (a hook removed under a daemon that still calls it fails builds).
 */
import { dirname, join } from 'node:path';
import { errorMessage, UserError } from '../core/errors.js';
import { sha256Hex } from '../core/hash.js';
import { LAYOUT } from '../layout.js';
import { ENTRY_SUFFIX } from '../worker/entry.js';
import { DAEMON_LOG, DAEMON_PID_FILE } from './daemon.js';
import { trustLines, withoutInclude } from './nix-conf.js';
import { WORKER_UNIT } from './services.js';

/** Where provisioning writes the worker's unit (not under NTC_ROOT: systemd reads only the real path). */
export const WORKER_UNIT_FILE = `/etc/systemd/system/${WORKER_UNIT}`;
/** The link `systemctl enable` made; removed by hand where systemd does not run to do it. */
export const WORKER_UNIT_WANTS = `/etc/systemd/system/multi-user.target.wants/${WORKER_UNIT}`;
/**
 * What nix.conf held before provisioning first edited it, so deprovisioning can put back the very bytes.
 * 0600, not 0644: nix.conf may hold access-tokens. Provisioning must write it (see nixConfRecord).
 */
export const NIX_CONF_RECORD = join(LAYOUT.etcDir, 'nix.conf.before');

export type QueuePolicy = 'refuse' | 'drop' | 'keep';

export interface FileFacts {
  bytes: Buffer;
  mode: number; // permission bits
}

/** The machine, as deprovisioning sees and changes it. */
export interface DeprovisionHost {
  isRoot(): boolean;
  exists(path: string): boolean; // anything at path: file, directory or link
  readFile(path: string): FileFacts | undefined; // a regular file, else undefined
  listDir(path: string): string[] | undefined; // undefined when it is not a readable directory
  writeFile(path: string, bytes: Buffer, mode: number): void; // atomic, root:root
  zeroFill(path: string): void; // overwrite in place with as many zero bytes, synced
  remove(path: string): void; // a file, a link, or a directory with all it holds
  systemdRunning(): boolean;
  stopWorkerUnit(): Promise<void>; // systemctl stop, then disable
  reloadSystemd(): Promise<void>;
  stopWorkerProcesses(): Promise<number[]>; // the pids it stopped
  /** Restarts a running nix-daemon the way provisioning does; returns the line to print. */
  restartNixDaemon(nixBinDir: string | undefined): Promise<string>;
}

export interface DeprovisionOptions {
  queue: QueuePolicy;
  say: (line: string) => void; // each thing done, as it is done: a failure later still leaves an account
}

export interface DeprovisionReport {
  did: string[];
  leaves: string[];
}

// ---- nix.conf ------------------------------------------------------------------------------------------------

export interface NixConfRecord {
  original: string | null; // base64 of nix.conf's bytes before provisioning; null: there was no nix.conf
  mode: number; // its permission bits (provisioning clears group and other write)
  provisioned: string; // sha256 (hex) of the nix.conf provisioning last wrote
}

export type NixConfChange =
  { kind: 'none' } | { kind: 'write'; bytes: Buffer; mode: number; exact: boolean } | { kind: 'remove'; exact: boolean };

/**
 * What to do to nix.conf. With a record, and nix.conf still exactly what provisioning wrote, the original comes
 * back byte for byte (or the file goes, when provisioning created it). Otherwise only our include line can be
 * taken out: which users --untrust-user removed from trusted-users, whether the original lacked a final newline
 * (withInclude adds one), where an include of our drop-in stood before (withInclude moves it last), and the
 * group/other write bits provisioning cleared are nowhere written down, so they stay as they are. A file left
 * with nothing but blank lines is removed (most likely provisioning created it; to Nix, empty and absent agree).
 * The owner is never restored: provisioning makes nix.conf root:root, which it is on every Nix install.
 */
export function nixConfChange(current: FileFacts | undefined, record: NixConfRecord | undefined, dropIn: string): NixConfChange {
  if (!current) return { kind: 'none' }; // removed since provisioning: not ours to bring back
  if (record && sha256Hex(current.bytes) === record.provisioned) {
    if (record.original === null) return { kind: 'remove', exact: true };
    const bytes = Buffer.from(record.original, 'base64');
    if (bytes.equals(current.bytes) && record.mode === current.mode) return { kind: 'none' };
    return { kind: 'write', bytes, mode: record.mode, exact: true };
  }
  const text = current.bytes.toString('latin1'); // latin1: every byte round-trips, whatever the encoding
  const without = withoutInclude(text, dropIn);
  if (without === text) return { kind: 'none' };
  if (without.trim() === '') return { kind: 'remove', exact: false };
  return { kind: 'write', bytes: Buffer.from(without, 'latin1'), mode: current.mode, exact: false };
}

/**
 * The record provisioning should save (to NIX_CONF_RECORD, before it writes nix.conf) from the record already
 * there, nix.conf as it found it, and what it writes. An unchanged nix.conf keeps the first original; one edited
 * since (or provisioned by a release without records) is taken as the new original, minus our include line.
 */
export function nixConfRecord(
  previous: NixConfRecord | undefined,
  before: FileFacts | undefined,
  written: Buffer,
  dropIn: string,
): NixConfRecord {
  const provisioned = sha256Hex(written);
  if (previous && before && sha256Hex(before.bytes) === previous.provisioned) return { ...previous, provisioned };
  if (!before) return { original: null, mode: 0o644, provisioned };
  const undo = nixConfChange(before, undefined, dropIn);
  const original = undo.kind === 'remove' ? null : undo.kind === 'write' ? undo.bytes : before.bytes;
  return { original: original && original.toString('base64'), mode: before.mode, provisioned };
}

/** The record's text; undefined when it is not one (then only the include line is taken out). */
export function parseNixConfRecord(text: string): NixConfRecord | undefined {
  try {
    const r = JSON.parse(text) as Partial<NixConfRecord>;
    const original = r.original === null || typeof r.original === 'string' ? r.original : undefined;
    if (original === undefined || !Number.isInteger(r.mode) || typeof r.provisioned !== 'string') return undefined;
    return { original, mode: r.mode!, provisioned: r.provisioned };
  } catch {
    return undefined;
  }
}

// ---- the queue -----------------------------------------------------------------------------------------------

export interface QueueCount {
  queued: number; // in the queue directory: what src/status/status.ts counts (`*.entry` and the hook's `new-*`)
  failed: number; // in failed/: tries used up, kept for `retry`
}

export function countQueue(queueNames: string[] | undefined, failedNames: string[] | undefined): QueueCount {
  return {
    queued: (queueNames ?? []).filter((n) => n.endsWith(ENTRY_SUFFIX) || n.startsWith('new-')).length,
    failed: (failedNames ?? []).filter((n) => n.endsWith(ENTRY_SUFFIX)).length,
  };
}

const total = (c: QueueCount) => c.queued + c.failed;
const entries = (n: number) => `${n} entr${n === 1 ? 'y' : 'ies'}`;

export function describeQueue(c: QueueCount): string {
  return c.failed ? `${entries(total(c))} (${c.queued} queued, ${c.failed} failed and kept for retry)` : entries(c.queued);
}

/** Failed entries count too: `retry` could still upload them, and dropping them is as final as dropping the rest. */
export function queueRefusal(c: QueueCount, policy: QueuePolicy): string | undefined {
  if (policy !== 'refuse' || total(c) === 0) return undefined;
  return `the queue holds ${describeQueue(c)} not uploaded yet (${LAYOUT.queueDir}, ${LAYOUT.failedDir}): let the worker upload them (nix-trusted-cache status; retry for failed ones), or pass --keep-queue to keep them and the ledger, or --drop-queue to discard them`;
}

function readQueueCount(host: DeprovisionHost): QueueCount {
  return countQueue(host.listDir(LAYOUT.queueDir), host.listDir(LAYOUT.failedDir));
}

// ---- facts and the plan --------------------------------------------------------------------------------------

export interface DeprovisionFacts {
  root: boolean;
  present: ReadonlySet<string>; // which of CANDIDATES exist
  nixConf?: FileFacts;
  record?: NixConfRecord;
  etcLeftovers: string[]; // temp files of an interrupted provisioning write: one may hold a key
  queue: QueueCount;
  systemd: boolean;
  config: { cache?: string; nixBinDir?: string };
}

/** Every path deprovisioning may remove, or name as left in place. */
const CANDIDATES = [
  LAYOUT.dropIn,
  LAYOUT.etcDir,
  LAYOUT.hook,
  LAYOUT.config,
  LAYOUT.signingKey,
  LAYOUT.fixedOutputSigningKey,
  LAYOUT.credentials,
  NIX_CONF_RECORD,
  LAYOUT.libDir,
  LAYOUT.worker,
  LAYOUT.node,
  LAYOUT.stateDir,
  LAYOUT.logDir,
  LAYOUT.workerLog,
  WORKER_UNIT_FILE,
  WORKER_UNIT_WANTS,
  DAEMON_PID_FILE,
  DAEMON_LOG,
];

/** writeRootFile's temp name (src/provision/files.ts): `.` + 12 hex digits + `.tmp`. */
const TEMP_FILE = /^\.[0-9a-f]{12}\.tmp$/;

function readConfig(host: DeprovisionHost): DeprovisionFacts['config'] {
  const file = host.readFile(LAYOUT.config);
  try {
    const c = JSON.parse(file?.bytes.toString('utf8') ?? '{}') as { cache?: unknown; nixBinDir?: unknown };
    return {
      ...(typeof c.cache === 'string' ? { cache: c.cache } : {}),
      ...(typeof c.nixBinDir === 'string' ? { nixBinDir: c.nixBinDir } : {}),
    };
  } catch {
    return {}; // a broken config.json is removed all the same
  }
}

export function readFacts(host: DeprovisionHost): DeprovisionFacts {
  const nixConf = host.readFile(LAYOUT.nixConf);
  const recordFile = host.readFile(NIX_CONF_RECORD);
  const record = recordFile && parseNixConfRecord(recordFile.bytes.toString('utf8'));
  return {
    root: host.isRoot(),
    present: new Set(CANDIDATES.filter((p) => host.exists(p))),
    ...(nixConf ? { nixConf } : {}),
    ...(record ? { record } : {}),
    etcLeftovers: (host.listDir(LAYOUT.etcDir) ?? []).filter((n) => TEMP_FILE.test(n)).map((n) => join(LAYOUT.etcDir, n)),
    queue: readQueueCount(host),
    systemd: host.systemdRunning(),
    config: readConfig(host),
  };
}

export type Step =
  | { kind: 'nix-conf'; change: Exclude<NixConfChange, { kind: 'none' }> }
  | { kind: 'remove'; path: string }
  | { kind: 'remove-if-empty'; path: string }
  | { kind: 'shred'; path: string }
  | { kind: 'restart-daemon'; nixBinDir?: string }
  | { kind: 'stop-unit' }
  | { kind: 'reload-systemd' }
  | { kind: 'stop-workers' }
  | { kind: 'state'; queue: QueuePolicy };

export interface Plan {
  steps: Step[];
  leaves: string[];
}

const removeIfPresent = (f: DeprovisionFacts, paths: string[]): Step[] =>
  paths.filter((p) => f.present.has(p)).map((path): Step => ({ kind: 'remove', path }));

/** nix.conf and the drop-in, then a daemon restart, so new builds stop calling our hook. */
function nixSteps(f: DeprovisionFacts): Step[] {
  const change = nixConfChange(f.nixConf, f.record, LAYOUT.dropIn);
  const steps: Step[] = change.kind === 'none' ? [] : [{ kind: 'nix-conf', change }];
  steps.push(...removeIfPresent(f, [LAYOUT.dropIn]));
  // The hook too: a rerun after a failed restart must restart again before it removes the hook.
  if (steps.length > 0 || f.present.has(LAYOUT.hook))
    steps.push({ kind: 'restart-daemon', ...(f.config.nixBinDir ? { nixBinDir: f.config.nixBinDir } : {}) });
  return steps;
}

function workerSteps(f: DeprovisionFacts): Step[] {
  const unit = f.present.has(WORKER_UNIT_FILE);
  const steps: Step[] = f.systemd && unit ? [{ kind: 'stop-unit' }] : [];
  // The hook's workers run beside the unit too (it starts one whenever the pid file names none alive).
  if (unit || f.present.has(LAYOUT.libDir)) steps.push({ kind: 'stop-workers' });
  steps.push(...removeIfPresent(f, [WORKER_UNIT_FILE, WORKER_UNIT_WANTS]));
  if (f.systemd && unit) steps.push({ kind: 'reload-systemd' });
  return steps;
}

function fileSteps(f: DeprovisionFacts): Step[] {
  const secrets = [LAYOUT.signingKey, LAYOUT.fixedOutputSigningKey, LAYOUT.credentials, NIX_CONF_RECORD].filter((p) => f.present.has(p));
  return [
    ...[...secrets, ...f.etcLeftovers].map((path): Step => ({ kind: 'shred', path })),
    ...removeIfPresent(f, [LAYOUT.hook, LAYOUT.config, LAYOUT.etcDir, LAYOUT.worker, LAYOUT.node, LAYOUT.libDir]),
  ];
}

function stateAndLogSteps(f: DeprovisionFacts, queue: QueuePolicy): Step[] {
  const steps: Step[] = f.present.has(LAYOUT.stateDir) ? [{ kind: 'state', queue }] : [];
  steps.push(...removeIfPresent(f, [LAYOUT.workerLog]));
  // The supervised nix-daemon's log may share the directory: it goes only when nothing else is in it.
  if (f.present.has(LAYOUT.logDir)) steps.push({ kind: 'remove-if-empty', path: LAYOUT.logDir });
  return steps;
}

function leaves(f: DeprovisionFacts): string[] {
  const out = [
    'Nix itself and its nix-daemon: provisioning may have installed them (install: distro → the nix-bin package, remove it with apt-get; install: official → /nix and the installer’s units, see the Nix manual’s uninstall steps)',
    'the nixbld group and users nixbld1…nixbld8, and /nix/store as root:nixbld mode 1775: provisioning creates or sets them when missing, and Nix needs them',
    `${dirname(LAYOUT.nixConf)}: Nix reads it (provisioning creates it when missing)`,
  ];
  if (f.config.cache) out.push(`the cache ${f.config.cache} and everything uploaded to it`);
  if (f.present.has(DAEMON_PID_FILE))
    out.push(`${DAEMON_PID_FILE} and ${DAEMON_LOG}: the nix-daemon provisioning started where no init system runs goes on under them`);
  return out;
}

/** The steps, in order, or a UserError when deprovisioning must not start: nothing is touched then. */
export function planDeprovision(f: DeprovisionFacts, queue: QueuePolicy): Plan {
  if (!f.root)
    throw new UserError(
      'deprovision must run as root (sudo nix-trusted-cache deprovision): it removes root-only files and restarts nix-daemon',
    );
  const refusal = queueRefusal(f.queue, queue);
  if (refusal) throw new UserError(refusal);
  return { steps: [...nixSteps(f), ...workerSteps(f), ...fileSteps(f), ...stateAndLogSteps(f, queue)], leaves: leaves(f) };
}

// ---- carrying the plan out -----------------------------------------------------------------------------------

function nixConfLine(change: Exclude<NixConfChange, { kind: 'none' }>): string {
  const conf = LAYOUT.nixConf;
  if (change.exact)
    return change.kind === 'remove'
      ? `removed ${conf} (provisioning created it)`
      : `restored ${conf} to its bytes from before provisioning`;
  if (change.kind === 'remove') return `removed ${conf} (it held nothing but our include line)`;
  return `removed the include line from ${conf}`;
}

/** What an inexact nix.conf undo leaves, said precisely (nixConfChange says why). */
function nixConfLeftover(f: DeprovisionFacts): string {
  const why = f.record
    ? 'it changed since provisioning wrote it'
    : 'there is no record of it from before provisioning (provisioned by an earlier release)';
  return `${LAYOUT.nixConf} otherwise as it is now, because ${why}: users --untrust-user removed from trusted-users stay removed, and a final newline, an earlier position of the include line or group/other write bits are not put back`;
}

function writeNixConf(step: Extract<Step, { kind: 'nix-conf' }>, host: DeprovisionHost, say: (l: string) => void): void {
  const c = step.change;
  if (c.kind === 'remove') host.remove(LAYOUT.nixConf);
  else host.writeFile(LAYOUT.nixConf, c.bytes, c.mode);
  say(nixConfLine(c));
  const trust = c.kind === 'write' && c.exact ? trustLines(c.bytes.toString('latin1')) : [];
  if (trust.length) say(`note: ${LAYOUT.nixConf}'s own ${trust.map((l) => JSON.stringify(l.text)).join(', ')} apply again`);
}

async function restartDaemon(nixBinDir: string | undefined, host: DeprovisionHost, say: (l: string) => void): Promise<void> {
  try {
    say(await host.restartNixDaemon(nixBinDir));
  } catch (err) {
    throw new UserError(
      `restarting nix-daemon failed (${errorMessage(err)}): it may still call the post-build-hook, which is still in place; fix the daemon and run deprovision again`,
    );
  }
}

/** The state directory: all of it, or (keeping the queue) all but the queue, failed entries and the ledger. */
function clearState(policy: QueuePolicy, host: DeprovisionHost, say: (l: string) => void, leaves: string[]): void {
  const count = readQueueCount(host); // again: builds may have enqueued until the daemon restarted
  const arrived = policy === 'refuse' && total(count) > 0;
  if (policy !== 'keep' && !arrived) {
    host.remove(LAYOUT.stateDir);
    const dropped = policy === 'drop' ? `, dropped ${describeQueue(count)} not uploaded` : '';
    say(`removed ${LAYOUT.stateDir} (the queue, failed entries, ledger and status${dropped})`);
    return;
  }
  for (const p of [LAYOUT.status, LAYOUT.workerPid].filter((p) => host.exists(p))) {
    host.remove(p);
    say(`removed ${p}`);
  }
  const why = arrived ? 'they arrived while deprovisioning; ' : '';
  leaves.push(
    `${describeQueue(count)} in ${LAYOUT.queueDir} and ${LAYOUT.failedDir}, and the ledger ${LAYOUT.ledger} (${why}provisioning again uploads them; deprovision --drop-queue discards them)`,
  );
}

async function runStep(step: Step, host: DeprovisionHost, say: (l: string) => void, leaves: string[]): Promise<void> {
  switch (step.kind) {
    case 'nix-conf':
      return writeNixConf(step, host, say);
    case 'restart-daemon':
      return restartDaemon(step.nixBinDir, host, say);
    case 'stop-unit':
      await host.stopWorkerUnit();
      return say(`stopped and disabled ${WORKER_UNIT}`);
    case 'reload-systemd':
      return host.reloadSystemd();
    case 'stop-workers': {
      const pids = await host.stopWorkerProcesses();
      return pids.length ? say(`stopped the upload worker (pid ${pids.join(', ')})`) : undefined;
    }
    case 'shred':
      // Zeros first: the bytes leave the disk blocks this file owns, not only its name (on a copy-on-write
      // or journalling file system old blocks may survive anyway; that needs a disk-level wipe).
      host.zeroFill(step.path);
      host.remove(step.path);
      return say(`removed ${step.path} (overwritten with zeros first)`);
    case 'remove':
      host.remove(step.path);
      return say(`removed ${step.path}`);
    case 'remove-if-empty':
      if (host.listDir(step.path)?.length !== 0) return;
      host.remove(step.path);
      return say(`removed ${step.path}`);
    case 'state':
      return clearState(step.queue, host, say, leaves);
  }
}

/** Deprovisions this machine (root); idempotent: a machine with nothing of ours gets "nothing to remove". */
export async function deprovision(host: DeprovisionHost, o: DeprovisionOptions): Promise<DeprovisionReport> {
  const facts = readFacts(host);
  const plan = planDeprovision(facts, o.queue);
  const did: string[] = [];
  const say = (line: string) => {
    did.push(line);
    o.say(line);
  };
  const leaves = [...plan.leaves];
  const inexact = plan.steps.some((s) => s.kind === 'nix-conf' && !s.change.exact);
  if (inexact) leaves.unshift(nixConfLeftover(facts));
  for (const step of plan.steps) await runStep(step, host, say, leaves);
  if (did.length === 0) say('nothing to remove: no nix-trusted-cache files here (never provisioned, or already deprovisioned)');
  return { did, leaves };
}
