#!/usr/bin/env bash
# The bad-input catalogue for the CLI: every command fed the classes of bad
# input, each case checked for
#   - the exit status (2: usage or input error),
#   - standard output: empty, so that no answer can be read from a failed
#     run; with '-' (one date per line) only error records, one per line,
#   - standard error: a first line starting "foiclock: ", at most three lines,
#     under 2000 bytes, valid UTF-8 without control characters,
#   - the message (or, with '-', the error records) matching the case's
#     pattern: the reason, or the input it names.
# The library's half is tests/unit/test_badinput.c.
#
# usage: badinput.sh PATH/TO/foiclock
set -u
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LC_ALL=C TZ=UTC FOICLOCK_TODAY=2026-11-26
cases=0 failed=0

# bad CLASS STATUS PATTERN [--stdin TEXT] -- ARGS...
bad() {
    local class=$1 want=$2 pattern=$3 input="" lines=0
    shift 3
    if [ "$1" = --stdin ]; then
        input=$2 lines=1
        shift 2
    fi
    shift # --
    cases=$((cases + 1))
    printf '%b' "$input" >"$work/in"
    "$bin" "$@" <"$work/in" >"$work/out" 2>"$work/err"
    local rc=$? why=""
    if [ "$rc" -ne "$want" ]; then
        why="exit status $rc, want $want"
    elif [ "$lines" -eq 0 ] && [ -s "$work/out" ]; then
        why="standard output is not empty"
    elif [ "$lines" -eq 1 ] &&
        grep -avE '^(error: line [0-9]+: |\{"schema_version":1,"line":[0-9]+,"input":".*","error":".*"\}$)' \
            "$work/out" | grep -q .; then
        why="standard output has lines that are not error records"
    elif ! head -n 1 "$work/err" | grep -aq '^foiclock: '; then
        why="standard error does not start with 'foiclock: '"
    elif [ "$(wc -l <"$work/err")" -gt 3 ] || [ "$(wc -c <"$work/err")" -ge 2000 ]; then
        why="standard error is longer than a message"
    elif ! iconv -f UTF-8 -t UTF-8 "$work/err" >/dev/null 2>&1; then
        why="standard error is not valid UTF-8"
    elif LC_ALL=C grep -aq '[[:cntrl:]]' <(tr -d '\n' <"$work/err"); then
        why="standard error holds control characters"
    elif ! cat "$work/err" "$work/out" | grep -aqE -- "$pattern"; then
        why="the message does not match /$pattern/"
    fi
    if [ -n "$why" ]; then
        failed=$((failed + 1))
        printf 'FAIL [%s] foiclock%.200s: %s\n' "$class" "$(printf ' %q' "$@")" "$why"
        sed 's/^/  stdout: /' "$work/out" | head -n 5
        sed 's/^/  stderr: /' "$work/err" | head -n 5
    fi
}

long=$(head -c 100000 /dev/zero | tr '\0' 'x')
school=$work/school.txt
printf '2018-09-03 to 2018-12-20\n' >"$school"
printf '2018-09-03\n2018-09-04\nnot a date\n' >"$work/bad-line.txt"
printf '2018-12-20 to 2018-09-03\n' >"$work/backwards.txt"
printf '2000-01-01 to 2018-01-01\n' >"$work/decades.txt"
printf '2018-09-03\0\n\xff\xfe\n' >"$work/binary.txt"
head -c 2000 /dev/zero | tr '\0' '1' >"$work/long-line.txt"
mkdir "$work/dir"

# -- empty
bad empty 2 "'' is not a date: it is empty" -- due ""
bad empty 2 "is empty" -- add "" 20
bad empty 2 "N must be a whole number" -- add 2018-10-15 ""
bad empty 2 "is empty" -- count "" 2018-10-15
bad empty 2 "--received: .*empty" -- timeline --received ""
bad empty 2 "unknown rule ''" -- deadline "" 2018-10-15
bad empty 2 "unknown calendar ''" -- next 2018-10-15 --calendar ""
bad empty 2 "not a year" -- holidays ""
bad empty 2 "unknown command ''" -- ""
bad empty 2 "no command given" --
bad empty 2 "is empty" --stdin '\n' -- add - 20
bad empty 2 "is empty" --stdin '\n\n' -- next - --format json

