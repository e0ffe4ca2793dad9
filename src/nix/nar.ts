import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readlinkSync, readSync, constants as fsc, type Dirent } from 'node:fs';

/**
 * NAR serialisation of a file tree, in-process (docs/architecture.md, "The seam to Nix"): the same bytes as
 * `nix-store --dump`, without a process per store path. NAR strings are a little-endian u64 length, the
 * bytes, and zero padding to a multiple of 8; directory entries are sorted bytewise, as Nix sorts them.
 * Only what Nix itself puts in a store is accepted (regular files, directories, symlinks): anything else is
 * an error, never silently skipped. The caller re-hashes the stream against the Nix database, so a tree
 * changed while it is read is caught there.
 */

const CHUNK = 1024 * 1024; // default output buffers: fewer, larger chunks are cheaper for every stream after this
const PAD = Buffer.alloc(8);
const SLASH = Buffer.from('/');

/**
 * Chunk buffers shared by the NARs one thread serialises (an encoder lane; several may be in progress at once,
 * interleaved): every store path would otherwise allocate its own, and each thread would sit at tens of MiB of
 * dead buffers until its next garbage collection (see core/release.ts). Each narChunks holds the buffers it
 * took until it gives them back, so interleaved NARs never share one.
 */
export class ChunkPool {
  readonly chunkSize: number;
  private readonly free: Buffer[] = [];

  constructor(chunkSize: number) {
    this.chunkSize = chunkSize;
  }

  take(): Buffer {
    return this.free.pop() ?? Buffer.allocUnsafe(this.chunkSize);
  }

  /** Back into the pool, for a buffer that `take` gave and nothing reads any more. */
  give(buf: Buffer): void {
    this.free.push(buf);
  }
}

/**
 * Accumulates NAR bytes into chunk-sized buffers; `drain` hands over what is full. With a pool, a buffer goes
 * back to it as soon as the consumer asks for the chunk after it, and a new one is taken only when a byte is
 * to be written: for a consumer that is done with each chunk before it asks for the next (the encoder
 * threads hash and compress in place), a NAR of any size holds one buffer, and leaves no garbage.
 */
class ChunkWriter {
  private buf: Buffer | undefined; // being written
  private used = 0;
  private readonly full: Buffer[] = []; // chunks not handed over yet
  private readonly fullBuffers: Buffer[] = []; // with a pool: the buffers behind them
  private readonly chunkSize: number; // fields, not parameter properties: the bench strips types only
  private readonly pool: ChunkPool | undefined;

  /** `sizeHint`: the expected NAR size; without a pool, a small NAR then fits one buffer of just its size. */
  constructor(sizeHint: number, chunkSize: number, pool?: ChunkPool) {
    this.chunkSize = chunkSize;
    this.pool = pool;
    if (!pool) this.buf = Buffer.allocUnsafe(Math.max(64, Math.min(chunkSize, sizeHint)));
  }

  private current(): Buffer {
    return (this.buf ??= this.pool ? this.pool.take() : Buffer.allocUnsafe(this.chunkSize));
  }

  private flush(): void {
    if (this.used === 0) return;
    this.full.push(this.buf!.subarray(0, this.used));
    if (this.pool) this.fullBuffers.push(this.buf!);
    this.buf = undefined;
    this.used = 0;
  }

  /** Space to write `n` bytes into (at most a chunk). */
  private room(n: number): Buffer {
    if (this.used + n > this.current().length) this.flush();
    return this.current();
  }

  /** A NAR length (at most 2^53: a JavaScript number's integers), as two 32-bit halves: no BigInt per field. */
  u64(n: number): void {
    const buf = this.room(8);
    buf.writeUInt32LE(n % 0x1_0000_0000, this.used);
    buf.writeUInt32LE(Math.floor(n / 0x1_0000_0000), this.used + 4);
    this.used += 8;
  }

  bytes(b: Uint8Array): void {
    let off = 0;
    while (off < b.length) {
      if (this.used === this.current().length) this.flush();
      const buf = this.current();
      const n = Math.min(b.length - off, buf.length - this.used);
      buf.set(b.subarray(off, off + n), this.used);
      this.used += n;
      off += n;
    }
  }

  pad(len: number): void {
    const p = (8 - (len % 8)) % 8;
    if (p) this.bytes(PAD.subarray(0, p));
  }

  str(s: string | Uint8Array): void {
    const b = typeof s === 'string' ? token(s) : s;
    this.u64(b.length);
    this.bytes(b);
    this.pad(b.length);
  }

  /**
   * Reads `size` bytes of an open file straight into the output buffers, handing over each buffer as it
   * fills: a large file never sits in memory whole.
   */
  *fileContents(fd: number, size: number, describe: string): Generator<Buffer> {
    this.u64(size);
    let left = size;
    while (left > 0) {
      if (this.used === this.current().length) {
        this.flush();
        yield* this.drain();
      }
      const buf = this.current();
      const got = readSync(fd, buf, this.used, Math.min(left, buf.length - this.used), null);
      if (got === 0) throw new Error(`${describe} shrank while it was read`);
      this.used += got;
      left -= got;
    }
    this.pad(size);
  }

