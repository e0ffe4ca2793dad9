/**
 * An error whose message is meant for the user as it is: one line that says what went wrong and what to do.
 * Entry points print `message` alone (never a stack) for these; `exitCode` 2 means the call itself was wrong.
 */
export class UserError extends Error {
  readonly exitCode: 1 | 2; // a field, not a parameter property: the bench runs this file with type stripping
  constructor(message: string, exitCode: 1 | 2 = 1) {
    super(message);
    this.name = 'UserError';
    this.exitCode = exitCode;
  }
}

/** A usage error: bad flags or inputs (exit 2). */
export function usageError(message: string): UserError {
  return new UserError(message, 2);
}

/** The message of any thrown value, on one line. */
export function errorMessage(err: unknown): string {
  const raw = err instanceof Error ? err.message : String(err);
  return raw.replace(/\s*\n\s*/g, ' ').trim() || 'unknown error';
}
