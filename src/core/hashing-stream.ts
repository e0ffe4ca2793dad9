import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

/**
 * Passes bytes through unchanged while hashing (sha256) and counting them. With `expect`, the stream fails
 * at its end, before it signals completion downstream, when the hash or size differ: an upload fed by it is
 * aborted and never completes.
 */
export class HashingStream extends Transform {
  private readonly hash: Hash = createHash('sha256');
  size = 0;
  digest?: Uint8Array;

  constructor(private readonly expect?: { digest: Uint8Array; size: number; describe: string }) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk);
    this.size += chunk.length;
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    this.digest = new Uint8Array(this.hash.digest());
    const e = this.expect;
    if (e && (e.size !== this.size || !Buffer.from(e.digest).equals(Buffer.from(this.digest)))) {
      done(new NarMismatchError(e.describe, e.size, this.size));
      return;
    }
    done();
  }
}

/** The store path's contents differ from what the Nix database registered: it was modified behind Nix's back. */
export class NarMismatchError extends Error {
  constructor(
    readonly storePath: string,
    readonly expectedSize: number,
    readonly actualSize: number,
  ) {
    super(
      `refusing to sign ${storePath}: its contents differ from the hash registered in the Nix database ` +
        `(NAR size ${actualSize}, registered ${expectedSize}); the path was modified after it was built`,
    );
    this.name = 'NarMismatchError';
  }
}
