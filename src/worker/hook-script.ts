/** POSIX single-quoting: the value is data to the shell, whatever it holds. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

export interface HookPaths {
  queueDir: string;
  workerLog: string;
  workerPid: string;
  workerLock: string;
  node: string;
  worker: string;
}

/**
 * The post-build-hook the daemon runs as root after each build. Nix (up to 2.34 at least) waits for it before
 * the build loop goes on, so while a worker is alive it starts no program at all: `sh` builtins only. It
 *  - writes the entry as `queue/new-<pid>` in one printf, with noclobber (an older hook's file of the same pid
 *    is never overwritten: a numbered name is tried next) and a `.` line last, so the worker can tell a
 *    complete entry from one still being written; the worker renames it to its ordered id (src/worker/queue.ts);
 *  - checks the worker's liveness from its pid file and /proc: the pid must be alive and not a zombie, and its
 *    start time must equal the one the worker recorded, so neither a reused pid nor any other user's process
 *    can pass for the worker; only when it is not alive does it start one (in the background, under flock
 *    on a lock in the root-only queue directory: no other user can open, let alone hold, that lock);
 *  - always exits 0: a failing hook would stop the user's later builds.
 * DRV_PATH and OUT_PATHS are only ever expanded inside double quotes as printf arguments, and globbing is
 * off, so no store-path name or OUT_PATHS content can run as code.
 */
export function renderHookScript(p: HookPaths): string {
  return `#!/bin/sh
# nix-trusted-cache post-build-hook (managed file: provisioning rewrites it). Enqueue only; never fail.
# Builtins only while the worker is alive: every program started here is time the build loop waits.
set -f -C
umask 077
PATH=/usr/bin:/bin:/usr/sbin:/sbin
queue=${shellQuote(p.queueDir)}
log=${shellQuote(p.workerLog)}
f="$queue/new-$$"
n=0
until { printf '%s\n%s\n.\n' "$DRV_PATH" "$OUT_PATHS" > "$f"; } 2>/dev/null; do
  n=$((n + 1))
  if [ "$n" -ge 20 ]; then
    printf 'hook: could not enqueue %s (queue %s)\n' "$DRV_PATH" "$queue" >>"$log" 2>/dev/null
    break
  fi
  f="$queue/new-$$-$n"
done
alive=
pid=
start=
read -r pid start < ${shellQuote(p.workerPid)} 2>/dev/null
case "$pid" in ''|*[!0-9]*) pid= ;; esac
if [ -n "$pid" ] && [ -n "$start" ]; then
  stat=
  read -r stat < "/proc/$pid/stat" 2>/dev/null
  # fields after the parenthesised name: state is the 1st, the start time the 20th (field 22 of stat)
  set -- \${stat##*) }
  if [ "$1" != Z ] && [ "\${20}" = "$start" ]; then alive=1; fi
fi
if [ -z "$alive" ]; then
  # flock -w waits for a worker that is just exiting to let go of the lock, then starts a new one; it gives
  # up when another hook's new worker holds it (that one drains every entry).
  setsid nice -n 10 flock -w 10 ${shellQuote(p.workerLock)} ${shellQuote(p.node)} ${shellQuote(p.worker)} worker </dev/null >>"$log" 2>&1 &
fi
exit 0
`;
}
