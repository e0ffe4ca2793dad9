import { describe, expect, it } from 'vitest';
import { abortOpenUploads, uploadStreamed, type MultipartRequests } from '../../src/cache/s3-multipart.js';

/** An S3 that keeps what it is sent, answers after a tick, and can be told to fail a part. */
function fakeS3(opts: { failPart?: number } = {}) {
  const calls: string[] = [];
  const parts = new Map<number, Buffer>();
  const sentBodies: Buffer[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let object: Buffer | undefined;
  const tick = () => new Promise((resolve) => setTimeout(resolve, 1));
  const s3: MultipartRequests = {
    putObject: async (body) => {
      calls.push('put');
      object = Buffer.from(body);
    },
    create: async () => {
      calls.push('create');
      return 'u1';
    },
    uploadPart: async (_id, n, body) => {
      calls.push(`part ${n}`);
      sentBodies.push(body);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const copy = Buffer.from(body);
      await tick();
      inFlight--;
      if (n === opts.failPart) throw new Error(`part ${n} refused`);
      parts.set(n, copy);
      return `etag-${n}`;
    },
    complete: async (_id, list) => {
      calls.push(`complete ${list.map((p) => p.PartNumber).join(',')}`);
      object = Buffer.concat(list.map((p) => parts.get(p.PartNumber)!));
    },
    abort: async () => {
      calls.push('abort');
    },
  };
  return { s3, calls, sentBodies, maxInFlight: () => maxInFlight, object: () => object };
}

async function* piecesOf(data: Buffer, size: number, failAt?: number): AsyncGenerator<Buffer> {
  for (let o = 0; o < data.length; o += size) {
    if (failAt !== undefined && o >= failAt) throw new Error('the NAR differs from the database');
    // a fresh piece that the producer overwrites once the next is asked for (the contract's worst case)
    const piece = Buffer.from(data.subarray(o, o + size));
    yield piece;
    piece.fill(0);
  }
}

const data = Buffer.from(Array.from({ length: 10_000 }, (_, i) => (i * 31) % 251));
const limits = { partSize: 1024, partsInFlight: 3 };

describe('uploadStreamed', () => {
  it('a body smaller than a part is one PutObject, no multipart upload', async () => {
    const f = fakeS3();
    await uploadStreamed(piecesOf(data.subarray(0, 700), 300), f.s3, limits);
    expect(f.calls).toEqual(['put']);
    expect(f.object()!.equals(data.subarray(0, 700))).toBe(true);
  });

  it('a larger body goes in parts of partSize, at most partsInFlight at once, completed in order', async () => {
    const f = fakeS3();
    await uploadStreamed(piecesOf(data, 700), f.s3, limits);
    expect(f.object()!.equals(data)).toBe(true);
    expect(f.calls[0]).toBe('create');
    expect(f.calls.filter((c) => c.startsWith('part'))).toHaveLength(Math.ceil(data.length / 1024));
    expect(f.calls.at(-1)).toBe(`complete ${Array.from({ length: 10 }, (_, i) => i + 1).join(',')}`);
    expect(f.maxInFlight()).toBeLessThanOrEqual(3);
    expect(f.maxInFlight()).toBeGreaterThan(1);
  });

  it("frees each part's memory once S3 has it (parts large enough to have buffers of their own)", async () => {
    const f = fakeS3();
    const big = Buffer.concat(Array.from({ length: 30 }, () => data));
    await uploadStreamed(piecesOf(big, 50_000), f.s3, { partSize: 64 * 1024, partsInFlight: 2 });
    expect(f.object()!.equals(big)).toBe(true);
    expect(f.sentBodies.length).toBe(Math.ceil(big.length / (64 * 1024)));
    expect(f.sentBodies.every((b) => b.length === 0)).toBe(true);
  });

  it('a body that fails aborts the upload: no object, and the error is the body’s', async () => {
    const f = fakeS3();
    await expect(uploadStreamed(piecesOf(data, 700, 5000), f.s3, limits)).rejects.toThrow(/differs from the database/);
    expect(f.calls).toContain('abort');
    expect(f.calls.some((c) => c.startsWith('complete'))).toBe(false);
    expect(f.object()).toBeUndefined();
  });

  it('a part S3 refuses aborts the upload and fails it, never completed', async () => {
    const f = fakeS3({ failPart: 2 });
    await expect(uploadStreamed(piecesOf(data, 700), f.s3, limits)).rejects.toThrow(/part 2 refused/);
    expect(f.calls).toContain('abort');
    expect(f.calls.some((c) => c.startsWith('complete'))).toBe(false);
  });

  it('a body of exactly whole parts sends no empty last part', async () => {
    const f = fakeS3();
    await uploadStreamed(piecesOf(data.subarray(0, 4096), 512), f.s3, limits);
    expect(f.calls.filter((c) => c.startsWith('part'))).toEqual(['part 1', 'part 2', 'part 3', 'part 4']);
    expect(f.object()!.equals(data.subarray(0, 4096))).toBe(true);
  });
});

describe('abortOpenUploads: a stopping worker leaves no multipart upload behind', () => {
  it('aborts an upload whose body has stalled, and neither a completed one nor one aborted already', async () => {
    const done = fakeS3();
    await uploadStreamed(piecesOf(Buffer.alloc(12, 1), 4), done.s3, { partSize: 5, partsInFlight: 2 });
    expect(done.calls.at(-1)).toMatch(/^complete/);

    const stalled = fakeS3();
    let release: () => void = () => {};
    async function* stalls(): AsyncGenerator<Buffer> {
      yield Buffer.alloc(6, 2); // a whole part: the upload is created
      await new Promise<void>((r) => (release = r)); // then nothing, as if the worker were told to stop
    }
    const upload = uploadStreamed(stalls(), stalled.s3, { partSize: 5, partsInFlight: 2 });
    await new Promise((r) => setTimeout(r, 20));
    expect(stalled.calls).toContain('create');
    expect(await abortOpenUploads()).toEqual({ aborted: 1, refused: [] });
    expect(stalled.calls.filter((c) => c === 'abort')).toHaveLength(1);
    expect(done.calls).not.toContain('abort');
    expect(await abortOpenUploads()).toEqual({ aborted: 0, refused: [] }); // nothing open any more
    release();
    await upload.catch(() => {}); // the body ends: completing an aborted upload is S3's to refuse
  });
});

it('says which uploads S3 refused to abort, and why (s3rver implements no AbortMultipartUpload)', async () => {
  const stalled = fakeS3();
  stalled.s3.abort = async () => {
    throw new Error('MethodNotAllowed');
  };
  let release: () => void = () => {};
  async function* stalls(): AsyncGenerator<Buffer> {
    yield Buffer.alloc(6, 2);
    await new Promise<void>((r) => (release = r));
  }
  const upload = uploadStreamed(stalls(), stalled.s3, { partSize: 5, partsInFlight: 2 });
  await new Promise((r) => setTimeout(r, 20));
  expect(await abortOpenUploads()).toEqual({ aborted: 0, refused: ['upload u1: MethodNotAllowed'] });
  release();
  await upload.catch(() => {});
});
