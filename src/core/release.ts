/**
 * Memory of large buffers, freed when we are done with them instead of at the next garbage collection.
 *
 * A buffer's bytes live outside the JavaScript heap, and V8 collects them only once some 64 MiB of such
 * memory has died since its last collection: each thread that passes NAR pieces through would sit at
 * tens of MiB of dead pieces. Detaching an ArrayBuffer (ArrayBuffer.prototype.transfer) drops its bytes
 * at once.
 */

/** Whether `buf` is the whole of its ArrayBuffer (not a slice of Node's shared pool or of a larger buffer). */
function ownsWhole(buf: Uint8Array): boolean {
  return buf.buffer instanceof ArrayBuffer && buf.byteOffset === 0 && buf.byteLength === buf.buffer.byteLength;
}

/**
 * Frees the bytes of a buffer nothing else will read again (every view of it becomes empty). A slice of a
 * shared buffer is left to the garbage collector: other buffers live in the same memory.
 */
export function release(buf: Uint8Array): void {
  const ab = buf.buffer as ArrayBuffer;
  if (!ownsWhole(buf) || ab.detached) return;
  try {
    ab.transfer(0);
  } catch {
    // not detachable (Node's own pools refuse): the collector frees it
  }
}

/**
 * `buf` as a buffer of exactly its size, the rest of its ArrayBuffer freed: for output written at the start
 * of a fresh worst-case-sized buffer, of which `buf` is the only view (it must not be used afterwards).
 * Anything else (a slice elsewhere in its buffer, or of Node's pool) is copied.
 */
export function shrinkToFit(buf: Buffer): Buffer {
  if (ownsWhole(buf)) return buf;
  const ab = buf.buffer;
  if (!(ab instanceof ArrayBuffer) || buf.byteOffset !== 0 || ab.byteLength <= Buffer.poolSize) return Buffer.from(buf);
  return Buffer.from(ab.transfer(buf.byteLength));
}
