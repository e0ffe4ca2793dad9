import { existsSync, readFileSync } from 'node:fs';
import { readCredentialsFile } from '../cache/credentials.js';
import { openCache } from '../cache/open.js';
import { parseCacheUrl } from '../cache/url.js';
import { UserError } from '../core/errors.js';
import { readSecretKeyFile } from '../core/key-file.js';
import { LAYOUT, type RunnerConfig } from '../layout.js';
import { LocalStore } from '../nix/store-db.js';
import { defaultEncoder } from '../push/encoder.js';
import { QueueDir } from '../worker/queue.js';
import { removeOwnWorkerPid, writeWorkerPid } from '../worker/worker-pid.js';
import { fetchWitnessNarInfo } from '../worker/witness-fetch.js';
import { parseWitness } from '../worker/witness.js';
import { runWorker, type WorkerOptions } from '../worker/worker.js';
import { parseCommandArgs, positiveInt } from './args.js';
import { parsePublicKey } from '../core/keys.js';
import { processAlive } from '../core/process.js';
import { abortOpenUploads } from '../cache/s3-multipart.js';

export function readRunnerConfig(file = LAYOUT.config): RunnerConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UserError(`${file} is missing: this runner is not provisioned (run nix-trusted-cache provision as root)`);
  }
  try {
    return JSON.parse(text) as RunnerConfig;
  } catch {
    throw new UserError(`${file} is not valid JSON: provision again to rewrite it`);
  }
}

/** A line of the worker's log (stdout: the hook and the unit send it to worker.log). */
const workerLog = (line: string): void => void process.stdout.write(`${new Date().toISOString()} worker[${process.pid}]: ${line}\n`);

/** How long a stopping worker lets its uploads in flight finish (deprovision and provisioning wait 5 s). */
const GRACE_MS = 3000;

/**
 * The first SIGTERM or SIGINT: start no more entries, let those in flight settle for up to GRACE_MS, then stop.
 * A second signal, or the grace running out, stops at once. Nothing is lost either way: an entry leaves the
 * queue only once its outcome is in the ledger; what was cut off is redone by the next worker.
 */
function stopGracefully(stopping: AbortController, log: (line: string) => void): void {
  if (stopping.signal.aborted) return void exitNow('stopped at once (a second signal)');
  log(`stopping: the uploads in flight get ${GRACE_MS / 1000} s to settle; queued entries wait for the next worker`);
  stopping.abort();
  setTimeout(() => void exitNow('stopped: the grace ran out; what was in flight is redone by the next worker'), GRACE_MS).unref();
}

/** Ends the process: open S3 multipart uploads aborted (at most a second), the pid file removed. */
async function exitNow(why: string): Promise<never> {
  const late = new Promise<undefined>((r) => setTimeout(() => r(undefined), 1000).unref());
  const r = await Promise.race([abortOpenUploads(), late]);
  const said = !r
    ? '; S3 did not answer the aborts of unfinished uploads within a second'
    : [
        r.aborted > 0 ? `; ${r.aborted} unfinished S3 upload(s) aborted` : '',
        r.refused.length > 0 ? `; S3 refused to abort ${r.refused.join('; ')} (a lifecycle rule on the bucket ends such uploads)` : '',
      ].join('');
  workerLog(`${why}${said}`);
  removeOwnWorkerPid(LAYOUT.workerPid);
  process.exit(0);
}

/** `worker`: the root upload worker (started by the hook or a systemd unit). */
export async function workerCommand(args: string[]): Promise<number> {
  const { values } = parseCommandArgs('worker', args, { 'idle-exit': { type: 'string' } });
  if (process.getuid?.() !== 0) throw new UserError('the worker runs as root (it reads the root-only signing key)');
  const idleExitSeconds = values['idle-exit'] === '0' ? 0 : positiveInt('--idle-exit', values['idle-exit'], 600);
  const config = readRunnerConfig();
  const key = await readSecretKeyFile(LAYOUT.signingKey);
  const fixedOutput = config.fixedOutput ?? 'withhold';
  const trust: WorkerOptions['trust'] = {
    fixedOutput,
    witnesses: (config.witnessCaches ?? []).map(parseWitness),
    onDivergence: config.onDivergence ?? 'warn',
    fetchNarInfo: fetchWitnessNarInfo,
  };
  if (fixedOutput === 'separate-key' && existsSync(LAYOUT.fixedOutputSigningKey))
    trust.fixedOutputKey = await readSecretKeyFile(LAYOUT.fixedOutputSigningKey);
  const credentials = existsSync(LAYOUT.credentials) ? await readCredentialsFile(LAYOUT.credentials) : undefined;
  const cache = await openCache(parseCacheUrl(config.cache), credentials);

  const store = new LocalStore();
  const nar = (p: string, size: number, chunk?: number) => store.nar(p, size, chunk);
  const log = workerLog;
  writeWorkerPid(LAYOUT.workerPid);
  const stopping = new AbortController();
  process.on('SIGTERM', () => stopGracefully(stopping, log));
  process.on('SIGINT', () => stopGracefully(stopping, log));
  // What a worker killed without a word (SIGKILL, OOM, power) left half-written in a file:// cache.
  const swept = await cache.sweepTemporaries?.(processAlive);
  if (swept) log(`removed ${swept} temporary file(s) that a stopped worker left in the cache`);
  log(
    `started: cache ${cache.describe}, compression ${config.compression}, concurrency ${config.uploadConcurrency}, fixed-output ${fixedOutput}`,
  );
  try {
    const opts = {
      queue: new QueueDir(LAYOUT.queueDir, LAYOUT.failedDir),
      ledgerFile: LAYOUT.ledger,
      statusFile: LAYOUT.status,
      upload: {
        cache,
        key,
        compression: config.compression,
        dump: nar,
        encoder: defaultEncoder(nar, config.uploadConcurrency),
        stillValid: (p: string) => store.pathInfo(p) !== undefined,
        // paths signed before a rotation get our signature, not a second upload (upload-path.ts)
        previousKeys: (config.previousPublicKeys ?? []).map(parsePublicKey),
      },
      store,
      trust,
      concurrency: config.uploadConcurrency,
      maxAttempts: config.maxAttempts,
      idleExitMs: idleExitSeconds * 1000,
      log,
      ...(config.retryBaseMs ? { retryBaseMs: config.retryBaseMs } : {}),
      ...(config.ledgerRotateBytes ? { ledgerRotateBytes: config.ledgerRotateBytes } : {}),
      stop: stopping.signal,
    };
    const queue = opts.queue;
    for (;;) {
      await runWorker(opts);
      if (stopping.signal.aborted) return exitNow('stopped: the uploads in flight have settled');
      // Idle exit without losing an entry: drop the pid file first, so a hook from now on starts a new worker
      // (it waits for our lock with flock -w), then look once more for an entry a hook wrote meanwhile.
      removeOwnWorkerPid(LAYOUT.workerPid);
      queue.adoptIncoming();
      if (queue.ids().length === 0) break;
      writeWorkerPid(LAYOUT.workerPid);
    }
    log('queue empty; exiting (the next build starts a new worker)');
  } finally {
    removeOwnWorkerPid(LAYOUT.workerPid);
  }
  return 0;
}
