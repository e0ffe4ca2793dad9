/**
 * The trust audit: collect the facts for one user, judge them, report. The action's main step and the
 * `audit` command both call runAudit and then applyPolicy (report.ts).
 */
import { userInfo } from 'node:os';
import { usageError } from '../core/errors.js';
import { LAYOUT } from '../layout.js';
import { runChecks } from './checks.js';
import { collectFacts, isRoot, lookupUser } from './collect.js';
import { buildReport, type TrustReport } from './report.js';
import type { AuditFacts, UserFact } from './types.js';

const USER_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*\$?$/;

/**
 * The user to audit: `requested`, else SUDO_USER when running as root, else the current user. Usage errors
 * (exit 2) for a malformed or unknown name, for root without a name, and for a non-root caller naming someone else.
 */
export async function resolveAuditUser(
  requested: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Promise<UserFact & { home: string }> {
  const root = isRoot();
  const self = userInfo().username;
  let name = requested;
  if (name === undefined) {
    if (root) {
      name = env.SUDO_USER && env.SUDO_USER !== 'root' ? env.SUDO_USER : undefined;
      if (!name) throw usageError('running as root, name the user to audit (the one that runs the jobs) with --user NAME');
    } else name = self;
  }
  if (!USER_NAME.test(name)) throw usageError(`${JSON.stringify(name)} is not a user name`);
  const user = await lookupUser(name);
  if (!user) throw usageError(`no such user ${JSON.stringify(name)}`);
  if (!root && user.name !== self)
    throw usageError(`auditing ${user.name} needs root (run it as root with --user ${user.name}, or as ${user.name} itself)`);
  return user;
}

export interface AuditResult {
  report: TrustReport;
  facts: AuditFacts;
}

export async function runAudit(user: UserFact & { home: string }): Promise<AuditResult> {
  const facts = await collectFacts({ user });
  return { facts, report: buildReport(user.name, runChecks(facts, LAYOUT.config)) };
}