  /** Hands over what is full; with a pool, each buffer goes back once the consumer asks for what follows. */
  *drain(): Generator<Buffer> {
    if (this.full.length === 0) return;
    const chunks = this.full.splice(0);
    const buffers = this.fullBuffers.splice(0);
    try {
      yield* chunks;
    } finally {
      for (const b of buffers) this.pool!.give(b);
    }
  }

  *end(): Generator<Buffer> {
    this.flush();
    yield* this.drain();
  }

  /** With a pool: every buffer still held goes back (the consumer asks for nothing more, or gave up). */
  close(): void {
    if (!this.pool) return;
    for (const b of this.fullBuffers.splice(0)) this.pool.give(b);
    if (this.buf) this.pool.give(this.buf);
    this.buf = undefined;
    this.full.length = 0;
  }
}

// The NAR's own words ('(', 'type', 'regular', 'contents', …), encoded once: a tree writes some ten per entry.
const TOKENS = new Map<string, Buffer>();
function token(s: string): Buffer {
  let b = TOKENS.get(s);
  if (!b) TOKENS.set(s, (b = Buffer.from(s)));
  return b;
}

function byName(a: Dirent<Buffer>, b: Dirent<Buffer>): number {
  return Buffer.compare(a.name, b.name);
}

/**
 * The NAR of `root` as chunks of `chunkSize` bytes (1 MiB by default; the last may be shorter). A
 * generator, so a consumer that is slow (compression, the network) holds at most a chunk or two in memory,
 * however large the tree. With `sizeHint` (the size the database records), a NAR smaller than a chunk comes
 * as one buffer of its own size. With a `pool` (of `chunkSize` buffers), each chunk is valid only until the
 * next is asked for, and the buffers go back to the pool when the generator ends.
 */
export function* narChunks(root: string, sizeHint = CHUNK, chunkSize = CHUNK, pool?: ChunkPool): Generator<Buffer> {
  if (pool && pool.chunkSize !== chunkSize) throw new Error(`a pool of ${pool.chunkSize}-byte buffers for ${chunkSize}-byte chunks`);
  const w = new ChunkWriter(sizeHint, chunkSize, pool);
  try {
    yield* walk(w, root);
  } finally {
    w.close();
  }
}

function* walk(w: ChunkWriter, root: string): Generator<Buffer> {
  w.str('nix-archive-1');
  // An explicit stack instead of recursion: store trees can be deep, and yielding from a recursive
  // generator costs a frame per level per chunk.
  // Paths are Buffers: a file name need not be valid UTF-8, and a decoded string would name another file.
  type Frame = { dir: Buffer; entries: Dirent<Buffer>[]; next: number };
  const stack: Frame[] = [];

  /** A regular file: its mode and size from the descriptor it is read through (no lstat of its path). */
  function* file(path: Buffer): Generator<Buffer> {
    // O_NONBLOCK: had a FIFO taken the file's place since the listing, opening it must not wait for a writer
    // (fstat then refuses it); on a regular file the flag changes nothing.
    const fd = openSync(path, fsc.O_RDONLY | fsc.O_NOFOLLOW | fsc.O_NONBLOCK);
    try {
      const st = fstatSync(fd);
      if (!st.isFile()) throw new Error(`${path.toString()} changed while it was read`);
      w.str('(');
      w.str('type');
      w.str('regular');
      if (st.mode & 0o100) {
        w.str('executable');
        w.str('');
      }
      w.str('contents');
      yield* w.fileContents(fd, st.size, path.toString());
    } finally {
      closeSync(fd);
    }
    w.str(')');
  }

  /** Any node: `entry` (from the directory listing) says its type, or lstat does (the root, or a listing that cannot tell). */
  function* node(path: Buffer, entry?: Dirent<Buffer>): Generator<Buffer> {
    const told = entry !== undefined && (entry.isFile() || entry.isDirectory() || entry.isSymbolicLink());
    const st = told ? entry : lstatSync(path);
    if (st.isFile()) return yield* file(path);
    w.str('(');
    w.str('type');
    if (st.isSymbolicLink()) {
      w.str('symlink');
      w.str('target');
      w.str(readlinkSync(path, { encoding: 'buffer' }));
      w.str(')');
    } else if (st.isDirectory()) {
      w.str('directory');
      const entries = readdirSync(path, { encoding: 'buffer', withFileTypes: true }).sort(byName);
      stack.push({ dir: path, entries, next: 0 });
    } else {
      throw new Error(`${path.toString()} is neither a regular file, a directory nor a symlink: Nix cannot have put it there`);
    }
  }

  yield* node(Buffer.from(root));
  yield* w.drain();
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.next > 0) w.str(')'); // closes the previous entry
    if (top.next === top.entries.length) {
      stack.pop();
      w.str(')'); // closes the directory
      continue;
    }
    const entry = top.entries[top.next++]!;
    w.str('entry');
    w.str('(');
    w.str('name');
    w.str(entry.name);
    w.str('node');
    yield* node(Buffer.concat([top.dir, SLASH, entry.name]), entry);
    yield* w.drain();
  }
  yield* w.end();
}
