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
 * The post-build-hook the daemon runs as root after each build. It only enqueues (one small file written
 * then renamed into place), starts the worker if it is not running, and always exits 0: a failing hook
 * would stop the user's later builds. DRV_PATH and OUT_PATHS are only ever expanded inside double quotes
 * as printf arguments, and globbing is off, so no store-path name or OUT_PATHS content can run as code.
 */
export function renderHookScript(p: HookPaths): string {
  return `#!/bin/sh
# nix-trusted-cache post-build-hook (managed file: provisioning rewrites it). Enqueue only; never fail.
# Shell builtins where it can: every program started here is time the build loop waits.
set -f
umask 077
PATH=/usr/bin:/bin:/usr/sbin:/sbin
queue=${shellQuote(p.queueDir)}
log=${shellQuote(p.workerLog)}
id="$(date +%s%N)-$$"
if printf '%s\\n%s\\n' "$DRV_PATH" "$OUT_PATHS" > "$queue/.tmp-$id" 2>>"$log" &&
   mv -f "$queue/.tmp-$id" "$queue/$id.entry" 2>>"$log"; then :; else
  printf '%s hook: could not enqueue %s\\n' "$(date -u +%FT%TZ)" "$DRV_PATH" >>"$log" 2>/dev/null
fi
pid=
read -r pid < ${shellQuote(p.workerPid)} 2>/dev/null
case "$pid" in ''|*[!0-9]*) pid= ;; esac
alive=
if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
  # a zombie (where PID 1 does not reap) is not a worker
  stat=
  read -r stat < /proc/"$pid"/stat 2>/dev/null
  case "$stat" in *') Z '*) ;; *) alive=1 ;; esac
fi
if [ -z "$alive" ]; then
  # In the background, so the build never waits: flock -w waits for a worker that is just exiting to let go
  # of the lock (then starts a new one), and gives up when another hook's worker is running (it drains all).
  setsid nice -n 10 flock -w 10 ${shellQuote(p.workerLock)} ${shellQuote(p.node)} ${shellQuote(p.worker)} worker </dev/null >>"$log" 2>&1 &
fi
exit 0
`;
}
