#!/usr/bin/env bash
# `npm start`: install if needed, build the site, serve the production build.
set -euo pipefail
cd "$(dirname "$0")/.."

export ASTRO_TELEMETRY_DISABLED=1
port="${PORT:-4321}"
host=127.0.0.1

bash scripts/deps.sh
npx astro build
echo
echo "Casebook is running at http://$host:$port/"
echo "(Ctrl+C to stop)"
exec npx astro preview --host "$host" --port "$port"
