import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError, usageError } from '../core/errors.js';
import { sha256Hex } from '../core/hash.js';
import { run } from '../core/process.js';
import { cacheDirProblem, lstatFacts } from './cache-dir.js';

export type InstallMode = 'auto' | 'official' | 'distro' | 'skip';
export const INSTALL_MODES: readonly InstallMode[] = ['auto', 'official', 'distro', 'skip'];

export function parseInstallMode(text: string): InstallMode {
  if ((INSTALL_MODES as readonly string[]).includes(text)) return text as InstallMode;
  throw usageError(`unknown install mode ${JSON.stringify(text)}: use one of ${INSTALL_MODES.join(', ')}`);
}

export type NixState = { kind: 'absent' } | { kind: 'single-user'; owner: number; binDir: string } | { kind: 'multi-user'; binDir: string };

const BIN_DIRS = ['/nix/var/nix/profiles/default/bin', '/usr/bin', '/usr/local/bin', '/run/current-system/sw/bin'];

export function findNixBinDir(): string | undefined {
  const dirs = [...BIN_DIRS, ...(process.env.PATH ?? '').split(':').filter(Boolean)];
  return dirs.find((d) => existsSync(join(d, 'nix-store')) && existsSync(join(d, 'nix-daemon')));
}

/** Multi-user means a root-owned store that builds through nix-daemon; a user-owned store is single-user. */
export function detectNix(): NixState {
  const binDir = findNixBinDir();
  if (!binDir) return { kind: 'absent' };
  if (!existsSync('/nix/store')) return { kind: 'absent' };
  const st = statSync('/nix/store');
  if (st.uid !== 0) return { kind: 'single-user', owner: st.uid, binDir };
  return { kind: 'multi-user', binDir };
}

async function must(cmd: string, args: string[], what: string, env?: NodeJS.ProcessEnv): Promise<string> {
  const r = await run(cmd, args, env ? { env } : {});
  if (r.code !== 0) throw new UserError(`${what} failed (${cmd} exited ${r.code}): ${r.stderr.trim().split('\n').slice(-3).join(' / ')}`);
  return r.stdout;
}

/** Build users and the store's permissions: what a multi-user Nix needs and Debian's nix-bin leaves out. */
export async function ensureBuildUsers(count = 8): Promise<void> {
  if ((await run('getent', ['group', 'nixbld'])).code !== 0) await must('groupadd', ['-r', 'nixbld'], 'creating group nixbld');
  for (let i = 1; i <= count; i++) {
    if ((await run('id', [`nixbld${i}`])).code === 0) continue;
    await must(
      'useradd',
      ['-r', '-g', 'nixbld', '-G', 'nixbld', '-d', '/var/empty', '-s', '/usr/sbin/nologin', '-c', `Nix build user ${i}`, `nixbld${i}`],
      'creating Nix build users',
    );
  }
  await must('mkdir', ['-p', '/nix/store', '/nix/var/nix/daemon-socket'], 'creating /nix/store');
  await must('chown', ['root:nixbld', '/nix/store'], 'setting the owner of /nix/store');
  await must('chmod', ['1775', '/nix/store'], 'setting the mode of /nix/store');
}

