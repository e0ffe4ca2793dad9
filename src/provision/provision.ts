import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatCredentials } from '../cache/credentials.js';
import type { S3Credentials } from '../cache/s3.js';
import { parseCacheUrl, substituterFor } from '../cache/url.js';
import { errorMessage, UserError } from '../core/errors.js';
import { formatPublicKey, formatSecretKey, parsePublicKey, parseSecretKey, publicKeyOf, type SecretKey } from '../core/keys.js';
import type { Compression } from '../core/narinfo.js';
import { LAYOUT, type RunnerConfig } from '../layout.js';
import { ownBundle, VERSION } from '../build-info.js';
import { sha256Hex } from '../core/hash.js';
import { renderHookScript } from '../worker/hook-script.js';
import type { FixedOutputPolicy } from '../worker/trust-class.js';
import { parseWitness } from '../worker/witness.js';
import { NIX_CONF_RECORD, nixConfRecord, parseNixConfRecord } from './deprovision.js';
import { ensureDir, removeFile, writeRootFile } from './files.js';
import { detectNix, ensureBuildUsers, installDistro, installOfficial, type InstallMode, type OfficialInstall } from './install.js';
import { cacheDirProblem, lstatFacts } from './cache-dir.js';
import { renderDropIn, trustLines, trustSettingIn, withInclude, withoutTrustedUser } from './nix-conf.js';
import { ensureNixDaemon, ensureWorker, renderWorkerUnit, systemdRunning, WORKER_UNIT } from './services.js';

export interface ProvisionOptions {
  cache: string;
  substituter?: string;
  signingKey: SecretKey;
  credentials?: S3Credentials;
  install: InstallMode;
  official?: OfficialInstall;
  compression: Compression;
  uploadConcurrency: number;
  maxAttempts: number;
  extraSubstituters: string[];
  extraTrustedPublicKeys: string[];
  extraConf: string;
  /** Users to remove from trusted-users (the runner user). */
  untrustUsers: string[];
  retryBaseMs?: number;
  /** Fixed-output outputs: withhold (default), sign with fixedOutputSigningKey, or sign with the main key. */
  fixedOutput?: FixedOutputPolicy;
  fixedOutputSigningKey?: SecretKey;
  /** Witness caches, "URL PUBLIC-KEY" each, and what a divergence from one does. */
  witnessCaches?: string[];
  onDivergence?: 'warn' | 'withhold';
  /** Public keys the cache was signed with before a key rotation: still trusted, and listed for consumers. */
  previousPublicKeys?: string[];
  log: (line: string) => void;
  /** What the operator should act on (a key rotation that breaks consumers); default: log. */
  warn?: (line: string) => void;
}

export interface ProvisionReport {
  publicKey: string;
  substituter: string;
  changed: string[]; // files written or directories fixed
  installed: 'kept' | 'distro' | 'official';
  daemonPid?: number;
  daemonRestarted: boolean;
  untrusted: string[]; // users removed from trusted-users
  fixedOutput: FixedOutputPolicy;
  fixedOutputPublicKey?: string; // with fixedOutput: separate-key: what consumers who accept fetches trust
  previousPublicKeys: string[]; // what consumers keep trusting beside publicKey until the cache is re-signed
}

async function installNix(o: ProvisionOptions): Promise<{ binDir: string; installed: ProvisionReport['installed'] }> {
  const state = detectNix();
  if (state.kind === 'single-user') {
    throw new UserError(
      `Nix here is single-user (/nix/store is owned by uid ${state.owner}): any build step can write the store and read a key, so this action cannot protect the signing key. Reinstall Nix multi-user (install: official) or use a fresh runner.`,
    );
  }
  if (state.kind === 'multi-user') {
    await ensureBuildUsers();
    return { binDir: state.binDir, installed: 'kept' };
  }
  const mode = o.install === 'auto' ? (existsSync('/etc/debian_version') ? 'distro' : 'official') : o.install;
  if (mode === 'skip')
    throw new UserError('Nix is not installed and install is "skip": install multi-user Nix first, or set install to auto');
  if (mode === 'distro') await installDistro(o.log);
  else {
    if (!o.official) throw new UserError('install: official needs nix-installer-url and nix-installer-sha256');
    await installOfficial(o.official, o.log);
    await ensureBuildUsers();
  }
  const after = detectNix();
  if (after.kind !== 'multi-user') throw new UserError(`Nix was installed (${mode}) but no multi-user setup was found afterwards`);
  return { binDir: after.binDir, installed: mode };
}

