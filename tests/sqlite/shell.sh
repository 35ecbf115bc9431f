#!/usr/bin/env bash
# The SQLite extension through the sqlite3 shell: shell.sql's output against
# shell.expected, then errors, one invocation each (the shell writes errors
# to standard error, unordered with the results).
# usage: shell.sh MODULE_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$1"
command -v sqlite3 >/dev/null || { echo "shell.sh: the sqlite3 shell is missing (sqlite3)" >&2; exit 1; }
# The library is linked in statically, and only the entry point is exported
# (the module's own sqlite3_api pointer stays private to it).
if readelf -d foiclock.so | grep -q 'NEEDED.*libfoiclock'; then
    echo "shell.sh: foiclock.so depends on the shared library" >&2; exit 1
fi
exports=$(nm -D --defined-only foiclock.so | awk '{ print $3 }')
[ "$exports" = sqlite3_foiclock_init ] || { echo "shell.sh: foiclock.so exports" $exports >&2; exit 1; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
sqlite3 -batch -bail :memory: <"$here/shell.sql" >"$out"
diff -u "$here/shell.expected" "$out"

fails=0
expect_error() { # SQL MESSAGE
    local err rc=0
    err=$(sqlite3 -batch :memory: ".load ./foiclock" "$1" 2>&1 >/dev/null) || rc=$?
    if [ "$rc" -eq 0 ] || [[ $err != *"$2"* ]]; then
        echo "FAIL: $1: status $rc, expected an error with '$2', got: $err"
        fails=$((fails + 1))
    fi
}
expect_error "SELECT due('2018-02-30')" "due: '2018-02-30' is not a valid date"
expect_error "SELECT due('2018-10-15', 'fooa')" "due: unknown regime 'fooa'"
expect_error "SELECT due('2018-10-15', 'sar')" "due: subject access depends on the controller's division"
expect_error "SELECT deadline('foia.reponse', '2018-10-15')" "deadline: unknown rule 'foia.reponse'"
expect_error "SELECT deadline('foisa.schools', '2016-11-30')" "received from 1 December 2016"
expect_error "SELECT add_working_days('2018-10-15', 1, 'mars')" "add_working_days: unknown calendar 'mars'"
expect_error "SELECT add_working_days('2018-10-15', 1.5)" "must be an integer, not '1.5'"
expect_error "SELECT working_days('1900-01-01', '2018-10-15')" "working_days: 1900-01-01 is outside the uk calendar"
expect_error "SELECT is_working_day('yesterday')" "is_working_day: 'yesterday'"
[ "$fails" -eq 0 ] || exit 1
echo "shell.sh: shell.sql as expected, 8 errors as expected"
