#!/usr/bin/env bash
# The Storefront benchmark: builds the app and the driver in Release, starts a throwaway PostgreSQL on a free
# loopback port (as test.sh does), runs the driver against SQLite and then PostgreSQL, writes bench/RESULTS.md
# and prints it. Stops everything it started on exit. A full run takes about 5 minutes.
# Usage: bench/run.sh [extra driver options, e.g. --seconds 5 --webhook-events 1000]
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

log() { printf '==> %s\n' "$*"; }

. bench/provenance.sh
. bench/sections.sh
bench_require_clean_tree

work=$(mktemp -d /tmp/storefront-bench.XXXXXX)
chmod 755 "$work"
pg_data="$work/pg"
. tools/throwaway-postgres.sh

driver_pid=""

cleanup() {
  if [ -n "$driver_pid" ] && kill -0 "$driver_pid" 2>/dev/null; then
    kill -TERM "$driver_pid" 2>/dev/null || true   # the driver stops the app it started
    wait "$driver_pid" 2>/dev/null || true
  fi
  stop_throwaway_postgres
  if [ "${BENCH_KEEP:-}" != 1 ]; then rm -rf "$work"; else log "kept $work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM   # the EXIT trap cleans up; without an exit here the script would go on

command -v dotnet >/dev/null || { log "the .NET 10 SDK is required (https://dot.net)"; exit 1; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# --- build: the app and the driver, Release ------------------------------------------------------
log "building Storefront.Web and bench/Storefront.Bench (Release)"
dotnet build Storefront.Web/Storefront.Web.csproj -c Release -nologo -v quiet -clp:ErrorsOnly
dotnet build bench/Storefront.Bench/Storefront.Bench.csproj -c Release -nologo -v quiet -clp:ErrorsOnly
app_dir="$repo/Storefront.Web/bin/Release/net10.0"
driver="$repo/bench/Storefront.Bench/bin/Release/net10.0/Storefront.Bench.dll"

# --- a throwaway PostgreSQL on a free loopback port, with pg_stat_statements for the diagnostics --------
start_throwaway_postgres -c max_connections=300 -c shared_preload_libraries=pg_stat_statements

# --- run: SQLite, then PostgreSQL -------------------------------------------------------------------------
app_port=$(free_port)
# Each provider's section and the app's log are kept in bench/results/ (git-ignored).
out="$repo/bench/results"
mkdir -p "$out"
rm -f "$out"/sqlite.md "$out"/postgres.md
run_driver() {
  local name=$1; shift
  dotnet "$driver" "$@" --out "$out/$name.md" --log "$out/app-$name.log" &
  driver_pid=$!
  local status=0
  wait "$driver_pid" || status=$?
  if [ "$status" != 0 ]; then
    log "the $name run failed (exit $status); see $out/app-$name.log"
    printf '### %s\n\n**The driver failed** (exit %s); see `bench/results/app-%s.log` and the console output.\n' \
      "$name" "$status" "$name" >> "$out/$name.md"
  fi
  driver_pid=""
}
log "SQLite"
run_driver sqlite --provider Sqlite --connection "Data Source=$work/storefront-bench.db" \
  --app-dir "$app_dir" --port "$app_port" "$@"
log "PostgreSQL"
run_driver postgres --provider Postgres --connection "Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=storefront_bench" \
  --app-dir "$app_dir" --port "$app_port" "$@"

# --- bench/RESULTS.md --------------------------------------------------------------------------------------
results="$repo/bench/RESULTS.md"
# bench/admin.sh and bench/lighthouse.sh write sections of their own after this part; keep them.
other_sections=$(bench_other_sections "$results")
{
  echo "# Storefront benchmark results"
  echo
  echo "Produced by \`bench/run.sh$( [ $# -gt 0 ] && printf ' %s' "$@")\` on $(date -u '+%Y-%m-%d %H:%M UTC'), $(bench_provenance)"
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/Mem:/{print $2}') GiB RAM, .NET $(dotnet --version), PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') (fsync off)."
  echo "Load average when the run ended: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "The load generator runs on the same 2 cores as the app (and, for PostgreSQL, the database): every number"
  echo "below is the app's throughput *while sharing the machine with its own load*, which is why each is set beside"
  echo "the plaintext endpoint of the same app measured in the same run. Latencies are client-observed on loopback."
  echo "The CPU column shows who used the cores; \"other\" is everything else on the machine (PostgreSQL, and any"
  echo "unrelated work running at the same time — a large \"other\" during a SQLite phase means a noisy neighbour)."
  echo
  cat "$out/sqlite.md"
  echo
  cat "$out/postgres.md"
  echo
  echo "Causes of the misses and what to change: see [FINDINGS.md](FINDINGS.md)."
  if [ -n "$other_sections" ]; then echo; echo "$other_sections"; fi
} > "$results"
cat "$results"