function readOr(path: string, dflt: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return dflt;
  }
}

/** The previous keys, each a well-formed public key, without the current one (a rotation back is no rotation). */
function checkedPreviousKeys(keys: string[], current: string): string[] {
  for (const k of keys) {
    try {
      parsePublicKey(k);
    } catch (err) {
      throw new UserError(`previous-public-keys: ${errorMessage(err)}`);
    }
  }
  return [...new Set(keys)].filter((k) => k !== current);
}

/**
 * A new key over an installed one is a rotation: what the cache holds was signed by the old key, and a
 * consumer that trusts only the new one rebuilds it all. Say what to do, unless the old key is kept.
 */
function noteRotation(publicKey: string, previous: string[], log: (line: string) => void): void {
  let installed: string;
  try {
    installed = formatPublicKey(publicKeyOf(parseSecretKey(readFileSync(LAYOUT.signingKey, 'utf8').trim())));
  } catch {
    return; // no key yet (a first provisioning), or one we cannot read: nothing to compare
  }
  if (installed === publicKey || previous.includes(installed)) return;
  log(
    `the signing key changes from ${installed} to ${publicKey}: consumers that trust only the new key will not substitute what the old one signed; keep ${installed} in previous-public-keys (and in consumers' trusted-public-keys) until the cache is re-signed (nix-trusted-cache re-sign)`,
  );
}

/**
 * What nix.conf was before we first touched it, so deprovision puts it back byte for byte (deprovision.ts).
 * 0600: nix.conf may hold access tokens.
 */
function recordNixConf(written: string): void {
  const before = existsSync(LAYOUT.nixConf)
    ? { bytes: readFileSync(LAYOUT.nixConf), mode: statSync(LAYOUT.nixConf).mode & 0o7777 }
    : undefined;
  const record = nixConfRecord(parseNixConfRecord(readOr(NIX_CONF_RECORD, '')), before, Buffer.from(written), LAYOUT.dropIn);
  writeRootFile(NIX_CONF_RECORD, JSON.stringify(record) + '\n', 0o600);
}

/** What provisioning derives from its options before it touches anything; every bad option refused here. */
interface Plan {
  loc: ReturnType<typeof parseCacheUrl>;
  publicKey: string;
  substituter: string;
  fixedOutput: FixedOutputPolicy;
  fixedOutputPublicKey?: string;
}

function plan(o: ProvisionOptions): Plan {
  if (process.getuid?.() !== 0)
    throw new UserError('provision must run as root (or through sudo -n): it writes /etc/nix and the root-only key');
  const loc = parseCacheUrl(o.cache);
  const publicKey = formatPublicKey(publicKeyOf(o.signingKey));
  const trustInExtra = trustSettingIn(o.extraConf);
  if (trustInExtra)
    throw new UserError(
      `extra-conf sets who the daemon trusts (${JSON.stringify(trustInExtra)}): a trusted user can pass --option post-build-hook and get root; only trusted-users = root is allowed (put admins in sudo, not in Nix's trusted-users)`,
    );
  const fixedOutput = o.fixedOutput ?? 'withhold';
  if (fixedOutput === 'separate-key' && !o.fixedOutputSigningKey)
    throw new UserError('fixed-output: separate-key needs fixed-output-signing-key (a key of its own: nix-trusted-cache keygen NAME)');
  if (o.fixedOutputSigningKey && formatPublicKey(publicKeyOf(o.fixedOutputSigningKey)) === publicKey)
    throw new UserError('fixed-output-signing-key is the main signing key: give fetches a key of their own, or use fixed-output: sign');
  for (const w of o.witnessCaches ?? []) {
    try {
      parseWitness(w);
    } catch (err) {
      throw new UserError(errorMessage(err));
    }
  }
  if (loc.kind === 'file') {
    const problem = cacheDirProblem(loc.dir, lstatFacts);
    if (problem)
      throw new UserError(
        `the file:// cache ${loc.dir} is not safe for root to write: ${problem}; make it and the directories above it root's and writable only by root, or choose another directory`,
      );
  }
  const p: Plan = { loc, publicKey, substituter: o.substituter || substituterFor(loc), fixedOutput };
  if (fixedOutput === 'separate-key' && o.fixedOutputSigningKey)
    p.fixedOutputPublicKey = formatPublicKey(publicKeyOf(o.fixedOutputSigningKey));
  return p;
}

