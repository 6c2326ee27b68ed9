#!/usr/bin/env bash
# Runs every test once: installs what is missing (Debian/Ubuntu, as root), starts throwaway services on
# loopback, builds once, runs the suite once, stops what it started, and ends with the line
# "N passed, N failed, N skipped". Exits non-zero when anything failed.
set -euo pipefail
cd "$(dirname "$0")"

log() { printf '==> %s\n' "$*"; }

work=$(mktemp -d /tmp/storefront-test.XXXXXX)
chmod 755 "$work"
pg_data="$work/pg"
. tools/throwaway-postgres.sh

cleanup() {
  stop_throwaway_postgres
  rm -rf "$work"
}
trap cleanup EXIT

# --- what the tests need from Debian ------------------------------------------------------------
apt_updated=no
apt_install() {
  if [ "$(id -u)" != 0 ]; then
    log "missing $1 and not root: install it (sudo apt-get install $1) and run again"
    return 1
  fi
  if [ "$apt_updated" = no ]; then
    log "apt-get update"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    apt_updated=yes
  fi
  log "apt-get install $1"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$1" >/dev/null
}

[ -x /usr/bin/chromium ] || apt_install chromium
fc-list 2>/dev/null | grep -qi dejavu || apt_install fonts-dejavu-core
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || apt_install postgresql
/usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || apt_install python3-aiosmtpd
# The farm test starts nginx masters of its own on loopback test ports; nothing here starts it for the machine.
[ -x /usr/sbin/nginx ] || apt_install nginx
command -v dotnet >/dev/null || { log "the .NET 10 SDK is required (https://dot.net)"; exit 1; }
command -v node >/dev/null || apt_install nodejs
command -v npm >/dev/null || apt_install npm
# oidc-provider 9 relies on URL.parse and crypto.hash, which Node.js 20 gained in 20.18.
node -e 'const [major, minor] = process.versions.node.split(".").map(Number); process.exit(major > 20 || (major === 20 && minor >= 18) ? 0 : 1)' ||
  { log "Node.js 20.18 or later is required for tools/oidc-provider (found $(node --version))"; exit 1; }

# --- the local Auth0 stand-in the sign-in tests start -------------------------------------------
oidc_dir=tools/oidc-provider
if [ ! "$oidc_dir/node_modules/.package-lock.json" -nt "$oidc_dir/package-lock.json" ]; then
  log "npm ci in $oidc_dir"
  (cd "$oidc_dir" && npm ci --no-audit --no-fund --loglevel=error)
fi

# --- axe-core, which the Chromium tests inject to check accessibility -----------------------------
axe_dir=tools/axe
if [ ! "$axe_dir/node_modules/.package-lock.json" -nt "$axe_dir/package-lock.json" ]; then
  log "npm ci in $axe_dir"
  (cd "$axe_dir" && npm ci --no-audit --no-fund --loglevel=error)
fi

# --- a throwaway PostgreSQL on a free loopback port ---------------------------------------------
start_throwaway_postgres -c max_connections=300
export STOREFRONT_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres"

# --- build once, run the suite once -------------------------------------------------------------
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Every test host watches its settings files; with inotify, dozens of hosts at once exhaust the per-user limit
# of 128 instances and hosts fail to start. Polling watchers use no inotify instance.
export DOTNET_USE_POLLING_FILE_WATCHER=true
log "building"
dotnet build Storefront.sln -c Debug -nologo -v quiet -clp:ErrorsOnly
log "running the tests"
status=0
dotnet test Storefront.sln -c Debug --no-build --nologo \
  --logger "trx;LogFileName=results.trx" --logger "console;verbosity=normal" \
  --results-directory "$work/results" || status=$?

# --- the summary CI reads -------------------------------------------------------------------------
count() { grep -o " $1=\"[0-9]*\"" "$trx" | head -n 1 | grep -o '[0-9]*' || echo 0; }
trx=$(find "$work/results" -name '*.trx' 2>/dev/null | head -n 1)
if [ -n "$trx" ]; then
  passed=$(count passed); failed=$(( $(count failed) + $(count error) + $(count timeout) + $(count aborted) )); skipped=$(count notExecuted)
else
  passed=0; failed=1; skipped=0
fi
[ "$status" = 0 ] || [ "$failed" != 0 ] || failed=1
# CI keeps only the tail of the output, so the failed tests are named again just above the summary.
if [ -n "$trx" ]; then
  grep -o 'testName="[^"]*"[^>]*outcome="\(Failed\|Error\|Timeout\|Aborted\)"' "$trx" \
    | sed 's/^testName="\([^"]*\)".*outcome="\([^"]*\)"$/\2: \1/' || true
fi
cleanup
trap - EXIT
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" = 0 ] && [ "$failed" = 0 ]
