#!/usr/bin/env bash
# The admin benchmark: fills a SQLite file and a throwaway PostgreSQL (on a free loopback port, as test.sh does)
# with a year of orders (1,000,000 by default), times the admin's list, search and dashboard queries in process,
# and writes the "Admin at 1M orders" section of bench/RESULTS.md. About 10-15 minutes, mostly generating data.
# Usage: bench/admin.sh [--orders N] [--runs N] [--warmup N]      (BENCH_KEEP=1 keeps the databases)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

log() { printf '==> %s\n' "$*"; }

work=$(mktemp -d /tmp/storefront-admin-bench.XXXXXX)
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
  if [ "${BENCH_KEEP:-}" != 1 ]; then rm -rf "$work"; else log "kept $work"; fi
}
trap cleanup EXIT INT TERM

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  return 1
}

command -v dotnet >/dev/null || { log "the .NET 10 SDK is required (https://dot.net)"; exit 1; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log "building bench/Storefront.AdminBench (Release)"
dotnet build bench/Storefront.AdminBench/Storefront.AdminBench.csproj -c Release -nologo -v quiet -clp:ErrorsOnly
driver="$repo/bench/Storefront.AdminBench/bin/Release/net10.0/Storefront.AdminBench.dll"

pg_bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
pg_ctl_bin="$pg_bin/pg_ctl"
pg_port=$(free_port)
mkdir -p "$pg_data"
[ "$(id -u)" = 0 ] && chown postgres "$pg_data"
log "starting PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port"
as_postgres "$pg_bin/initdb" -D "$pg_data" -U postgres -A trust -E UTF8 --no-sync >/dev/null
as_postgres "$pg_ctl_bin" -D "$pg_data" -l "$pg_data/server.log" -w -t 60 start \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_data -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" >/dev/null

out="$repo/bench/results"
mkdir -p "$out"
log "SQLite"
dotnet "$driver" --provider Sqlite --connection "Data Source=$work/admin-bench.db" --out "$out/admin-sqlite.md" "$@"
log "PostgreSQL"
dotnet "$driver" --provider Postgres --connection "Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=admin_bench" \
  --out "$out/admin-postgres.md" "$@"

# Replace this section of bench/RESULTS.md (bench/run.sh keeps it when it rewrites the rest).
results="$repo/bench/RESULTS.md"
section="$out/admin-section.md"
{
  echo "## Admin at 1M orders"
  echo
  echo "Produced by \`bench/admin.sh$( [ $# -gt 0 ] && printf ' %s' "$@")\` on $(date -u '+%Y-%m-%d %H:%M UTC'), commit \`$(git rev-parse --short HEAD 2>/dev/null || echo unknown)\`$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')."
  echo "Machine: $(nproc) cores, .NET $(dotnet --version), PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') (fsync off). Load average when the run ended: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "A year of generated orders (oldest first, as a shop accumulates them; 1-3 lines each, a payment for every paid one),"
  echo "then \`AdminOrderQueries.ListAsync\` and \`AdminDashboardQueries.GetAsync\` timed in process (server time: no HTTP,"
  echo "no rendering), median and p95 (nearest rank). PostgreSQL is vacuumed and analyzed after loading, as autovacuum"
  echo "would leave it; SQLite is not analyzed, as the store never does. Target: 200 ms."
  echo
  cat "$out/admin-sqlite.md"
  echo
  cat "$out/admin-postgres.md"
} > "$section"
if [ -f "$results" ]; then
  sed -i '/^## Admin at 1M orders/,$d' "$results"
  printf '\n' >> "$results"
fi
cat "$section" >> "$results"
cat "$section"
