#!/usr/bin/env bash
# The project's entry points (see README.md):
#   ./build.sh serve   set up, build the web app (release), serve it on 127.0.0.1:${PORT:-8080}
#   ./build.sh test    set up, build native and web, run every test (native, wasm, browser,
#                      sanitizers, a short fuzz run)
#   ./build.sh bench   set up, build release, measure size, load time, CPU and memory (BENCHMARKS.md)
set -euo pipefail
cd "$(dirname "$0")"
source scripts/jobs.sh

build_native() {
  cmake --preset native >/dev/null
  cmake --build --preset native -j"$ICC_JOBS"
}

build_web() {
  cmake --preset web >/dev/null
  cmake --build --preset web -j"$ICC_JOBS"
}

case "${1:-}" in
  serve)
    scripts/setup.sh
    build_web
    port=${PORT:-8080}
    echo
    echo "The Intercultural Cities Index tool is served at http://127.0.0.1:$port/ (Ctrl+C stops it)"
    exec python3 -m http.server "$port" --bind 127.0.0.1 --directory build/web/site
    ;;
  test)
    scripts/setup.sh
    build_native
    ctest --preset native -j"$ICC_JOBS"
    build_web
    ctest --preset web -j"$ICC_JOBS"
    echo "Browser tests (headless Chromium):"
    node --test --test-concurrency=1 tests/browser/
    echo "Native tests under AddressSanitizer and UndefinedBehaviorSanitizer:"
    scripts/sanitize.sh -E AnswersFileOf50Megabytes  # that one alone takes minutes under ASan
    echo "Fuzz smoke, ${ICC_FUZZ_SECONDS:-30} s per target (scripts/fuzz.sh runs longer sessions):"
    scripts/fuzz.sh "${ICC_FUZZ_SECONDS:-30}"
    ;;
  bench)
    scripts/setup.sh
    scripts/bench.sh
    ;;
  *)
    echo "usage: ./build.sh serve | test | bench" >&2
    exit 2
    ;;
esac
