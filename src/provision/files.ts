import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  closeSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  constants,
} from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Root-owned file writes for provisioning. Each write goes to a new temp file created with its final mode
 * (O_EXCL, so a planted file or link cannot be reused), is fsynced, then renamed over the target: a reader
 * sees the old or the new file, and a secret is never readable by anyone else, not even for a moment.
 */
export function ensureDir(path: string, mode: number): boolean {
  let changed = false;
  try {
    const st = lstatSync(path);
    if (!st.isDirectory()) throw new Error(`${path} exists and is not a directory`);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    mkdirSync(path, { recursive: true, mode });
    changed = true;
  }
  const st = statSync(path);
  if ((st.mode & 0o7777) !== mode) {
    chmodSync(path, mode);
    changed = true;
  }
  if (st.uid !== 0 || st.gid !== 0) {
    chownSync(path, 0, 0);
    changed = true;
  }
  return changed;
}

/** True when `path` already holds exactly `content`, with `mode`, owned by root:root. */
function isCurrent(path: string, content: Buffer, mode: number): boolean {
  try {
    const st = lstatSync(path);
    if (!st.isFile() || st.uid !== 0 || st.gid !== 0 || (st.mode & 0o7777) !== mode) return false;
    return readFileSync(path).equals(content);
  } catch {
    return false;
  }
}

/** Writes a root:root file atomically when its content, mode or owner differ; returns whether it changed. */
export function writeRootFile(path: string, content: string | Buffer, mode: number): boolean {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  if (isCurrent(path, bytes, mode)) return false;
  const tmp = join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, mode);
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    chownSync(tmp, 0, 0);
    chmodSync(tmp, mode); // the umask may have narrowed it
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  return true;
}

/** Removes a file if present; returns whether it was there. */
export function removeFile(path: string): boolean {
  try {
    lstatSync(path);
  } catch {
    return false;
  }
  rmSync(path, { force: true });
  return true;
}
