#!/usr/bin/env bash
# One step from a fresh clone to a working checkout: the npm packages from the
# lock file, then Debian's chromium for the browser tests and the demo.
set -euo pipefail
cd "$(dirname "$0")/.."

# `npm install`, not `npm ci`: with this machine's npm 11 and omit-lockfile-registry-resolved,
# a lock file written here leaves out other platforms' optional rollup binaries and `npm ci`
# then refuses it as out of sync. `npm install` still installs the versions the lock pins.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm install --no-audit --no-fund
fi
bash scripts/setup-chromium.sh
