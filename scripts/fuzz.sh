#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/) with clang in build/fuzz and runs each for SECONDS (default
# 30), starting from the seeds: the test fixtures of the target's format (tests/data and assets/,
# listed in seeds_from_tests below) and the target's own seeds in fuzz/corpus/<target> (inputs no test has),
# gathered in build/fuzz/seeds/<target>. New inputs go to build/fuzz/corpus/<target>, never into the
# repository; a crash is saved under build/fuzz/artifacts/<target>/.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]   (targets: index_loader assessment_reader ...)
# Exits non-zero when any target finds a crash, a leak or a timeout.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build/fuzz"
source "$root/scripts/jobs.sh"
seconds=${1:-30}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=()
  for source in "$root"/fuzz/*_fuzzer.cpp; do
    name=$(basename "$source" .cpp)
    targets+=("${name%_fuzzer}")
  done
fi

mkdir -p "$build"
if ! { cmake -S "$root" -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang \
         -DCMAKE_BUILD_TYPE=RelWithDebInfo -DICC_BUILD_FUZZERS=ON -DICC_BUILD_TESTS=OFF \
         -DICC_BUILD_BENCHMARKS=OFF &&
       cmake --build "$build" -j"$ICC_JOBS" --target "${targets[@]/%/_fuzzer}"; } >"$build/build.log" 2>&1; then
  tail -30 "$build/build.log"
  echo "fuzz: the build failed (full log: $build/build.log)" >&2
  exit 2
fi

# The test fixtures (and shipped files) each target starts from, relative to the repository: they
# stay the one copy, and a fixture added there seeds the fuzzer too.
seeds_from_tests() {
  case "$1" in
    index_loader) echo tests/data/index-valid/*.json tests/data/index-invalid/*.json \
                       tests/data/fuzz-regressions/index_loader/*.json ;;
    assessment_reader) echo tests/data/assessment-valid/*.json tests/data/assessment-invalid/*.json \
                            tests/data/scoring/example-*-answers.json tests/data/fuzz-regressions/assessment_reader/*.json ;;
    benchmarks_loader) echo tests/data/scoring/benchmarks.json assets/benchmarks/icc-benchmarks.json ;;
    published_results_loader) echo assets/published/icc-published-results.json ;;
    report_writers) echo tests/data/assessment-valid/*.json ;;
    translations) echo tests/data/i18n-missing-glyph/*.json ;;
  esac
}

failed=0
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"
  seeds="$build/seeds/$target"
  artifacts="$build/artifacts/$target/"
  log="$build/$target.log"
  mkdir -p "$corpus" "$artifacts"
  rm -rf "$seeds" && mkdir -p "$seeds"
  for file in $(cd "$root" && seeds_from_tests "$target"); do
    cp "$root/$file" "$seeds/${file//\//_}"  # the path in the name keeps same-named fixtures apart
  done
  if [ -d "$root/fuzz/corpus/$target" ]; then cp "$root/fuzz/corpus/$target"/* "$seeds/"; fi
  start=$(date +%s)
  status=0
  "$build/fuzz/${target}_fuzzer" "$corpus" "$seeds" \
    -max_total_time="$seconds" -max_len=8192 -timeout=2 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts" -dict="$root/fuzz/json.dict" >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  files=$(find "$corpus" -type f | wc -l)
  elapsed=$(( $(date +%s) - start ))
  if [ "$status" -eq 0 ]; then
    printf '%-20s ok     %10s executions in %4ss, corpus %s files\n' "$target" "${runs:-?}" "$elapsed" "$files"
  else
    failed=1
    printf '%-20s FAILED (exit %s) after %ss: see %s\n' "$target" "$status" "$elapsed" "$log"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|fuzz check failed|.*runtime error)' "$log" | head -5 || true
    ls "$artifacts" | sed 's/^/  input: /' | head -3
  fi
done
exit "$failed"
