import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readlinkSync, readSync, constants as fsc } from 'node:fs';

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
 * Accumulates NAR bytes into chunk-sized buffers; `take` hands over what is full. With `reuse`, buffers handed
 * over by one `take` are written again after the next: for a consumer that is done with each chunk before it
 * asks for the next (the encoder threads hash and compress in place), so a NAR of any size costs a couple of
 * buffers and no garbage.
 */
class ChunkWriter {
  private buf: Buffer;
  private used = 0;
  readonly full: Buffer[] = [];
  private readonly chunkSize: number; // fields, not parameter properties: the bench strips types only
  private readonly reuse: boolean;
  private lent: Buffer[] = []; // handed over by the last take (reuse)
  private spare: Buffer[] = []; // free again (reuse)

  /** `sizeHint`: the expected NAR size; a small NAR then fits one buffer of just its size. */
  constructor(sizeHint: number, chunkSize: number, reuse: boolean) {
    this.chunkSize = chunkSize;
    this.reuse = reuse;
    this.buf = Buffer.allocUnsafe(Math.max(64, Math.min(chunkSize, sizeHint)));
  }

  private flush(): void {
    if (this.used === 0) return;
    this.full.push(this.buf.subarray(0, this.used));
    this.buf = this.spare.pop() ?? Buffer.allocUnsafe(this.chunkSize);
    this.used = 0;
  }

  /** Space to write `n` bytes into (at most a chunk). */
  private room(n: number): void {
    if (this.used + n > this.buf.length) this.flush();
  }

  u64(n: number): void {
    this.room(8);
    this.buf.writeBigUInt64LE(BigInt(n), this.used);
    this.used += 8;
  }

  bytes(b: Uint8Array): void {
    let off = 0;
    while (off < b.length) {
      if (this.used === this.buf.length) this.flush();
      const n = Math.min(b.length - off, this.buf.length - this.used);
      this.buf.set(b.subarray(off, off + n), this.used);
      this.used += n;
      off += n;
    }
  }

  pad(len: number): void {
    const p = (8 - (len % 8)) % 8;
    if (p) this.bytes(PAD.subarray(0, p));
  }

  str(s: string | Uint8Array): void {
    const b = typeof s === 'string' ? Buffer.from(s) : s;
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
      if (this.used === this.buf.length) {
        this.flush();
        yield* this.take();
      }
      const want = Math.min(left, this.buf.length - this.used);
      const got = readSync(fd, this.buf, this.used, want, null);
      if (got === 0) throw new Error(`${describe} shrank while it was read`);
      this.used += got;
      left -= got;
    }
    this.pad(size);
  }

  take(): Buffer[] {
    if (this.reuse) {
      // the consumer is done with what the last take lent: full-size buffers go back to the spares
      for (const b of this.lent)
        if (b.buffer.byteLength >= this.chunkSize && b.byteOffset === 0) this.spare.push(Buffer.from(b.buffer, 0, this.chunkSize));
      this.lent = this.full.slice();
    }
    return this.full.splice(0);
  }

  end(): Buffer[] {
    if (this.used > 0) this.full.push(this.buf.subarray(0, this.used));
    this.used = 0;
    return this.take();
  }
}

function byBytes(a: Buffer, b: Buffer): number {
  return Buffer.compare(a, b);
}

/**
 * The NAR of `root` as chunks of `chunkSize` bytes (1 MiB by default; the last may be shorter). A
 * generator, so a consumer that is slow (compression, the network) holds at most a chunk or two in memory,
 * however large the tree. With `sizeHint` (the size the database records), a NAR smaller than a chunk comes
 * as one buffer of its own size. With `reuse`, each chunk is valid only until the next is asked for.
 */
export function* narChunks(root: string, sizeHint = CHUNK, chunkSize = CHUNK, reuse = false): Generator<Buffer> {
  const w = new ChunkWriter(sizeHint, chunkSize, reuse);
  w.str('nix-archive-1');
  // An explicit stack instead of recursion: store trees can be deep, and yielding from a recursive
  // generator costs a frame per level per chunk.
  // Paths are Buffers: a file name need not be valid UTF-8, and a decoded string would name another file.
  type Frame = { dir: Buffer; names: Buffer[]; next: number };
  const stack: Frame[] = [];

  function* node(path: Buffer): Generator<Buffer> {
    const st = lstatSync(path);
    w.str('(');
    w.str('type');
    if (st.isSymbolicLink()) {
      w.str('symlink');
      w.str('target');
      w.str(readlinkSync(path, { encoding: 'buffer' }));
      w.str(')');
    } else if (st.isFile()) {
      w.str('regular');
      if (st.mode & 0o100) {
        w.str('executable');
        w.str('');
      }
      w.str('contents');
      const fd = openSync(path, fsc.O_RDONLY | fsc.O_NOFOLLOW);
      try {
        const size = fstatSync(fd).size;
        if (size !== st.size) throw new Error(`${path.toString()} changed while it was read`);
        yield* w.fileContents(fd, size, path.toString());
      } finally {
        closeSync(fd);
      }
      w.str(')');
    } else if (st.isDirectory()) {
      w.str('directory');
      const names = readdirSync(path, { encoding: 'buffer' }).sort(byBytes);
      stack.push({ dir: path, names, next: 0 });
    } else {
      throw new Error(`${path.toString()} is neither a regular file, a directory nor a symlink: Nix cannot have put it there`);
    }
  }

  yield* node(Buffer.from(root));
  yield* w.take();
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.next > 0) w.str(')'); // closes the previous entry
    if (top.next === top.names.length) {
      stack.pop();
      w.str(')'); // closes the directory
      continue;
    }
    const name = top.names[top.next++]!;
    w.str('entry');
    w.str('(');
    w.str('name');
    w.str(name);
    w.str('node');
    yield* node(Buffer.concat([top.dir, SLASH, name]));
    if (w.full.length > 0) yield* w.take();
  }
  yield* w.end();
}
