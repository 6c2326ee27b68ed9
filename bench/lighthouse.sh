#!/usr/bin/env bash
# Lighthouse's mobile performance score for the home page and a product page: publishes the store in Release, starts it
# on a free loopback port with the embedded defaults (SQLite, demo catalog, the Stripe emulator), runs npm lighthouse
# (tools/lighthouse, from its lock file) against Debian's Chromium, and writes the "Lighthouse" section of
# bench/RESULTS.md. About 2-3 minutes. Target: 95 on both pages.
# Usage: bench/lighthouse.sh [--runs N]   (the median of N runs per page, default 3; BENCH_KEEP=1 keeps the reports)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

log() { printf '==> %s\n' "$*"; }

. bench/provenance.sh
. bench/sections.sh
. tools/throwaway-postgres.sh   # for free_port
bench_require_clean_tree

runs=3
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    *) echo "bench/lighthouse.sh: unknown option $1 (only --runs N)" >&2; exit 2 ;;
  esac
done

chromium=/usr/bin/chromium
[ -x "$chromium" ] || { log "Debian's chromium is required (apt-get install chromium)"; exit 1; }
command -v node >/dev/null || { log "Node.js is required (apt-get install nodejs npm)"; exit 1; }
command -v dotnet >/dev/null || { log "the .NET 10 SDK is required (https://dot.net)"; exit 1; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

work=$(mktemp -d /tmp/storefront-lighthouse.XXXXXX)
app_pid=""
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  if [ "${BENCH_KEEP:-}" != 1 ]; then rm -rf "$work"; else log "kept $work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log "installing tools/lighthouse from its lock file"
[ -d tools/lighthouse/node_modules/lighthouse ] || (cd tools/lighthouse && npm ci --no-audit --no-fund --loglevel=error)

# Published, as on a server: only a publish precompresses the static files with Brotli (a build has gzip alone).
log "publishing Storefront.Web (Release)"
dotnet publish Storefront.Web/Storefront.Web.csproj -c Release -o "$work/publish" -nologo -v quiet -clp:ErrorsOnly

port=$(free_port)
base="http://127.0.0.1:$port"
log "starting the store at $base"
(
  cd "$work/publish"
  ASPNETCORE_ENVIRONMENT=Development \
  Database__Provider=Sqlite ConnectionStrings__Storefront="Data Source=$work/store.db" \
  Store__PublicUrl="$base" Catalog__MediaPath="$work/media" Email__PickupDirectory="$work/mail" \
  Logging__LogLevel__Default=Warning \
  exec dotnet Storefront.Web.dll --urls "$base"
) > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do
  curl -fsS "$base/healthz" >/dev/null 2>&1 && break
  kill -0 "$app_pid" 2>/dev/null || { log "the store exited; see its log:"; cat "$work/app.log"; exit 1; }
  sleep 0.5
done
product=$(curl -fsS "$base/" | grep -o 'href="/products/[^"]*"' | head -n1 | sed 's/^href="//; s/"$//')
[ -n "$product" ] || { log "the home page links to no product"; exit 1; }

# One run per call: a fresh headless Chromium, mobile emulation and simulated slow 4G (Lighthouse's defaults).
lighthouse() {
  CHROME_PATH=$chromium node tools/lighthouse/node_modules/lighthouse/cli/index.js "$1" \
    --only-categories=performance --output=json --output-path="$2" --quiet \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --host-resolver-rules='MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'"
}

section="$work/section.md"
{
  echo "## Lighthouse (mobile)"
  echo
  echo "Produced by \`bench/lighthouse.sh --runs $runs\` on $(date -u '+%Y-%m-%d %H:%M UTC'), $(bench_provenance)"
  echo "Lighthouse $(node -p "require('./tools/lighthouse/node_modules/lighthouse/package.json').version"), $("$chromium" --version 2>/dev/null | head -n1), the published Release build on loopback"
  echo "with its embedded defaults. Mobile form factor, simulated throttling (slow 4G, 4× CPU). The median run of $runs per page."
  echo "Target: a performance score of at least 95."
  echo
  echo "| Page | Score | FCP | LCP | TBT | CLS | Speed Index | Met? |"
  echo "|---|---:|---:|---:|---:|---:|---:|---|"
} > "$section"
for page in "/" "$product"; do
  log "lighthouse $page ($runs runs)"
  reports="$work/report-$(echo "$page" | tr '/' '_')"
  for i in $(seq 1 "$runs"); do lighthouse "$base$page" "$reports-$i.json"; done
  node -e '
    const fs = require("fs");
    const [page, ...files] = process.argv.slice(1);
    const reports = files.map(f => JSON.parse(fs.readFileSync(f, "utf8")))
      .sort((a, b) => a.categories.performance.score - b.categories.performance.score);
    const r = reports[Math.floor(reports.length / 2)], a = r.audits;
    const score = Math.round(r.categories.performance.score * 100);
    const ms = id => a[id].numericValue.toFixed(0) + " ms";
    console.log(`| \`${page}\` | ${score} | ${ms("first-contentful-paint")} | ${ms("largest-contentful-paint")} | ` +
      `${ms("total-blocking-time")} | ${a["cumulative-layout-shift"].numericValue.toFixed(3)} | ${ms("speed-index")} | ` +
      `${score >= 95 ? "**met**" : "**missed**"} |`);
  ' "$page" "$reports"-*.json >> "$section"
done

bench_replace_section "$repo/bench/RESULTS.md" "## Lighthouse" "$section"
cat "$section"
