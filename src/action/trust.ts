import * as core from '@actions/core';
import { resolveAuditUser, runAudit } from '../audit/audit.js';
import { applyPolicy, renderReportMarkdown } from '../audit/report.js';
import { UserError } from '../core/errors.js';
import type { RunnerConfig } from '../layout.js';
import type { ActionInputs } from './inputs.js';
import { saveTrustMarkdown } from './state.js';

/**
 * Every job: audit the trust boundary for the user the job runs as, report it (output, log, job summary via
 * state) and apply the `trust` policy. A job running as root is itself the finding, except in a provisioning
 * job (signing-key given), which is trusted by definition.
 */
export async function auditJob(inputs: ActionInputs, _config: RunnerConfig): Promise<void> {
  if (process.getuid?.() === 0 && !process.env.SUDO_USER) {
    const msg =
      'this job runs as root: any step, including pull-request code, can read the signing key. Run untrusted jobs as an unprivileged runner user.';
    core.setOutput('trust-report', JSON.stringify({ user: 'root', checks: [], verdict: inputs.signingKey ? 'warn' : 'fail' }));
    if (inputs.signingKey || inputs.trust === 'off') core.warning(msg);
    else throw new UserError(msg);
    return;
  }
  const user = await resolveAuditUser(process.getuid?.() === 0 ? process.env.SUDO_USER : undefined);
  const { report } = await runAudit(user);
  const result = applyPolicy(report, inputs.trust);
  core.setOutput('trust-report', JSON.stringify(report));
  const markdown = renderReportMarkdown(report, { trust: inputs.trust, result });
  saveTrustMarkdown(markdown);
  for (const c of report.checks) core.info(`${c.status.padEnd(4)} ${c.title}: ${c.seen}`);
  for (const w of result.warnings) core.warning(`trust audit: ${w}`);
  if (result.failStep) {
    throw new UserError(`trust audit failed (trust: ${inputs.trust}): ${result.reasons.join('; ')}. See the job summary for each fix.`);
  }
}
