#!/usr/bin/env bash
# Installs npm dependencies when needed: always `npm ci` on CI, otherwise only
# when node_modules is missing or older than package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

marker=node_modules/.package-lock.json
if [[ "${CI:-}" == "true" || ! -f "$marker" || package-lock.json -nt "$marker" ]]; then
  echo "deps: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
else
  echo "deps: node_modules is current with package-lock.json"
fi
