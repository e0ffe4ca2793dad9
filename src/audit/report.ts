/**
 * The trust report, pure: the verdict over the checks, the `trust` policy (strict | warn | off) that decides
 * whether the step fails, and renderings for the job summary (Markdown) and the CLI (text).
 */
import { usageError } from '../core/errors.js';
import type { Check, CheckStatus } from './types.js';

export interface TrustReport {
  user: string;
  checks: Check[];
  verdict: CheckStatus;
}

export type TrustPolicy = 'strict' | 'warn' | 'off';
export const TRUST_POLICIES: readonly TrustPolicy[] = ['strict', 'warn', 'off'];

export interface PolicyResult {
  /** The step (or CLI) fails. */
  failStep: boolean;
  /** Why it fails: one line per check that fails it (empty when it does not fail). */
  reasons: string[];
  /** What is reported without failing: one line per other check that did not pass. */
  warnings: string[];
}

export function parseTrustPolicy(text: string): TrustPolicy {
  if ((TRUST_POLICIES as readonly string[]).includes(text)) return text as TrustPolicy;
  throw usageError(`trust must be one of ${TRUST_POLICIES.join(', ')}, not ${JSON.stringify(text)}`);
}

export function verdictOf(checks: Check[]): CheckStatus {
  if (checks.some((c) => c.status === 'fail')) return 'fail';
  if (checks.some((c) => c.status === 'warn')) return 'warn';
  return 'pass';
}

export function buildReport(user: string, checks: Check[]): TrustReport {
  return { user, checks, verdict: verdictOf(checks) };
}

/** The check whose warning the strict policy turns into a failure: passwordless sudo makes the user root. */
export const STRICT_FAILS_ON_WARN = new Set(['passwordless-sudo']);

const line = (c: Check) => `${c.title}: ${c.seen}`;

/**
 * strict: fails on any failed check and on passwordless sudo; warn: fails on failed checks, warns on the rest;
 * off: reports only.
 */
export function applyPolicy(report: TrustReport, trust: TrustPolicy): PolicyResult {
  const reasons: string[] = [];
  const warnings: string[] = [];
  for (const c of report.checks) {
    if (c.status === 'pass') continue;
    const fails = trust !== 'off' && (c.status === 'fail' || (trust === 'strict' && STRICT_FAILS_ON_WARN.has(c.id)));
    (fails ? reasons : warnings).push(line(c));
  }
  return { failStep: reasons.length > 0, reasons, warnings };
}

const MARK: Record<CheckStatus, string> = { pass: '✅', warn: '⚠️', fail: '❌' };
const LABEL: Record<CheckStatus, string> = { pass: 'pass', warn: 'WARN', fail: 'FAIL' };

function counts(r: TrustReport): string {
  const n = (s: CheckStatus) => r.checks.filter((c) => c.status === s).length;
  return `${n('fail')} failed, ${n('warn')} warnings, ${n('pass')} passed`;
}

/** One table cell: no line breaks, pipes escaped, Markdown-active characters left as text. */
function cell(s: string): string {
  return s
    .replace(/\r?\n/g, ' ')
    .replace(/\|/g, '\\|')
    .replace(/([`*_<>[\]])/g, '\\$1');
}

/** The report as Markdown for the job summary: a heading, the verdict and one table row per check. */
/**
 * What the audit can and cannot tell: it runs as the job's own user, so it finds a misconfigured runner, but a
 * hostile job controls its own process and could print any report. The guarantees rest on root-owned files
 * and the daemon, which the audit only inspects.
 */
export const SCOPE =
  'The audit detects a misconfigured runner. It runs as the job’s user, so it is no defence against a hostile job, which could fake its own report: the guarantees come from root-owned files and the daemon.';

export function renderReportMarkdown(report: TrustReport, policy?: { trust: TrustPolicy; result: PolicyResult }): string {
  const lines = [`### Trust audit for \`${report.user}\`: ${MARK[report.verdict]} ${report.verdict}`, '', `${counts(report)}.`];
  if (policy) {
    const outcome = policy.result.failStep ? 'fails the step' : 'does not fail the step';
    lines.push('', `Policy \`trust: ${policy.trust}\` ${outcome}.`);
  }
  lines.push('', '| | Check | Seen | Fix |', '|---|---|---|---|');
  for (const c of report.checks) {
    lines.push(`| ${MARK[c.status]} | ${cell(c.title)} | ${cell(c.seen)} | ${c.status === 'pass' ? '' : cell(c.fix)} |`);
  }
  lines.push('', `_${SCOPE}_`);
  return lines.join('\n') + '\n';
}

/** The report as text for the CLI: one line per check; what to do under each one that did not pass. */
export function renderReportText(report: TrustReport, policy?: { trust: TrustPolicy; result: PolicyResult }): string {
  const lines = [`trust audit for ${report.user}: ${LABEL[report.verdict]} (${counts(report)})`];
  for (const c of report.checks) {
    lines.push(`  [${LABEL[c.status]}] ${c.title}: ${c.seen}`);
    if (c.status !== 'pass') lines.push(`         fix: ${c.fix}`);
  }
  if (policy) {
    const r = policy.result;
    if (r.failStep) lines.push(`policy trust=${policy.trust}: FAILS (${r.reasons.length} problem${r.reasons.length === 1 ? '' : 's'})`);
    else
      lines.push(
        `policy trust=${policy.trust}: ok${r.warnings.length ? ` with ${r.warnings.length} warning${r.warnings.length === 1 ? '' : 's'}` : ''}`,
      );
  }
  return lines.join('\n') + '\n';
}
