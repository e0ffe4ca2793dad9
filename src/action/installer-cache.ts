import * as cache from '@actions/cache';
import * as core from '@actions/core';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorMessage } from '../core/errors.js';

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

export async function saveInstaller(dir: string, sha256: string): Promise<void> {
  if (!cache.isFeatureAvailable() || !existsSync(join(dir, `nix-${sha256}.tar.xz`))) return;
  try {
    await cache.saveCache([dir], keyFor(sha256));
  } catch (err) {
    core.warning(`could not save the Nix installer to the Actions cache: ${errorMessage(err)}`);
  }
}
