#!/usr/bin/env bash
# npm run demo: nix-trusted-cache end to end on this machine, with no cloud account.
#
# On Debian/Ubuntu as root: provisions this machine as a runner whose cache is a local directory, runs the
# action's main step as an unprivileged user (no secrets, as a pull-request job would), builds three small
# derivations as that user through nix-daemon, runs the post step, prints the job summary, and then proves
# that a second, empty Nix store substitutes the three paths with signature checking on.
#
# It leaves the provisioned runner in place (it prints how to undo that) and removes everything else it made.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
umask 022

DEMO_DIR=/var/tmp/nix-trusted-cache-demo
CACHE_DIR=$DEMO_DIR/cache
CACHE_URL=file://$CACHE_DIR
DEMO_USER=ntc-demo
SYSTEM_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

step() { printf '\n==> %s\n' "$*"; }
say() { printf '    %s\n' "$*"; }
indent() { sed 's/^/    | /'; }
die() {
  printf '\ndemo: FAIL: %s\n' "$*" >&2
  exit 1
}

# --- temporary files, removed on exit ---------------------------------------------------------------------
WORK=$(mktemp -d /tmp/ntc-demo.XXXXXX)
chmod 0755 "$WORK"
cleanup() { rm -rf "$WORK"; }
trap cleanup EXIT

# --- preconditions ----------------------------------------------------------------------------------------
[ "$(id -u)" -eq 0 ] || die "run the demo as root (it provisions this machine: /etc/nix, a root-only key, a worker)"
command -v apt-get >/dev/null || die "the demo needs Debian or Ubuntu (apt-get)"

