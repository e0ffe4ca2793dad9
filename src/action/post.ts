import * as core from '@actions/core';
import { errorMessage } from '../core/errors.js';
import { LAYOUT } from '../layout.js';
import { drainState, pendingIsFloor } from './drain.js';
import { parseInputs, type ActionInputs } from './inputs.js';
import { ledgerSince, readLedgerSince, type LedgerLine } from '../worker/ledger.js';
import { readStatus } from '../worker/status-file.js';
import { formatBytes, renderSummary, scopeSentence, totalsOf, type JobTotals } from '../summary/summary.js';
import { otherRunnerJobs } from './other-jobs.js';
import { cursorMs, loadJobState, wasDeprovisioned } from './state.js';
import { collectStatus } from '../status/status.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits (bounded) until the worker has settled every entry enqueued since the cursor; returns what is left. */
async function drain(cursor: string, timeoutSeconds: number): Promise<{ pending: number; atLeast: boolean }> {
  const since = Date.now();
  let lastNote = 0;
  for (;;) {
    const now = Date.now();
    const status = readStatus(LAYOUT.status);
    const state = drainState(status, cursor, since, now);
    const atLeast = pendingIsFloor(status, cursor);
    if (state.done || now - since >= timeoutSeconds * 1000) return { pending: state.pending, atLeast };
    if (now - lastNote >= 10_000) {
      core.info(`waiting for ${atLeast ? 'at least ' : ''}${state.pending} upload(s) to settle (up to ${timeoutSeconds}s)…`);
      lastNote = now;
    }
    await sleep(250);
  }
}

/** The step's outputs and its one-line account in the log. */
function setOutputs(t: JobTotals, lines: readonly LedgerLine[]): void {
  core.setOutput('uploaded-count', t.uploaded);
  core.setOutput('skipped-count', t.skipped);
  core.setOutput('failed-count', t.failed);
  core.setOutput('refused-count', t.refused);
  core.setOutput('pending-count', t.pending);
  core.setOutput('uploaded-paths', t.uploadedPaths.join('\n'));
  core.setOutput('withheld-count', t.withheld);
  core.setOutput('withheld-paths', t.withheldPaths.join('\n'));
  core.setOutput('diverged-paths', t.divergedPaths.join('\n'));
  for (const l of lines) {
    if (l.witness?.outcome !== 'diverged') continue;
    core.warning(
      `${l.path} diverged from the witness ${l.witness.by}: ours ${l.witness.ours.narHash}, theirs ${l.witness.theirs.narHash} (${l.status})`,
    );
  }
  core.setOutput('uploaded-bytes', t.uploadedBytes);
  core.setOutput('nar-bytes', t.narBytes);
  core.info(
    `uploaded ${t.uploaded} (${formatBytes(t.narBytes)} NAR, ${formatBytes(t.uploadedBytes)} compressed), skipped ${t.skipped}, withheld ${t.withheld}, failed ${t.failed}, refused ${t.refused}, pending ${t.pending}`,
  );
}

/** Failures, refusals and what is still queued: warnings, or (on-upload-error: fail) errors and a failed step. */
function reportProblems(t: JobTotals, lines: readonly LedgerLine[], inputs: ActionInputs, otherJobs: number): void {
  for (const l of lines.filter((x) => x.status === 'failed' || x.status === 'refused')) {
    const msg = `${l.status}: ${l.path || l.drv}: ${l.reason ?? ''}`;
    if (inputs.onUploadError === 'fail') core.error(msg);
    else core.warning(msg);
  }
  if (t.pending > 0) {
    // Pending because slow, or because nothing drains the queue: the same judgement as `status`.
    const stuck = collectStatus(Date.now(), { queueOnly: true }).stuck;
    core.warning(
      stuck
        ? `${t.pending} build(s) still queued after ${inputs.drainTimeoutSeconds}s, and the upload queue is stuck: ${stuck}`
        : `${t.pending} build(s) still queued after ${inputs.drainTimeoutSeconds}s; the runner's worker keeps uploading them after the job`,
    );
  }
  if (inputs.onUploadError === 'fail' && t.failed + t.refused > 0) {
    // Whose builds they were cannot be told from the ledger: when other jobs ran here, say that they may be theirs.
    const whose =
      otherJobs > 0
        ? `; ${otherJobs} other runner job(s) ran on this machine meanwhile, and these may be theirs (the ledger names each derivation)`
        : '';
    core.setFailed(`${t.failed} upload(s) failed and ${t.refused} were refused (on-upload-error: fail)${whose}`);
  }
}

export async function runPost(): Promise<void> {
  if (wasDeprovisioned()) {
    core.info('nix-trusted-cache: the runner was deprovisioned; nothing to report');
    return;
  }
  const state = loadJobState();
  if (!state) {
    core.info('nix-trusted-cache: the main step did not finish; nothing to report');
    return;
  }
  const inputs = parseInputs((name) => core.getInput(name));
  const { pending, atLeast } = await core.group('Wait for uploads', () => drain(state.cursor, inputs.drainTimeoutSeconds));
  // Only the ledger written since the main step: the cost does not grow with the runner's history.
  const tail = readLedgerSince(LAYOUT.ledger, state.ledger);
  if (tail.rotatedPast)
    core.warning('the ledger was rotated twice while this job ran: outcomes settled early in the job may be missing from this report');
  core.info(`read ${formatBytes(tail.bytesRead)} of the ledger: what was written since this job started`);
  const lines = ledgerSince(tail.lines, state.cursor);
  const t = totalsOf(lines, pending);
  if (atLeast) core.info(`at least ${pending} of this job's builds are still queued (status.json lists the newest entries only)`);
  const scope = { fromMs: cursorMs(state), toMs: Date.now(), otherJobs: Math.max(state.otherJobs, otherRunnerJobs()) };
  core.info(scopeSentence(scope));
  setOutputs(t, lines);
  if (inputs.summary) {
    const { trustMarkdown } = state;
    await core.summary.addRaw(renderSummary(t, lines, { cache: state.cache, scope, ...(trustMarkdown ? { trustMarkdown } : {}) })).write();
  }
  reportProblems(t, lines, inputs, scope.otherJobs);
}

runPost().catch((err: unknown) => core.setFailed(errorMessage(err)));
