#!/usr/bin/env bash
# ./build.sh bench: builds the web app (release) and the native benchmarks, then measures what a
# visitor pays in headless Chromium and the core's native figures (scripts/bench.mjs). Writes
# build/bench/bench.json and the generated part of BENCHMARKS.md.
# BENCH_WEB_DIR / BENCH_NATIVE_DIR choose other build folders (default: the presets' own),
# BENCH_RUNS the number of cold loads through every screen (default 5), BENCH_ROUNDS the rounds of
# side-by-side loads of the tool, SurveyJS and the floor page (default 9).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jobs.sh
web_dir=${BENCH_WEB_DIR:-build/web}
native_dir=${BENCH_NATIVE_DIR:-build/native}

cmake --preset web -B "$web_dir" >/dev/null
cmake --build "$web_dir" -j"$ICC_JOBS"
cmake --preset native -B "$native_dir" >/dev/null
cmake --build "$native_dir" -j"$ICC_JOBS" --target scoring_benchmark

echo "Measuring (load average $(cut -d' ' -f1-3 /proc/loadavg); other work on the machine skews every figure)"
node scripts/bench.mjs --site "$web_dir/site" --floor "$web_dir/floor" \
     --native-benchmark "$native_dir/benchmarks/scoring_benchmark" \
     --runs "${BENCH_RUNS:-5}" --rounds "${BENCH_ROUNDS:-9}" --json build/bench/bench.json --markdown BENCHMARKS.md
