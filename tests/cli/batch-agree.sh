#!/usr/bin/env bash
# Agreement of 'foiclock batch' with the single commands: a few thousand
# generated rows (every rule, mixed date forms, bad dates, dates past the
# calendars; cases of every regime with clarifications, fees, extensions,
# reviews and contradictions) must get from batch exactly the dates,
# statuses, counts and error messages that 'foiclock deadline' and
# 'foiclock timeline' give for them one by one.
#
# usage: batch-agree.sh PATH/TO/foiclock [RULE_ROWS [CASE_ROWS [SEED]]]
set -euo pipefail
bin=$1
nrules=${2:-3000}
ncases=${3:-500}
seed=${4:-20261126}
work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT; [ -z "${KEEP:-}" ] || echo "work: $work"
export LC_ALL=C TZ=UTC FOICLOCK_TODAY=2026-11-26

# Days from 1970-01-01 to a date and back, in awk (the civil-from-days
# algorithm the library uses).
awk_dates='
function civil(z,   era, doe, yoe, doy, mp, d, m, y) {
    z += 719468; era = int(z / 146097); doe = z - era * 146097
    yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365)
    y = yoe + era * 400; doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100))
    mp = int((5 * doy + 2) / 153); d = doy - int((153 * mp + 2) / 5) + 1
    m = mp < 10 ? mp + 3 : mp - 9; y += m <= 2
    CY = y; CM = m; CD = d
    return sprintf("%04d-%02d-%02d", y, m, d)
}
function day(lo, hi) { return lo + int(rand() * (hi - lo + 1)) }
'

# ---- deadline rows ----

"$bin" rules --format json | grep -o '"id":"[^"]*"' | cut -d'"' -f4 >"$work/rules"
awk -v n="$nrules" -v seed="$seed" "$awk_dates"'
BEGIN { srand(seed); split("January February March April May June July August September October November December", mon, " ") }
{ rules[++nr] = $0 }
END {
    print "ref,rule,start,division" > W "/rules.csv"
    for (i = 1; i <= n; i++) {
        rule = rules[1 + int(rand() * nr)]
        u = rand()
        # Mostly 2000-2030; a few near the ends of the calendars.
        z = u < 0.97 ? day(10957, 21914) : u < 0.985 ? day(84000, 84020) : day(360, 370)
        iso = civil(z); v = rand()
        if (v < 0.70) date = iso
        else if (v < 0.82) date = CD "/" CM "/" CY
        else if (v < 0.92) date = CD " " mon[CM] " " CY
        else if (v < 0.96) date = sprintf("%04d-%02d-%02d", CY, CM, 29 + int(rand() * 3))
        else date = iso "T23:30:00Z"
        div = ""
        if (rule ~ /^sar\./) { w = int(rand() * 4); div = w == 1 ? "england-and-wales" : w == 2 ? "scotland" : w == 3 ? "northern-ireland" : "" }
        printf "R%d,%s,%s,%s\n", i, rule, date, div > W "/rules.csv"
        # One line per row for the single commands: group, row, date.
        printf "%s\t%s\t%d\t%s\n", rule, div, i, date > W "/plan"
    }
}' W="$work" "$work/rules"

"$bin" batch "$work/rules.csv" --format json >"$work/rules.jsonl" 2>/dev/null || true

# The single command, once per rule and division, over its dates in order.
sort -t$'\t' -k1,1 -k2,2 -s "$work/plan" >"$work/plan.sorted"
: >"$work/single"
while IFS=$'\t' read -r rule div; do
    awk -F'\t' -v r="$rule" -v d="$div" '$1 == r && $2 == d { print $4 }' "$work/plan.sorted" >"$work/dates"
    awk -F'\t' -v r="$rule" -v d="$div" '$1 == r && $2 == d { print $3 }' "$work/plan.sorted" >"$work/rows"
    "$bin" deadline "$rule" - ${div:+--division "$div"} --format json <"$work/dates" >"$work/out" 2>/dev/null || true
    paste "$work/rows" "$work/out" >>"$work/single"
done < <(cut -f1,2 "$work/plan.sorted" | uniq)

# Each side as "row <TAB> due-or-error".
sed -E 's/^\{"schema_version":1,"line":([0-9]+),.*"due":("[^"]*"|null).*"error":(null|"(.*)")(,"warnings":\[.*\])?\}$/\1\t\2\t\4/' "$work/rules.jsonl" |
    awk -F'\t' '{ gsub(/"/, "", $2); row = $1 - 1; if ($3 != "") { sub(/^line [0-9]+: (start: )?/, "", $3); print row "\terror: " $3 } else print row "\t" $2 }' |
    sort -n >"$work/batch.rules"
