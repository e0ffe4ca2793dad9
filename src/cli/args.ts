import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { usageError } from '../core/errors.js';

/**
 * node:util parseArgs with its errors turned into usage errors (exit 2). The CLI's entry point already names
 * the command in front of every error (`nix-trusted-cache push: …`), so the message does not repeat it.
 */
export function parseCommandArgs<const T extends ParseArgsOptionsConfig>(_command: string, args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw usageError(`${(err as Error).message.split('\n')[0]} (see nix-trusted-cache --help)`);
  }
}

export function positiveInt(name: string, text: string | undefined, dflt: number): number {
  if (text === undefined) return dflt;
  if (!/^\d+$/.test(text) || Number(text) < 1) throw usageError(`${name} must be a positive whole number, not ${JSON.stringify(text)}`);
  return Number(text);
}