# -- whitespace
bad whitespace 2 "is empty" -- due "   "
bad whitespace 2 "is empty" -- is-working-day $'\t'
bad whitespace 2 "N must be a whole number" -- add 2018-10-15 " 20"
bad whitespace 2 "N must be a whole number" -- add 2018-10-15 "20 "
bad whitespace 2 "unknown regime ' foia'" -- due 2018-10-15 --regime " foia"
bad whitespace 2 "is empty" --stdin ' \t \n' -- prev -

# -- overlong
bad overlong 2 "'x{40,}\.\.\.' is not a date" -- due "$long"
bad overlong 2 "unknown command 'x+\.\.\." -- "$long"
bad overlong 2 "unknown option '--x+\.\.\.'" -- add "--$long" 2018-10-15 5
bad overlong 2 "unknown format 'x+\.\.\." -- rules --format "$long"
bad overlong 2 "N must be a whole number.*x\.\.\." -- add 2018-10-15 "$long"
bad overlong 2 "unknown rule 'x+\.\.\.'" -- deadline "$long" 2018-10-15
bad overlong 2 "too long" --stdin "$(head -c 1100000 /dev/zero | tr '\0' '7')\n" -- add - 5

# -- non-UTF-8 and control characters
bad non-UTF-8 2 "'\\\\xff\\\\xfe' is not a date" -- due $'\xff\xfe'
bad non-UTF-8 2 "unknown calendar 'uk\\\\xff'" -- add 2018-10-15 5 --calendar $'uk\xff'
bad non-UTF-8 2 "unknown format 'json\\\\xff'" -- due 2018-10-15 --format $'json\xff'
bad non-UTF-8 2 "unknown command '\\\\xff'" -- $'\xff'
bad non-UTF-8 2 "unknown option '--ref\\\\xc3'" -- timeline --received 2018-10-15 $'--ref\xc3'
bad control 2 "unknown command '\\\\x1b\[2J'" -- $'\e[2J'
bad control 2 "'\\\\x1b\[31m' is not a date" -- next $'\e[31m'
bad non-UTF-8 2 "is not a date" --stdin '\xff\xfe\n' -- add - 20 --format json

# -- NUL bytes (only standard input and files can carry them)
bad NUL 2 "contains a NUL byte" --stdin '2018-10-15\0\n' -- add - 20
bad NUL 2 "contains a NUL byte" --stdin '\0\n2018\0-10-15\n' -- is-working-day - --format json
bad NUL 2 "binary.txt:1" -- deadline foia.schools 2018-10-15 --school-days "$work/binary.txt"

# -- impossible dates
bad impossible 2 "February 2019 has no day 29" -- due 2019-02-29
bad impossible 2 "February 2019 has no day 30" -- add 30/02/2019 5
bad impossible 2 "month 13 does not exist" -- count 2018-10-15 2018-13-01
bad impossible 2 "--responded: .*April 2018 has no day 31" -- \
    timeline --received 2018-04-01 --responded 2018-04-31
bad impossible 2 "is a Monday, not a Tuesday" -- is-working-day "Tuesday 15 October 2018"
bad impossible 2 "hour 25 does not exist" -- due 2018-10-15T25:00:00Z
bad impossible 2 "two-digit year" -- next 15/10/18
bad impossible 2 "February 2018 has no day 30" -- holidays 2018-02-30 2018-03-01
bad impossible 2 "no day 29" --stdin '2019-02-29\n31/04/2018\n' -- due -