awk -F'\t' '{
    if (match($2, /"error":"/)) { e = substr($2, RSTART + 9); sub(/"}$/, "", e); print $1 "\terror: " e }
    else if (match($2, /,"due":"[^"]*"/)) print $1 "\t" substr($2, RSTART + 8, 10)
    else print $1 "\t?" $2
}' "$work/single" | sort -n >"$work/single.rules"

fail=0
if ! diff "$work/single.rules" "$work/batch.rules" >"$work/diff"; then
    echo "FAIL: deadline rows differ (< single command, > batch):"
    head -20 "$work/diff"
    fail=1
fi
nerr=$(grep -c 'error:' "$work/batch.rules" || true)
echo "deadline rows: $nrules compared ($nerr of them errors on both sides)"

# ---- case rows ----

awk -v n="$ncases" -v seed="$((seed + 1))" -v W="$work" "$awk_dates"'
function maybe(p) { return rand() < p }
BEGIN {
    srand(seed)
    split("foia foia foia foia eir eir foisa eisr sar sar", regimes, " ")
    split("england-and-wales scotland northern-ireland", divs, " ")
    print "ref,regime,division,received,clarification_requested,clarification_received,fee_notice,fee_paid,pit_extension,responded,review_requested,review_responded,decision_notice" > W "/cases.csv"
    for (i = 1; i <= n; i++) {
        regime = regimes[1 + int(rand() * 10)]
        div = maybe(0.3) ? divs[1 + int(rand() * 3)] : ""
        rec = day(14610, 20900)     # 2010 to March 2027
        split("", ev); split("", has)
        ev["received"] = rec; start = rec
        if (maybe(0.1)) { ev["clarification_requested"] = rec + day(1, 10); if (maybe(0.8)) { ev["clarification_received"] = ev["clarification_requested"] + day(0, 20); start = ev["clarification_received"] } }
        if ((regime == "foia" || regime == "foisa") && maybe(0.1)) { ev["fee_notice"] = start + day(1, 10); if (maybe(0.8)) ev["fee_paid"] = ev["fee_notice"] + day(0, 20) }
        last = start; if ("fee_paid" in ev) last = ev["fee_paid"]
        if ("fee_notice" in ev && !("fee_paid" in ev)) last = ev["fee_notice"]
        if (maybe(0.8)) { ev["responded"] = last + day(0, 45); r = ev["responded"]
            if (maybe(0.25)) { ev["review_requested"] = r + day(0, 50)
                if (maybe(0.6)) { ev["review_responded"] = ev["review_requested"] + day(0, 50)
                    if (maybe(0.3)) ev["decision_notice"] = ev["review_responded"] + day(10, 200) } } }
        if (maybe(0.03)) ev["responded"] = rec - day(1, 10)     # a contradiction
        pit = regime != "sar" && maybe(0.1) ? "yes" : ""
        line = sprintf("C%d,%s,%s", i, regime, div)
        args = sprintf("--regime %s%s", regime, div != "" ? " --division " div : "")
        split("received clarification_requested clarification_received fee_notice fee_paid", names1, " ")
        for (k = 1; k <= 5; k++) { e = names1[k]; v = e in ev ? civil(ev[e]) : ""
            line = line "," v; if (v != "") args = args " --" e " " v }
        line = line "," pit; if (pit != "") args = args " --pit-extension"
        split("responded review_requested review_responded decision_notice", names2, " ")
        for (k = 1; k <= 4; k++) { e = names2[k]; v = e in ev ? civil(ev[e]) : ""
            line = line "," v; if (v != "") args = args " --" e " " v }
        print line > W "/cases.csv"
        gsub(/_/, "-", args)
        print args > W "/case-args"
    }
}'

"$bin" batch "$work/cases.csv" >"$work/cases.out" 2>/dev/null || true

# The batch side: ref and the computed columns, errors without "line N: ".
awk -F, 'NR > 1 {
    err = $0; for (k = 0; k < 27; k++) sub(/^[^,]*,/, "", err); gsub(/^"|"$/, "", err); gsub(/""/, "\"", err); sub(/^line [0-9]+: /, "", err)
    if (err != "") print $1 "\terror: " err
    else print $1 "\t" $14 "\t" $15 "\t" $16 "\t" $17 "\t" $18 "\t" $19 "\t" $20 "\t" $21 "\t" $22 "\t" $23 "\t" $24 "\t" $25 "\t" $26
}' "$work/cases.out" >"$work/batch.cases"

