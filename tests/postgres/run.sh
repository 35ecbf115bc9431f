#!/usr/bin/env bash
# The PostgreSQL extension's tests: installs the extension into the server's
# own directories (cmake --install --component postgres; PostgreSQL 15 loads
# extensions from nowhere else), starts a throw-away server of its own
# (initdb into a temporary directory, listening only on a Unix socket in that
# directory, no TCP port), runs the pg_regress cases in tests/postgres/sql
# against their expected output in tests/postgres/expected, and stops the
# server. The server refuses to run as root: as root, it runs as the
# 'postgres' user the Debian package creates.
#
# usage: run.sh CMAKE BUILD_DIR PG_CONFIG
set -euo pipefail
cmake=$1 build=$(cd "$2" && pwd)
bindir=$("$3" --bindir) pkglibdir=$("$3" --pkglibdir)
here=$(cd "$(dirname "$0")" && pwd)
tests=(functions errors index parallel lesar)
regress=$pkglibdir/pgxs/src/test/regress/pg_regress
[ -x "$regress" ] || { echo "run.sh: $regress is missing (postgresql-server-dev-15)" >&2; exit 1; }

# The library is linked in statically: the module needs no libfoiclock at
# run time and exports nothing but its SQL entry points.
so=$build/postgres/foiclock.so
if readelf -d "$so" | grep -q 'NEEDED.*libfoiclock'; then
    echo "run.sh: $so depends on the shared library" >&2; exit 1
fi
extra=$(nm -D --defined-only "$so" | awk '{ print $3 }' |
    grep -Ev '^(Pg_magic_func|pg_finfo_foiclock_[a-z_]+|foiclock_[a-z_]+)$' || true)
[ -z "$extra" ] || { echo "run.sh: $so exports more than its entry points:" $extra >&2; exit 1; }

work=$(mktemp -d /tmp/foiclock-pg.XXXXXX)
as_server=()
if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 ||
        { echo "run.sh: running as root needs the 'postgres' user (postgresql-15)" >&2; exit 1; }
    chown postgres "$work"
    as_server=(runuser -u postgres --)
fi
chmod 755 "$work"
# The server's user may not be able to enter the directory this ran from
# (a checkout under /root): everything runs from the scratch directory.
cd "$work"
server_up=0
cleanup() {
    if [ "$server_up" = 1 ]; then
        "${as_server[@]}" "$bindir/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# Installation honours DESTDIR: a staged install puts exactly the module, the
# control file and the script under the staging directory.
"$cmake" --install "$build" --component postgres >/dev/null 2>"$work/install.err" || {
    cat "$work/install.err" >&2
    echo "run.sh: could not install the extension into the server's directories" \
        "(run as root, as CI does)" >&2
    exit 1
}
DESTDIR=$work/stage "$cmake" --install "$build" --component postgres >/dev/null
staged=$(cd "$work/stage" && find . -type f | sort | sed 's|^\./|/|')
for f in $staged; do
    case $f in
    "$pkglibdir/foiclock.so" | */extension/foiclock.control | */extension/foiclock--*.sql) ;;
    *) echo "run.sh: the postgres component installs an unexpected file $f" >&2; exit 1 ;;
    esac
    # The server's user must be able to read what was installed for real.
    "${as_server[@]}" test -r "$f" || { echo "run.sh: the server cannot read $f" >&2; exit 1; }
done
[ "$(echo "$staged" | wc -l)" -eq 3 ] || { echo "run.sh: staged install: $staged" >&2; exit 1; }

"${as_server[@]}" "$bindir/initdb" -D "$work/data" -U postgres --auth=trust --no-sync \
    --no-instructions -E UTF8 --locale=C >"$work/initdb.log" 2>&1 ||
    { cat "$work/initdb.log" >&2; exit 1; }
# Parallel query is on (two workers per gather) for the parallel test.
"${as_server[@]}" "$bindir/pg_ctl" -D "$work/data" -l "$work/server.log" -w \
    -o "-c listen_addresses='' -k $work -p 54320 -c fsync=off -c max_parallel_workers_per_gather=2" \
    start >/dev/null || { cat "$work/server.log" >&2; exit 1; }
server_up=1

rc=0
# The JSON functions are checked against the CLI's output.
export FOICLOCK_CLI=$build/foiclock
[ -x "$FOICLOCK_CLI" ] || { echo "run.sh: $FOICLOCK_CLI is missing (FOICLOCK_BUILD_CLI)" >&2; exit 1; }
("$regress" --host="$work" --port=54320 --user=postgres \
    --dbname=foiclock_regress --inputdir="$here" --outputdir="$work/out" "${tests[@]}") || rc=$?
# FOICLOCK_PG_RESULTS=DIR keeps the actual output (to review new expected files).
if [ -n "${FOICLOCK_PG_RESULTS:-}" ]; then
    mkdir -p "$FOICLOCK_PG_RESULTS" && cp "$work"/out/results/*.out "$FOICLOCK_PG_RESULTS"/
fi
if [ "$rc" -ne 0 ]; then
    cat "$work/out/regression.diffs" >&2 2>/dev/null || true
    tail -20 "$work/server.log" >&2
fi
"${as_server[@]}" "$bindir/pg_ctl" -D "$work/data" -m fast stop >/dev/null && server_up=0
exit "$rc"