# -- years outside the calendars (1971..2199)
bad out-of-range 2 "outside the uk calendar" -- due 2200-01-01
bad out-of-range 2 "outside the uk calendar" -- due 0001-01-01
bad out-of-range 2 "outside the scotland calendar" -- add 1970-12-31 1 --calendar scotland
bad out-of-range 2 "falls outside the uk calendar" -- next 2199-12-31
bad out-of-range 2 "falls outside the uk calendar" -- prev 1971-01-01
bad out-of-range 2 "outside the uk calendar" -- count 2018-10-15 2300-01-01
bad out-of-range 2 "covers 1971-01-01 to 2199-12-31 only" -- holidays 1970
bad out-of-range 2 "covers 1971-01-01 to 2199-12-31 only" -- holidays 9999
bad out-of-range 2 "year 0 is outside" -- holidays 0000
bad out-of-range 2 "UK civil time is known for the years 1971..2199" -- due 1969-06-01T12:00:00Z
bad out-of-range 2 "2300-01-01 is outside" -- timeline --received 2018-10-15 --today 2300-01-01
bad out-of-range 2 "outside the uk calendar" -- timeline --received 2199-12-01
bad out-of-range 2 "outside" --stdin '2200-01-01\n' -- is-working-day -
FOICLOCK_TODAY=2300-01-01 bad out-of-range 2 "outside the uk calendar" -- \
    timeline --received 2018-10-15
FOICLOCK_TODAY=yesterday bad out-of-range 2 "FOICLOCK_TODAY: 'yesterday' is not a date" -- \
    holidays

# -- huge N and negative values where none is allowed
bad huge-N 2 "between -100000 and 100000, not '100001'" -- add 2018-10-15 100001
bad huge-N 2 "not '99999999999999999999'" -- add 2018-10-15 99999999999999999999
bad huge-N 2 "not '-99999999999999999999'" -- add 2018-10-15 -- -99999999999999999999
bad huge-N 2 "100000 working days after 2018-10-15 falls outside" -- add 2018-10-15 100000
bad huge-N 2 "100000 working days before 2018-10-15 falls outside" -- add 2018-10-15 -- -100000
bad huge-N 2 "not '1e3'" -- add 2018-10-15 1e3
bad huge-N 2 "not '0x10'" -- add 2018-10-15 0x10
bad huge-N 2 "not '2.5'" -- add 2018-10-15 2.5
bad negative 2 "'-2018' is not a year" -- holidays -- -2018
bad negative 2 "unknown option '-x'" -- holidays -x
bad negative 2 "must run forwards" -- deadline foia.schools 2018-10-15 \
    --school-days "$work/backwards.txt"
bad huge-range 2 "span at most ten years" -- deadline foia.schools 2018-10-15 \
    --school-days "$work/decades.txt"

# -- unknown ids
bad unknown-id 2 "unknown command 'frobnicate'" -- frobnicate
bad unknown-id 2 "unknown option '--frob'" -- due 2018-10-15 --frob
bad unknown-id 2 "unknown calendar 'wales'" -- add 2018-10-15 5 --calendar wales
bad unknown-id 2 "unknown option '--calendar'" -- due 2018-10-15 --calendar uk
bad unknown-id 2 "unknown regime 'uk'" -- due 2018-10-15 --regime uk
bad unknown-id 2 "unknown regime 'fola'" -- timeline --received 2018-10-15 --regime fola
bad unknown-id 2 "unknown receipt rule 'sometimes'" -- due 2018-10-15 --receipt-rule sometimes
bad unknown-id 2 "unknown division 'wales'" -- deadline sar.response 2018-10-15 --division wales
bad unknown-id 2 "unknown rule 'foia.nope'" -- deadline foia.nope 2018-10-15
bad unknown-id 2 "unknown format 'xml'" -- calendars --format xml

# -- conflicting, missing and surplus arguments
bad conflict 2 "only one of FROM and TO" -- count - -
bad conflict 2 "--responded applies to foisa.review-request only" -- \
    deadline foia.response 2018-10-15 --responded 2018-11-01
bad conflict 2 "--school-days applies to the school rules only" -- \
    deadline foia.response 2018-10-15 --school-days "$school"
bad conflict 2 "for subject access use" -- due 2018-10-15 --regime sar
bad conflict 2 "--responded \(2018-10-01\) is before --received" -- \
    timeline --received 2018-10-15 --responded 2018-10-01
bad missing 2 "--received: Subject access request: the date the request was received is needed" -- \
    timeline --regime sar --responded 2026-01-10
