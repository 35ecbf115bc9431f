#!/usr/bin/env bash
# The iCalendar files in holidays/ are exactly what foiclock-holidaygen makes
# of the curated table beside them, so that the table stays the one place
# where a holiday is revised.
# usage: check-ics.sh HOLIDAYGEN SOURCE_DIR
set -euo pipefail
gen=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$gen" from-csv "$src/holidays/uk-bank-holidays.csv" "$work"
failed=0
for f in england-and-wales scotland northern-ireland; do
    if ! cmp -s "$work/$f.ics" "$src/holidays/$f.ics"; then
        echo "FAIL: holidays/$f.ics differs from what holidays/uk-bank-holidays.csv gives:"
        diff -u "$src/holidays/$f.ics" "$work/$f.ics" | head -40
        failed=1
    fi
done
[ "$failed" -eq 0 ] && echo "ok: the three files match the curated table"
exit "$failed"
