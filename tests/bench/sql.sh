#!/usr/bin/env bash
# The database extensions side by side with what databases do today, and
# prints a Markdown table (medians of several runs):
#   PostgreSQL: a sequential scan over 10 million generated received dates
#   evaluating foiclock.due(d) in the filter (one backend: parallel query
#   off, no index), against plain date arithmetic d + 28 on the same scan,
#   a PL/pgSQL function that loops over days checking a holidays table
#   (timed on a 100,000-row sample: it is that slow) and a set-based query
#   over an indexed table of working days (timed on 1,000,000 rows);
#   Times are the backend's CPU time executing the query.
#   SQLite: due(d) over 1,000,000 rows against date(d, '+28 days') and a
#   recursive CTE that walks the days against a holidays table (CPU time).
# Each alternative is first checked to give foiclock's dates on its sample.
# The holiday tables the alternatives read are filled from foiclock itself.
# The PostgreSQL part installs the extension into the server's directories
# (as root, like the tests) and starts a server of its own in a temporary
# directory, on a Unix socket only.
#
# usage: tests/bench/sql.sh [--build DIR] [--quick]
#   --build DIR  a CMake build configured with FOICLOCK_BUILD_POSTGRES=ON and
#                FOICLOCK_BUILD_SQLITE=ON (default: build)
#   --quick      a tenth of the rows and fewer runs
set -euo pipefail
cd "$(dirname "$0")/../.."
build=build
quick=0
while [ $# -gt 0 ]; do
    case $1 in
    --build) build=$2; shift ;;
    --quick) quick=1 ;;
    -h | --help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "sql.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
export LC_ALL=C
if [ "$quick" = 1 ]; then
    pg_rows=1000000 pg_loop_rows=10000 pg_set_rows=100000 lite_rows=100000 runs=3
else
    pg_rows=10000000 pg_loop_rows=100000 pg_set_rows=1000000 lite_rows=1000000 runs=5
fi
note() { echo "sql.sh: $*" >&2; }
[ -f "$build/postgres/foiclock.so" ] && [ -f "$build/sqlite/foiclock.so" ] || {
    note "$build lacks the extensions: configure with -DFOICLOCK_BUILD_POSTGRES=ON -DFOICLOCK_BUILD_SQLITE=ON"
    exit 2
}
pg_config=$(sed -n 's/^FOICLOCK_PG_CONFIG:FILEPATH=//p' "$build/CMakeCache.txt")
bindir=$("$pg_config" --bindir)

work=$(mktemp -d /tmp/foiclock-bench.XXXXXX)
as_server=()
if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$work"
    as_server=(runuser -u postgres --)
fi
chmod 755 "$work"
server_up=0
cleanup() {
    [ "$server_up" = 0 ] || (cd / && "${as_server[@]}" "$bindir/pg_ctl" -D "$work/data" -m fast stop >/dev/null 2>&1) || true
    rm -rf "$work"
}
trap cleanup EXIT

# Prints the median of its arguments.
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
# rows/s from rows and milliseconds, in millions or thousands.
rate() { awk -v n="$1" -v ms="$2" 'BEGIN { r = n / (ms / 1000); if (r >= 1e6) printf "%.2f M rows/s", r / 1e6; else printf "%.1f k rows/s", r / 1e3 }'; }
# ratio MS_A ROWS_A MS_B ROWS_B: how many times faster per row B is than A.
ratio() { awk -v a="$1" -v na="$2" -v b="$3" -v nb="$4" 'BEGIN { x = (a / na) / (b / nb); printf(x >= 10 ? "%.0fx" : "%.2fx", x) }'; }

# ---- PostgreSQL ----

cmake --install "$build" --component postgres >/dev/null
# From the scratch directory: the server's user may not be able to enter this one.
(cd "$work" && "${as_server[@]}" "$bindir/initdb" -D "$work/data" -U postgres --auth=trust \
    --no-sync -E UTF8 --locale=C >/dev/null)
(cd "$work" && "${as_server[@]}" "$bindir/pg_ctl" -D "$work/data" -l "$work/server.log" -w \
    -o "-c listen_addresses='' -k $work -p 54321 -c fsync=off -c shared_buffers=512MB -c jit=off" \
    start >/dev/null)
server_up=1
psql_() { "$bindir/psql" -X -q -h "$work" -p 54321 -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }

note "PostgreSQL: generating $pg_rows rows"
psql_ -o /dev/null <<SQL
CREATE EXTENSION foiclock;
SELECT setseed(0.17);
-- Received dates spread over 2005-2026, in random order.
CREATE TABLE requests AS
SELECT date '2005-01-01' + (random() * 8000)::int AS d FROM generate_series(1, $pg_rows);
CREATE TABLE loop_sample AS SELECT d FROM requests LIMIT $pg_loop_rows;
CREATE TABLE set_sample AS SELECT d FROM requests LIMIT $pg_set_rows;
VACUUM ANALYZE requests, loop_sample, set_sample;

