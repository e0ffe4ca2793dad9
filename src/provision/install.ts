import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError, usageError } from '../core/errors.js';
import { run } from '../nix/commands.js';

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
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export interface OfficialInstall {
  url: string;
  sha256: string;
  /** Where a downloaded tarball is kept between runs (the action restores/saves it with @actions/cache). */
  cacheDir?: string;
}

/**
 * The official multi-user installer: download the release tarball, check its sha256 before anything in it
 * runs, unpack, run `install --daemon --yes`. Where no init system runs, the daemon is started by us after.
 */
export async function installOfficial(o: OfficialInstall, log: (s: string) => void): Promise<void> {
  if (!/^[0-9a-f]{64}$/.test(o.sha256))
    throw usageError('install: official needs nix-installer-sha256 (64 hex digits) to check the tarball before it runs');
  const work = mkdtempSync(join(tmpdir(), 'ntc-nix-install-'));
  try {
    const tarball = o.cacheDir ? join(o.cacheDir, `nix-${o.sha256}.tar.xz`) : join(work, 'nix.tar.xz');
    if (!existsSync(tarball) || sha256File(tarball) !== o.sha256) {
      log(`downloading ${o.url}`);
      const res = await fetch(o.url).catch((err: unknown) => {
        throw new UserError(`cannot download the Nix installer from ${o.url}: ${(err as Error).message}`);
      });
      if (!res.ok) throw new UserError(`cannot download the Nix installer from ${o.url}: HTTP ${res.status}`);
      if (o.cacheDir) await must('mkdir', ['-p', o.cacheDir], 'creating the installer cache');
      writeFileSync(tarball, Buffer.from(await res.arrayBuffer()));
    }
    const actual = sha256File(tarball);
    if (actual !== o.sha256) {
      rmSync(tarball, { force: true });
      throw new UserError(`the Nix installer from ${o.url} has sha256 ${actual}, expected ${o.sha256}: refusing to run it`);
    }
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
