/* One deadline from one rule and one anchor date, and its status on a day. */
#include <stdlib.h>
#include <string.h>

#include <foiclock/rules.h>

#include "calbuild.h"
#include "internal.h"

void foi_deadline_options_init(foi_deadline_options *opts)
{
    if (opts) {
        memset(opts, 0, sizeof *opts);
        opts->version = FOI_DEADLINE_OPTIONS_VERSION;
    }
}

static const foi_calendar *calendar_for(const foi_rule *rule, const foi_deadline_options *o,
                                        foi_calendar_id *id_out)
{
    foi_calendar_id id = rule->calendar;
    if (rule->division_calendar) {
        if (o->division == FOI_DIV_SCOTLAND)
            id = FOI_CAL_SCOTLAND;
        else if (o->division == FOI_DIV_NORTHERN_IRELAND)
            id = FOI_CAL_NORTHERN_IRELAND;
        else
            id = FOI_CAL_ENGLAND_WALES;
    }
    *id_out = id;
    return o->calendars[id] ? o->calendars[id] : foi_calendar_builtin(id);
}

static foi_date day_before(foi_date d)
{
    return foi_mkdate(d.serial - 1);
}

/*
 * The nth working day after start, not counting the working days of the
 * pause [from, to] (FOIA s.10(2): the days from the fees notice to the fee's
 * receipt are disregarded). Working days used before the pause are kept.
 */
static int add_paused(foi_date *due, int *paused_days, const foi_calendar *cal, foi_date start,
                      int n, const foi_deadline_options *o)
{
    int rc = foi_calendar_add(due, cal, start, n);
    *paused_days = 0;
    if (rc || !o->has_pause || o->pause_to.serial <= start.serial)
        return rc;
    int used = 0;
    if (o->pause_from.serial - 1 > start.serial &&
        (rc = foi_calendar_count(&used, cal, start, day_before(o->pause_from))))
        return rc;
    if (used >= n)
        return FOI_OK; /* the deadline had passed before the pause began */
    foi_date first =
        o->pause_from.serial > start.serial ? o->pause_from : foi_mkdate(start.serial + 1);
    if ((rc = foi_calendar_count(paused_days, cal, day_before(first), o->pause_to)))
        return rc;
    return foi_calendar_add(due, cal, o->pause_to, n - used);
}

static int in_pause(const foi_deadline_options *o, foi_date d)
{
    return o->has_pause && d.serial >= o->pause_from.serial && d.serial <= o->pause_to.serial;
}

static int is_school_day(const foi_deadline_options *o, foi_date d)
{
    for (size_t i = 0; i < o->n_school_days; i++)
        if (o->school_days[i].serial == d.serial)
            return 1;
    return 0;
}

/* FOIA schools: the earlier of the 20th school day (a working day that is
 * also a school day) and the 60th working day. */
static int school_deadline(foi_deadline *out, const foi_calendar *cal, foi_date start,
                           const foi_deadline_options *o)
{
    const foi_rule *rule = out->rule;
    int rc = add_paused(&out->backstop_due, &out->paused_days, cal, start, rule->backstop, o);
    if (rc)
        return rc;
    out->school_due = out->backstop_due;
    if (!o->school_days) {
        out->due = out->backstop_due;
        out->notes |= FOI_NOTE_NO_SCHOOL_CALENDAR;
        return FOI_OK;
    }
    int32_t last = INT32_MIN;
    for (size_t i = 0; i < o->n_school_days; i++)
        if (o->school_days[i].serial > last)
            last = o->school_days[i].serial;
    int found = 0;
    foi_date d = start;
    while (d.serial < out->backstop_due.serial) {
        /* Cannot fail: the backstop, a working day of cal, lies ahead. */
        foi_calendar_next(&d, cal, d);
        if (!in_pause(o, d) && is_school_day(o, d) && ++found == rule->count)
            break;
    }
    if (found == rule->count && d.serial <= out->backstop_due.serial) {
        out->school_due = d;
        out->due = d;
        return FOI_OK;
    }
    if (last < out->backstop_due.serial) {
        char a[FOI_DATE_ISO_SIZE], b[FOI_DATE_ISO_SIZE];
        return foi_fail(FOI_EINVAL,
                        "the school calendar ends on %s, before the %dth working day (%s): "
                        "give the school days up to that date",
                        last == INT32_MIN ? "(empty)" : foi_date_format_iso(foi_mkdate(last), a),
                        rule->backstop, foi_date_format_iso(out->backstop_due, b));
    }
    out->due = out->backstop_due;
    out->notes |= FOI_NOTE_SCHOOL_BACKSTOP;
    return FOI_OK;
}

