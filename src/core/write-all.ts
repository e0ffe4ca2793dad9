import { writeSync } from 'node:fs';

/** Writes all of `bytes` to `fd`: writeSync may write less than it was given (a full disk says so by throwing). */
export function writeAll(fd: number, bytes: Uint8Array): void {
  for (let off = 0; off < bytes.length;) off += writeSync(fd, bytes, off, bytes.length - off);
}
