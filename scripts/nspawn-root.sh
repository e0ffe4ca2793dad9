#!/usr/bin/env bash
# Debian roots booted under systemd, for the systemd stage of the matrix (docs/architecture.md, "Test rig").
#
#   scripts/nspawn-root.sh build SUITE DIR   debootstrap SUITE with systemd into DIR, install nix-bin and
#                                            nix-setup-systemd (socket-activated nix-daemon units); idempotent
#   scripts/nspawn-root.sh boot DIR NAME     boot DIR under systemd-nspawn, with this checkout bind-mounted at the
#                                            same path; waits until systemd is up, else prints systemd's own
#                                            words, stops the container and fails
#   scripts/nspawn-root.sh exec NAME CMD…    run CMD as root inside the booted container NAME (all its namespaces)
#   scripts/nspawn-root.sh stop NAME         power the container off (by the pid boot recorded), killing it if
#                                            it does not stop within 30s
#   scripts/nspawn-root.sh versions NAME     print the container's systemd and Nix versions
#
# Traps this encodes (each found by hand):
# - no systemd on the host: --register=no (no machined) and --keep-unit (no scope unit over D-Bus);
# - setsid and </dev/null: nspawn wants a session of its own, and --console=pipe a console that is not ours;
# - nsenter -a enters the container's mount namespace, so paths inside are the container's; the checkout (and a
#   node_modules it links to, as a git worktree's may) is bind-mounted at the same path, so dist/ and Node agree;
# - loopback is shared (no --private-network): an S3 server started inside is reachable as on the host;
# - sid's Release file is often past its Valid-Until on the mirror (as in scripts/nix-root.sh).
set -euo pipefail