# The single-command side: one timeline per case, read into the same
# columns. working_days_taken is the rule's count less the working days
# early (plus those late): the count runs from day 0 as counted, and the due
# date already carries any days disregarded. Subject access counts its
# month and its lateness in calendar days, so its working-day figures are
# not compared (nor in batch, where they are working days).
i=0
while read -r args; do
    i=$((i + 1))
    # shellcheck disable=SC2086
    if out=$("$bin" timeline $args --format json 2>&1); then
        printf 'C%d\t%s\n' "$i" "$out"
    else
        # The CLI names an input by its option, the batch by its column.
        printf 'C%d\terror: %s\n' "$i" "$(printf '%s' "${out#foiclock: timeline: }" |
            sed -E ':a; s/--([a-z_]*)-/--\1_/; ta; s/--([a-z_]+)/\1/g')"
    fi
done <"$work/case-args" | awk -F'\t' '
function val(s, key,   r) {
    if (!match(s, "\"" key "\":(\"[^\"]*\"|-?[0-9]+|true|false|null)")) return ""
    r = substr(s, RSTART + length(key) + 3, RLENGTH - length(key) - 3); gsub(/"/, "", r); return r
}
function due(s) { return match(s, /,"due":"[^"]*"/) ? substr(s, RSTART + 8, 10) : "" }
$2 ~ /^error: / { print $1 "\t" $2; next }
{
    n = split($2, part, /\{"rule":"/)
    resp = ""; rreq = ""; rrev = ""; compl = ""; appeal = ""; revreq = ($2 ~ /"review_requested":"/)
    for (k = 2; k <= n; k++) {
        e = part[k]; id = substr(e, 1, index(e, "\"") - 1)
        if (e ~ /"done_by":"responded"/ && val(e, "status") != "extended") resp = e
        else if (e ~ /"done_by":"review_requested"/ && val(e, "status") != "paused") rreq = due(e)
        else if (val(e, "role") == "review-response" && val(e, "status") != "paused") { rrev = e }
        if (val(e, "role") == "complaint" && val(e, "status") != "paused") compl = e
        if (val(e, "role") == "appeal" && val(e, "status") != "paused") appeal = e
    }
    sar = $2 ~ /"regime":"sar"/
    st = val(resp, "status"); responded = ($2 ~ /"case":\{[^}]*"responded":"/)
    rdue = st == "paused" ? "" : due(resp)
    in_time = st == "met" ? "true" : st == "missed" ? "false" : ""
    late = st == "met" ? 0 : st == "missed" ? val(resp, "late") : ""
    cnt = val(resp, "count")
    taken = st == "met" ? cnt - val(resp, "early") : st == "missed" ? cnt + val(resp, "late") : ""
    status = st == "paused" && responded ? "responded" : st
    src = resp
    if (revreq && rrev != "") { src = rrev; status = "review-" val(rrev, "status") }
    s2 = val(src, "status")
    left = s2 == "pending" ? val(src, "remaining") : s2 == "due-today" ? 0 : ""
    over = s2 == "overdue" ? val(src, "overdue") : ""
    if (sar && src == resp) { left = left == "" ? "" : "*"; over = over == "" ? "" : "*" }
    if (sar) { late = late == "" ? "" : "*"; taken = taken == "" ? "" : "*" }
    print $1 "\t" rdue "\t" in_time "\t" taken "\t" late "\t" rreq "\t" (rrev == "" ? "" : due(rrev)) "\t" status "\t" left "\t" over "\t" due(compl) "\t" val(compl, "status") "\t" due(appeal) "\t" val(appeal, "status")
}' >"$work/single.cases"

# Blank out in batch what is not comparable for subject access.
paste "$work/single.cases" "$work/batch.cases" | awk -F'\t' '{
    n = NF / 2
    if ($(n + 2) ~ /^error: /) { print $(n + 1) "\t" $(n + 2); next }
    for (k = 1; k <= n; k++) if ($k == "*") $(n + k) = "*"
    line = $(n + 1); for (k = 2; k <= n; k++) line = line "\t" $(n + k); print line
}' OFS='\t' >"$work/batch.cases.cmp"
# Single-side errors have two fields; keep them as they are.
if ! diff "$work/single.cases" "$work/batch.cases.cmp" >"$work/diff"; then
    echo "FAIL: case rows differ (< timeline, > batch):"
    head -20 "$work/diff"
    fail=1
fi
nerr=$(grep -c 'error:' "$work/batch.cases" || true)
echo "case rows: $ncases compared ($nerr of them errors on both sides)"
exit $fail
