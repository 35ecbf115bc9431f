#!/usr/bin/env bash
# Builds foiclock with warnings as errors and runs the whole test suite, in
# each of the legs CI runs (each in its own build directory):
#   format    every C file formatted as .clang-format says (tests/format.sh)
#   plain     gcc; every test, including the installed-package and ABI tests
#             and the Python module's
#   asan      gcc with AddressSanitizer and UndefinedBehaviorSanitizer; every test
#   valgrind  the plain build's unit tests under valgrind, leaks included
#   tsan      the thread test under ThreadSanitizer
#   fuzz      clang with libFuzzer, ASan and UBSan; every test, then each fuzz
#             target for FOICLOCK_FUZZ_SECONDS (default 10) from its corpus
#   coverage  line and branch coverage of src/lib (tests/coverage.sh)
#   compact   the library without precomputed tables (FOICLOCK_TABLES=OFF);
#             every test
#   wasm      the compact library cross-compiled to WebAssembly, its answers
#             checked under Node's WASI against the native ones (tests/wasm)
# FOICLOCK_LEGS="plain asan" runs only the legs named (default: all of them).
set -euo pipefail
cd "$(dirname "$0")/.."
.ci/install-deps
jobs=$(nproc)
legs=${FOICLOCK_LEGS:-format plain asan valgrind tsan fuzz coverage compact wasm}
timings=""

leg_format() {
    tests/format.sh
}

leg_plain() {
    cmake -S . -B build -DFOICLOCK_WERROR=ON -DFOICLOCK_BUILD_TESTS=ON -DFOICLOCK_BUILD_POSTGRES=ON \
        -DFOICLOCK_BUILD_SQLITE=ON -DFOICLOCK_BUILD_PYTHON=ON
    cmake --build build -j"$jobs"
    ctest --test-dir build --output-on-failure -j"$jobs"
}

leg_asan() {
    cmake -S . -B build-asan -DFOICLOCK_WERROR=ON -DFOICLOCK_BUILD_TESTS=ON -DFOICLOCK_SANITIZE=address,undefined \
        -DFOICLOCK_BUILD_BENCH=OFF
    cmake --build build-asan -j"$jobs"
    ctest --test-dir build-asan --output-on-failure -j"$jobs"
}

# Check runs each test in the same process (CK_FORK=no), so that valgrind
# sees everything; leaks of any kind but "still reachable" (libical's caches
# in test_data) are errors. Exit status 77 is a test skipping itself, as in
# CTest.
leg_valgrind() {
    [ -d build/tests ] || leg_plain
    local t names rc
    names=$(ctest --test-dir build -N -L unit | sed -n 's/.*Test *#[0-9]*: unit\.//p')
    for t in $names; do
        echo "valgrind: $t"
        rc=0
        CK_FORK=no valgrind -q \
            --error-exitcode=1 --leak-check=full \
            --errors-for-leak-kinds=definite,indirect,possible \
            --show-leak-kinds=definite,indirect,possible "build/tests/$t" >/dev/null || rc=$?
        [ "$rc" -eq 0 ] || [ "$rc" -eq 77 ] || return 1
    done
}

leg_tsan() {
    cmake -S . -B build-tsan -DFOICLOCK_WERROR=ON -DFOICLOCK_BUILD_TESTS=ON -DFOICLOCK_SANITIZE=thread \
        -DFOICLOCK_BUILD_BENCH=OFF
    cmake --build build-tsan -j"$jobs" --target test_threads
    ctest --test-dir build-tsan --output-on-failure -L thread
}

leg_fuzz() {
    CC=clang cmake -S . -B build-fuzz -DFOICLOCK_WERROR=ON -DFOICLOCK_BUILD_TESTS=ON -DFOICLOCK_FUZZ=ON \
        -DFOICLOCK_BUILD_BENCH=OFF
    cmake --build build-fuzz -j"$jobs"
    ctest --test-dir build-fuzz --output-on-failure -j"$jobs"
    local t scratch
    scratch=$(mktemp -d)
    for t in tests/fuzz/corpus/*/; do
        t=$(basename "$t")
        echo "fuzz: $t"
        mkdir "$scratch/$t"
        build-fuzz/tests/fuzz/"fuzz_$t" -max_total_time="${FOICLOCK_FUZZ_SECONDS:-10}" \
            -print_final_stats=1 -artifact_prefix="$scratch/" "$scratch/$t" \
            "$PWD/tests/fuzz/corpus/$t" 2>&1 | grep -E '^(stat::number_of_executed_units|==|SUMMARY)' ||
            true
        if ls "$scratch"/crash-* "$scratch"/leak-* "$scratch"/timeout-* >/dev/null 2>&1; then
            echo "fuzz_$t found a failing input:" "$scratch"/crash-* "$scratch"/leak-*
            return 1
        fi
    done
    rm -rf "$scratch"
}

leg_coverage() {
    tests/coverage.sh build-cov
}

leg_compact() {
    cmake -S . -B build-compact -DFOICLOCK_WERROR=ON -DFOICLOCK_BUILD_TESTS=ON -DFOICLOCK_TABLES=OFF \
        -DFOICLOCK_BUILD_BENCH=OFF
    cmake --build build-compact -j"$jobs"
    ctest --test-dir build-compact --output-on-failure -j"$jobs"
}

leg_wasm() {
    tests/wasm/check.sh build-wasm
}

for leg in $legs; do
    echo "==== $leg"
    start=$SECONDS
    "leg_$leg"
    timings+=$(printf '%-9s %4ds' "$leg" $((SECONDS - start)))$'\n'
done
printf '==== all legs passed\n%s' "$timings"
