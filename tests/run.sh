#!/usr/bin/env bash
# Builds foiclock with warnings as errors and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
.ci/install-deps
cmake -S . -B build -DFOICLOCK_WERROR=ON
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)"
