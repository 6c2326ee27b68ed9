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
pg_ctl_bin=""

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cleanup() {
  if [ -n "$pg_ctl_bin" ] && [ -f "$pg_data/postmaster.pid" ]; then
    as_postgres "$pg_ctl_bin" -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true
  fi
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
command -v dotnet >/dev/null || { log "the .NET 10 SDK is required (https://dot.net)"; exit 1; }

# --- a throwaway PostgreSQL on a free loopback port ---------------------------------------------
free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  return 1
}

pg_bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
pg_ctl_bin="$pg_bin/pg_ctl"
pg_port=$(free_port)
mkdir -p "$pg_data"
[ "$(id -u)" = 0 ] && chown postgres "$pg_data"
log "starting PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port"
as_postgres "$pg_bin/initdb" -D "$pg_data" -U postgres -A trust -E UTF8 --no-sync >/dev/null
as_postgres "$pg_ctl_bin" -D "$pg_data" -l "$pg_data/server.log" -w -t 60 start \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_data -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" >/dev/null
export STOREFRONT_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres"

# --- build once, run the suite once -------------------------------------------------------------
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
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
cleanup
trap - EXIT
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" = 0 ] && [ "$failed" = 0 ]