/* The working days a rule counts: its count, or for a rule whose count is
 * the ceiling of a day the Information Commissioner specifies (SI 2004/3364
 * regs 5 and 6), the day specified. */
static int day_count(const foi_rule *rule, const foi_deadline_options *o)
{
    int directable = rule->role == FOI_ROLE_ARMED_FORCES || rule->role == FOI_ROLE_OUTSIDE_UK;
    return directable && o->directed > 0 ? o->directed : rule->count;
}

/* Working-day and school-day rules counted from start. */
static int count_from(foi_deadline *out, const foi_calendar *cal, foi_date start,
                      const foi_deadline_options *o, foi_date *due)
{
    if (out->rule->unit == FOI_UNIT_SCHOOL_DAYS) {
        foi_deadline tmp = *out;
        int rc = school_deadline(&tmp, cal, start, o);
        if (rc)
            return rc;
        *due = tmp.due;
        return FOI_OK;
    }
    int paused;
    return add_paused(due, &paused, cal, start, day_count(out->rule, o), o);
}

static int working_day_deadline(foi_deadline *out, const foi_calendar *cal,
                                const foi_deadline_options *o)
{
    const foi_rule *rule = out->rule;
    foi_date start = out->anchor, other = out->anchor;
    int receipt = rule->anchor == FOI_ANCHOR_RECEIPT || rule->anchor == FOI_ANCHOR_REVIEW_REQUEST ||
                  rule->anchor == FOI_ANCHOR_RESPONSE_PERIOD;
    int w = foi_calendar_is_working_day(cal, out->anchor);
    if (w < 0)
        return w;
    if (receipt && !w) {
        foi_date next;
        int rc = foi_calendar_next(&next, cal, out->anchor);
        if (rc)
            return rc;
        out->notes |= FOI_NOTE_RECEIPT_NON_WORKING;
        if (o->receipt_rule == FOI_RECEIPT_NEXT_WORKING_DAY)
            start = next;
        else
            other = next;
    }
    out->start = start;
    int rc;
    if (rule->unit == FOI_UNIT_SCHOOL_DAYS)
        rc = school_deadline(out, cal, start, o);
    else
        rc = add_paused(&out->due, &out->paused_days, cal, start, day_count(rule, o), o);
    if (rc)
        return rc;
    if (day_count(rule, o) != rule->count) {
        out->directed = day_count(rule, o);
        out->notes |= FOI_NOTE_DIRECTED;
    }
    if (out->paused_days) {
        /* Cannot fail: without the pause the date is no later. */
        foi_date unpaused;
        foi_calendar_add(&unpaused, cal, start, day_count(rule, o));
        if (unpaused.serial != out->due.serial)
            out->notes |= FOI_NOTE_PAUSED;
    }
    if (out->notes & FOI_NOTE_RECEIPT_NON_WORKING) {
        if ((rc = count_from(out, cal, other, o, &out->other_due)))
            return rc;
    }
    return FOI_OK;
}

/* FOISA s.20(5): 40 working days from the end of the response period, or
 * from the requester's receipt of a late response. */
