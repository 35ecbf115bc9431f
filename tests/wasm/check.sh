#!/usr/bin/env bash
# The compact library (FOICLOCK_TABLES=OFF) cross-compiled to WebAssembly:
#   - a host build gives the generator (FOICLOCK_HOLIDAYGEN) and a native
#     library with precomputed tables;
#   - the library builds for wasm32-wasi with clang-14, warnings as errors,
#     through src/cmake/wasm32-wasi.cmake;
#   - tests/compact/dump.c, run under Node's WASI, gives every answer of every
#     calendar exactly as the native library with tables does;
#   - prints the size of the library as a module exporting the whole API,
#     raw and gzipped.
# usage: tests/wasm/check.sh [WORK_DIR]   (default: build-wasm)
set -euo pipefail
cd "$(dirname "$0")/../.."
work=${1:-build-wasm}
mkdir -p "$work"
work=$(cd "$work" && pwd)
jobs=$(nproc)

cmake -S . -B "$work/host" -DFOICLOCK_BUILD_TESTS=OFF -DFOICLOCK_BUILD_BENCH=OFF \
    -DFOICLOCK_BUILD_CLI=OFF -DFOICLOCK_ICAL=OFF -DBUILD_SHARED_LIBS=OFF >/dev/null
cmake --build "$work/host" -j"$jobs" --target foiclock-holidaygen foiclock_static >/dev/null
cmake -S . -B "$work/wasm" --toolchain src/cmake/wasm32-wasi.cmake -DFOICLOCK_TABLES=OFF \
    -DFOICLOCK_WERROR=ON -DFOICLOCK_HOLIDAYGEN="$work/host/src/foiclock-holidaygen" >/dev/null
cmake --build "$work/wasm" -j"$jobs" >/dev/null

cc -std=c11 -O2 -DFOICLOCK_STATIC_DEFINE -Iinclude -I"$work/host/include" tests/compact/dump.c \
    "$work/host/src/libfoiclock.a" -o "$work/dump-native"
clang-14 --target=wasm32-wasi -std=c11 -O2 -DFOICLOCK_STATIC_DEFINE -Iinclude \
    -I"$work/wasm/include" tests/compact/dump.c "$work/wasm/src/libfoiclock.a" \
    -o "$work/dump.wasm"
"$work/dump-native" >"$work/native.txt"
node_flags=--no-warnings
[ "$(node -p 'process.versions.node.split(".")[0]')" -ge 20 ] ||
    node_flags="$node_flags --experimental-wasi-unstable-preview1"
node $node_flags tests/wasm/run-wasi.mjs "$work/dump.wasm" >"$work/wasm.txt"
if ! cmp -s "$work/native.txt" "$work/wasm.txt"; then
    echo "FAIL: the compact library in WebAssembly answers differently (native -, wasm +):"
    diff -u "$work/native.txt" "$work/wasm.txt" | head -40
    exit 1
fi
echo "ok: $(wc -l <"$work/native.txt") lines of answers agree (native with tables, wasm compact)"

# The library alone as a module exporting every public function.
clang-14 --target=wasm32-wasi -O2 -nostartfiles -Wl,--no-entry -Wl,--export-dynamic \
    -Wl,--strip-all -Wl,--whole-archive "$work/wasm/src/libfoiclock.a" -Wl,--no-whole-archive \
    -o "$work/foiclock.wasm"
raw=$(stat -c %s "$work/foiclock.wasm")
gz=$(gzip -9 -c "$work/foiclock.wasm" | wc -c)
echo "libfoiclock (compact) as wasm: $raw bytes, $gz gzipped"
