import { release } from '../core/release.js';

/**
 * The S3 requests a streamed upload needs, each one call (S3Cache gives the SDK's; tests give fakes). Part
 * numbers start at 1; `uploadPart` answers the part's ETag.
 */
export interface MultipartRequests {
  putObject(body: Buffer): Promise<void>;
  create(): Promise<string>; // the upload id
  uploadPart(uploadId: string, partNumber: number, body: Buffer): Promise<string>;
  complete(uploadId: string, parts: { PartNumber: number; ETag: string }[]): Promise<void>;
  abort(uploadId: string): Promise<void>;
}

export interface MultipartLimits {
  partSize: number; // S3's minimum is 5 MiB (but for the last part)
  partsInFlight: number;
}

/**
 * Streams `body` into one S3 object: a body smaller than a part is one PutObject; a larger one a multipart
 * upload of `partSize` parts, `partsInFlight` at a time, completed only once the body has ended without
 * error (an error aborts it: no object appears). Pieces are copied into part buffers before the next is asked
 * for (CacheBackend.putStream's contract), and each part's memory is freed as soon as S3 has it: memory stays
 * at `partSize × (partsInFlight + 1)` however large the object, with no dead parts waiting for a collection.
 */
export async function uploadStreamed(body: AsyncIterable<Uint8Array>, s3: MultipartRequests, limits: MultipartLimits): Promise<void> {
  const upload = new PartUploads(s3, limits.partsInFlight);
  let part = Buffer.allocUnsafe(limits.partSize);
  let used = 0;
  try {
    for await (const piece of body) {
      for (let off = 0; off < piece.length;) {
        const n = Math.min(piece.length - off, part.length - used);
        part.set(piece.subarray(off, off + n), used);
        used += n;
        off += n;
        if (used === part.length) {
          await upload.send(part, used);
          part = Buffer.allocUnsafe(limits.partSize);
          used = 0;
        }
      }
    }
    if (!upload.started) {
      await s3.putObject(part.subarray(0, used));
      release(part);
      return;
    }
    const last = part;
    part = Buffer.alloc(0); // handed over: send() frees it once S3 has it
    if (used > 0) await upload.send(last, used);
    else release(last);
    await upload.complete();
  } catch (err) {
    await upload.abort();
    throw err;
  }
  // after a failure, the part being filled (or a request's socket) may still hold memory: the collector frees it
}

/** Multipart uploads created and neither completed nor aborted yet: what a stopping worker aborts. */
const openUploads = new Set<PartUploads>();

/**
 * Aborts every multipart upload still open (a worker asked to stop, whose uploads will not complete): S3
 * then discards their parts instead of keeping them, billed and invisible, until a lifecycle rule ends them.
 * Says how many it aborted, and why each of the others could not be.
 */
export async function abortOpenUploads(): Promise<{ aborted: number; refused: string[] }> {
  const results = await Promise.all([...openUploads].map((u) => u.abort()));
  const refused = results.filter((r): r is string => typeof r === 'string');
  return { aborted: results.filter((r) => r === true).length, refused };
}

/** The parts of one multipart upload: created with the first part, at most `limit` requests at once. */
class PartUploads {
  private uploadId: Promise<string> | undefined;
  private readonly parts: { PartNumber: number; ETag: string }[] = [];
  private readonly running = new Set<Promise<void>>();
  private failure: unknown;
  private nextNumber = 1;
  private readonly s3: MultipartRequests;
  private readonly limit: number;

  constructor(s3: MultipartRequests, limit: number) {
    this.s3 = s3;
    this.limit = Math.max(1, limit);
  }

  get started(): boolean {
    return this.uploadId !== undefined;
  }

  /**
   * Starts uploading the first `length` bytes of `part` (the buffer is ours from now on, and freed once S3
   * has it); waits while `limit` parts are on their way.
   */
  async send(part: Buffer, length: number): Promise<void> {
    if (this.failure !== undefined) throw this.failure; // a part failed already: send no more
    if (!this.uploadId) {
      this.uploadId = this.s3.create();
      openUploads.add(this);
    }
    const id = await this.uploadId;
    const number = this.nextNumber++;
    const request: Promise<void> = this.s3.uploadPart(id, number, part.subarray(0, length)).then(
      (etag) => {
        this.parts.push({ PartNumber: number, ETag: etag });
        release(part); // S3 has it all; after a failure the socket may still hold it: left to the collector
      },
      (err: unknown) => void (this.failure ??= err),
    );
    const tracked = request.finally(() => this.running.delete(tracked));
    this.running.add(tracked);
    if (this.running.size >= this.limit) await Promise.race(this.running);
    if (this.failure !== undefined) throw this.failure;
  }

  async complete(): Promise<void> {
    await Promise.all(this.running);
    if (this.failure !== undefined) throw this.failure;
    this.parts.sort((a, b) => a.PartNumber - b.PartNumber);
    await this.s3.complete(await this.uploadId!, this.parts);
    openUploads.delete(this);
  }

  /**
   * Stops what is left; what S3 received of an aborted upload is discarded by S3. True when S3 took the abort,
   * S3's refusal as text, undefined when there was nothing to abort (never begun, or completed or aborted).
   */
  async abort(): Promise<true | string | undefined> {
    if (!this.uploadId || !openUploads.delete(this)) return undefined;
    await Promise.allSettled(this.running);
    const id = await this.uploadId.catch(() => undefined);
    if (id === undefined) return undefined;
    return this.s3.abort(id).then(
      () => true as const,
      (err: unknown) => `upload ${id}: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}
