#!/usr/bin/env bash
# The sub-path proof: build the site as deployed under /casebook/ (BASE) on a named site (SITE)
# into dist-subpath/, then browse it (playwright.subpath.config.ts, test/e2e-subpath/). The build reads
# a fixture team file (another name, one changed figure) that test/e2e-subpath/team-settings.spec.ts looks for.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${E2E_SUBPATH_PORT:-$((${E2E_PORT:-4321} + 100))}"
CASEBOOK_TEAM=test/fixtures/team/changed-figure.yaml BASE=/casebook/ SITE="http://127.0.0.1:$port" npx astro build --outDir dist-subpath > test-results/subpath-build.log 2>&1 \
  || { tail -40 test-results/subpath-build.log; exit 1; }
grep -E 'page\(s\) built|sitemap' test-results/subpath-build.log || true
npx playwright test -c playwright.subpath.config.ts
