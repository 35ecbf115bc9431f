#!/usr/bin/env bash
# The SQLite extension through the sqlite3 shell: shell.sql's output against
# shell.expected, then errors, one invocation each (the shell writes errors
# to standard error, unordered with the results).
# Last, the extension's answers do not change when a holiday file lies in
# the directories the CLI reads (the library never reads them), while the
# CLI, given as the second argument, does use it.
# usage: shell.sh MODULE_DIR [PATH/TO/foiclock]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cli=${2:-}
[ -z "$cli" ] || cli=$(cd "$(dirname "$cli")" && pwd)/$(basename "$cli")
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

# A newer feed (tests/data/localdata: 2029 published, with a made-up Scottish
# holiday on Monday 2 July 2029) in every directory the CLI reads from.
# FOIA, received Wednesday 20 June 2029: the built-in data give Thursday 19
# July 2029; the file, Friday 20 July.
data=$(mktemp -d)
trap 'rm -f "$out"; rm -rf "$data"' EXIT
for d in "$data/dir" "$data/xdg/foiclock/holidays" "$data/home/.local/share/foiclock/holidays"; do
    mkdir -p "$d"
    cp "$here/../data/localdata/bank-holidays-2029.json" "$d/bank-holidays.json"
done
with_files() { FOICLOCK_HOLIDAYS_DIR=$data/dir XDG_DATA_HOME=$data/xdg HOME=$data/home "$@"; }
got=$(with_files sqlite3 -batch :memory: ".load ./foiclock" "SELECT due('2029-06-20')")
if [ "$got" != 2029-07-19 ]; then
    echo "FAIL: with a holiday file in the CLI's directories, due('2029-06-20') is $got, not 2029-07-19"
    fails=$((fails + 1))
fi
for env in "FOICLOCK_HOLIDAYS_DIR=$data/dir" "XDG_DATA_HOME=$data/xdg" "HOME=$data/home"; do
    got=$(env -u FOICLOCK_HOLIDAYS_DIR -u XDG_DATA_HOME "$env" sqlite3 -batch :memory: \
        ".load ./foiclock" "SELECT due('2029-06-20'), is_working_day('2029-07-02')" | tr '|' ' ')
    if [ "$got" != "2029-07-19 1" ]; then
        echo "FAIL: with $env, the extension answers '$got', not '2029-07-19 1'"
        fails=$((fails + 1))
    fi
done
if [ -n "$cli" ]; then
    got=$(with_files "$cli" due 2029-06-20 --format json 2>/dev/null | grep -o '"due":"[0-9-]*"')
    if [ "$got" != '"due":"2029-07-20"' ]; then
        echo "FAIL: the CLI does not use the file (it says $got), so the check above proves nothing"
        fails=$((fails + 1))
    fi
fi
[ "$fails" -eq 0 ] || exit 1
echo "shell.sh: shell.sql as expected, 8 errors as expected, holiday files in the CLI's" \
    "directories change nothing"
