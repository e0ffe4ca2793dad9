import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { ThreadEncoder, type EncoderThread, type NarEncoder, type Reply } from '../../src/push/encoder.js';

/** A thread that answers with what the test says, or dies. */
class FakeThread extends EventEmitter implements EncoderThread {
  readonly received: { op: string; id: number }[] = [];
  constructor(private readonly answer: (m: { op: string; id: number }, t: FakeThread) => void) {
    super();
  }
  postMessage(msg: unknown): void {
    const m = msg as { op: string; id: number };
    this.received.push(m);
    queueMicrotask(() => this.answer(m, this));
  }
  ref(): void {}
  unref(): void {}
  async terminate(): Promise<number> {
    this.emit('exit', 1);
    return 1;
  }
}

const req = {
  path: '/nix/store/0123456789abcdfghijklmnpqrsvwxyz-x',
  narSize: 8,
  narDigest: new Uint8Array(32),
  compression: 'zstd' as const,
};
const done = { fileHash: new Uint8Array(32), fileSize: 3 };

async function drain(gen: AsyncGenerator<Buffer, unknown>): Promise<{ pieces: Buffer[]; result: unknown }> {
  const pieces: Buffer[] = [];
  for (;;) {
    const r = await gen.next();
    if (r.done) return { pieces, result: r.value };
    pieces.push(r.value);
  }
}

describe('ThreadEncoder', () => {
  it('passes pieces and the result through, acknowledging each piece it takes', async () => {
    const threads: FakeThread[] = [];
    const enc = new ThreadEncoder('code', 1, () => {
      const t = new FakeThread((m, self) => {
        if (m.op === 'start') self.emit('message', { id: m.id, piece: new Uint8Array([1, 2, 3]) } satisfies Reply);
        if (m.op === 'took') self.emit('message', { id: m.id, done } satisfies Reply);
      });
      threads.push(t);
      return t;
    });
    const { pieces, result } = await drain(enc.encode(req));
    expect(pieces.map((p) => [...p])).toEqual([[1, 2, 3]]);
    expect(result).toEqual(done);
    expect(threads[0]!.received.map((m) => m.op)).toEqual(['start', 'took']);
  });

  it('a thread that dies fails its paths with why, and the next path gets a new thread', async () => {
    let n = 0;
    const enc = new ThreadEncoder('code', 1, () => {
      const first = n++ === 0;
      return new FakeThread((m, self) => {
        if (first)
          self.emit('exit', 134); // died before answering
        else if (m.op === 'start') self.emit('message', { id: m.id, done } satisfies Reply);
      });
    });
    await expect(drain(enc.encode(req))).rejects.toThrow(/NAR encoder thread: exited with 134/);
    await expect(drain(enc.encode(req))).resolves.toMatchObject({ result: done });
    expect(n).toBe(2);
  });

  it('a path whose thread died after it was chosen, before it started, goes to the next thread', async () => {
    const made: FakeThread[] = [];
    const enc = new ThreadEncoder('code', 1, () => {
      const t = new FakeThread((m, self) => {
        if (m.op === 'start') self.emit('message', { id: m.id, done } satisfies Reply);
      });
      // the first dies at once: before the path it was chosen for has posted anything to it
      if (made.length === 0) queueMicrotask(() => t.emit('exit', 1));
      made.push(t);
      return t;
    });
    await expect(drain(enc.encode(req))).resolves.toMatchObject({ result: done });
    expect(made).toHaveLength(2);
    expect(made[0]!.received).toEqual([]);
    expect(made[1]!.received.map((m) => m.op)).toEqual(['start']);
  });

  it('a mismatch from the thread comes back as the NarMismatchError it was', async () => {
    const enc = new ThreadEncoder(
      'code',
      1,
      () =>
        new FakeThread((m, self) =>
          self.emit('message', {
            id: m.id,
            error: { name: 'NarMismatchError', message: 'x', storePath: req.path, expectedSize: 8, actualSize: 9 },
          }),
        ),
    );
    await expect(drain(enc.encode(req))).rejects.toThrow(/refusing to sign .* \(NAR size 9, registered 8\)/);
  });

  describe('with the calling thread as a lane', () => {
    // An inline lane that records what it was given and holds it a while (its bytes stay in hand).
    function inlineLane(seen: string[]): NarEncoder {
      return {
        // eslint-disable-next-line require-yield
        async *encode(r) {
          seen.push(r.path);
          await new Promise((resolve) => setTimeout(resolve, 20));
          return done;
        },
        warm: () => {},
        close: async () => {},
      };
    }
    // A thread that takes its time, so paths given to it stay in hand while the next are placed.
    const slowThread = () =>
      new FakeThread((m, self) => {
        if (m.op === 'start') setTimeout(() => self.emit('message', { id: m.id, done } satisfies Reply), 20);
      });
    const sized = (name: string, narSize: number) => ({ ...req, path: `/nix/store/0123456789abcdfghijklmnpqrsvwxyz-${name}`, narSize });

    it('with no threads, encodes everything inline and starts no thread', async () => {
      const seen: string[] = [];
      let started = 0;
      const enc = new ThreadEncoder('code', 0, () => (started++, slowThread()), inlineLane(seen));
      await drain(enc.encode(sized('a', 10)));
      await drain(enc.encode(sized('b', 10)));
      expect(seen).toHaveLength(2);
      expect(started).toBe(0);
    });

    it('fills the thread (one path encoding, one waiting), then the calling thread, and holds the rest until a lane frees', async () => {
      const seen: string[] = [];
      const order: string[] = [];
      const enc = new ThreadEncoder('code', 1, slowThread, inlineLane(seen));
      enc.warm();
      const names = ['big', 'a', 'b', 'c', 'd', 'e'];
      await Promise.all(names.map((n) => drain(enc.encode(sized(n, 10))).then(() => order.push(n))));
      // big and a go to the thread, b to the calling thread; c waits for the first lane to free (the calling
      // thread and the thread both free after 20 ms, the thread's path first): every lane pulls, none idles.
      expect(seen.map((p) => p.slice(44))).toContain('b');
      expect(seen.map((p) => p.slice(44))).not.toContain('big');
      expect(seen.map((p) => p.slice(44))).not.toContain('a');
      expect(order).toHaveLength(names.length);
    });

    it('never gives a lane more than it may hold', async () => {
      let inlineAtOnce = 0;
      let inlineMax = 0;
      const counting: NarEncoder = {
        // eslint-disable-next-line require-yield
        async *encode() {
          inlineMax = Math.max(inlineMax, ++inlineAtOnce);
          await new Promise((resolve) => setTimeout(resolve, 5));
          inlineAtOnce--;
          return done;
        },
        warm: () => {},
        close: async () => {},
      };
      let threadMax = 0;
      let thread: FakeThread | undefined;
      let open = 0;
      const enc = new ThreadEncoder(
        'code',
        1,
        () =>
          (thread = new FakeThread((m, self) => {
            if (m.op !== 'start') return;
            threadMax = Math.max(threadMax, ++open);
            setTimeout(() => {
              open--;
              self.emit('message', { id: m.id, done } satisfies Reply);
            }, 3);
          })),
        counting,
      );
      await Promise.all(Array.from({ length: 40 }, (_, i) => drain(enc.encode(sized(`p${i}`, 10)))));
      expect(inlineMax).toBe(1);
      expect(threadMax).toBe(2);
      expect(thread!.received.filter((m) => m.op === 'start').length).toBeGreaterThan(0);
    });
  });
});
