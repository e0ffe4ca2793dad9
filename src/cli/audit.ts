import { usageError } from '../core/errors.js';
import { resolveAuditUser, runAudit } from '../audit/audit.js';
import { applyPolicy, parseTrustPolicy, renderReportText } from '../audit/report.js';
import { parseCommandArgs } from './args.js';

const USAGE = `usage: nix-trusted-cache audit [--user NAME] [--json] [--trust strict|warn|off]
  --user NAME     the user whose jobs build here (default: SUDO_USER as root, else yourself)
  --json          print the report as JSON: {user, checks, verdict, policy}
  --trust POLICY  strict: fail on any failed check and on passwordless sudo; warn (default): fail on
                  failed checks only; off: report only
Exit codes: 0 the policy passes, 1 it fails, 2 usage error.`;

/** `audit`: the trust report for a user; exit 1 when the trust policy fails it. */
export async function auditCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('audit', args, {
    user: { type: 'string' },
    json: { type: 'boolean', default: false },
    trust: { type: 'string', default: 'warn' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (positionals.length > 0)
    throw usageError(`unexpected argument ${JSON.stringify(positionals[0])} (see nix-trusted-cache audit --help)`);
  let trust;
  try {
    trust = parseTrustPolicy(values.trust!);
  } catch {
    throw usageError(`--trust must be strict, warn or off, not ${JSON.stringify(values.trust)}`);
  }
  const user = await resolveAuditUser(values.user);
  const { report } = await runAudit(user);
  const result = applyPolicy(report, trust);
  if (values.json) process.stdout.write(JSON.stringify({ ...report, policy: { trust, ...result } }, null, 2) + '\n');
  else process.stdout.write(renderReportText(report, { trust, result }));
  return result.failStep ? 1 : 0;
}
