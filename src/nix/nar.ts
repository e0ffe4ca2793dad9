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

/** Accumulates NAR bytes into CHUNK-sized buffers; `take` hands over what is full. */
class ChunkWriter {
  private buf: Buffer;
  private used = 0;
  readonly full: Buffer[] = [];

  /** `sizeHint`: the expected NAR size; a small NAR then fits one buffer of just its size. */
  private readonly chunkSize: number; // a field, not a parameter property: the bench strips types only

  constructor(sizeHint: number, chunkSize: number) {
    this.chunkSize = chunkSize;
    this.buf = Buffer.allocUnsafe(Math.max(64, Math.min(chunkSize, sizeHint)));
  }

  private flush(): void {
    if (this.used === 0) return;
    this.full.push(this.buf.subarray(0, this.used));
    this.buf = Buffer.allocUnsafe(this.chunkSize);
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

  /** Reads `size` bytes of an open file straight into the output buffers. */
  fileContents(fd: number, size: number, describe: string): void {
    this.u64(size);
    let left = size;
    while (left > 0) {
      if (this.used === this.buf.length) this.flush();
      const want = Math.min(left, this.buf.length - this.used);
      const got = readSync(fd, this.buf, this.used, want, null);
      if (got === 0) throw new Error(`${describe} shrank while it was read`);
      this.used += got;
      left -= got;
    }
    this.pad(size);
  }

  take(): Buffer[] {
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
 * as one buffer of its own size.
 */
export function* narChunks(root: string, sizeHint = CHUNK, chunkSize = CHUNK): Generator<Buffer> {
  const w = new ChunkWriter(sizeHint, chunkSize);
  w.str('nix-archive-1');
  // An explicit stack instead of recursion: store trees can be deep, and yielding from a recursive
  // generator costs a frame per level per chunk.
  // Paths are Buffers: a file name need not be valid UTF-8, and a decoded string would name another file.
  type Frame = { dir: Buffer; names: Buffer[]; next: number };
  const stack: Frame[] = [];

  const node = (path: Buffer): void => {
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
        w.fileContents(fd, size, path.toString());
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
  };

  node(Buffer.from(root));
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
    node(Buffer.concat([top.dir, SLASH, name]));
    if (w.full.length > 0) yield* w.take();
  }
  yield* w.end();
}
