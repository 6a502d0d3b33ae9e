#!/usr/bin/env bash
# Makes sure a Chromium the end-to-end tests can drive is on this machine.
# Order: $CHROMIUM_PATH, Playwright's own Chromium, /usr/bin/chromium, and
# finally (as root) Debian's chromium package with CJK fonts.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -n "${CHROMIUM_PATH:-}" ]]; then
  if [[ -x "$CHROMIUM_PATH" ]]; then
    echo "chromium: using CHROMIUM_PATH=$CHROMIUM_PATH"
    exit 0
  fi
  echo "chromium: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file" >&2
  exit 1
fi

if node -e "
  const fs = require('node:fs');
  try {
    const p = require('@playwright/test').chromium.executablePath();
    process.exit(p && fs.existsSync(p) ? 0 : 1);
  } catch { process.exit(1); }
" 2>/dev/null; then
  echo "chromium: using Playwright's own Chromium"
  exit 0
fi

if [[ -x /usr/bin/chromium ]]; then
  echo "chromium: using /usr/bin/chromium"
  exit 0
fi

if [[ "$(id -u)" -eq 0 ]]; then
  echo "chromium: installing Debian's chromium and fonts-noto-cjk"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  if [[ -x /usr/bin/chromium ]]; then
    echo "chromium: installed /usr/bin/chromium"
    exit 0
  fi
  echo "chromium: apt-get finished but /usr/bin/chromium is missing" >&2
  exit 1
fi

echo "Install Chromium and CJK fonts: sudo apt-get install chromium fonts-noto-cjk (or set CHROMIUM_PATH)"
exit 1
