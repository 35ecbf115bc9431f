/* Deadlines over arrays: one rule from many anchors, with a fast path of
 * two table reads per anchor for plain working-day rules. */
#include <stdio.h>
#include <string.h>

#include <foiclock/arrays.h>

#include "calbuild.h"
#include "arrays_internal.h"
#include "internal.h"

static int receipt_anchor(foi_anchor a)
{
    return a == FOI_ANCHOR_RECEIPT || a == FOI_ANCHOR_REVIEW_REQUEST ||
           a == FOI_ANCHOR_RESPONSE_PERIOD;
}

/* The calendar a rule counts on, when it does not depend on the case. */
const foi_calendar *foi_rule_calendar(const foi_rule *rule, const foi_deadline_options *o)
{
    const foi_calendar *c = o ? o->calendars[rule->calendar] : NULL;
    return c ? c : foi_calendar_builtin(rule->calendar);
}

/* Whether rule can take the table-only path under o: a plain working-day
 * count that needs neither a pause, a school calendar nor the case. */
int foi_fast_rule(const foi_rule *rule, const foi_deadline_options *o)
{
    /* A rule in force only for a while checks day 0 against its band in
     * foi_deadline_compute. */
    return rule->unit == FOI_UNIT_WORKING_DAYS && rule->anchor != FOI_ANCHOR_RESPONSE_PERIOD &&
           !rule->division_calendar && rule->count > 0 && !rule->in_force_from.serial &&
           !rule->in_force_until.serial &&
           (!o || (!o->has_pause && (!o->division || foi_division_index(o->division) >= 0)));
}

/*
 * foi_deadline_compute's due date and provisional flag for a fast_rule,
 * read straight from the tables: cum[i + 1] working days up to and including
 * the anchor, so its nth working day after is number cum[i + 1] + n. A
 * receipt on a non-working day counts from the next working day under the
 * next-working-day rule, one further on; either way the later of the two
 * dates decides the provisional flag, as the full computation shows both.
 * Returns 0 when the answer lies outside the tables (the full computation
 * then gives the message).
 */
static inline int fast_due(foi_date *due, int *provisional, const foi_rule *rule,
                           const foi_calendar *cal, foi_date anchor, foi_receipt_rule receipt)
{
    int64_t i = (int64_t)anchor.serial - cal->first;
    if ((uint64_t)i >= (uint64_t)cal->ndays)
        return 0;
    int64_t k = (int64_t)cal->cum[i + 1] + rule->count - 1, last = k;
    if (cal->cum[i + 1] == cal->cum[i] && receipt_anchor(rule->anchor)) {
        last = k + 1;
        if (receipt == FOI_RECEIPT_NEXT_WORKING_DAY)
            k++;
    }
    if (last >= cal->nworking)
        return 0;
    due->serial = cal->first + (int32_t)k + cal->gap[k];
    *provisional = cal->first + (int32_t)last + cal->gap[last] > cal->published_until;
    return 1;
}

/* One deadline: the fast path when it applies, else the full computation. */
int foi_one_due(foi_date *due, int *provisional, const foi_rule *rule, int fast,
                const foi_calendar *cal, foi_date anchor, const foi_deadline_options *o)
{
    if (fast && fast_due(due, provisional, rule, cal, anchor, o ? o->receipt_rule : 0))
        return FOI_OK;
    foi_deadline d;
    int rc = foi_deadline_compute(&d, rule, anchor, o);
    if (rc)
        return rc;
    *due = d.due;
    *provisional = d.provisional;
    return FOI_OK;
}

int foi_deadline_batch(foi_date *due, int *status, const foi_rule *rule, const foi_date *anchors,
                       size_t n, const foi_deadline_options *opts, size_t *failed)
{
    if (failed)
        *failed = 0;
    if (!rule)
        return foi_fail(FOI_EINVAL, "foi_deadline_batch: no rule given");
    if (n && (!due || !anchors))
        return foi_fail(FOI_EINVAL, "foi_deadline_batch: no anchors or no room for the dates");
    if (opts)
        FOI_REQUIRE_VERSION(opts, FOI_DEADLINE_OPTIONS_VERSION);
    int fast = foi_fast_rule(rule, opts);
    const foi_calendar *cal = foi_rule_calendar(rule, opts);
    size_t nfailed = 0;
    for (size_t i = 0; i < n; i++) {
        int provisional;
        int rc = foi_one_due(&due[i], &provisional, rule, fast, cal, anchors[i], opts);
        if (rc) {
            foi_fail_at_index(rc, "anchors", i);
            if (!status)
                return rc;
            due[i] = anchors[i];
            nfailed++;
        }
        if (status)
            status[i] = rc;
    }
    if (failed)
        *failed = nfailed;
    return FOI_OK;
}
