#!/usr/bin/env bash
# Installs npm dependencies when needed: always on CI (CI=true), otherwise only
# when node_modules is missing or older than package-lock.json.
#
# `npm ci` is tried first. The registry this project is built against does not
# carry every platform's optional packages (for example most @rollup/rollup-*
# binaries), so npm leaves them out of package-lock.json and `npm ci` may then
# reject the lock as out of sync; in that case `npm install` (which honours the
# locked versions) is used instead.
set -euo pipefail
cd "$(dirname "$0")/.."

marker=node_modules/.package-lock.json
if [[ "${CI:-}" != "true" && -f "$marker" && ! package-lock.json -nt "$marker" ]]; then
  echo "deps: node_modules is current with package-lock.json"
  exit 0
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT

echo "deps: npm ci"
if npm ci --no-audit --no-fund --loglevel=error >"$log" 2>&1; then
  exit 0
fi

if grep -q 'EUSAGE' "$log"; then
  echo "deps: npm ci refused the lock file ($(grep -m1 'Missing:' "$log" | sed 's/^npm error //' || true)...); using npm install"
  if npm install --no-audit --no-fund --loglevel=error; then
    exit 0
  fi
fi

cat "$log" >&2
echo "deps: installing dependencies failed" >&2
exit 1