bad missing 2 "--received: Law-enforcement subject access request: the date the request" -- \
    timeline --regime le-sar --responded 2026-03-10
bad conflict 2 "--fee-paid is given without --fee-notice" -- \
    timeline --received 2018-10-15 --fee-paid 2018-10-20
bad conflict 2 "does not stop the clock for sar" -- \
    timeline --received 2018-10-15 --regime sar --fee-notice 2018-10-20
bad conflict 2 "under FOIA only \(SI 2004/3364 regs 5 and 6\), not eir" -- \
    timeline --received 2018-10-15 --regime eir --direction 2018-10-20 --direction-days 40 \
    --direction-ground armed-forces
bad range 2 "not being later than the sixtieth working day" -- \
    timeline --received 2018-10-15 --direction 2018-10-20 --direction-days 61 \
    --direction-ground armed-forces
bad value 2 "unknown ground of a direction 'abroad'" -- \
    timeline --received 2018-10-15 --direction 2018-10-20 --direction-days 40 \
    --direction-ground abroad
bad value 2 "--direction-days: 'forty' is not a number" -- \
    timeline --received 2018-10-15 --direction 2018-10-20 --direction-days forty
bad conflict 2 "--direction is given without --received" -- \
    timeline --responded 2019-05-01 --direction 2019-03-20 --direction-days 45 \
    --direction-ground armed-forces
bad conflict 2 "--direction and --public-records cannot both apply" -- \
    timeline --received 2018-10-15 --public-records --direction 2018-10-20 --direction-days 40 \
    --direction-ground outside-uk
bad conflict 2 "FOIA and FOISA requests only" -- timeline --received 2018-10-15 --regime eisr --school
bad conflict 2 "from 1 December 2016" -- timeline --received 2016-11-30 --regime foisa --school
bad conflict 2 "FOISA \(s.22, the Keeper\) requests only" -- timeline --received 2021-03-22 --regime eir \
    --public-records
bad conflict 2 "not both" -- timeline --received 2021-03-22 --regime foisa --public-records --school
bad conflict 2 "7 April to 26 May 2020" -- timeline --received 2020-04-20 --regime foisa \
    --responded 2020-05-27 --pit-extension
bad range 2 "received from 7 April to 26 May 2020" -- deadline foisa.covid-response 2020-05-27
bad range 2 "received from 7 April to 26 May 2020" -- deadline foisa.covid-review 2020-04-06
bad range 2 "received from 1 December 2016" -- deadline foisa.schools 2016-11-30
bad conflict 2 "TO \(2018-01-01\) is before FROM" -- holidays 2018-12-31 2018-01-01
bad missing 2 "--received DATE is required" -- timeline --regime eir
bad missing 2 "--fee-notice is given without --received" -- timeline --responded 2018-11-09 --fee-notice 2018-10-22
bad missing 2 "missing argument" -- add 2018-10-15
bad missing 2 "option --format needs a value" -- due 2018-10-15 --format
bad surplus 2 "unexpected argument '6'" -- add 2018-10-15 5 6
bad surplus 2 "option --school takes no value" -- timeline --received 2018-10-15 --school=yes

# -- unreadable and unusable files
bad unreadable 2 "cannot open '/nonexistent/school.txt'" -- \
    deadline foia.schools 2018-10-15 --school-days /nonexistent/school.txt
bad unreadable 2 "dir" -- deadline foia.schools 2018-10-15 --school-days "$work/dir"
bad unreadable 2 "no school days in the file" -- \
    deadline foia.schools 2018-10-15 --school-days /dev/null
bad unreadable 2 "bad-line.txt:3: 'not a date' is not a date" -- \
    timeline --received 2018-10-15 --school-days "$work/bad-line.txt"
bad unreadable 2 "long-line.txt:1: line too long" -- \
    deadline foia.schools 2018-10-15 --school-days "$work/long-line.txt"

if [ "$failed" -ne 0 ]; then
    echo "FAIL: $failed of $cases bad-input cases"
    exit 1
fi
echo "ok: $cases bad-input cases"
