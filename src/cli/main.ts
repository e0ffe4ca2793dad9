import { errorMessage, UserError } from '../core/errors.js';
import { auditCommand } from './audit.js';
import { deprovisionCommand } from './deprovision.js';
import { keygenCommand } from './keygen.js';
import { pushCommand } from './push.js';
import { reSignCommand } from './re-sign.js';
import { provisionCommand } from './provision.js';
import { retryCommand } from './retry.js';
import { statusCommand } from './status.js';
import { verifyCommand } from './verify.js';
import { workerCommand } from './worker.js';

const HELP = `nix-trusted-cache: signed Nix binary-cache uploads that untrusted CI jobs cannot forge

usage: nix-trusted-cache COMMAND [OPTIONS]

  keygen NAME                     print a new secret key (stdout) and its public key (stderr)
  push --cache URL --signing-key-file FILE [--compression C] [--closure] PATH…
                                  sign and upload store paths now
  verify --cache URL --trusted-public-key KEY [--nar] [PATH…]
                                  check signatures (and NAR hashes) of cached paths
  provision --cache URL (--signing-key-file FILE | --secrets-stdin) [--install MODE] …
                                  set up this runner as root: Nix, nix.conf, key, hook, worker
  re-sign --cache URL --signing-key-file FILE --trusted-public-key KEY [--dry-run] [PATH…]
                                  add the new key's signature to paths an old key signed (key rotation)
  deprovision [--drop-queue | --keep-queue]
                                  undo provision (root); refuses while uploads are queued
  audit [--user NAME] [--json] [--trust strict|warn|off]
                                  check the trust boundary for a user
  status [--json]                 queue and ledger counts; exit 1 when the queue is stuck
  retry                           requeue entries that used all their tries (root)
  worker                          the upload worker (started by the post-build-hook)

Cache URLs: s3://BUCKET?region=R&endpoint=HOST:PORT&scheme=http|https  or  file:///ABS/DIR
Exit codes: 0 ok, 1 failure, 2 usage error.`;

type Command = (args: string[]) => number | Promise<number>;
export const COMMANDS: Record<string, Command> = {
  keygen: keygenCommand,
  push: pushCommand,
  verify: verifyCommand,
  're-sign': reSignCommand,
  provision: provisionCommand,
  deprovision: deprovisionCommand,
  audit: auditCommand,
  status: statusCommand,
  retry: retryCommand,
  worker: workerCommand,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP + '\n');
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`nix-trusted-cache: unknown command ${JSON.stringify(name)}; commands: ${Object.keys(COMMANDS).join(', ')}\n`);
    return 2;
  }
  if (name !== 'audit' && (rest.includes('--help') || rest.includes('-h'))) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  try {
    return await command(rest);
  } catch (err) {
    // One line, no stack: errors here are either ours (UserError, already actionable) or from a dependency.
    process.stderr.write(`nix-trusted-cache ${name}: ${errorMessage(err)}\n`);
    if (process.env.NTC_DEBUG && err instanceof Error && !(err instanceof UserError)) process.stderr.write(`${err.stack}\n`);
    return err instanceof UserError ? err.exitCode : 1;
  }
}
