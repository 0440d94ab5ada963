#!/usr/bin/env bash
# Installs the dependencies, builds with the CI preset (warnings are errors) and runs
# the whole test suite. Ends with ctest's summary; exits with ctest's status.
#   LOTS_SKIP_DEPS=1   skip apt-get (already installed)
#   LOTS_PRESET=asan   build and test another preset (default: ci)
#   LOTS_CRASH_ROUNDS  rounds of the SIGKILL crash test (default 40; more for a long run)
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${LOTS_PRESET:-ci}"
if [ "${LOTS_SKIP_DEPS:-0}" != "1" ]; then bash scripts/install-deps.sh; fi

cmake --preset "$preset"
cmake --build --preset "$preset" -j "$(nproc)"

# No display: Qt renders offscreen. A private D-Bus session (for the Secret Service via
# QtKeychain) and all scratch data live in a temporary directory removed at exit.
export QT_QPA_PLATFORM=offscreen
export LOTS_CRASH_ROUNDS="${LOTS_CRASH_ROUNDS:-40}"
run_dir="$(mktemp -d /tmp/lots-test.XXXXXX)"
export XDG_RUNTIME_DIR="$run_dir/xdg" HOME="${LOTS_TEST_HOME:-$run_dir/home}"
mkdir -p "$XDG_RUNTIME_DIR" "$HOME"; chmod 700 "$XDG_RUNTIME_DIR"
cleanup() { rm -rf "$run_dir"; }
trap cleanup EXIT

status=0
dbus-run-session -- ctest --preset "$preset" -j "$(nproc)" > "$run_dir/ctest.log" 2>&1 || status=$?
# Full log first (failures shown in full), the summary last.
grep -v -E '^(100% tests passed|[0-9]+% tests passed|Total Test time)' "$run_dir/ctest.log" || true
echo
echo "Screenshots: build/$preset/screenshots/"
grep -E '^[0-9]+% tests passed' "$run_dir/ctest.log" || true
grep -E '^Total Test time' "$run_dir/ctest.log" || true
exit $status