type Note = (did: boolean, what: string) => void;

function ensureLayoutDirs(p: Plan, note: Note): void {
  for (const [dir, mode] of [
    [dirname(LAYOUT.nixConf), 0o755], // a distribution's Nix may ship no /etc/nix at all
    [LAYOUT.etcDir, 0o755],
    [LAYOUT.libDir, 0o755],
    [LAYOUT.stateDir, 0o755],
    [LAYOUT.queueDir, 0o700],
    [LAYOUT.failedDir, 0o700],
    [LAYOUT.logDir, 0o755],
    ...(p.loc.kind === 'file' ? [[p.loc.dir, 0o755] as const] : []),
  ] as const) {
    note(ensureDir(dir, mode), dir);
  }
}

/** The keys and credentials: created 0400 from the first byte, replaced atomically (rotation). True when any changed. */
function writeSecrets(o: ProvisionOptions, p: Plan, note: Note): boolean {
  const keyChanged = writeRootFile(LAYOUT.signingKey, formatSecretKey(o.signingKey) + '\n', 0o400);
  note(keyChanged, LAYOUT.signingKey);
  // Without credentials the worker uses the machine's default chain: a file from an earlier run must go.
  const credsChanged = o.credentials
    ? writeRootFile(LAYOUT.credentials, formatCredentials(o.credentials), 0o400)
    : removeFile(LAYOUT.credentials);
  note(credsChanged, LAYOUT.credentials);
  // The fixed-output key exists only while the policy uses it: a key nobody needs is a key to leak.
  const foKeyChanged =
    p.fixedOutput === 'separate-key' && o.fixedOutputSigningKey
      ? writeRootFile(LAYOUT.fixedOutputSigningKey, formatSecretKey(o.fixedOutputSigningKey) + '\n', 0o400)
      : removeFile(LAYOUT.fixedOutputSigningKey);
  note(foKeyChanged, LAYOUT.fixedOutputSigningKey);
  return keyChanged || credsChanged || foKeyChanged;
}

/** config.json (0644, no secrets): what the worker needs besides the key, and the release stamp. */
function writeConfig(o: ProvisionOptions, p: Plan, binDir: string, bundle: Buffer, previousPublicKeys: string[], note: Note): boolean {
  const config: RunnerConfig = {
    version: VERSION, // what status and the audit compare with the action that runs them
    bundleSha256: sha256Hex(bundle),
    cache: o.cache,
    substituter: p.substituter,
    publicKey: p.publicKey,
    compression: o.compression,
    uploadConcurrency: o.uploadConcurrency,
    maxAttempts: o.maxAttempts,
    nixBinDir: binDir,
  };
  if (o.retryBaseMs) config.retryBaseMs = o.retryBaseMs;
  config.fixedOutput = p.fixedOutput;
  if (o.witnessCaches?.length) config.witnessCaches = o.witnessCaches;
  config.onDivergence = o.onDivergence ?? 'warn';
  if (p.fixedOutputPublicKey) config.fixedOutputPublicKey = p.fixedOutputPublicKey;
  if (previousPublicKeys.length) config.previousPublicKeys = previousPublicKeys;
  const changed = writeRootFile(LAYOUT.config, JSON.stringify(config, null, 2) + '\n', 0o644);
  note(changed, LAYOUT.config);
  return changed;
}

