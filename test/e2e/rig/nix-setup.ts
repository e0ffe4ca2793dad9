/**
 * A machine's Nix made ready for the rig and the bench: build users, the store, a base nix.conf (sandboxed,
 * offline) and the unprivileged runner user. Idempotent. No vitest here: the bench imports it too.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';

export const RUNNER = 'ntc-runner';

/** The rig's base nix.conf: no network substituters, a sandbox whose /bin/sh is busybox. */
export const BASE_NIX_CONF = `build-users-group = nixbld
sandbox = true
sandbox-fallback = false
sandbox-paths = /bin/sh=/bin/busybox
substituters =
experimental-features = nix-command
`;

export function ensureNixSetup(): void {
  if (spawnSync('getent', ['group', 'nixbld']).status !== 0) execFileSync('groupadd', ['-r', 'nixbld']);
  for (let i = 1; i <= 4; i++) {
    if (spawnSync('id', [`nixbld${i}`]).status !== 0) {
      execFileSync('useradd', ['-r', '-g', 'nixbld', '-G', 'nixbld', '-d', '/var/empty', '-s', '/usr/sbin/nologin', `nixbld${i}`]);
    }
  }
  mkdirSync('/nix/store', { recursive: true });
  execFileSync('chown', ['root:nixbld', '/nix/store']);
  chmodSync('/nix/store', 0o1775);
  mkdirSync('/nix/var/nix/daemon-socket', { recursive: true });
  mkdirSync('/etc/nix', { recursive: true });
  if (!existsSync('/etc/nix/nix.conf')) writeFileSync('/etc/nix/nix.conf', BASE_NIX_CONF);
  if (spawnSync('id', [RUNNER]).status !== 0) execFileSync('useradd', ['-m', '-s', '/bin/bash', RUNNER]);
}
