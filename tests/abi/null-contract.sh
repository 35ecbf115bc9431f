#!/usr/bin/env bash
# Runs the NULL-contract program (tests/abi/null.c) and checks that it
# covers every function the public headers export: a function added without
# its NULL cases fails here.
# usage: null-contract.sh PROGRAM INCLUDE_DIR...
set -euo pipefail
prog=$1
shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for dir in "$@"; do cat "$dir"/foiclock/*.h; done | grep -oE 'FOICLOCK_EXPORT [^(]*\(' |
    grep -oE 'foi_[a-z0-9_]+ *\($' | tr -d ' (' | sort -u >"$work/exported"
"$prog"
"$prog" --covered | sort -u >"$work/covered"
missing=$(comm -23 "$work/exported" "$work/covered")
if [ -n "$missing" ]; then
    echo "FAIL: exported functions without a NULL case in tests/abi/null.c:"
    printf '  %s\n' $missing
    exit 1
fi
echo "ok: all $(wc -l <"$work/exported") exported functions have their NULL cases"