/** The worker bundle, its own root-owned node, the hook, the ledger and the unit. True when the code changed. */
function installCode(bundle: Buffer, note: Note): boolean {
  // The worker runs with its own root-owned node: the runner's node is writable by the runner user.
  const nodeChanged = writeRootFile(LAYOUT.node, readFileSync(process.execPath), 0o755);
  const codeChanged = writeRootFile(LAYOUT.worker, bundle, 0o644) || nodeChanged;
  note(codeChanged, LAYOUT.libDir);
  note(writeRootFile(LAYOUT.hook, renderHookScript(LAYOUT), 0o755), LAYOUT.hook); // the layout names every path the hook needs
  if (!existsSync(LAYOUT.ledger)) note(writeRootFile(LAYOUT.ledger, '', 0o644), LAYOUT.ledger);
  if (!existsSync(LAYOUT.workerLog)) writeRootFile(LAYOUT.workerLog, '', 0o644);
  if (systemdRunning()) note(writeRootFile(`/etc/systemd/system/${WORKER_UNIT}`, renderWorkerUnit(), 0o644), WORKER_UNIT);
  return codeChanged;
}

/** nix.conf: our drop-in, one include line (last), and no runner user in trusted-users. */
function writeNixConf(o: ProvisionOptions, p: Plan, previousPublicKeys: string[], note: Note): { changed: boolean; untrusted: string[] } {
  const dropIn = renderDropIn({
    substituter: p.substituter,
    publicKey: p.publicKey,
    hookPath: LAYOUT.hook,
    extraSubstituters: o.extraSubstituters,
    extraTrustedPublicKeys: [...previousPublicKeys, ...o.extraTrustedPublicKeys],
    extraConf: o.extraConf,
  });
  let changed = writeRootFile(LAYOUT.dropIn, dropIn, 0o644);
  const before = readOr(LAYOUT.nixConf, '');
  // Every earlier trusted-users line is overridden by the drop-in, included last: say which, so nobody
  // relies on a group or `*` that no longer applies.
  for (const l of trustLines(before))
    o.log(`${LAYOUT.nixConf}:${l.line}: ${l.text} is overridden by ${LAYOUT.dropIn} (trusted-users = root, included last)`);
  let conf = withInclude(before, LAYOUT.dropIn);
  const untrusted: string[] = [];
  for (const user of o.untrustUsers) {
    const r = withoutTrustedUser(conf, user);
    if (r.changed) {
      untrusted.push(user);
      o.log(`removed ${user} from trusted-users in ${LAYOUT.nixConf}: a trusted runner user could bypass the hook and sign`);
    }
    conf = r.text;
  }
  const mode = existsSync(LAYOUT.nixConf) ? statSync(LAYOUT.nixConf).mode & 0o7777 & ~0o022 : 0o644;
  recordNixConf(conf);
  changed = writeRootFile(LAYOUT.nixConf, conf, mode || 0o644) || changed;
  note(changed, 'nix.conf');
  return { changed, untrusted };
}

/** Provisions this machine (root): Nix, configuration, key, credentials, hook, worker; idempotent. */
export async function provision(o: ProvisionOptions): Promise<ProvisionReport> {
  const p = plan(o);
  const { binDir, installed } = await installNix(o);
  const changed: string[] = [];
  const note: Note = (did, what) => void (did && changed.push(what));
  ensureLayoutDirs(p, note);
  const previousPublicKeys = checkedPreviousKeys(o.previousPublicKeys ?? [], p.publicKey);
  noteRotation(p.publicKey, previousPublicKeys, o.warn ?? o.log);
  const secretsChanged = writeSecrets(o, p, note);
  const bundle = readFileSync(ownBundle());
  const configChanged = writeConfig(o, p, binDir, bundle, previousPublicKeys, note);
  const codeChanged = installCode(bundle, note);
  const nixConf = writeNixConf(o, p, previousPublicKeys, note);

  const daemon = await ensureNixDaemon(binDir, nixConf.changed, o.log);
  await ensureWorker(secretsChanged || configChanged || codeChanged);
  const report: ProvisionReport = {
    publicKey: p.publicKey,
    substituter: p.substituter,
    changed,
    installed,
    daemonRestarted: daemon.restarted,
    untrusted: nixConf.untrusted,
    fixedOutput: p.fixedOutput,
    previousPublicKeys,
  };
  if (p.fixedOutputPublicKey) report.fixedOutputPublicKey = p.fixedOutputPublicKey;
  if (daemon.pid) report.daemonPid = daemon.pid;
  return report;
}