static int foisa_review_deadline(foi_deadline *out, const foi_calendar *cal,
                                 const foi_deadline_options *o, const foi_rule *response_rule)
{
    /* "The time allowed by section 10": the limit that governed the answer
     * (60 working days for one given under the Coronavirus (Scotland) Act
     * 2020), else the one always in force. */
    if (!response_rule)
        response_rule = foi_rule_governing(out->rule->regime, FOI_ROLE_RESPONSE, out->anchor,
                                           o->has_response, o->response);
    if (!response_rule)
        return foi_fail(FOI_EINVAL,
                        "rule '%s' counts from the end of a response period, but %s "
                        "has no response time limit",
                        out->rule->id, foi_regime_name(out->rule->regime));
    foi_deadline r;
    int rc;
    if ((rc = foi_deadline_compute_as(&r, response_rule, out->anchor, o, 0)))
        return rc;
    out->start = r.due;
    if (o->has_response && o->response.serial > r.due.serial) {
        /* Counted from the late response: the receipt rule no longer matters. */
        out->start = o->response;
        out->notes |= FOI_NOTE_LATE_RESPONSE;
        r.notes &= ~(unsigned)FOI_NOTE_RECEIPT_NON_WORKING;
    } else if (o->has_response && o->response.serial < r.due.serial) {
        if ((rc = foi_calendar_add(&out->safer, cal, o->response, out->rule->count)))
            return rc;
        out->notes |= FOI_NOTE_SAFER_EARLIER;
    }
    if ((rc = foi_calendar_add(&out->due, cal, out->start, out->rule->count)))
        return rc;
    if (r.notes & FOI_NOTE_RECEIPT_NON_WORKING) {
        out->notes |= FOI_NOTE_RECEIPT_NON_WORKING;
        if ((rc = foi_calendar_add(&out->other_due, cal, r.other_due, out->rule->count)))
            return rc;
    }
    return FOI_OK;
}

/*
 * Subject access from 5 February 2026. UK GDPR Art 12(3), as amended by the
 * Data (Use and Access) Act 2025 s.76 (in force that day, SI 2026/82 reg
 * 2(h)), requires the answer "without undue delay and in any event before
 * the end of the applicable time period (see Article 12A)": "the period of
 * one month beginning with the relevant time" (the words of s.76's twin in
 * DPA 2018 s.54(2)), extendable "by two further months". A period beginning
 * with a day ends the day before the corresponding date, and the text moves
 * no last day off a weekend or holiday. Requests received before that day
 * keep the old "within one month of receipt", counted as the ICO publishes
 * (to the corresponding date, then the next working day).
 */
static int art12a_period(const foi_rule *rule, foi_date anchor)
{
    return rule->regime == FOI_REGIME_SAR && rule->unit == FOI_UNIT_MONTHS &&
           rule->division_calendar && foi_sar_amended(anchor);
}

/* A subject-access clarification stops the clock: the paused days, both
 * ends included, are added to the period. */
static int add_pause(foi_deadline *out, const foi_deadline_options *o)
{
    if (!o->has_pause || o->pause_from.serial > out->due.serial)
        return FOI_OK;
    out->paused_days = o->pause_to.serial - o->pause_from.serial + 1;
    out->notes |= FOI_NOTE_PAUSED;
    return foi_date_add_days(&out->due, out->due, out->paused_days);
}

/* Moves *d to the next working day of cal when it is not one; *moved says
 * whether it did. */
static int roll(foi_date *d, int *moved, const foi_calendar *cal)
{
    *moved = 0;
    int w = foi_calendar_is_working_day(cal, *d);
    if (w < 0)
        return w;
    if (w)
        return FOI_OK;
    *moved = 1;
    return foi_calendar_next(d, cal, *d);
}

