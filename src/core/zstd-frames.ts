import { Transform, type TransformCallback } from 'node:stream';
import zlib from 'node:zlib';

/**
 * Decompresses a zstd stream of any number of concatenated frames. Node's zstd decoder stops after the first
 * frame and drops the rest; our own uploads (src/push/encode-frames.ts) and zstd's multi-threaded mode write
 * several. So this walks the frame structure (RFC 8878 §3.1: header, then blocks whose headers give their
 * sizes, then an optional checksum; skippable frames skipped) and hands each frame to a fresh Node decoder.
 * Memory stays at one chunk: frame bytes are passed on as they arrive, never gathered.
 */
const MAGIC = 0xfd2fb528;
const SKIPPABLE = 0x184d2a50; // …5f: the low 4 bits are free

type State =
  | { at: 'magic' }
  | { at: 'skip-size' }
  | { at: 'descriptor' }
  | { at: 'header-rest' } // window descriptor, dictionary id, content size
  | { at: 'block-header' }
  | { at: 'checksum' };

export class ZstdFramesDecompress extends Transform {
  private state: State = { at: 'magic' };
  private header = Buffer.alloc(0); // bytes of the token being read
  private need = 4; // bytes the token needs
  private skip = 0; // bytes of block contents or skippable data to pass (or drop) before the next token
  private skipping = false; // dropping (skippable frame) rather than decoding
  private lastBlock = false;
  private checksum = false;
  private decoder: zlib.ZstdDecompress | undefined;
  private frames = 0;
  private pendingEnd = false;

  private feed(bytes: Buffer): Promise<void> {
    if (this.skipping || bytes.length === 0) return Promise.resolve();
    if (!this.decoder) {
      this.decoder = zlib.createZstdDecompress();
      this.decoder.on('data', (d: Buffer) => this.push(d));
      this.decoder.on('error', (err) => this.destroy(err));
    }
    const d = this.decoder;
    return new Promise((resolve, reject) => d.write(bytes, (err) => (err ? reject(err) : resolve())));
  }

  private endFrame(): Promise<void> {
    const d = this.decoder;
    this.decoder = undefined;
    this.frames++;
    if (!d) return Promise.resolve();
    return new Promise((resolve, reject) => {
      d.once('error', reject);
      d.once('end', () => resolve());
      d.end();
    });
  }

  /** A token (magic, header, block header, checksum) is complete: decide what comes next. */
  private async token(t: Buffer): Promise<void> {
    const s = this.state.at;
    if (s === 'magic') {
      const m = t.readUInt32LE(0);
      if (m === MAGIC) return this.expect('descriptor', 1, t, false);
      if ((m & 0xfffffff0) === SKIPPABLE) return this.expect('skip-size', 4, t, true);
      throw new Error('not a zstd stream (bad frame magic number)');
    }
    if (s === 'skip-size') {
      this.skip = t.readUInt32LE(0);
      return this.expect('magic', 4, undefined, true);
    }
    if (s === 'descriptor') {
      const fhd = t[0]!;
      this.checksum = (fhd & 0x04) !== 0;
      const single = (fhd & 0x20) !== 0;
      const fcs = [single ? 1 : 0, 2, 4, 8][fhd >> 6]!;
      const did = [0, 1, 2, 4][fhd & 0x03]!;
      const rest = (single ? 0 : 1) + did + fcs;
      if (rest === 0) return this.expect('block-header', 3, t, false);
      return this.expect('header-rest', rest, t, false);
    }
    if (s === 'header-rest') return this.expect('block-header', 3, t, false);
    if (s === 'block-header') {
      const h = t[0]! | (t[1]! << 8) | (t[2]! << 16);
      this.lastBlock = (h & 1) === 1;
      const type = (h >> 1) & 3;
      if (type === 3) throw new Error('corrupt zstd stream (reserved block type)');
      this.skip = type === 1 ? 1 : h >>> 3;
      if (!this.lastBlock) return this.expect('block-header', 3, t, false);
      if (this.checksum) return this.expect('checksum', 4, t, false);
      return this.expect('magic', 4, t, false, true);
    }
    return this.expect('magic', 4, t, false, true); // the checksum
  }

  /** Next token: feed `done` (the token just read) to the decoder, and end the frame when it is complete. */
  private async expect(at: State['at'], need: number, done: Buffer | undefined, skipping: boolean, frameEnds = false): Promise<void> {
    this.skipping = skipping;
    if (done) await this.feed(done);
    this.state = { at } as State;
    this.need = need;
    this.header = Buffer.alloc(0);
    if (frameEnds) this.pendingEnd = true; // once the last block's contents have passed
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.consume(chunk).then(() => done(), done);
  }

  private async consume(chunk: Buffer): Promise<void> {
    let off = 0;
    while (off < chunk.length) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, chunk.length - off);
        await this.feed(chunk.subarray(off, off + n));
        this.skip -= n;
        off += n;
        continue;
      }
      if (this.pendingEnd) {
        this.pendingEnd = false;
        await this.endFrame();
      }
      const n = Math.min(this.need - this.header.length, chunk.length - off);
      this.header = Buffer.concat([this.header, chunk.subarray(off, off + n)]);
      off += n;
      if (this.header.length === this.need) await this.token(this.header);
    }
    if (this.skip === 0 && this.pendingEnd) {
      this.pendingEnd = false;
      await this.endFrame();
    }
  }

  override _flush(done: TransformCallback): void {
    const clean = this.state.at === 'magic' && this.header.length === 0 && this.skip === 0 && this.frames > 0;
    if (!clean) return done(new Error('truncated zstd stream'));
    done();
  }
}
