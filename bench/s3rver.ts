/**
 * s3rver in its own process (the test rig's launcher), on 127.0.0.1 and a random port, storing into a fresh
 * directory. Stopped by its pid; it then says how many requests were signed (each signature checked:
 * test/e2e/rig/sigv4-check.ts), anonymous or refused.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { requestCountsIn, type RequestCounts } from '../test/e2e/rig/s3.js';
import { MeasurementError, onInterrupt } from './measure.js';

export type { RequestCounts };

export const S3_ENV = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' };

export interface S3Server {
  url: string; // the cache URL for push
  port: number;
  bucket: string;
  pid: number;
  /** Stops the server; the requests it saw, when it could say before it exited. */
  stop(): Promise<RequestCounts | undefined>;
}

export function startS3rver(repo: string, dir: string, bucket: string): Promise<S3Server> {
  const child = spawn(process.execPath, [join(repo, 'test/e2e/rig/s3rver-main.mjs'), dir, bucket], {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let out = '';
  // 'close', not 'exit': the last line of stdout may come after the process ended.
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const forget = onInterrupt(() => child.kill('SIGKILL'));
  const stop = async () => {
    forget();
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    return requestCountsIn(out);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new MeasurementError(`s3rver did not start within 15 s: ${stderr.trim()}`));
    }, 15_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^(\d+)\n/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      resolve({
        url: `s3://${bucket}?endpoint=127.0.0.1:${m[1]}&scheme=http&region=us-east-1`,
        port: Number(m[1]),
        bucket,
        pid: child.pid!,
        stop,
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new MeasurementError(`s3rver exited with ${code} before listening: ${stderr.trim()}`));
    });
  });
}
