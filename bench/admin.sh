#!/usr/bin/env bash
# The admin benchmark: fills a SQLite file and a throwaway PostgreSQL (on a free loopback port, as test.sh does)
# with a year of orders (1,000,000 by default), times the admin's list, search and dashboard queries in process,
# and writes the "Admin at N orders" section of bench/RESULTS.md. About 10-15 minutes, mostly generating data.
# Usage: bench/admin.sh [--orders N] [--runs N] [--warmup N]      (BENCH_KEEP=1 keeps the databases)
# --orders 10000000 takes far longer (loading PostgreSQL alone took 36 minutes on a busy 2-core machine) and needs room under /tmp.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

log() { printf '==> %s\n' "$*"; }

. bench/provenance.sh
. bench/sections.sh
bench_require_clean_tree

work=$(mktemp -d /tmp/storefront-admin-bench.XXXXXX)
chmod 755 "$work"
pg_data="$work/pg"
. tools/throwaway-postgres.sh

cleanup() {
  stop_throwaway_postgres
  if [ "${BENCH_KEEP:-}" != 1 ]; then rm -rf "$work"; else log "kept $work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM   # the EXIT trap cleans up; without an exit here the script would go on

command -v dotnet >/dev/null || { log "the .NET 10 SDK is required (https://dot.net)"; exit 1; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log "building bench/Storefront.AdminBench (Release)"
dotnet build bench/Storefront.AdminBench/Storefront.AdminBench.csproj -c Release -nologo -v quiet -clp:ErrorsOnly
driver="$repo/bench/Storefront.AdminBench/bin/Release/net10.0/Storefront.AdminBench.dll"

start_throwaway_postgres -c max_connections=100

orders=1000000
args=("$@")
for ((i = 0; i + 1 < ${#args[@]}; i++)); do [ "${args[i]}" = --orders ] && orders=${args[i + 1]}; done

out="$repo/bench/results"
mkdir -p "$out"
log "SQLite"
dotnet "$driver" --provider Sqlite --connection "Data Source=$work/admin-bench.db" --out "$out/admin-sqlite.md" "$@"
log "PostgreSQL"
dotnet "$driver" --provider Postgres --connection "Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=admin_bench" \
  --out "$out/admin-postgres.md" "$@"

# This script's section of bench/RESULTS.md; the rest of the file is left as it is.
results="$repo/bench/RESULTS.md"
section="$out/admin-section.md"
{
  echo "## Admin at $(awk -v n="$orders" 'BEGIN { printf(n % 1000000 == 0 ? "%dM" : "%d", n % 1000000 == 0 ? n / 1000000 : n) }') orders"
  echo
  echo "Produced by \`bench/admin.sh$( [ $# -gt 0 ] && printf ' %s' "$@")\` on $(date -u '+%Y-%m-%d %H:%M UTC'), $(bench_provenance)"
  echo "Machine: $(nproc) cores, .NET $(dotnet --version), PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') (fsync off). Load average when the run ended: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "A year of generated orders (oldest first, as a shop accumulates them; 1-3 lines each, a payment for every paid one),"
  echo "and their daily totals counted once after loading, as the migration backfills them; then \`AdminOrderQueries.ListAsync\`"
  echo "(keyset pages: \"halfway down\" continues from the cursor of the order in the middle) and \`AdminDashboardQueries.GetAsync\` timed in process (server time: no HTTP,"
  echo "no rendering), median and p95 (nearest rank). PostgreSQL is vacuumed and analyzed after loading, as autovacuum"
  echo "would leave it; SQLite is not analyzed, as the store never does. Target: 200 ms."
  echo
  cat "$out/admin-sqlite.md"
  echo
  cat "$out/admin-postgres.md"
} > "$section"
bench_replace_section "$results" "## Admin at " "$section"
cat "$section"