export async function installDistro(log: (s: string) => void): Promise<void> {
  if (!existsSync('/etc/debian_version'))
    throw new UserError('install: distro supports Debian and Ubuntu (apt); use install: official on this system');
  log('installing Nix from the distribution (apt-get install nix-bin)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await must('apt-get', ['update', '-qq'], 'apt-get update', env);
  await must('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'nix-bin'], 'apt-get install nix-bin', env);
  await ensureBuildUsers();
}

export function sha256File(path: string): string {
  return sha256Hex(readFileSync(path));
}

// A release tarball is some tens of MiB: anything far larger at the kept name is not one.
const MAX_TARBALL = 512 * 1024 * 1024;

/**
 * A regular file's bytes, opened without following a link or blocking on a FIFO: the kept tarball lies in a
 * directory the runner user owns (the Actions cache is restored as that user). Undefined when it is absent,
 * or anything but a plain file.
 */
function readPlainFile(path: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    return st.isFile() && st.size <= MAX_TARBALL ? readFileSync(fd) : undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * Keeps a copy of a checked tarball in `dir` for the next run, only where root alone can write: a directory
 * of root's, with none above it writable by others (cacheDirProblem). Root never writes into another user's
 * tree, not even a file of its own choosing (a link among the directories above would take it elsewhere): the
 * action keeps the runner user's copy as that user (installer-cache.ts). A new file (O_EXCL|O_NOFOLLOW), removed
 * again if it cannot be written whole. A copy that cannot be kept costs a download next time, nothing more.
 */
function keepCopy(dir: string, name: string, bytes: Buffer): void {
  if (cacheDirProblem(dir, lstatFacts)) return;
  const path = join(dir, name);
  let fd: number;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
  } catch {
    return;
  }
  try {
    for (let off = 0; off < bytes.length;) off += writeSync(fd, bytes, off, bytes.length - off);
    closeSync(fd);
  } catch {
    closeSync(fd);
    rmSync(path, { force: true }); // a truncated copy would be refused, and block a whole one at this name
  }
}

export interface OfficialInstall {
  url: string;
  sha256: string;
  /** Where a checked tarball is kept between runs (the action restores/saves it with @actions/cache). */
  cacheDir?: string;
}

async function download(url: string): Promise<Buffer> {
  const res = await fetch(url).catch((err: unknown) => {
    throw new UserError(`cannot download the Nix installer from ${url}: ${(err as Error).message}`);
  });
  if (!res.ok) throw new UserError(`cannot download the Nix installer from ${url}: HTTP ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

/**
 * The official multi-user installer: download the release tarball, check its sha256 before anything in it
 * runs, unpack, run `install --daemon --yes`. Where no init system runs, the daemon is started by us after.
 */
export async function installOfficial(o: OfficialInstall, log: (s: string) => void): Promise<void> {
  if (!/^[0-9a-f]{64}$/.test(o.sha256))
    throw usageError('install: official needs nix-installer-sha256 (64 hex digits) to check the tarball before it runs');
  // mkdtemp: a new directory, 0700, under a name nobody could have made first.
  const work = mkdtempSync(join(tmpdir(), 'ntc-nix-install-'));
  try {
    const name = `nix-${o.sha256}.tar.xz`;
    const kept = o.cacheDir ? readPlainFile(join(o.cacheDir, name)) : undefined;
    let bytes = kept && sha256Hex(kept) === o.sha256 ? kept : undefined;
    if (!bytes) {
      log(`downloading ${o.url}`);
      bytes = await download(o.url);
    }
    const actual = sha256Hex(bytes);
    if (actual !== o.sha256)
      throw new UserError(`the Nix installer from ${o.url} has sha256 ${actual}, expected ${o.sha256}: refusing to run it`);
    // What is unpacked and run are the very bytes just checked, in a directory only root can reach: never a
    // path another user could swap between the check and the use.
    const tarball = join(work, 'nix.tar.xz');
    writeFileSync(tarball, bytes, { flag: 'wx', mode: 0o600 });
    if (o.cacheDir && bytes !== kept) keepCopy(o.cacheDir, name, bytes);
    await must('tar', ['-xf', tarball, '-C', work], 'unpacking the Nix installer');
    const installer = (await must('find', [work, '-maxdepth', '2', '-name', 'install', '-type', 'f'], 'finding the installer')).split(
      '\n',
    )[0];
    if (!installer) throw new UserError('the Nix installer tarball has no install script');
    log('running the official multi-user installer (--daemon --yes)');
    await must(installer, ['--daemon', '--yes', '--no-channel-add'], 'the Nix installer', {
      ...process.env,
      NIX_INSTALLER_NO_MODIFY_PROFILE: '1',
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
