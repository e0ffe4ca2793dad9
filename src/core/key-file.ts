import { readFile } from 'node:fs/promises';
import { UserError } from './errors.js';
import { parseSecretKey, type SecretKey } from './keys.js';

/** Reads a Nix secret key file with errors that say what to do, never echoing the content. */
export async function readSecretKeyFile(path: string): Promise<SecretKey> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new UserError(`signing key file ${path} does not exist; create one with: nix-trusted-cache keygen NAME > FILE`);
    if (code === 'EACCES')
      throw new UserError(`signing key file ${path} is not readable by this user (it should be root-only: run as root)`);
    throw new UserError(`cannot read signing key file ${path}: ${code ?? (err as Error).message}`);
  }
  try {
    return parseSecretKey(text);
  } catch (err) {
    throw new UserError(`${path}: ${(err as Error).message}`);
  }
}
