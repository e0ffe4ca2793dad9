import { readFile } from 'node:fs/promises';
import { UserError } from '../core/errors.js';
import type { S3Credentials } from './s3.js';

/**
 * The credentials file (root-only 0400) holds JSON: {"accessKeyId": …, "secretAccessKey": …, "sessionToken"?: …}.
 * The worker passes them to the S3 client directly: never through the environment of a child process.
 */
export function parseCredentials(text: string): S3Credentials {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new UserError('the credentials file is not JSON ({"accessKeyId": "…", "secretAccessKey": "…"})');
  }
  if (typeof raw !== 'object' || raw === null) raw = {}; // e.g. `null`: reported as missing fields below
  const { accessKeyId, secretAccessKey, sessionToken } = raw;
  if (typeof accessKeyId !== 'string' || !accessKeyId || typeof secretAccessKey !== 'string' || !secretAccessKey) {
    throw new UserError('the credentials file needs both accessKeyId and secretAccessKey');
  }
  const creds: S3Credentials = { accessKeyId, secretAccessKey };
  if (typeof sessionToken === 'string' && sessionToken) creds.sessionToken = sessionToken;
  return creds;
}

export function formatCredentials(c: S3Credentials): string {
  return JSON.stringify(c) + '\n';
}

export async function readCredentialsFile(path: string): Promise<S3Credentials> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new UserError(`cannot read credentials file ${path}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  return parseCredentials(text);
}
