#!/usr/bin/env bash
# Installs Debian's chromium for the browser tests and the demo. Playwright cannot
# download its own browser on these machines, so we use the distribution's build
# and point playwright-core at it (CHROMIUM_PATH, default /usr/bin/chromium).
# Idempotent: does nothing when the browser is already there.
set -euo pipefail

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"

if [ -x "$CHROMIUM" ]; then
  echo "chromium: found $CHROMIUM ($("$CHROMIUM" --version 2>/dev/null || echo 'version unknown'))"
  exit 0
fi

if [ -n "${CHROMIUM_PATH:-}" ]; then
  # An explicit path that does not exist is a mistake to fix, not something apt can satisfy.
  echo "chromium: CHROMIUM_PATH=$CHROMIUM_PATH does not exist or is not executable." >&2
  echo "          Unset it to install Debian's chromium at /usr/bin/chromium, or point it at a Chromium binary." >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "chromium: $CHROMIUM is missing and apt-get is not available on this system." >&2
  echo "          Install Chromium yourself and set CHROMIUM_PATH to its binary." >&2
  exit 1
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "chromium: $CHROMIUM is missing and installing it needs root." >&2
  echo "          Run: sudo apt-get update && sudo apt-get install -y chromium" >&2
  echo "          (or set CHROMIUM_PATH to an existing Chromium binary)." >&2
  exit 1
fi

echo "chromium: installing Debian's chromium with apt-get..."
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends chromium fonts-noto-color-emoji fonts-dejavu-core
echo "chromium: installed $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
