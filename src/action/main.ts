import * as core from '@actions/core';
import { spawnSync } from 'node:child_process';
import { userInfo } from 'node:os';
import { fileURLToPath } from 'node:url';
import { readRunnerConfig } from '../cli/worker.js';
import { errorMessage, UserError } from '../core/errors.js';
import { formatSecretKey } from '../core/keys.js';
import { detectNix } from '../provision/install.js';
import { provision } from '../provision/provision.js';
import { requestToArgv, type ProvisionRequest } from '../provision/request.js';
import { fetchInstallerInto, restoreInstaller, saveInstaller } from './installer-cache.js';
import { jobCursor } from '../worker/entry.js';
import { ledgerPosition } from '../worker/ledger.js';
import { LAYOUT } from '../layout.js';
import { parseInputs, type ActionInputs, type DeprovisionMode } from './inputs.js';
import { otherRunnerJobs } from './other-jobs.js';
import { markDeprovisioned, saveJobState } from './state.js';
import { deprovisionCommand } from '../cli/deprovision.js';
import { auditJob } from './trust.js';

/** Masks every secret input and what is derived from it, before anything could print it. */
function maskSecrets(): void {
  for (const name of ['signing-key', 'fixed-output-signing-key', 'aws-secret-access-key', 'aws-session-token']) {
    const v = core.getInput(name).trim();
    if (!v) continue;
    core.setSecret(v);
    const colon = v.indexOf(':');
    if (colon > 0) core.setSecret(v.slice(colon + 1)); // the base64 part alone
  }
}

/** What the inputs ask provisioning to do (all but the secrets), for either way it runs. */
function requestOf(inputs: ActionInputs, installerDir: string | undefined): ProvisionRequest {
  const r: ProvisionRequest = {
    cache: inputs.cache!,
    install: inputs.install,
    compression: inputs.compression,
    uploadConcurrency: inputs.uploadConcurrency,
    maxAttempts: 10,
    extraSubstituters: inputs.extraSubstituters,
    extraTrustedPublicKeys: inputs.extraTrustedPublicKeys,
    previousPublicKeys: inputs.previousPublicKeys,
    extraConf: inputs.extraConf,
    // The user who runs the jobs must not be trusted by the daemon: through sudo, the one asking.
    untrustUsers: process.getuid?.() === 0 ? (process.env.SUDO_USER ? [process.env.SUDO_USER] : []) : [userInfo().username],
    fixedOutput: inputs.fixedOutput,
    witnessCaches: inputs.witnessCaches,
    onDivergence: inputs.onDivergence,
  };
  if (inputs.substituter) r.substituter = inputs.substituter;
  if (inputs.nixInstallerUrl)
    r.official = { url: inputs.nixInstallerUrl, sha256: inputs.nixInstallerSha256, ...(installerDir ? { cacheDir: installerDir } : {}) };
  return r;
}

/** Provisioning needs root: in-process when we are root, else through `sudo -n` with secrets on stdin. */
async function provisionRunner(inputs: ActionInputs): Promise<void> {
  // Only a machine without Nix downloads the installer; only then is the Actions cache worth asking. Never as
  // root: @actions/cache extracts an archive (absolute paths) before anything in it can be checked, and a
  // pull request's job can write cache entries. As the runner user it can do no more than that user can;
  // provisioning then takes the kept tarball only if its sha256 matches, reading it without following links.
  const needsInstaller =
    inputs.nixInstallerUrl &&
    inputs.install !== 'skip' &&
    inputs.install !== 'distro' &&
    detectNix().kind === 'absent' &&
    process.getuid?.() !== 0;
  const installer = needsInstaller ? await restoreInstaller(inputs.nixInstallerSha256) : undefined;
  if (installer && !installer.hit) await fetchInstallerInto(installer.dir, inputs.nixInstallerUrl, inputs.nixInstallerSha256);
  try {
    const request = requestOf(inputs, installer?.dir);
    if (process.getuid?.() === 0) await provisionInProcess(inputs, request);
    else provisionThroughSudo(inputs, request);
  } finally {
    if (installer && !installer.hit) await saveInstaller(installer.dir, inputs.nixInstallerSha256);
  }
}

