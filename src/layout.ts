/**
 * The runner file layout (docs/architecture.md, "File layout"): the audit and the docs name these paths. The
 * bench and the demo may move the whole tree under another root with NTC_ROOT, for root's processes only:
 * the audit, the post step and `status` run as the runner user, and a layout that user could point elsewhere
 * would let it hand them a fake runner to judge.
 */
import { join } from 'node:path';
import type { FixedOutputPolicy } from './worker/trust-class.js';

/** The layout's root: NTC_ROOT when root set it, else `/`. */
export function layoutRoot(env: NodeJS.ProcessEnv = process.env, uid = process.getuid?.()): string {
  return uid === 0 && env.NTC_ROOT ? env.NTC_ROOT : '/';
}

const root = layoutRoot();
const at = (p: string) => join(root, p);

export const LAYOUT = {
  nixConf: at('etc/nix/nix.conf'),
  dropIn: at('etc/nix/nix-trusted-cache.conf'),
  etcDir: at('etc/nix-trusted-cache'),
  signingKey: at('etc/nix-trusted-cache/signing-key'),
  fixedOutputSigningKey: at('etc/nix-trusted-cache/fixed-output-signing-key'),
  credentials: at('etc/nix-trusted-cache/credentials'),
  config: at('etc/nix-trusted-cache/config.json'),
  hook: at('etc/nix-trusted-cache/post-build-hook'),
  libDir: at('usr/local/lib/nix-trusted-cache'),
  worker: at('usr/local/lib/nix-trusted-cache/cli.js'),
  node: at('usr/local/lib/nix-trusted-cache/node'),
  stateDir: at('var/lib/nix-trusted-cache'),
  queueDir: at('var/lib/nix-trusted-cache/queue'),
  failedDir: at('var/lib/nix-trusted-cache/failed'),
  ledger: at('var/lib/nix-trusted-cache/ledger.jsonl'),
  status: at('var/lib/nix-trusted-cache/status.json'),
  // in the root-only queue directory: no other user can open the lock, so none can hold it (flock needs a fd)
  workerLock: at('var/lib/nix-trusted-cache/queue/.worker.lock'),
  workerPid: at('var/lib/nix-trusted-cache/worker.pid'),
  workerLog: at('var/log/nix-trusted-cache/worker.log'),
  logDir: at('var/log/nix-trusted-cache'),
} as const;

/** config.json (0644, no secrets): what the worker needs besides the key and credentials. */
export interface RunnerConfig {
  version?: string; // the release that provisioned (absent: a release before version stamps)
  bundleSha256?: string; // sha256 of the installed worker bundle: which build exactly
  cache: string; // cache URL (s3://… or file://…)
  substituter: string;
  publicKey: string;
  compression: 'zstd' | 'xz' | 'br' | 'none';
  uploadConcurrency: number;
  maxAttempts: number; // tries per entry before it is recorded as failed
  nixBinDir: string; // where nix, nix-store live (the hook's PATH is minimal)
  retryBaseMs?: number; // backoff unit; tests shorten it
  ledgerRotateBytes?: number; // rotate the ledger at this size (default 64 MiB); tests shrink it
  fixedOutput?: FixedOutputPolicy; // absent (configs of earlier releases): withhold
  fixedOutputPublicKey?: string; // with fixedOutput: separate-key
  witnessCaches?: string[]; // "URL PUBLIC-KEY" each (src/worker/witness.ts)
  onDivergence?: 'warn' | 'withhold'; // absent: warn
  previousPublicKeys?: string[]; // keys this cache was signed with before a rotation, still trusted here
}