/* Calendar-day and month rules: a plain date, then any roll or grace day. */
static int calendar_deadline(foi_deadline *out, const foi_calendar *cal,
                             const foi_deadline_options *o)
{
    const foi_rule *rule = out->rule;
    int rc;
    int statute = art12a_period(rule, out->anchor);
    out->start = out->anchor;
    if (rule->unit == FOI_UNIT_MONTHS)
        rc = foi_date_add_months(&out->due, out->anchor, rule->count);
    else
        rc = foi_date_add_days(&out->due, out->anchor, rule->count);
    if (rc)
        return rc;
    foi_date regulator = {0};
    if (statute) {
        /* The ICO's reading, for the working: the corresponding date, the
         * pause added, then the next working day. */
        foi_deadline ico = *out;
        int moved;
        if ((rc = add_pause(&ico, o)) || (rc = roll(&ico.due, &moved, cal)))
            return rc;
        regulator = ico.due;
    }
    /* "Beginning with" day 0 counts day 0 itself as the first day of the
     * period, so the period ends the day before the corresponding date.
     * Where the later month has no corresponding date (three months
     * beginning with 30 November), the period runs to that month's end. */
    if (rule->beginning_with || statute) {
        out->corresponding = out->due;
        int y, m, ad, dd;
        foi_date_to_ymd(out->anchor, &y, &m, &ad);
        foi_date_to_ymd(out->due, &y, &m, &dd);
        if (rule->unit != FOI_UNIT_MONTHS || dd == ad)
            out->due = day_before(out->due);
        out->notes |= FOI_NOTE_BEGINNING_WITH;
    }
    if ((rc = add_pause(out, o)))
        return rc;
    out->unrolled = out->due;
    if (statute) {
        if (regulator.serial != out->due.serial) {
            out->regulator_due = regulator;
            out->notes |= FOI_NOTE_REGULATOR_READING;
        }
        return FOI_OK;
    }
    if (rule->roll_forward || rule->grace) {
        foi_date next = out->due;
        int moved;
        if ((rc = roll(&next, &moved, cal)))
            return rc;
        if (moved && rule->roll_forward) {
            out->due = next;
            out->notes |= FOI_NOTE_ROLLED;
        } else if (moved) {
            out->grace = next;
            out->notes |= FOI_NOTE_GRACE;
        }
    }
    return FOI_OK;
}

/*
 * Law-enforcement subject access: the ICO's published method for Part 3,
 * which differs from the words of s.54(2). Its guidance on the right of
 * access under Part 3 ("How long do we have to comply?"): "calculate the
 * time limit from the first hour of the first day after you receive the
 * request, fee or other requested information (whether it is a working day
 * or not) until the last hour of the corresponding calendar date in the next
 * month" (received 30 June: 1 August); the last day of the next month where
 * it has no corresponding date; and "If the corresponding date falls on a
 * weekend or public holiday, you have until the last hour of the next
 * working day". The statute's date stays the headline; this one is shown
 * beside it when it differs. A pause adds the same days to both. The
 * statute's date needs no calendar, so where the other reading would need
 * a day beyond the calendars (before 1971 or after 2199) it is left out
 * rather than failing the statutory answer.
 */
static int le_sar_regulator_reading(foi_deadline *out, const foi_calendar *cal)
{
    foi_date ico;
    int rc = foi_date_add_months(&ico, foi_mkdate(out->anchor.serial + 1), out->rule->count);
    if (!rc && (out->notes & FOI_NOTE_PAUSED))
        rc = foi_date_add_days(&ico, ico, out->paused_days);
    if (rc)
        return rc;
    int w = foi_calendar_is_working_day(cal, ico);
    if (w == FOI_ERANGE)
        return FOI_OK;
    if (w < 0)
        return w;
    if (!w && (rc = foi_calendar_next(&ico, cal, ico)))
        return rc == FOI_ERANGE ? FOI_OK : rc;
    if (ico.serial != out->due.serial) {
        out->regulator_due = ico;
        out->notes |= FOI_NOTE_REGULATOR_READING;
    }
    return FOI_OK;
}

/* Which version of s.54 a law-enforcement subject access deadline counts
 * by, and what the version before 5 February 2026 did not have. */
