#!/usr/bin/env bash
# Installs the dependencies, builds the app (developer preset) and starts it.
#   LOTS_SKIP_DEPS=1    skip apt-get
#   LOTS_DATA_DIR=dir   use another data directory (default: the platform's app data dir)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${LOTS_SKIP_DEPS:-0}" != "1" ]; then bash scripts/install-deps.sh; fi
cmake --preset dev
cmake --build --preset dev -j "$(nproc)" --target lots
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting under Xvfb on :99 (set DISPLAY to use yours)." >&2
  Xvfb :99 -screen 0 1280x800x24 >/dev/null 2>&1 &
  export DISPLAY=:99
fi
exec ./build/dev/app/lots "$@"
