#!/usr/bin/env bash
# Measures line and branch coverage of the library (src/lib) over the whole
# test suite, in its own build directory, and fails below the thresholds.
#
# usage: tests/coverage.sh [BUILD_DIR]   (default build-cov)
#   COVERAGE_MIN_LINES / COVERAGE_MIN_BRANCHES override 95 / 85 (per cent);
#   an HTML report is written to BUILD_DIR/coverage/index.html.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build-cov}
jobs=$(nproc)
[ "$jobs" -le 2 ] || jobs=2
cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Debug -DFOICLOCK_COVERAGE=ON -DFOICLOCK_WERROR=ON \
    -DFOICLOCK_BUILD_BENCH=OFF >/dev/null
cmake --build "$dir" -j"$jobs"
find "$dir" -name '*.gcda' -delete
ctest --test-dir "$dir" --output-on-failure -j"$jobs"
mkdir -p "$dir/coverage"
gcovr --root . --object-directory "$dir" --filter 'src/lib/' --exclude-unreachable-branches \
    --exclude-directories '.*foiclock_other\.dir.*' \
    --html-details "$dir/coverage/index.html" --txt "$dir/coverage/summary.txt" \
    --print-summary --fail-under-line "${COVERAGE_MIN_LINES:-95}" \
    --fail-under-branch "${COVERAGE_MIN_BRANCHES:-85}"
