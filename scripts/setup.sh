#!/usr/bin/env bash
# One step from a fresh clone to a working checkout: the npm packages from the
# lock file, then Debian's chromium for the browser tests and the demo.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
bash scripts/setup-chromium.sh
