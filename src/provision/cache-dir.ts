import { lstatSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Who could change a file:// cache under the worker (issue 11, item 3): the directory and each directory
 * above it must be root's and writable by nobody else, or another user could swap the directory for a link
 * or plant files in it. A world-writable ancestor with the sticky bit (/tmp) is fine: others cannot rename or
 * remove what they do not own there.
 */
export interface DirFacts {
  uid: number;
  mode: number; // st_mode
  isDirectory: boolean;
  isSymbolicLink: boolean;
}

/** The problem with the chain from `dir` up to /, or undefined; `stat` is lstat (absent: undefined). */
export function cacheDirProblem(dir: string, stat: (path: string) => DirFacts | undefined): string | undefined {
  let p = dir;
  if (stat(p) === undefined) p = dirname(p); // provisioning creates it: its parent must be sound
  for (; ; p = dirname(p)) {
    const st = stat(p);
    if (st === undefined) return `${p} does not exist`;
    if (st.isSymbolicLink) return `${p} is a symbolic link: whoever owns it decides where the cache is`;
    if (!st.isDirectory) return `${p} is not a directory`;
    if (st.uid !== 0) return `${p} is owned by uid ${st.uid}, not root: that user can replace the cache's files`;
    const sticky = (st.mode & 0o1000) !== 0;
    if ((st.mode & 0o022) !== 0 && !(sticky && p !== dir))
      return `${p} is writable by ${st.mode & 0o002 ? 'everyone' : 'its group'} (mode ${(st.mode & 0o7777).toString(8).padStart(4, '0')}): other users can plant files or links in the cache`;
    if (p === '/') return undefined;
  }
}

/** lstat as DirFacts (undefined when absent). */
export function lstatFacts(path: string): DirFacts | undefined {
  try {
    const st = lstatSync(path);
    return { uid: st.uid, mode: st.mode, isDirectory: st.isDirectory(), isSymbolicLink: st.isSymbolicLink() };
  } catch {
    return undefined;
  }
}
