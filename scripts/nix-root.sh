#!/usr/bin/env bash
# Debian roots with another Nix, for the version matrix (docs/architecture.md, "Test rig").
#
#   scripts/nix-root.sh build SUITE DIR   debootstrap SUITE into DIR and install its nix-bin (idempotent)
#   scripts/nix-root.sh run DIR CMD…      run CMD as root inside DIR, in its own mount and pid namespaces,
#                                         with this checkout bind-mounted at the same path
#
# Traps this encodes (each found by hand, each silent when missed):
# - sid's Release file is often past its Valid-Until on the mirror: apt needs Check-Valid-Until=false;
# - debootstrap --include=nix-bin misses a virtual package (perl-dbdabi-*): install nix-bin with apt after;
# - bind DIR onto itself before rbind-mounting /dev and mounting proc, or the chroot sees a bare /dev;
# - a chroot cannot create user namespaces: the daemon inside builds with nixbld build users;
# - unshare -p --mount-proc: nothing inside sees (or pkills) the host's nix-daemon; loopback stays shared,
#   so an S3 server on the host serves the root too.
set -euo pipefail

MIRROR=${NTC_DEBIAN_MIRROR:-http://deb.debian.org/debian}
# What the suites run inside a root: the same tools .ci/run installs on the host.
PACKAGES=(nix-bin busybox-static xz-utils zstd sudo util-linux procps passwd python3 git ca-certificates)
APT=(apt-get -o Acquire::Check-Valid-Until=false -o APT::Install-Recommends=false -y -qq)

# debootstrap writes no /etc/hosts: without it neither "localhost" nor this machine's name (sudo asks for it)
# resolves inside. Written on every build: a kept root may move to a machine with another name.
write_hosts() {
  printf '127.0.0.1 localhost\n127.0.1.1 %s\n::1 localhost ip6-localhost ip6-loopback\n' "$(hostname)" >"$1/etc/hosts"
}

build() {
  local suite=$1 dir=$2
  [ -d "$dir/etc" ] && write_hosts "$dir"
  if [ -x "$dir/usr/bin/nix" ] && [ -f "$dir/.ntc-root-ready" ]; then
    echo "root $dir ($suite): $(bash "$0" run "$dir" nix --version)"
    return 0
  fi
  if [ ! -x "$dir/usr/bin/apt-get" ]; then
    rm -rf "$dir.tmp"
    debootstrap --variant=minbase "$suite" "$dir.tmp" "$MIRROR" >"$dir.debootstrap.log" 2>&1 ||
      { tail -n 20 "$dir.debootstrap.log" >&2; echo "debootstrap $suite failed (log: $dir.debootstrap.log)" >&2; exit 1; }
    mv "$dir.tmp" "$dir"
  fi
  cp /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
  write_hosts "$dir"
  # and every apt inside (the suites' `install: distro` too) takes a stale Release file as the mirror serves it
  echo 'Acquire::Check-Valid-Until "false";' >"$dir/etc/apt/apt.conf.d/99ntc-stale-mirror"
  chroot "$dir" env DEBIAN_FRONTEND=noninteractive "${APT[@]}" update >/dev/null
  chroot "$dir" env DEBIAN_FRONTEND=noninteractive "${APT[@]}" install "${PACKAGES[@]}" >"$dir.apt.log" 2>&1 ||
    { tail -n 20 "$dir.apt.log" >&2; echo "apt-get install in the $suite root failed (log: $dir.apt.log)" >&2; exit 1; }
  touch "$dir/.ntc-root-ready"
  echo "root $dir ($suite): $(bash "$0" run "$dir" nix --version)"
}

# Runs inside the new namespaces (see `run`): mounts, then chroot.
inner() {
  local dir=$1 repo=$2
  shift 2
  mount --make-rprivate /
  mount --bind "$dir" "$dir"
  mount --rbind /dev "$dir/dev"
  mount -t proc proc "$dir/proc"
  mount -t sysfs sys "$dir/sys" 2>/dev/null || true
  mount -t tmpfs tmpfs "$dir/tmp"
  mkdir -p "$dir$repo"
  mount --bind "$repo" "$dir$repo"
  cd "$dir$repo"
  exec chroot "$dir" /usr/bin/env -C "$repo" "$@"
}

run() {
  local dir=$1
  shift
  local repo
  repo=$(cd "$(dirname "$0")/.." && pwd)
  exec unshare -m -p -f --mount-proc="$dir/proc" bash "$0" inner "$dir" "$repo" "$@"
}

case "${1:-}" in
  build) build "$2" "$3" ;;
  run) shift; run "$@" ;;
  inner) shift; inner "$@" ;;
  *) echo "usage: $0 build SUITE DIR | run DIR CMD…" >&2; exit 2 ;;
esac
