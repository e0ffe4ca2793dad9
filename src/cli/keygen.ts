import { usageError } from '../core/errors.js';
import { formatPublicKey, formatSecretKey, generateSecretKey, publicKeyOf } from '../core/keys.js';

/** `keygen NAME`: the secret key on stdout (redirect it to a root-only file), the public key on stderr. */
export function keygenCommand(args: string[]): number {
  if (args.length !== 1) throw usageError('usage: nix-trusted-cache keygen NAME   (e.g. cache.example.org-1)');
  const sk = generateSecretKey(args[0]!);
  process.stdout.write(formatSecretKey(sk) + '\n');
  process.stderr.write(formatPublicKey(publicKeyOf(sk)) + '\n');
  return 0;
}