static int le_sar_band_check(foi_deadline *out, const foi_deadline_options *o)
{
    char a[FOI_DATE_ISO_SIZE];
    out->band = foi_le_sar_band(out->anchor);
    if (foi_le_sar_amended(out->anchor))
        return FOI_OK;
    if (out->rule->role == FOI_ROLE_EXTENDED)
        return foi_fail(FOI_EINVAL,
                        "rule '%s' applies only to requests received from 5 February 2026 (DPA "
                        "2018 s.54(3A), inserted by the Data (Use and Access) Act 2025 s.76): "
                        "%s is earlier, and s.54 as enacted allows no extension",
                        out->rule->id, foi_date_format_iso(out->anchor, a));
    if (o->has_pause)
        return foi_fail(FOI_EINVAL,
                        "a request received on %s has no clarification pause: s.54(3C) applies "
                        "only to requests received from 5 February 2026",
                        foi_date_format_iso(out->anchor, a));
    return FOI_OK;
}

int foi_deadline_compute(foi_deadline *out, const foi_rule *rule, foi_date anchor,
                         const foi_deadline_options *opts)
{
    return foi_deadline_compute_as(out, rule, anchor, opts, 1);
}

int foi_deadline_compute_as(foi_deadline *out, const foi_rule *rule, foi_date anchor,
                            const foi_deadline_options *opts, int check_band)
{
    return foi_deadline_compute_review(out, rule, anchor, opts, check_band, NULL);
}

