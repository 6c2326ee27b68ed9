#!/usr/bin/env bash
# Publishes the store in Release, framework-dependent (the server runs the .NET 10 runtime), into one folder that
# the systemd unit runs: deploy/publish.sh [output folder, default artifacts/storefront].
set -euo pipefail
cd "$(dirname "$0")/.."

output=${1:-artifacts/storefront}
rm -rf "$output"
dotnet publish Storefront.Web/Storefront.Web.csproj -c Release --nologo -o "$output"
# Development's settings (the emulator's placeholder webhook secret, the demo catalog) have no place on a server.
rm -f "$output/appsettings.Development.json" "$output/emulatorsettings.Development.json"
echo "published to $output"
