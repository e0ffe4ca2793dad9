import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileTarget } from '../cache/backend.js';
import { NarMismatchError } from '../core/hashing-stream.js';
import { ChunkPool, narChunks } from '../nix/nar.js';
import { encodeFrames, encodeToFile, FRAME, type EncodeRequest, type Encoded, type NarSource } from './encode-frames.js';

/**
 * Turns store paths into compressed, checked NAR files (zstd or none): `encode` yields the file's pieces and
 * returns its hash and size, or throws NarMismatchError when the path differs from the database.
 */
export interface NarEncoder {
  encode(req: EncodeRequest): AsyncGenerator<Buffer, Encoded>;
  /** Starts what encoding needs (threads load their program) while the caller prepares other things. */
  warm(): void;
  close(): Promise<void>;
}

/** On the calling thread: one lane of the bundle's encoder, for tests, and running from src/ (no threads). */
export function inlineEncoder(nar: NarSource): NarEncoder {
  return {
    async *encode(req) {
      if (req.file) return await writeInline(req, nar, req.file);
      return yield* encodeFrames(req, nar);
    },
    warm: () => {},
    close: async () => {},
  };
}

/** encodeToFile with a turn of the event loop after each frame: other paths' replies and writes go on. */
async function writeInline(req: EncodeRequest, nar: NarSource, file: FileTarget): Promise<Encoded> {
  const steps = encodeToFile(req, nar, file);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

// The thread's program, built by scripts/build.mjs from src/push/encoder-thread.ts into the bundle itself, so
// dist/cli.js stays one self-contained file (provisioning installs it alone). Undefined when running src/.
declare const __NTC_ENCODER_THREAD__: string | undefined;

/**
 * The bundle's encoder: as many lanes as cores (and `parallel` at most), one of them the calling thread and
 * the others worker threads. The calling thread has little else to do (it signs, and writes narinfos and
 * what the threads send to S3), and each thread costs a heap of its own (some 16 MiB): one fewer is memory
 * saved. Running from src/ (no thread bundle), everything is inline.
 */
export function defaultEncoder(nar: NarSource, parallel: number): NarEncoder {
  if (typeof __NTC_ENCODER_THREAD__ !== 'string') return inlineEncoder(nar);
  const lanes = Math.max(1, Math.min(parallel, availableParallelism()));
  const pool = new ChunkPool(FRAME);
  const inline = inlineEncoder((p, hint, size) => narChunks(p, hint, size, pool));
  return new ThreadEncoder(__NTC_ENCODER_THREAD__, lanes - 1, undefined, inline);
}

export interface Reply {
  id: number;
  piece?: Uint8Array;
  done?: Encoded;
  error?: { name: string; message: string; storePath?: string; expectedSize?: number; actualSize?: number };
}

/**
 * A pool of worker threads, each serialising, hashing and compressing paths synchronously (no stream, no
 * pool round trip per chunk, no garbage of the main thread's): the main thread only moves finished pieces
 * to the cache. A thread runs at most a small window of pieces ahead of what the main thread took, so
 * memory stays at a few frames per path in flight however large the NAR.
 */
/** What the pool needs of a thread (a worker_threads Worker; tests give a fake). */
export interface EncoderThread {
  postMessage(msg: unknown): void;
  on(event: 'message', fn: (r: Reply) => void): unknown;
  on(event: 'error', fn: (err: Error) => void): unknown;
  on(event: 'exit', fn: (code: number) => void): unknown;
  ref(): void;
  unref(): void;
  terminate(): Promise<number>;
}

interface PoolThread {
  worker: EncoderThread;
  ids: Set<number>; // the paths it has: one encoding, the others waiting in its message queue
  reserved: number; // paths handed to it whose encode() has not started yet
}

/**
 * Paths a thread holds at once: the one it encodes and one waiting in its message queue, so that it goes on
 * at once when it finishes, instead of waiting for the calling thread (busy compressing a frame of its own)
 * to hand it the next. More would only wait there while the calling thread might have been free.
 */
const THREAD_DEPTH = 2;

/** Which lane a path got: a thread, or the calling thread. */
type Lane = PoolThread | 'inline';

export class ThreadEncoder implements NarEncoder {
  private readonly threads: PoolThread[] = [];
  // Replies per path: a thread sends up to its window of pieces before they are taken.
  private readonly mailboxes = new Map<number, { replies: Reply[]; wake?: () => void }>();
  private nextId = 1;
  private readonly source: string;
  private readonly size: number;
  private readonly start: (source: string) => EncoderThread;

  private readonly inline: NarEncoder | undefined;
  private inlineBusy = false;
  // Paths no lane has taken yet, in the order they came (the scheduler sends the largest first).
  private readonly waiting: ((lane: Lane) => void)[] = [];

  /** `size` threads, and with `inline`, the calling thread as one more lane (with `size` 0, the only one). */
  constructor(
    source: string,
    size: number,
    start: (source: string) => EncoderThread = (src) => new Worker(src, { eval: true }),
    inline?: NarEncoder,
  ) {
    this.source = source;
    this.size = inline ? size : Math.max(1, size);
    this.start = start;
    this.inline = inline;
  }

  warm(): void {
    while (this.threads.length < this.size) this.spawn();
  }

  private spawn(): void {
    const t: PoolThread = { worker: this.start(this.source), ids: new Set(), reserved: 0 };
    t.worker.on('message', (r: Reply) => this.deliver(r.id, r));
    // A thread that dies (an error, out of memory) fails the paths it had, and leaves the pool: the next path
    // gets a new thread. A dead thread kept would answer nothing, and its paths would wait forever.
    const died = (why: string) => {
      const i = this.threads.indexOf(t);
      if (i >= 0) this.threads.splice(i, 1);
      const error = { name: 'Error', message: `NAR encoder thread: ${why}` };
      for (const id of t.ids) this.deliver(id, { id, error });
    };
    t.worker.on('error', (err) => died(err.message));
    t.worker.on('exit', (code) => died(`exited with ${code}`));
    t.worker.unref();
    this.threads.push(t);
  }

  /**
   * Hands waiting paths to free lanes: a thread with room first (the calling thread also writes, signs and
   * answers for every path), then the calling thread when it has nothing. Every lane pulls its next path
   * when it is free, so none idles while another has a queue (assigning paths up front by size left the
   * thread waiting at the end while the calling thread still had several).
   */
  private dispatch(): void {
    while (this.waiting.length > 0) {
      if (this.threads.length < this.size) this.spawn();
      const thread = this.threads.find((t) => t.ids.size + t.reserved < THREAD_DEPTH);
      if (thread) {
        thread.reserved++;
        this.waiting.shift()!(thread);
      } else if (this.inline && !this.inlineBusy) {
        this.inlineBusy = true;
        this.waiting.shift()!('inline');
      } else return;
    }
  }

  private laneFor(): Promise<Lane> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.dispatch();
    });
  }

  private deliver(id: number, r: Reply): void {
    const box = this.mailboxes.get(id);
    if (!box) return;
    box.replies.push(r);
    box.wake?.();
  }

  private async receive(id: number): Promise<Reply> {
    const box = this.mailboxes.get(id)!;
    while (box.replies.length === 0) await new Promise<void>((resolve) => (box.wake = resolve));
    box.wake = undefined;
    return box.replies.shift()!;
  }

  async *encode(req: EncodeRequest): AsyncGenerator<Buffer, Encoded> {
    const lane = await this.laneFor();
    if (lane === 'inline') {
      try {
        return yield* this.inline!.encode(req);
      } finally {
        this.inlineBusy = false;
        this.dispatch();
      }
    }
    return yield* this.onThread(lane, req);
  }

  private async *onThread(t: PoolThread, req: EncodeRequest): AsyncGenerator<Buffer, Encoded> {
    t.reserved--;
    // It died between being chosen and now: the path goes back to be placed again.
    if (!this.threads.includes(t)) return yield* this.encode(req);
    const id = this.nextId++;
    // Idle threads do not keep the process alive; busy ones do (a pending reply is no handle of its own).
    if (t.ids.size === 0) t.worker.ref();
    t.ids.add(id);
    this.mailboxes.set(id, { replies: [] });
    let finished = false;
    try {
      t.worker.postMessage({ op: 'start', id, req });
      for (;;) {
        const reply = await this.receive(id);
        if (reply.error) {
          finished = true;
          throw reviveError(reply.error);
        }
        if (reply.done) {
          finished = true;
          return reply.done;
        }
        t.worker.postMessage({ op: 'took', id });
        yield Buffer.from(reply.piece!.buffer, reply.piece!.byteOffset, reply.piece!.byteLength);
      }
    } finally {
      this.mailboxes.delete(id);
      t.ids.delete(id);
      if (t.ids.size === 0) t.worker.unref();
      if (!finished) t.worker.postMessage({ op: 'cancel', id }); // the consumer gave up: free the thread's state
      this.dispatch();
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.splice(0).map((t) => t.worker.terminate()));
  }
}

function reviveError(e: NonNullable<Reply['error']>): Error {
  if (e.name === 'NarMismatchError') return new NarMismatchError(e.storePath ?? '', e.expectedSize ?? 0, e.actualSize ?? 0);
  return new Error(e.message);
}