-- What an application keeps today: a table of bank holidays (any division,
-- as FOIA's uk calendar counts them)...
CREATE TABLE bank_holidays (day date PRIMARY KEY);
INSERT INTO bank_holidays SELECT DISTINCT date FROM foiclock.holidays('2000-01-01', '2040-12-31');
-- ... and the working-day loop written against it.
CREATE FUNCTION loop_due(received date) RETURNS date LANGUAGE plpgsql STABLE AS \$\$
DECLARE
    d date := received;
    n int := 0;
BEGIN
    WHILE n < 20 LOOP
        d := d + 1;
        IF extract(isodow FROM d) < 6 AND NOT EXISTS (SELECT 1 FROM bank_holidays WHERE day = d) THEN
            n := n + 1;
        END IF;
    END LOOP;
    RETURN d;
END \$\$;
-- The set-based alternative: a calendar table of working days, indexed.
CREATE TABLE working_days (day date PRIMARY KEY);
INSERT INTO working_days
SELECT d FROM generate_series(date '2000-01-01', '2040-12-31', '1 day') AS d
 WHERE extract(isodow FROM d) < 6 AND d::date NOT IN (SELECT day FROM bank_holidays);
VACUUM ANALYZE bank_holidays, working_days;
SQL

# The alternatives must agree with foiclock before they are timed.
check=$(psql_ -At <<'SQL'
SELECT count(*) FROM loop_sample WHERE loop_due(d) <> foiclock.due(d);
SELECT count(*) FROM set_sample s
 WHERE (SELECT day FROM working_days w WHERE w.day > s.d ORDER BY w.day OFFSET 19 LIMIT 1)
       <> foiclock.due(s.d);
SQL
)
[ "$check" = $'0\n0' ] || { note "the alternatives disagree with foiclock: $check"; exit 1; }

# Milliseconds of CPU time (user + system) the backend spent executing one
# query, from log_executor_stats (the getrusage difference, reported to the
# client at LOG level): on a shared machine, steadier than wall time.
pg_time() {
    psql_ -c 'SET max_parallel_workers_per_gather = 0' -c 'SET client_min_messages = log' \
        -c 'SET log_executor_stats = on' -c "$1" 2>&1 >/dev/null |
        sed -n 's/^!\t\([0-9.]*\) s user, \([0-9.]*\) s system, .*/\1 \2/p' | head -1 |
        awk '{ printf "%.1f\n", ($1 + $2) * 1000 }'
}
pg_median() {
    local t=() i
    pg_time "$1" >/dev/null # warm the cache
    for ((i = 0; i < runs; i++)); do t+=("$(pg_time "$1")"); done
    median "${t[@]}"
}
note "PostgreSQL: timing"
# Every row passes the filter's function; none passes the filter itself, so
# the result costs nothing to return.
ms_plain=$(pg_median "SELECT count(*) FROM requests WHERE d + 28 < date '2000-01-01'")
ms_foi=$(pg_median "SELECT count(*) FROM requests WHERE foiclock.due(d) < date '2000-01-01'")
ms_loop=$(pg_median "SELECT count(*) FROM loop_sample WHERE loop_due(d) < date '2000-01-01'")
ms_set=$(pg_median "SELECT count(*) FROM set_sample s WHERE (SELECT day FROM working_days w
    WHERE w.day > s.d ORDER BY w.day OFFSET 19 LIMIT 1) < date '2000-01-01'")
plan=$(psql_ -At -c 'SET max_parallel_workers_per_gather = 0' \
    -c "EXPLAIN (COSTS OFF) SELECT count(*) FROM requests WHERE foiclock.due(d) < date '2000-01-01'" |
    tr '\n' ' ')
case $plan in
*"Seq Scan on requests"*"Filter: (foiclock.due(d, 'foia'::text)"*) ;;
*) note "unexpected plan: $plan"; exit 1 ;;
esac
pg_version=$(psql_ -At -c 'SHOW server_version')
(cd "$work" && "${as_server[@]}" "$bindir/pg_ctl" -D "$work/data" -m fast stop >/dev/null) && server_up=0

# ---- SQLite ----

note "SQLite: generating $lite_rows rows"
lite=(sqlite3 -batch "$work/bench.db")
lite_setup="$work/setup.sql"
cat >"$lite_setup" <<SQL
.load $PWD/$build/sqlite/foiclock
CREATE TABLE requests (id INTEGER PRIMARY KEY, d TEXT NOT NULL);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $lite_rows)
INSERT INTO requests (d) SELECT date('2005-01-01', '+' || (abs(random()) % 8000) || ' days') FROM n;
CREATE TABLE bank_holidays (day TEXT PRIMARY KEY) WITHOUT ROWID;
WITH RECURSIVE d(day) AS (SELECT '2000-01-01' UNION ALL
                          SELECT date(day, '+1 day') FROM d WHERE day < '2040-12-31')
