#!/usr/bin/env bash
# Casebook's test command (`npm test`): installs what the tests need, then
#   typecheck (astro check) → lint (eslint, prettier) → unit (vitest) → build (astro build) → e2e (playwright)
#   → sub-path (the site built with BASE=/casebook/ and SITE set, browsed under /casebook/)
# stopping at the first stage that fails. Ends with a summary line:
#   summary: X passed, Y failed
set -euo pipefail
cd "$(dirname "$0")/.."

export ASTRO_TELEMETRY_DISABLED=1
mkdir -p test-results
rm -f test-results/unit.json test-results/e2e.json test-results/e2e-subpath.json

stage_no=0
stage_total=8

header() {
  stage_no=$((stage_no + 1))
  echo
  echo "==> [$stage_no/$stage_total] $1"
}

# Counts from the JSON reports, whichever exist: "unit_passed unit_failed e2e_passed e2e_failed".
counts() {
  node -e '
    const fs = require("node:fs");
    const read = (f) => { try { return JSON.parse(fs.readFileSync(f, "utf8")); } catch { return null; } };
    const u = read("test-results/unit.json");
    const es = ["test-results/e2e.json", "test-results/e2e-subpath.json"].map(read).filter(Boolean);
    const up = u ? u.numPassedTests ?? 0 : 0;
    const uf = u ? (u.numFailedTests ?? 0) : 0;
    const ep = es.reduce((n, e) => n + (e.stats?.expected ?? 0) + (e.stats?.flaky ?? 0), 0);
    const ef = es.reduce((n, e) => n + (e.stats?.unexpected ?? 0), 0);
    console.log(up, uf, ep, ef);
  '
}

fail() {
  local stage=$1 code=$2
  echo
  echo "FAILED at stage: $stage (exit $code)"
  read -r up uf ep ef < <(counts)
  local failed=$((uf + ef))
  ((failed > 0)) || failed=1
  echo "summary: $((up + ep)) passed, $failed failed"
  exit "$code"
}

run() {
  local stage=$1
  shift
  local code=0
  "$@" || code=$?
  ((code == 0)) || fail "$stage" "$code"
}

header "install dependencies"
run deps bash scripts/deps.sh

header "ensure Chromium"
run chromium bash scripts/ensure-chromium.sh

header "typecheck: astro check"
run typecheck npx astro check

header "lint: eslint + prettier --check"
run lint npm run --silent lint

header "unit: vitest"
run unit npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json

header "build: astro build"
# The test build is a local one: no SITE, no BASE (the sub-path stage sets both).
run build env -u SITE -u BASE npx astro build
pages=$(find dist -name '*.html' | wc -l | tr -d ' ')

header "e2e: playwright"
run e2e npx playwright test

header "sub-path: build under /casebook/ with SITE, browse it"
run subpath bash scripts/test-subpath.sh

read -r up uf ep ef < <(counts)
echo
echo "typecheck ok · lint ok · unit $up passed · build $pages pages · e2e (with sub-path) $ep passed"
if ((uf + ef > 0)); then
  echo "summary: $((up + ep)) passed, $((uf + ef)) failed"
  exit 1
fi
echo "summary: $((up + ep)) passed, 0 failed"
