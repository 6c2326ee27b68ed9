#!/usr/bin/env bash
# The memory benchmark: the Release app on a SQLite file, Debian's Chromium driven by Playwright with 200 tabs of
# shoppers who only browse and add to cart, then 200 tabs of the cart editor (a Blazor circuit each), and the app's
# managed heap after full collections between them, with dotnet-gcdump's count of the live objects. Writes the
# "Memory per tab" section of bench/RESULTS.md.
# About 15 minutes here. Usage: bench/memory.sh [--tabs N]
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

log() { printf '==> %s\n' "$*"; }

. bench/provenance.sh
. bench/sections.sh
. tools/throwaway-postgres.sh   # for free_port only: circuits hold no database state, so one provider is enough
bench_require_clean_tree

work=$(mktemp -d /tmp/storefront-memory-bench.XXXXXX)
cleanup() { if [ "${BENCH_KEEP:-}" != 1 ]; then rm -rf "$work"; else log "kept $work"; fi; }
trap cleanup EXIT
trap 'exit 130' INT TERM   # the EXIT trap cleans up; without an exit here the script would go on

command -v dotnet >/dev/null || { log "the .NET 10 SDK is required (https://dot.net)"; exit 1; }
[ -x /usr/bin/chromium ] || { log "Debian's chromium is required (apt-get install chromium)"; exit 1; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log "restoring dotnet-gcdump (a local tool of the repo), which counts the live objects"
dotnet tool restore >/dev/null
log "building Storefront.Web and bench/Storefront.MemoryBench (Release)"
dotnet build Storefront.Web/Storefront.Web.csproj -c Release -nologo -v quiet -clp:ErrorsOnly
dotnet build bench/Storefront.MemoryBench/Storefront.MemoryBench.csproj -c Release -nologo -v quiet -clp:ErrorsOnly
driver="$repo/bench/Storefront.MemoryBench/bin/Release/net10.0/Storefront.MemoryBench.dll"

out="$repo/bench/results"
mkdir -p "$out"
dotnet "$driver" --app-dir "$repo/Storefront.Web/bin/Release/net10.0" --port "$(free_port)" \
  --connection "Data Source=$work/memory-bench.db" --out "$out/memory.md" --log "$out/app-memory.log" \
  --gcdump-dir "$work/gcdumps" --repo "$repo" "$@"

section="$out/memory-section.md"
{
  echo "## Memory per tab"
  echo
  echo "Produced by \`bench/memory.sh$( [ $# -gt 0 ] && printf ' %s' "$@")\` on $(date -u '+%Y-%m-%d %H:%M UTC'), $(bench_provenance)"
  echo "Machine: $(nproc) cores, .NET $(dotnet --version), $(/usr/bin/chromium --version 2>/dev/null | head -n 1)."
  echo
  echo "The Release app (Development settings, SQLite) and headless Chromium on one machine. First 10 tabs of each kind"
  echo "stay open as a warm-up, and a first group of browsing shoppers comes and goes; then the measured browsing shoppers,"
  echo "one tab each in its own browser context (its own cookies), that opens \`/\`, \`/products/brass-pen\` and presses"
  echo "Add to cart; then as many tabs of \`/cart\`, whose editor is interactive. Between the groups the app's"
  echo "\`GET /bench/memory\` (mapped only with \`Bench:Memory\`) forces full compacting collections and reports the managed"
  echo "heap's size, the working set and the open circuits (\`storefront_circuits_open\`). Before the measured browsing"
  echo "shoppers come and after they leave, \`dotnet-gcdump\` also walks the heap for the objects still referenced, and"
  echo "counts them by type (after a first dump, thrown away, has built the event sources' metadata). Per tab = the difference over the group, divided by its size. \"Nothing held\" is read as no"
  echo "circuit and no type with one more live object per shopper: anything kept for a visitor is at least one object each,"
  echo "while bytes alone move by kilobytes per shopper with nothing held (caches built lazily, the dump's sampling)."
  echo
  cat "$out/memory.md"
} > "$section"
bench_replace_section "$repo/bench/RESULTS.md" "## Memory per tab" "$section"
cat "$section"