int foi_deadline_compute_review(foi_deadline *out, const foi_rule *rule, foi_date anchor,
                                const foi_deadline_options *opts, int check_band,
                                const foi_rule *response_rule)
{
    foi_deadline_options defaults;
    if (!opts) {
        foi_deadline_options_init(&defaults);
        opts = &defaults;
    }
    FOI_REQUIRE_VERSION(opts, FOI_DEADLINE_OPTIONS_VERSION);
    FOI_REQUIRE_ARG(out);
    FOI_REQUIRE_ARG(rule);
    /* A caller may pass a rule of its own: its fields index tables and
     * bound loops, so they are checked like any other input. */
    if ((unsigned)rule->calendar >= FOI_CAL_COUNT || (unsigned)rule->unit > FOI_UNIT_SCHOOL_DAYS ||
        (unsigned)rule->anchor > FOI_ANCHOR_FEES_NOTICE || rule->count < 1 ||
        (rule->unit == FOI_UNIT_SCHOOL_DAYS && rule->backstop < 1)) {
        char q[80];
        return foi_fail(FOI_EINVAL,
                        "rule '%s' is malformed: calendar %d, unit %d, anchor %d, count %d, "
                        "backstop %d",
                        rule->id ? foi_quote(q, sizeof q, rule->id, strlen(rule->id)) : "",
                        (int)rule->calendar, (int)rule->unit, (int)rule->anchor, rule->count,
                        rule->backstop);
    }
    if (!foi_serial_valid(anchor.serial))
        return foi_fail(FOI_EINVAL, "day 0 (date serial %ld) is not a valid date",
                        (long)anchor.serial);
    if (opts->division && foi_division_index(opts->division) < 0)
        return foi_fail(FOI_EINVAL, "division %#x is not one of the three UK divisions",
                        opts->division);
    if ((opts->has_pause && (!foi_serial_valid(opts->pause_from.serial) ||
                             !foi_serial_valid(opts->pause_to.serial))) ||
        (opts->has_response && !foi_serial_valid(opts->response.serial)))
        return foi_fail(FOI_EINVAL, "a pause or response date serial is not a valid date");
    if ((rule->role == FOI_ROLE_ARMED_FORCES || rule->role == FOI_ROLE_OUTSIDE_UK) &&
        (opts->directed < 0 || opts->directed > rule->count))
        return foi_fail(FOI_EINVAL,
                        "the day specified (working day %d) is not between 1 and the rule's "
                        "%d",
                        opts->directed, rule->count);
    if (opts->has_pause) {
        char a[FOI_DATE_ISO_SIZE], b[FOI_DATE_ISO_SIZE];
        if (opts->pause_to.serial < opts->pause_from.serial)
            return foi_fail(FOI_EINVAL, "the pause ends (%s) before it starts (%s)",
                            foi_date_format_iso(opts->pause_to, a),
                            foi_date_format_iso(opts->pause_from, b));
        if (opts->pause_from.serial < anchor.serial)
            return foi_fail(FOI_EINVAL, "the pause starts (%s) before day 0 (%s)",
                            foi_date_format_iso(opts->pause_from, a),
                            foi_date_format_iso(anchor, b));
    }
    /* A rule in force only for a while: what day 0 receives must fall in
     * its band. (A timeline chooses its rules itself: the Coronavirus
     * (Scotland) Act 2020 limit also governed an answer to a request
     * received before it took effect.) */
    if (check_band && !foi_rule_in_force(rule, anchor)) {
        char a[FOI_DATE_ISO_SIZE], f[FOI_DATE_ISO_SIZE], u[FOI_DATE_ISO_SIZE], q[80];
        int from = rule->in_force_from.serial != 0, until = rule->in_force_until.serial != 0;
        foi_date_format_iso(rule->in_force_from, f);
        foi_date_format_iso(rule->in_force_until, u);
        if (rule->band)
            return foi_fail(FOI_EINVAL,
                            "rule '%s' is not in force for day 0 on %s: it applies to what was %s",
                            rule->id ? foi_quote(q, sizeof q, rule->id, strlen(rule->id)) : "",
                            foi_date_format_iso(anchor, a), rule->band);
        return foi_fail(FOI_EINVAL,
                        "rule '%s' is not in force for day 0 on %s: it applies to what was "
                        "received %s%s%s%s",
                        rule->id ? foi_quote(q, sizeof q, rule->id, strlen(rule->id)) : "",
                        foi_date_format_iso(anchor, a), from ? "from " : "by ", from ? f : u,
                        from && until ? " to " : "", from && until ? u : "");
    }
    foi_calendar_id id;
    const foi_calendar *cal = calendar_for(rule, opts, &id);
    foi_deadline d;
    memset(&d, 0, sizeof d);
    d.rule = rule;
    d.calendar = cal;
    d.anchor = anchor;
    int rc;
    int le_sar = rule->regime == FOI_REGIME_LE_SAR && rule->unit == FOI_UNIT_MONTHS;
    /* A rule in force only for a period says so as the version of the law
     * that applied. */
    if (rule->band)
        d.band = rule->band;
    if (le_sar && (rc = le_sar_band_check(&d, opts)))
        return rc;
    if (rule->regime == FOI_REGIME_SAR && rule->unit == FOI_UNIT_MONTHS && rule->division_calendar)
        d.band = foi_sar_band(anchor);
    if (rule->anchor == FOI_ANCHOR_RESPONSE_PERIOD)
        rc = foisa_review_deadline(&d, cal, opts, response_rule);
    else if (rule->unit == FOI_UNIT_WORKING_DAYS || rule->unit == FOI_UNIT_SCHOOL_DAYS)
        rc = working_day_deadline(&d, cal, opts);
    else
        rc = calendar_deadline(&d, cal, opts);
    /* The ICO publishes its method for the one-month period only. */
    if (!rc && le_sar && rule->role == FOI_ROLE_RESPONSE)
        rc = le_sar_regulator_reading(&d, cal);
    if (rc)
        return rc;

    /* The non-working weekdays passed over: counting from day 0, or rolling
     * forward from the plain date. */
    int rolled = (d.notes & FOI_NOTE_ROLLED) != 0;
    int counts_days =
        rule->unit == FOI_UNIT_WORKING_DAYS || rule->unit == FOI_UNIT_SCHOOL_DAYS || rolled;
    /* Counting: the days in (start, due]. Rolling: the days in [unrolled, due). */
    foi_date lo = rolled ? d.unrolled : foi_mkdate(d.start.serial + 1);
    foi_date hi = rolled ? foi_mkdate(d.due.serial - 1) : d.due;
    if (counts_days && hi.serial >= lo.serial)
        foi_calendar_holidays(&d.skipped, &d.n_skipped, cal, lo, hi); /* cannot fail: lo <= hi */
    foi_date last = d.due;
    if (d.notes & FOI_NOTE_RECEIPT_NON_WORKING && d.other_due.serial > last.serial)
        last = d.other_due;
    if (d.notes & FOI_NOTE_REGULATOR_READING && d.regulator_due.serial > last.serial)
        last = d.regulator_due;
    if (d.notes & FOI_NOTE_GRACE)
        last = d.grace;
    /* The statute's date of law-enforcement subject access needs no
     * calendar; the ICO's reading does, and is flagged as the other
     * receipt rule's date is. */
    int other_reading = (d.notes & FOI_NOTE_REGULATOR_READING) != 0;
    d.provisional = (counts_days || rule->roll_forward || rule->grace || other_reading) &&
                    foi_calendar_is_provisional(cal, last, last);
    *out = d;
    return FOI_OK;
}