INSERT INTO bank_holidays SELECT day FROM d
 WHERE strftime('%w', day) NOT IN ('0', '6') AND NOT is_working_day(day);
SQL
"${lite[@]}" <"$lite_setup"
# The recursive CTE people write: step a day at a time from each received
# date, counting weekdays that are not in the holidays table, until 20.
cte_due() { # SOURCE: the walk from each row of SOURCE (id, d)
    echo "WITH RECURSIVE walk(id, day, n) AS (
    SELECT id, d, 0 FROM $1
    UNION ALL
    SELECT id, date(day, '+1 day'),
           n + (strftime('%w', day, '+1 day') NOT IN ('0', '6')
                AND date(day, '+1 day') NOT IN (SELECT day FROM bank_holidays))
      FROM walk WHERE n < 20)"
}
# Checked on the first 20,000 rows: every walk ends, once, on due(d).
sample="(SELECT id, d FROM requests WHERE id <= 20000)"
check=$("${lite[@]}" ".load $PWD/$build/sqlite/foiclock" \
    "$(cte_due "$sample") SELECT count(*) FROM walk JOIN requests USING (id) WHERE n = 20 AND walk.day <> due(requests.d)" \
    "$(cte_due "$sample") SELECT count(*), count(DISTINCT id) FROM walk WHERE n = 20")
[ "$check" = $'0\n20000|20000' ] || { note "the recursive CTE disagrees with foiclock: $check"; exit 1; }
# SQLite runs in the shell's process, on one core: its CPU time (user +
# system, from the shell's .timer) is the measure, steadier than wall time
# on a shared machine.
lite_time() { # SQL: milliseconds
    printf '.load %s\n.timer on\n%s;\n' "$PWD/$build/sqlite/foiclock" "$1" | "${lite[@]}" |
        sed -n 's/^Run Time: real [0-9.]* user \([0-9.]*\) sys \([0-9.]*\).*/\1 \2/p' |
        awk '{ printf "%.1f\n", ($1 + $2) * 1000 }'
}
lite_median() { # SQL [RUNS]
    local t=() i n=${2:-$runs}
    [ "$n" -eq 1 ] || lite_time "$1" >/dev/null
    for ((i = 0; i < n; i++)); do t+=("$(lite_time "$1")"); done
    median "${t[@]}"
}
note "SQLite: timing"
lms_plain=$(lite_median "SELECT count(*) FROM requests WHERE date(d, '+28 days') < '2000-01-01'")
lms_foi=$(lite_median "SELECT count(*) FROM requests WHERE due(d) < '2000-01-01'")
# The recursive CTE takes minutes on a million rows: one run.
lms_cte=$(lite_median "$(cte_due requests) SELECT count(*) FROM walk WHERE n = 20 AND day < '2000-01-01'" 1)
lite_version=$(sqlite3 --version | cut -d' ' -f1)

cat <<EOF2

PostgreSQL $pg_version, one backend (max_parallel_workers_per_gather = 0), the backend's CPU time (user + system), median of $runs runs:

| query | rows | CPU time | rows/s | foiclock.due is |
|---|---|---|---|---|
| \`foiclock.due(d)\` in the filter of a sequential scan | $pg_rows | $ms_foi ms | $(rate "$pg_rows" "$ms_foi") | |
| \`d + 28\` (plain date arithmetic), same scan | $pg_rows | $ms_plain ms | $(rate "$pg_rows" "$ms_plain") | $(ratio "$ms_plain" "$pg_rows" "$ms_foi" "$pg_rows") as fast |
| PL/pgSQL loop over days against a holidays table | $pg_loop_rows | $ms_loop ms | $(rate "$pg_loop_rows" "$ms_loop") | $(ratio "$ms_loop" "$pg_loop_rows" "$ms_foi" "$pg_rows") faster |
| set-based: 20th row after d in an indexed working-days table | $pg_set_rows | $ms_set ms | $(rate "$pg_set_rows" "$ms_set") | $(ratio "$ms_set" "$pg_set_rows" "$ms_foi" "$pg_rows") faster |

SQLite $lite_version, CPU time (user + system), median of $runs runs (the recursive CTE: one run):

| query | rows | CPU time | rows/s | due is |
|---|---|---|---|---|
| \`due(d)\` in the filter of a table scan | $lite_rows | $lms_foi ms | $(rate "$lite_rows" "$lms_foi") | |
| \`date(d, '+28 days')\`, same scan | $lite_rows | $lms_plain ms | $(rate "$lite_rows" "$lms_plain") | $(ratio "$lms_plain" 1 "$lms_foi" 1) as fast |
| recursive CTE walking days against a holidays table | $lite_rows | $lms_cte ms | $(rate "$lite_rows" "$lms_cte") | $(ratio "$lms_cte" 1 "$lms_foi" 1) faster |
EOF2
