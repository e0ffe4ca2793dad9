import * as cache from '@actions/cache';
import * as core from '@actions/core';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorMessage } from '../core/errors.js';
import { sha256Hex } from '../core/hash.js';

/**
 * Keeps the official installer tarball in the Actions cache, so ephemeral runners do not download it every
 * job. The tarball is still checked against nix-installer-sha256 before it runs, so a poisoned cache entry
 * is refused, never run. Any cache-service problem is a warning: the installer is downloaded instead.
 */
export function installerCacheDir(): string {
  return join(process.env.RUNNER_TOOL_CACHE || tmpdir(), 'nix-trusted-cache-installer');
}

const keyFor = (sha256: string) => `nix-trusted-cache-installer-${sha256}`;

export async function restoreInstaller(sha256: string): Promise<{ dir: string; hit: boolean }> {
  const dir = installerCacheDir();
  mkdirSync(dir, { recursive: true });
  if (!cache.isFeatureAvailable()) return { dir, hit: false };
  try {
    const hit = (await cache.restoreCache([dir], keyFor(sha256))) !== undefined;
    if (hit) core.info('restored the Nix installer tarball from the Actions cache');
    return { dir, hit };
  } catch (err) {
    core.warning(`could not restore the Nix installer from the Actions cache (${errorMessage(err)}); downloading it`);
    return { dir, hit: false };
  }
}

/**
 * Downloads the tarball into the runner user's own `dir`, as that user, when the Actions cache had none: then
 * provisioning (root) only reads it (checking its sha256 again) and never writes in this user's tree. A
 * tarball that does not match is not kept. Any problem is a warning: provisioning downloads it itself.
 */
export async function fetchInstallerInto(dir: string, url: string, sha256: string): Promise<void> {
  try {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const bytes = Buffer.from(await res.arrayBuffer());
    const actual = sha256Hex(bytes);
    if (actual !== sha256) throw new Error(`it has sha256 ${actual}, expected ${sha256}`);
    writeFileSync(join(dir, `nix-${sha256}.tar.xz`), bytes, { mode: 0o644 });
  } catch (err) {
    core.warning(`could not keep the Nix installer from ${url} for the Actions cache (${errorMessage(err)}); provisioning downloads it`);
  }
}

/** Only a tarball whose sha256 matches goes into the cache: its key promises exactly those bytes. */
function keptMatches(file: string, sha256: string): boolean {
  try {
    return sha256Hex(readFileSync(file)) === sha256;
  } catch {
    return false;
  }
}

export async function saveInstaller(dir: string, sha256: string): Promise<void> {
  if (!cache.isFeatureAvailable() || !keptMatches(join(dir, `nix-${sha256}.tar.xz`), sha256)) return;
  try {
    await cache.saveCache([dir], keyFor(sha256));
  } catch (err) {
    core.warning(`could not save the Nix installer to the Actions cache: ${errorMessage(err)}`);
  }
}
