/**
 * A snapshot of what provisioning owns (nix.conf, the drop-in, /etc/nix-trusted-cache/*), so a suite that
 * re-provisions or plants misconfigurations can put the machine back as it found it.
 */
import { chmodSync, chownSync, existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LAYOUT } from '../../../src/layout.js';
import { writeRootFile } from '../../../src/provision/files.js';
import { findNixBinDir } from '../../../src/provision/install.js';
import { ensureNixDaemon, ensureWorker } from '../../../src/provision/services.js';

export interface FileSnap {
  path: string;
  content: Buffer;
  mode: number;
  uid: number;
  gid: number;
  atime: Date;
  mtime: Date;
}

export function snapFile(path: string): FileSnap | undefined {
  if (!existsSync(path)) return undefined;
  const st = statSync(path);
  return { path, content: readFileSync(path), mode: st.mode & 0o7777, uid: st.uid, gid: st.gid, atime: st.atime, mtime: st.mtime };
}

/** Puts a file back exactly: content, owner, mode and times (so "nix.conf changed after the daemon" reads as before). */
export function putBack(s: FileSnap): void {
  writeFileSync(s.path, s.content);
  chownSync(s.path, s.uid, s.gid);
  chmodSync(s.path, s.mode);
  utimesSync(s.path, s.atime, s.mtime);
}

export function managedFiles(): string[] {
  const inEtc = existsSync(LAYOUT.etcDir)
    ? readdirSync(LAYOUT.etcDir)
        .filter((n) => !n.startsWith('.'))
        .map((n) => join(LAYOUT.etcDir, n))
    : [];
  return [LAYOUT.nixConf, LAYOUT.dropIn, ...inEtc];
}

export function snapshotProvisioning(): Map<string, FileSnap> {
  const m = new Map<string, FileSnap>();
  for (const p of managedFiles()) {
    const s = snapFile(p);
    if (s) m.set(p, s);
  }
  return m;
}

/**
 * Restores the snapshot; when anything differed, restarts the daemon (it reads nix.conf only at start) and,
 * on a machine that was provisioned, the worker. The daemon restarts also when the snapshot was of an
 * unprovisioned machine: restoring that removes the hook, and a daemon still configured with it failed the
 * next suite's first build ("executing '/etc/nix-trusted-cache/post-build-hook': No such file or directory",
 * seen once trust-classes ran after a suite that left the machine unprovisioned).
 */
export async function restoreProvisioning(before: Map<string, FileSnap>): Promise<void> {
  let changed = false;
  for (const p of managedFiles()) {
    if (!before.has(p)) {
      rmSync(p, { force: true });
      changed = true;
    }
  }
  for (const s of before.values()) {
    const cur = snapFile(s.path);
    if (cur && cur.content.equals(s.content) && cur.mode === s.mode && cur.uid === s.uid && cur.gid === s.gid) continue;
    if (s.uid === 0 && s.gid === 0) writeRootFile(s.path, s.content, s.mode);
    else putBack(s);
    changed = true;
  }
  if (!changed) return;
  await ensureNixDaemon(findNixBinDir() ?? '/usr/bin', true, () => {});
  if (before.has(LAYOUT.config)) await ensureWorker(true);
}
