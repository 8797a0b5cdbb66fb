#!/usr/bin/env bash
# Builds the native tests with AddressSanitizer and UndefinedBehaviorSanitizer (CMake preset
# "asan", folder build/asan) and runs them with ctest. Any sanitizer report fails its test.
# Usage: scripts/sanitize.sh [extra ctest arguments, e.g. -R Limits]
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source scripts/jobs.sh
cmake --preset asan >/dev/null
cmake --build --preset asan -j"$ICC_JOBS"
ctest --preset asan -j"$ICC_JOBS" "$@"
