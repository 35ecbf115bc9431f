#!/usr/bin/env bash
# The library built with precomputed tables and the compact one, which
# derives its calendars on first use, give the same answers for every day of
# every calendar (tests/compact/dump.c).
# usage: compare.sh DUMP_TABLES DUMP_COMPACT
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$1" >"$work/tables"
"$2" >"$work/compact"
if ! cmp -s "$work/tables" "$work/compact"; then
    echo "FAIL: the compact library answers differently (tables -, compact +):"
    diff -u "$work/tables" "$work/compact" | head -40
    exit 1
fi
echo "ok: $(grep -c '^calendar' "$work/tables") calendars, $(wc -l <"$work/tables") lines of answers agree"