int foi_deadline_status(foi_status *out, const foi_deadline *d, foi_date today,
                        const foi_date *done)
{
    FOI_REQUIRE_ARG(out);
    FOI_REQUIRE_ARG(d);
    if (!d->rule || !d->calendar)
        return foi_fail(FOI_EINVAL, "foi_deadline_status: the deadline has no rule or calendar");
    /* Differences of day numbers below must not overflow. */
    if (!foi_serial_valid(today.serial) || (done && !foi_serial_valid(done->serial)) ||
        !foi_serial_valid(d->due.serial))
        return foi_fail(FOI_EINVAL, "foi_deadline_status: a date serial is not a valid date");
    return foi_status_judge(out, d, today, done, 0);
}

int foi_status_judge(foi_status *out, const foi_deadline *d, foi_date today, const foi_date *done,
                     unsigned flags)
{
    foi_status s;
    memset(&s, 0, sizeof s);
    int wd = (flags & FOI_JUDGE_WORKING_DAYS) || d->rule->unit == FOI_UNIT_WORKING_DAYS ||
             d->rule->unit == FOI_UNIT_SCHOOL_DAYS;
    int margin = !(flags & FOI_JUDGE_NO_MARGIN);
    int n = 0, rc = FOI_OK;
    if (done) {
        if (done->serial <= d->due.serial) {
            s.state = FOI_STATE_MET;
            rc = wd && margin ? foi_calendar_count(&n, d->calendar, *done, d->due) : FOI_OK;
            s.early = wd ? n : d->due.serial - done->serial;
        } else {
            s.state = FOI_STATE_MISSED;
            rc = wd && margin ? foi_calendar_count(&n, d->calendar, d->due, *done) : FOI_OK;
            s.late = wd ? n : done->serial - d->due.serial;
        }
    } else if (today.serial < d->due.serial) {
        s.state = FOI_STATE_PENDING;
        rc = wd ? foi_calendar_count(&n, d->calendar, today, d->due) : FOI_OK;
        s.remaining = wd ? n : d->due.serial - today.serial;
    } else if (today.serial == d->due.serial) {
        s.state = FOI_STATE_DUE_TODAY;
    } else {
        s.state = FOI_STATE_OVERDUE;
        rc = wd ? foi_calendar_count(&n, d->calendar, d->due, today) : FOI_OK;
        s.overdue = wd ? n : today.serial - d->due.serial;
        s.overdue_days = today.serial - d->due.serial;
    }
    if (rc)
        return rc;
    *out = s;
    return FOI_OK;
}