step "Packages"
need=()
for p in nix-bin busybox-static; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
if [ ${#need[@]} -gt 0 ]; then
  say "apt-get install ${need[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
say "$(nix-store --version), busybox at /bin/busybox (the sandbox's /bin/sh)"

# The action runs on Node 24 (runs.using: node24). Under `npm run`, `node` is the node package's Node 24.
NODE=$(command -v node || true)
node_ok() { [ -n "$1" ] && "$1" -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 24 ? 0 : 1)' 2>/dev/null; }
node_ok "$NODE" || NODE=$ROOT/node_modules/.bin/node
node_ok "$NODE" || die "no Node 24 found: run npm install first, then npm run demo"
NODE=$(readlink -f "$NODE")
say "node $("$NODE" --version) at $NODE"

if [ ! -f dist/cli.js ] || [ ! -f dist/main.js ] || [ ! -f dist/post.js ]; then
  step "Build dist/ (missing)"
  PATH=$(dirname "$NODE"):$PATH npm run -s build
fi
CLI=("$NODE" "$ROOT/dist/cli.js")

# --- 1. a key and the provisioned runner (root, what a bootstrap script does) ---------------------------------
step "1. Signing key (nix-trusted-cache keygen demo-1)"
rm -rf "$DEMO_DIR"
mkdir -p "$DEMO_DIR"
# The secret key stays in this shell's memory and goes to provision on stdin: never in argv or on disk here.
SECRET_KEY=$("${CLI[@]}" keygen demo-1 2>"$WORK/public-key")
PUBLIC_KEY=$(cat "$WORK/public-key")
say "public key: $PUBLIC_KEY"

step "2. Provision this runner as root (nix-trusted-cache provision --secrets-stdin)"
EXTRA_CONF=$'sandbox-paths = /bin/sh=/bin/busybox\nsubstituters ='
say "cache: $CACHE_URL (a local directory; no cloud account)"
say "extra-conf: sandbox-paths = /bin/sh=/bin/busybox; substituters = (offline)"
printf '{"signingKey": "%s"}' "$SECRET_KEY" |
  "${CLI[@]}" provision --cache "$CACHE_URL" --secrets-stdin --install auto --untrust-user "$DEMO_USER" \
    --extra-conf "$EXTRA_CONF" >"$WORK/provision.out" 2>"$WORK/provision.err" ||
  { indent <"$WORK/provision.err"; die "provision failed"; }
unset SECRET_KEY
indent <"$WORK/provision.err"
indent <"$WORK/provision.out"
grep -q "^public key: *$PUBLIC_KEY\$" "$WORK/provision.out" || die "provision reported another public key"
say "$(stat -c '%n  %U:%G %a' /etc/nix-trusted-cache/signing-key)"

# --- 2. the runner user: runs every step, including pull-request code -----------------------------------------
step "3. Unprivileged runner user $DEMO_USER"
if ! id "$DEMO_USER" >/dev/null 2>&1; then
  useradd -m -s /bin/bash "$DEMO_USER"
  say "created user $DEMO_USER"
else
  say "user $DEMO_USER exists"
fi
as_user() { runuser -u "$DEMO_USER" -- env -i "HOME=/home/$DEMO_USER" "PATH=$SYSTEM_PATH" NIX_REMOTE=daemon "$@"; }
as_user "$NODE" --version >/dev/null 2>&1 ||
  die "$DEMO_USER cannot run $NODE: every directory up to it must be world-executable (chmod o+x), and node o+rx"
as_user test -r "$ROOT/dist/main.js" || die "$DEMO_USER cannot read $ROOT/dist/main.js: make the checkout world-readable"
if as_user cat /etc/nix-trusted-cache/signing-key >/dev/null 2>&1; then
  die "$DEMO_USER can read the signing key"
fi
say "$DEMO_USER cannot read /etc/nix-trusted-cache/signing-key (permission denied), as intended"

# --- 3. a job: main step, builds, post step -------------------------------------------------------------------
# A step as the GitHub runner runs it: INPUT_* (upper-cased, dashes kept), fresh GITHUB_OUTPUT, GITHUB_STATE and
# GITHUB_STEP_SUMMARY files, and for post the main step's state as STATE_*. No secrets in any input.
INPUTS=(
  "INPUT_INSTALL=auto" "INPUT_COMPRESSION=zstd" "INPUT_UPLOAD-CONCURRENCY=4" "INPUT_DRAIN-TIMEOUT=120"
  "INPUT_ON-UPLOAD-ERROR=fail" "INPUT_TRUST=warn" "INPUT_SUMMARY=true"
)
run_step() { # ENTRY [NAME=VALUE…]: runs dist/ENTRY.js as the runner user; files in $WORK/ENTRY
  local entry=$1 dir=$WORK/$1
  shift
  mkdir -p "$dir"
  : >"$dir/output" && : >"$dir/state" && : >"$dir/summary"
  chown -R "$DEMO_USER:" "$dir"
  as_user GITHUB_ACTIONS=true CI=true "RUNNER_TEMP=$dir" "GITHUB_OUTPUT=$dir/output" "GITHUB_STATE=$dir/state" \
    "GITHUB_STEP_SUMMARY=$dir/summary" "${INPUTS[@]}" "$@" "$NODE" "$ROOT/dist/$entry.js" >"$dir/log" 2>&1
}
show_log() { # the step's log, with workflow commands shown the way the runner renders them
  sed -e '/^::add-mask::/d' -e '/^::endgroup::/d' -e 's/^::group::/> /' -e 's/^::\(warning\|error\|notice\)[^:]*::/[\1] /' "$1" | indent
}
command_file() { # FILE: prints NAME=VALUE records, NUL-terminated (the runner's `NAME<<DELIM … DELIM` format)
  local line name='' delim='' value='' first=1 re='^([^=<]+)<<(.+)$'
  while IFS= read -r line || [ -n "$line" ]; do
    if [ -z "$name" ]; then
      if [[ $line =~ $re ]]; then
        name=${BASH_REMATCH[1]} delim=${BASH_REMATCH[2]} value='' first=1
      elif [[ $line == *=* ]]; then printf '%s\0' "$line"; fi
    elif [ "$line" = "$delim" ]; then
      printf '%s=%s\0' "$name" "$value"
      name=''
    elif [ $first = 1 ]; then
      value=$line first=0
    else
      value+=$'\n'$line
    fi
  done <"$1"
}
output() { # ENTRY NAME: one output of a step
  local rec
  while IFS= read -r -d '' rec; do [ "${rec%%=*}" = "$2" ] && printf '%s' "${rec#*=}"; done < <(command_file "$WORK/$1/output")
  return 0
}

step "4. Action main step as $DEMO_USER (no signing-key: it audits the runner and saves a cursor)"
run_step main || { show_log "$WORK/main/log"; die "the main step failed"; }
show_log "$WORK/main/log"
if grep -q 'no nix-cache-info yet' "$WORK/main/log"; then
  say "(the cache is new: the worker's first upload writes its nix-cache-info, so that check only warns)"
fi
say "outputs: public-key=$(output main public-key) substituter=$(output main substituter)"
STATE=()
while IFS= read -r -d '' rec; do STATE+=("STATE_$rec"); done < <(command_file "$WORK/main/state")
say "state saved for post: ${#STATE[@]} value(s)"

step "5. Build 3 derivations as $DEMO_USER through nix-daemon"
BUILD=$WORK/build
mkdir -p "$BUILD"
# The salt makes the three store paths new on every run, so the daemon really builds them.
cat >"$BUILD/default.nix" <<'NIX'
let
  salt = "@SALT@";
  mk = name: script: derivation {
    inherit name salt;
    system = builtins.currentSystem;
    builder = "/bin/sh";
    args = [ "-c" script ];
  };
  greeting = mk "ntc-demo-greeting" "echo 'hello from an untrusted job' > $out";
  numbers = mk "ntc-demo-numbers" "i=0; while [ $i -lt 1000 ]; do echo $i; i=$((i + 1)); done > $out";
  # refers to the other two (their store paths are in its output): the worker uploads them first, and a
  # consumer that asks for this one gets all three
  report = mk "ntc-demo-report" ''
    while read -r line; do echo "greeting: $line"; done < ${greeting} > $out
    n=0; while read -r _; do n=$((n + 1)); done < ${numbers}; echo "numbers: $n lines" >> $out
    echo "made from ${greeting} and ${numbers}" >> $out
  '';
in [ greeting numbers report ]
NIX
sed -i "s/@SALT@/$(date +%s%N)-$$/" "$BUILD/default.nix"
chmod 0644 "$BUILD/default.nix"
say "runuser -u $DEMO_USER -- env NIX_REMOTE=daemon nix-build --no-out-link $BUILD/default.nix"
as_user nix-build --no-out-link "$BUILD/default.nix" >"$BUILD/paths" 2>"$BUILD/log" ||
  { indent <"$BUILD/log"; die "nix-build as $DEMO_USER failed"; }
mapfile -t PATHS <"$BUILD/paths"
[ ${#PATHS[@]} -eq 3 ] || die "expected 3 output paths, got ${#PATHS[@]}"
for p in "${PATHS[@]}"; do say "built $p"; done
say "the daemon ran the post-build-hook (root) for each build: queued for the root worker"

step "6. Action post step as $DEMO_USER (waits for this job's uploads, writes outputs and the job summary)"
run_step post "${STATE[@]}" || { show_log "$WORK/post/log"; die "the post step failed"; }
show_log "$WORK/post/log"
for name in uploaded-count skipped-count failed-count refused-count pending-count uploaded-bytes nar-bytes; do
  say "output $name=$(output post "$name")"
done
[ "$(output post uploaded-count)" = 3 ] || die "expected uploaded-count=3 (is another provisioning running on this machine?)"
for p in "${PATHS[@]}"; do
  grep -qxF "$p" <(output post uploaded-paths) || die "$p is not in the uploaded-paths output"
done

step "Job summary (GITHUB_STEP_SUMMARY)"
cat "$WORK/main/summary" "$WORK/post/summary" | indent
narinfo=$CACHE_DIR/$(basename "${PATHS[2]}" | cut -d- -f1).narinfo
step "The narinfo of ${PATHS[2]##*/} in the cache"
indent <"$narinfo"

# --- 4. the judge: a second Nix store trusts only our key -----------------------------------------------------
step "7. A second, empty Nix store substitutes the 3 paths (require-sigs = true, only our key trusted)"
CONSUMER=$WORK/consumer-store
consume() { # STORE KEY: substitute the paths into STORE from the cache, trusting only KEY
  nix-store --store "$1" --realise "${PATHS[@]}" \
    --option substituters "$CACHE_URL" --option trusted-public-keys "$2" --option require-sigs true \
    --option build-users-group '' --max-jobs 0
}
consume "$CONSUMER" "$PUBLIC_KEY" >"$WORK/consumer.out" 2>"$WORK/consumer.err" ||
  { indent <"$WORK/consumer.err"; die "the consumer store could not substitute the paths"; }
indent <"$WORK/consumer.err"
for p in "${PATHS[@]}"; do [ -e "$CONSUMER$p" ] || die "$p is missing from the consumer store"; done
say "contents of ${PATHS[2]##*/} in the consumer store:"
indent <"$CONSUMER${PATHS[2]}"

OTHER_KEY=$("${CLI[@]}" keygen not-our-key 2>&1 >/dev/null)
if consume "$WORK/other-store" "$OTHER_KEY" >/dev/null 2>"$WORK/other.err"; then
  die "a store that trusts another key accepted our paths: signatures were not checked"
fi
say "with another key trusted instead, the same substitution is refused:"
{ grep -m 1 'not signed by any of the keys' "$WORK/other.err" || tail -n 1 "$WORK/other.err"; } | indent

step "8. nix-trusted-cache verify --nar (signatures and NAR hashes of the 3 paths in the cache)"
"${CLI[@]}" verify --cache "$CACHE_URL" --trusted-public-key "$PUBLIC_KEY" --nar "${PATHS[@]}" >"$WORK/verify.out" 2>&1 ||
  { indent <"$WORK/verify.out"; die "verify found a bad path"; }
indent <"$WORK/verify.out"

printf '\nPASS: 3 paths built by %s (no secrets) were signed by the root worker, and a fresh store substituted them with require-sigs and only %s trusted.\n' \
  "$DEMO_USER" "${PUBLIC_KEY%%:*}"

cat <<EOF

The runner stays provisioned (cache $CACHE_URL). To undo it:
  - remove the line "include /etc/nix/nix-trusted-cache.conf" from /etc/nix/nix.conf and restart nix-daemon
  - stop the worker:  kill \$(cat /var/lib/nix-trusted-cache/worker.pid)
  - rm -rf /etc/nix/nix-trusted-cache.conf /etc/nix-trusted-cache /usr/local/lib/nix-trusted-cache \\
           /var/lib/nix-trusted-cache /var/log/nix-trusted-cache $DEMO_DIR
  - userdel -r $DEMO_USER
EOF
