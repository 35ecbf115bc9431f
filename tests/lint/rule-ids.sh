#!/usr/bin/env bash
# No code outside the rules table decides anything by a rule's id: it asks
# for a rule by role (foi_rule_for) and reads rule->role. This fails on
#   - a string literal that is a rule id of the table ("foia.response"), or
#     an id's suffix with its dot (".review-response");
#   - a comparison of a rule's id (strcmp, strncmp, memcmp, strstr, strchr
#     or strrchr on ->id or .id), or a comparison with an id's suffix
#     (strcmp(what, "review-request")).
# Ids inside longer text (usage and messages naming a rule for people) are
# fine. src/lib/rules.c, the table itself, is the one exception.
#
# usage: rule-ids.sh SOURCE_DIR
set -euo pipefail
src=$1/src
table=$src/lib/rules.c

ids=$(grep -oE '^ *\{"(foia|eir|foisa|eisr|sar|le-sar)\.[a-z-]+"' "$table" | grep -oE '[a-z-]+\.[a-z-]+')
[ "$(echo "$ids" | wc -l)" -ge 20 ] || { echo "FAIL: found only these ids in $table: $ids"; exit 1; }
suffixes=$(echo "$ids" | sed 's/^[a-z-]*\././' | sort -u)

# The literals to refuse, as one extended regular expression.
alts=$( (echo "$ids"; echo "$suffixes") | sed 's/\./\\./g' | paste -sd'|')
literal="\"($alts)\""
cmpfn='(strcmp|strncmp|memcmp|strstr|strchr|strrchr|strcasecmp) *\('
compare="$cmpfn[^;]*(->|\\.)id\\b"
bare=$(echo "$suffixes" | sed 's/^\.//' | paste -sd'|')
suffix_compare="$cmpfn[^;]*\"($bare)\""

scan() {
    grep -rnE --include='*.c' --include='*.h' -e "$literal" -e "$compare" -e "$suffix_compare" \
        "$@" || true
}

# The check must be able to fail: a file with each kind of offence is caught.
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
printf '%s\n' 'static const char *r = "foisa.review-request";' \
    'static int f(const foi_rule *r) { return strcmp(r->id, "x") == 0; }' \
    'static const char *s = ".review-response";' \
    'static int g(const char *w) { return strcmp(w, "pit-extension") == 0; }' >"$probe/bad.c"
[ "$(scan "$probe" | wc -l)" -eq 4 ] || { echo "FAIL: the scan misses a planted rule id"; exit 1; }

found=$(scan "$src" | grep -v "^$table:" || true)
if [ -n "$found" ]; then
    echo "FAIL: rule ids compared or spelled out outside the rules table (use foi_rule_for and rule->role):"
    echo "$found"
    exit 1
fi
echo "ok: $(echo "$ids" | wc -l) rule ids, none outside $table"
