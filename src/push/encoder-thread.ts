/**
 * The program of a NAR encoder thread (see encoder.ts): runs encodeFrames for the paths the main thread asks
 * for, sending up to WINDOW pieces ahead of what it took, or, for a file:// cache, writes the whole object
 * itself (encodeToFile) and sends only the result. Bundled into dist/cli.js as a string by scripts/build.mjs.
 */
import { parentPort } from 'node:worker_threads';
import { ChunkPool, narChunks } from '../nix/nar.js';
import { encodeFrames, encodeToFileNow, FRAME, type EncodeRequest, type Encoded } from './encode-frames.js';

// Pieces a path may have in flight to the main thread before it takes one: the thread works on while the
// main thread writes, instead of waiting a round trip per piece.
const WINDOW = 2;
// One pool for the thread's NARs: encodeFrames hashes and compresses each chunk before it asks for the next.
const chunks = new ChunkPool(FRAME);
const tasks = new Map<number, { gen: Generator<Buffer, Encoded>; inFlight: number }>();

function errorReply(id: number, err: unknown) {
  const e = err as Error & { storePath?: string; expectedSize?: number; actualSize?: number };
  return {
    id,
    error: { name: e.name, message: e.message, storePath: e.storePath, expectedSize: e.expectedSize, actualSize: e.actualSize },
  };
}

const source = (p: string, hint: number, size: number) => narChunks(p, hint, size, chunks);

/** A file:// cache's object, written here in one go: nothing to send but the result. */
function writeFile(id: number, req: EncodeRequest): void {
  try {
    parentPort!.postMessage({ id, done: encodeToFileNow(req, source, req.file!) });
  } catch (err) {
    parentPort!.postMessage(errorReply(id, err));
  }
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
  if (m.op === 'start' && m.req!.file) return writeFile(m.id, m.req!);
  if (m.op === 'start') tasks.set(m.id, { gen: encodeFrames(m.req!, source), inFlight: 0 });
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
