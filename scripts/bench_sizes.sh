#!/usr/bin/env bash
# Download size of the web app under different optimisation flags: for each variant, configures a
# build folder (build/bench-sizes/flags<compile flags>) with the web preset's toolchain plus the
# variant's flags, links the site's page (target icc_web) and prints the raw and gzip -9 sizes of
# index.wasm and index.js. Slow (a full web build per variant); used to choose the flags in
# src/app/CMakeLists.txt, see BENCHMARKS.md. Usage: scripts/bench_sizes.sh [variant...]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jobs.sh

# variant -> "compile flags|extra link flags" (the compile flags also reach the link line). Variants
# with the same compile flags share a build folder, so a link-only variant only relinks.
declare -A variants=(
  [O3]="-O3|"
  [Os]="-Os|"
  [Oz]="-Oz|"
  [O3-lto]="-O3 -flto|"
  [Oz-lto]="-Oz -flto|"
  [Oz-emmalloc]="-Oz|-sMALLOC=emmalloc"
  [Oz-lto-emmalloc]="-Oz -flto|-sMALLOC=emmalloc"
  [O3-link-Oz]="-O3|-Oz"
  [Oz-emmalloc-nodebugtools]="-Oz -DIMGUI_DISABLE_DEBUG_TOOLS|-sMALLOC=emmalloc"
)
order=(O3 Oz Oz-emmalloc Oz-lto Oz-lto-emmalloc O3-lto Os)
[ $# -gt 0 ] && order=("$@")

printf '%-16s %12s %12s %10s %10s %8s\n' variant wasm wasm.gz js js.gz seconds
for name in "${order[@]}"; do
  IFS='|' read -r compile link <<<"${variants[$name]}"
  dir="build/bench-sizes/flags${compile// /}" log="build/bench-sizes/$name.log"
  start=$(date +%s)
  cmake --preset web -B "$dir" -DICC_BUILD_TESTS=OFF \
        "-DCMAKE_CXX_FLAGS_RELEASE=$compile -DNDEBUG" "-DCMAKE_C_FLAGS_RELEASE=$compile -DNDEBUG" \
        "-DCMAKE_EXE_LINKER_FLAGS=$link" >"$log" 2>&1
  cmake --build "$dir" -j"$ICC_JOBS" --target icc_web >>"$log" 2>&1 || { echo "$name: build failed, see $log"; continue; }
  seconds=$(( $(date +%s) - start ))
  wasm="$dir/stage/site/index.wasm.orig" js="$dir/stage/site/index.js"
  printf '%-16s %12d %12d %10d %10d %8d\n' "$name" "$(stat -c%s "$wasm")" "$(gzip -9c "$wasm" | wc -c)" \
         "$(stat -c%s "$js")" "$(gzip -9c "$js" | wc -c)" "$seconds"
done