MIRROR=${NTC_DEBIAN_MIRROR:-http://deb.debian.org/debian}
RUN_DIR=/run/nix-trusted-cache-nspawn
# What the suite runs inside: what .ci/run installs on the host, and Debian's systemd units for nix-daemon.
PACKAGES=(nix-bin nix-setup-systemd busybox-static xz-utils zstd sudo util-linux procps passwd python3 git ca-certificates)
APT=(apt-get -o Acquire::Check-Valid-Until=false -o APT::Install-Recommends=false -y -qq)
REPO=$(cd "$(dirname "$0")/.." && pwd)

die() {
  echo "nspawn-root: $*" >&2
  exit 1
}

write_hosts() {
  printf '127.0.0.1 localhost\n127.0.1.1 %s\n::1 localhost ip6-localhost ip6-loopback\n' "$(hostname)" >"$1/etc/hosts"
}

build() {
  local suite=$1 dir=$2
  [ -d "$dir/etc" ] && write_hosts "$dir"
  if [ -f "$dir/.ntc-nspawn-ready" ]; then
    echo "root $dir ($suite): ready"
    return 0
  fi
  if [ ! -x "$dir/lib/systemd/systemd" ] && [ ! -x "$dir/usr/lib/systemd/systemd" ]; then
    rm -rf "$dir.tmp"
    debootstrap --variant=minbase --include=systemd,systemd-sysv,dbus "$suite" "$dir.tmp" "$MIRROR" >"$dir.debootstrap.log" 2>&1 ||
      { tail -n 20 "$dir.debootstrap.log" >&2; die "debootstrap $suite failed (log: $dir.debootstrap.log)"; }
    rm -rf "$dir"
    mv "$dir.tmp" "$dir"
  fi
  cp /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
  write_hosts "$dir"
  echo 'Acquire::Check-Valid-Until "false";' >"$dir/etc/apt/apt.conf.d/99ntc-stale-mirror"
  # A root password-less console would only invite a getty to wait on our pipe: the suite enters with nsenter.
  chroot "$dir" systemctl mask console-getty.service getty@.service serial-getty@.service systemd-networkd-wait-online.service >/dev/null 2>&1 || true
  chroot "$dir" env DEBIAN_FRONTEND=noninteractive "${APT[@]}" update >/dev/null
  # sid's nix-setup-systemd runs systemd-tmpfiles in its postinst, which refuses without /proc: mount it, in a
  # mount namespace of its own so nothing is left mounted (or seen by the host) after the install.
  unshare -m --propagation private bash -c 'mount -t proc proc "$1/proc" && exec chroot "$@"' _ "$dir" \
    env DEBIAN_FRONTEND=noninteractive "${APT[@]}" install "${PACKAGES[@]}" >"$dir.apt.log" 2>&1 ||
    { tail -n 20 "$dir.apt.log" >&2; die "apt-get install in the $suite root failed (log: $dir.apt.log)"; }
  touch "$dir/.ntc-nspawn-ready"
  echo "root $dir ($suite): built"
}

nspawn_pid() {
  local f="$RUN_DIR/$1.pid"
  [ -f "$f" ] || return 1
  local pid
  pid=$(cat "$f")
  [ -d "/proc/$pid" ] && grep -q systemd-nspawn "/proc/$pid/cmdline" 2>/dev/null && echo "$pid"
}

# The container's PID 1, as the host sees it: the one child of systemd-nspawn, in a pid namespace of its own
# (never a process of the host's: what `exec` runs must not land on the host). Fails, never exits: callers
# test it in conditions, where an exit would end the script without a word.
leader() {
  local pid
  pid=$(nspawn_pid "$1") || return 1
  local child
  child=$(cat "/proc/$pid/task/$pid/children" 2>/dev/null | awk '{print $1}')
  [ -n "$child" ] || return 1
  [ "$(readlink "/proc/$child/ns/pid")" != "$(readlink /proc/self/ns/pid)" ] || return 1
  echo "$child"
}

inside() {
  local name=$1
  shift
  local pid1
  pid1=$(leader "$name") || die "container $name is not running (no live systemd-nspawn in $RUN_DIR/$name.pid, or no init yet)"
  nsenter -t "$pid1" -a /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root "$@"
}

boot() {
  local dir=$1 name=$2
  [ -f "$dir/.ntc-nspawn-ready" ] || die "$dir is not a built root: run $0 build SUITE $dir first"
  mkdir -p "$RUN_DIR"
  if nspawn_pid "$name" >/dev/null; then stop "$name"; fi
  local binds=(--bind="$REPO")
  local modules
  modules=$(readlink -f "$REPO/node_modules" 2>/dev/null || true)
  if [ -n "$modules" ] && [ "$modules" != "$REPO/node_modules" ]; then binds+=(--bind="$modules"); fi
  write_hosts "$dir"
  local log="$RUN_DIR/$name.console.log"
  # --volatile=overlay: writes go to a tmpfs over the root, so every boot starts from the root as built.
  # The unified cgroup hierarchy even on a cgroup-v1 host: systemd 256 and later (sid's) refuse to boot on v1,
  # exiting 255 at once, and nspawn then prints only its cleanup's complaint about /run/systemd/nspawn.
  SYSTEMD_NSPAWN_UNIFIED_HIERARCHY=1 setsid systemd-nspawn -D "$dir" -b --volatile=overlay --register=no --keep-unit --console=pipe -M "$name" "${binds[@]}" </dev/null >"$log" 2>&1 &
  echo $! >"$RUN_DIR/$name.pid"
  local state="" i
  # "offline" and "starting" are what systemctl says while the container's systemd is still coming up
  for i in $(seq 1 120); do
    if ! nspawn_pid "$name" >/dev/null; then
      echo "--- systemd-nspawn exited while booting $dir; its console:" >&2
      tail -n 40 "$log" >&2
      die "container $name did not boot"
    fi
    if leader "$name" >/dev/null 2>&1; then
      state=$(inside "$name" systemctl is-system-running 2>/dev/null || true)
      case "$state" in running | degraded) break ;; esac
    fi
    sleep 0.5
  done
  case "$state" in
    running) ;;
    degraded)
      echo "container $name booted degraded; failed units:" >&2
      inside "$name" systemctl --failed --no-pager >&2 || true
      ;;
    *)
      echo "--- systemd in $name is '${state:-not answering}' after 60s. Failed units:" >&2
      inside "$name" systemctl --failed --no-pager >&2 || true
      echo "--- journal (errors):" >&2
      inside "$name" journalctl -b -p err --no-pager -n 40 >&2 || true
      echo "--- console:" >&2
      tail -n 40 "$log" >&2
      stop "$name" || true
      die "container $name did not boot to 'running' (systemd says: ${state:-nothing})"
      ;;
  esac
  echo "container $name booted (systemd-nspawn pid $(nspawn_pid "$name"), init pid $(leader "$name"))"
}

stop() {
  local name=$1 pid init
  pid=$(nspawn_pid "$name") || { rm -f "$RUN_DIR/$name.pid"; return 0; }
  init=$(leader "$name" 2>/dev/null || true)
  # nspawn turns SIGTERM into an orderly poweroff of the container's systemd.
  kill -TERM "$pid" 2>/dev/null || true
  local i
  for i in $(seq 1 60); do
    [ -d "/proc/$pid" ] || break
    sleep 0.5
  done
  if [ -d "/proc/$pid" ]; then
    echo "container $name did not power off within 30s: killing systemd-nspawn (pid $pid) and its init" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
  # an init that outlived nspawn would keep the container's processes alive: killing it ends its pid namespace
  if [ -n "$init" ] && [ -d "/proc/$init" ]; then kill -KILL "$init" 2>/dev/null || true; fi
  rm -f "$RUN_DIR/$name.pid"
  echo "container $name stopped"
}

versions() {
  inside "$1" sh -c 'echo "$(systemctl --version | head -n 1); $(nix --version)"'
}

case "${1:-}" in
  build) build "$2" "$3" ;;
  boot) boot "$2" "$3" ;;
  exec)
    name=$2
    shift 2
    inside "$name" /usr/bin/env -C "$REPO" "$@"
    ;;
  stop) stop "$2" ;;
  versions) versions "$2" ;;
  *) echo "usage: $0 build SUITE DIR | boot DIR NAME | exec NAME CMD… | stop NAME | versions NAME" >&2; exit 2 ;;
esac
