import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** s3rver checks request signatures against these credentials. */
export const S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
export const S3_ENV = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' };

const MAIN = fileURLToPath(new URL('./s3rver-main.mjs', import.meta.url));

/** What the server saw: signed requests (each SigV4 signature checked: sigv4-check.ts), anonymous, refused. */
export interface RequestCounts {
  signed: number;
  anonymous: number;
  refused: number;
}

/** The counts line the launcher prints as it stops (s3rver-main.mjs), if `out` has it. */
export function requestCountsIn(out: string): RequestCounts | undefined {
  const m = /^requests signed=(\d+) anonymous=(\d+) refused=(\d+)$/m.exec(out);
  return m ? { signed: Number(m[1]), anonymous: Number(m[2]), refused: Number(m[3]) } : undefined;
}

/**
 * A real S3 server (s3rver) on 127.0.0.1 in its own process, with one bucket, that checks SigV4 signatures
 * (s3rver-main.mjs).
 */
export class S3Server {
  port = 0;
  private child?: ChildProcess;
  /** Summed over every start and stop so far (a running server says its counts when it stops). */
  readonly requests: RequestCounts = { signed: 0, anonymous: 0, refused: 0 };
  readonly directory = mkdtempSync(join(tmpdir(), 'ntc-s3-'));

  readonly bucket: string;

  // A field, not a parameter property: the bench imports this file under Node's type stripping.
  constructor(bucket = 'cache') {
    this.bucket = bucket;
  }

  /** Our cache URL for this bucket. */
  get cacheUrl(): string {
    return `s3://${this.bucket}?endpoint=127.0.0.1:${this.port}&scheme=http&region=us-east-1`;
  }

  /** What a consumer Nix (built without S3 support) reads over HTTP. */
  get httpUrl(): string {
    return `http://127.0.0.1:${this.port}/${this.bucket}`;
  }

  /** Starts (again, on the same port and data, after stop()). */
  async start(): Promise<void> {
    const child = spawn(process.execPath, [MAIN, this.directory, this.bucket, String(this.port)], { stdio: ['ignore', 'pipe', 'inherit'] });
    this.child = child;
    let out = '';
    this.port = await new Promise<number>((resolve, reject) => {
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const port = /^(\d+)\n/.exec(out);
        if (port) resolve(Number(port[1]));
      });
      child.once('exit', (code) => reject(new Error(`s3rver exited with ${code}`)));
    });
    // 'close' (stdout ended), not 'exit': the counts line may come after the process ended.
    child.once('close', () => {
      const seen = requestCountsIn(out);
      if (!seen) return;
      this.requests.signed += seen.signed;
      this.requests.anonymous += seen.anonymous;
      this.requests.refused += seen.refused;
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('close', () => resolve());
      child.kill('SIGTERM');
    });
    this.child = undefined;
  }

  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.directory, { recursive: true, force: true });
  }
}

export async function startS3(bucket = 'cache'): Promise<S3Server> {
  const s = new S3Server(bucket);
  await s.start();
  return s;
}
