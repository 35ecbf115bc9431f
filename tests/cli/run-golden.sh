#!/usr/bin/env bash
# Replays a CLI transcript (tests/cli/*.t) and fails on any difference.
#
# Format: lines starting with two spaces belong to the test; "  $ CMD" runs
# CMD with bash (continued by "  > " lines), the "  ..." lines after it are
# its expected standard output and standard error, and "  [N]" is a non-zero
# exit status. Every other line is a comment (say where expected dates come
# from there). Set GOLDEN_UPDATE=1 to rewrite the file with actual output.
#
# usage: run-golden.sh PATH/TO/foiclock FILE.t
set -u
bin=$1
t=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
actual=$work/actual.t
mkdir "$work/cwd"

bindir=$(cd "$(dirname "$bin")" && pwd)
export PATH="$bindir:$PATH" LC_ALL=C TZ=UTC FOICLOCK_TODAY=2026-11-26
# No holiday files but those a transcript names: the holiday directory is one
# that does not exist, whatever the machine's own directories hold.
export FOICLOCK_HOLIDAYS_DIR=/nonexistent/foiclock-holidays
TESTDIR=$(cd "$(dirname "$t")" && pwd)
export TESTDIR

cmd=
run() {
    [ -n "$cmd" ] || return 0
    (cd "$work/cwd" && bash -c "$cmd") </dev/null >"$work/out" 2>&1
    local rc=$?
    if [ -s "$work/out" ]; then
        sed 's/^/  /; s/^  $/  /' "$work/out" >>"$actual"
        [ -z "$(tail -c 1 "$work/out")" ] || printf ' (no-eol)\n' >>"$actual"
    fi
    [ "$rc" -eq 0 ] || printf '  [%d]\n' "$rc" >>"$actual"
    cmd=
}

: >"$actual"
while IFS= read -r line || [ -n "$line" ]; do
    case $line in
    "  \$ "*)
        run
        printf '%s\n' "$line" >>"$actual"
        cmd=${line#  \$ }
        ;;
    "  > "*)
        printf '%s\n' "$line" >>"$actual"
        cmd+=$'\n'${line#  > }
        ;;
    "  "*) ;;
    *)
        run
        printf '%s\n' "$line" >>"$actual"
        ;;
    esac
done <"$t"
run

if [ "${GOLDEN_UPDATE:-0}" = 1 ]; then
    cp "$actual" "$t"
    exit 0
fi
if ! diff -u "$t" "$actual"; then
    echo "FAIL: $t differs from the actual output (diff above: - expected, + actual)"
    exit 1
fi
echo "ok: $(grep -c '^  \$ ' "$t") commands in $(basename "$t")"