async function provisionInProcess(inputs: ActionInputs, request: ProvisionRequest): Promise<void> {
  const report = await provision({
    ...request,
    ...(inputs.credentials ? { credentials: inputs.credentials } : {}),
    ...(inputs.fixedOutputSigningKey ? { fixedOutputSigningKey: inputs.fixedOutputSigningKey } : {}),
    signingKey: inputs.signingKey!,
    log: (l) => core.info(l),
    warn: (l) => core.warning(l),
  });
  core.info(report.changed.length ? `provisioned: changed ${report.changed.join(', ')}` : 'provisioned: everything was already in place');
}

/** The CLI's provision as root through `sudo -n`: the request as flags (requestToArgv), the secrets on stdin. */
function provisionThroughSudo(inputs: ActionInputs, request: ProvisionRequest): void {
  if (spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status !== 0) {
    throw new UserError(
      'provisioning needs root: run the runner as root for this step, give the runner user passwordless sudo for it, or provision at runner bootstrap with `nix-trusted-cache provision`',
    );
  }
  const cli = fileURLToPath(new URL('./cli.js', import.meta.url));
  const args = ['-n', process.execPath, cli, 'provision', ...requestToArgv(request), '--secrets-stdin'];
  const secrets = JSON.stringify({
    signingKey: formatSecretKey(inputs.signingKey!),
    ...(inputs.credentials ? { credentials: inputs.credentials } : {}),
    ...(inputs.fixedOutputSigningKey ? { fixedOutputSigningKey: formatSecretKey(inputs.fixedOutputSigningKey) } : {}),
  });
  const r = spawnSync('sudo', args, { input: secrets, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
  if (r.stdout) core.info(r.stdout.trim());
  // provisioning's notes and warnings (a key rotation) reach the job log as such
  if (r.status === 0)
    for (const l of r.stderr.split('\n').filter(Boolean)) {
      if (l.startsWith('warning: ')) core.warning(l.slice('warning: '.length));
      else core.info(l);
    }
  if (r.status !== 0) throw new UserError(r.stderr.trim().split('\n').pop() || `provision through sudo failed (exit ${r.status})`);
}

/** Undoes provisioning (deprovision mode): in-process as root, else through `sudo -n`, like provisioning. */
async function deprovisionRunner(mode: Exclude<DeprovisionMode, 'false'>): Promise<void> {
  const flags = mode === 'true' ? [] : [`--${mode}`];
  if (process.getuid?.() === 0) {
    if ((await deprovisionCommand(flags)) !== 0) throw new UserError('deprovision failed; see the lines above');
    return;
  }
  const cli = fileURLToPath(new URL('./cli.js', import.meta.url));
  const r = spawnSync('sudo', ['-n', process.execPath, cli, 'deprovision', ...flags], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (r.stdout) core.info(r.stdout.trim());
  if (r.status !== 0) throw new UserError(r.stderr.trim().split('\n').pop() || `deprovision through sudo failed (exit ${r.status})`);
}

export async function runMain(): Promise<void> {
  maskSecrets();
  const inputs = parseInputs((name) => core.getInput(name));
  if (inputs.deprovision !== 'false') {
    const mode = inputs.deprovision;
    await core.group('Deprovision the runner', () => deprovisionRunner(mode));
    markDeprovisioned();
    return;
  }
  if (inputs.signingKey) await core.group('Provision the runner (Nix, nix.conf, key, hook, worker)', () => provisionRunner(inputs));
  const config = readRunnerConfig();
  core.setOutput('public-key', config.publicKey);
  core.setOutput('substituter', config.substituter);
  core.setOutput('fixed-output-public-key', config.fixedOutputPublicKey ?? '');
  core.setOutput('previous-public-keys', (config.previousPublicKeys ?? []).join(' '));
  if (inputs.cache && inputs.cache !== config.cache) {
    core.warning(
      `input cache ${inputs.cache} differs from the provisioned cache ${config.cache}; the worker uploads to the provisioned one (give signing-key to reprovision)`,
    );
  }
  await core.group('Audit the trust boundary', () => auditJob(inputs, config));
  // The post step reports what the worker settles for entries from now on, reading the ledger from where it
  // ends now (taken before the cursor: a line written in between is read, then filtered by the cursor).
  const ledger = ledgerPosition(LAYOUT.ledger);
  // otherJobs: the post step says whose builds it may count
  saveJobState({ cursor: jobCursor(), cache: config.cache, otherJobs: otherRunnerJobs(), ...(ledger ? { ledger } : {}) });
  core.info(
    `builds in this job are uploaded to ${config.cache} by the runner's root worker; consumers read ${config.substituter} with ${config.publicKey}`,
  );
}

runMain().catch((err: unknown) => {
  core.setFailed(errorMessage(err));
});
