/**
 * The program of a NAR encoder thread (see encoder.ts): runs encodeFrames for the paths the main thread
 * asks for, one piece per request. Bundled into dist/cli.js as a string by scripts/build.mjs.
 */
import { parentPort } from 'node:worker_threads';
import { narChunks } from '../nix/nar.js';
import { encodeFrames, type EncodeRequest, type Encoded } from './encode-frames.js';

// Pieces a path may have in flight to the main thread before it takes one: the thread works on while the
// main thread writes, instead of waiting a round trip per piece.
const WINDOW = 2;
const tasks = new Map<number, { gen: Generator<Buffer, Encoded>; inFlight: number }>();

function errorReply(id: number, err: unknown) {
  const e = err as Error & { storePath?: string; expectedSize?: number; actualSize?: number };
  return {
    id,
    error: { name: e.name, message: e.message, storePath: e.storePath, expectedSize: e.expectedSize, actualSize: e.actualSize },
  };
}

function pump(id: number): void {
  const task = tasks.get(id);
  while (task && task.inFlight < WINDOW) {
    let r: IteratorResult<Buffer, Encoded>;
    try {
      r = task.gen.next();
    } catch (err) {
      tasks.delete(id);
      parentPort!.postMessage(errorReply(id, err));
      return;
    }
    if (r.done) {
      tasks.delete(id);
      parentPort!.postMessage({ id, done: r.value });
      return;
    }
    const piece = r.value;
    // Move the bytes, not a copy, when the piece owns its whole buffer (small ones may share a pool's).
    const owns = piece.byteOffset === 0 && piece.byteLength === piece.buffer.byteLength;
    parentPort!.postMessage({ id, piece }, owns ? [piece.buffer as ArrayBuffer] : []);
    task.inFlight++;
  }
}

parentPort!.on('message', (m: { op: 'start' | 'took' | 'cancel'; id: number; req?: EncodeRequest }) => {
  // reuse: encodeFrames hashes and compresses each chunk before it asks for the next
  if (m.op === 'start') tasks.set(m.id, { gen: encodeFrames(m.req!, (p, hint, size) => narChunks(p, hint, size, true)), inFlight: 0 });
  const task = tasks.get(m.id);
  if (!task) return;
  if (m.op === 'cancel') {
    task.gen.return(undefined as never);
    tasks.delete(m.id);
    return;
  }
  if (m.op === 'took') task.inFlight--;
  pump(m.id);
});
