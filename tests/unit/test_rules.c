/* Unit tests of the rules engine (rules.h): the rules table, every worked
 * example of src/doc/rules.md, each rule across Christmas/New Year, Easter, a
 * Scottish-only and a Northern-Irish-only bank holiday, the receipt rules,
 * pauses, school days, FOISA s.20(5), status, and properties checked over
 * every day of 2019-2030.
 *
 * Every expected date below was counted by hand from src/doc/rules.md and the
 * holiday data in holidays/uk-bank-holidays.csv; the comments list
 * the working days counted, with the running total in brackets. */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "testutil.h"

/* ---- helpers ---- */

static const foi_rule *rule(const char *id)
{
    const foi_rule *r = NULL;
    int rc = foi_rule_find(&r, id);
    ck_assert_msg(rc == FOI_OK, "rule %s: %d %s", id, rc, foi_error_last());
    ck_assert_ptr_nonnull(r);
    return r;
}

static const foi_calendar *cal(foi_calendar_id id)
{
    const foi_calendar *c = foi_calendar_builtin(id);
    ck_assert_ptr_nonnull(c);
    return c;
}

static foi_deadline_options opts0(void)
{
    foi_deadline_options o;
    foi_deadline_options_init(&o);
    return o;
}

/* Computes and asserts success. */
static foi_deadline compute(const char *id, foi_date anchor, const foi_deadline_options *o)
{
    foi_deadline d;
    memset(&d, 0, sizeof d);
    foi_deadline_options def = opts0();
    int rc = foi_deadline_compute(&d, rule(id), anchor, o ? o : &def);
    char a[FOI_DATE_ISO_SIZE];
    ck_assert_msg(rc == FOI_OK, "%s from %s: %d %s", id, foi_date_format_iso(anchor, a), rc,
                  foi_error_last());
    ck_assert_ptr_eq(d.rule, rule(id));
    return d;
}

static char *iso(foi_date d, char buf[FOI_DATE_ISO_SIZE])
{
    return foi_date_format_iso(d, buf);
}

/* The distinct dates of d->skipped as "YYYY-MM-DD YYYY-MM-DD ...", checking
 * that the slice is in date order. */
static void skipped_dates(const foi_deadline *d, char *out, size_t size)
{
    size_t n = 0;
    out[0] = '\0';
    for (size_t i = 0; i < d->n_skipped; i++) {
        if (i > 0) {
            ck_assert_msg(d->skipped[i].date.serial >= d->skipped[i - 1].date.serial,
                          "skipped not in date order");
            if (d->skipped[i].date.serial == d->skipped[i - 1].date.serial)
                continue;
        }
        char b[FOI_DATE_ISO_SIZE];
        int w = snprintf(out + n, size - n, "%s%s", n ? " " : "", iso(d->skipped[i].date, b));
        ck_assert(w > 0 && (size_t)w < size - n);
        n += (size_t)w;
    }
}

static void check_skipped(const foi_deadline *d, const char *want, const char *ctx)
{
    char got[512];
    skipped_dates(d, got, sizeof got);
    ck_assert_msg(strcmp(got, want) == 0, "%s: skipped [%s], want [%s]", ctx, got, want);
}

/* Fills out with the weekdays of [from, to]; returns how many. */
static size_t weekdays(foi_date *out, size_t cap, foi_date from, foi_date to)
{
    size_t n = 0;
    for (foi_date d = from; d.serial <= to.serial; d.serial++) {
        if (foi_date_weekday(d) <= FOI_FRIDAY) {
            ck_assert(n < cap);
            out[n++] = d;
        }
    }
    return n;
}

/* ---- the rules table ---- */

struct rule_row {
    const char *id;
    foi_regime regime;
    int count;
    foi_unit unit;
    int calendar; /* foi_calendar_id, or -1: not checked (calendar-day rules) */
    foi_anchor anchor;
    int statutory, roll_forward, grace, backstop, division_calendar;
    const char *basis; /* a piece of the citation src/doc/rules.md gives */
};

/* src/doc/rules.md section 3, plus the fee periods (FOIA s.9(2), FOISA s.9(3), EIR and EISR
 * reg 8) and the Commissioner's directions (SI 2004/3364 regs 5 and 6). */
static const struct rule_row rule_rows[] = {
    {"foia.response", FOI_REGIME_FOIA, 20, FOI_UNIT_WORKING_DAYS, FOI_CAL_UK, FOI_ANCHOR_RECEIPT, 1,
     0, 0, 0, 0, "10(1)"},
    {"foia.pit-extension", FOI_REGIME_FOIA, 40, FOI_UNIT_WORKING_DAYS, FOI_CAL_UK,
     FOI_ANCHOR_RECEIPT, 0, 0, 0, 0, 0, "10(3)"},
    {"foia.public-records", FOI_REGIME_FOIA, 30, FOI_UNIT_WORKING_DAYS, FOI_CAL_UK,
     FOI_ANCHOR_RECEIPT, 1, 0, 0, 0, 0, "2004/3364"},
    {"foia.schools", FOI_REGIME_FOIA, 20, FOI_UNIT_SCHOOL_DAYS, FOI_CAL_UK, FOI_ANCHOR_RECEIPT, 1,
     0, 0, 60, 0, "2004/3364"},
    {"foia.review-request", FOI_REGIME_FOIA, 40, FOI_UNIT_WORKING_DAYS, FOI_CAL_UK,
     FOI_ANCHOR_RESPONSE, 0, 0, 0, 0, 0, "45"},
    {"foia.review-response", FOI_REGIME_FOIA, 20, FOI_UNIT_WORKING_DAYS, FOI_CAL_UK,
     FOI_ANCHOR_REVIEW_REQUEST, 0, 0, 0, 0, 0, "45"},
    {"foia.review-max", FOI_REGIME_FOIA, 40, FOI_UNIT_WORKING_DAYS, FOI_CAL_UK,
     FOI_ANCHOR_REVIEW_REQUEST, 0, 0, 0, 0, 0, "45"},
    {"foia.ico-complaint", FOI_REGIME_FOIA, 42, FOI_UNIT_CALENDAR_DAYS, -1,
     FOI_ANCHOR_FINAL_CONTACT, 0, 0, 0, 0, 0, "50"},
    {"foia.tribunal-appeal", FOI_REGIME_FOIA, 28, FOI_UNIT_CALENDAR_DAYS, -1,
     FOI_ANCHOR_DECISION_NOTICE, 1, 1, 0, 0, 0, "12(2)"},
    {"foia.fee-period", FOI_REGIME_FOIA, 3, FOI_UNIT_MONTHS, FOI_CAL_UK, FOI_ANCHOR_FEES_NOTICE, 1,
     0, 0, 0, 0, "9(2)"},
    {"eir.response", FOI_REGIME_EIR, 20, FOI_UNIT_WORKING_DAYS, FOI_CAL_UK, FOI_ANCHOR_RECEIPT, 1,
     0, 0, 0, 0, "5(2)"},
    {"eir.extended", FOI_REGIME_EIR, 40, FOI_UNIT_WORKING_DAYS, FOI_CAL_UK, FOI_ANCHOR_RECEIPT, 1,
     0, 0, 0, 0, "7(1)"},
    {"eir.review-request", FOI_REGIME_EIR, 40, FOI_UNIT_WORKING_DAYS, FOI_CAL_UK,
     FOI_ANCHOR_RESPONSE, 1, 0, 0, 0, 0, "11(2)"},
    {"eir.review-response", FOI_REGIME_EIR, 40, FOI_UNIT_WORKING_DAYS, FOI_CAL_UK,
     FOI_ANCHOR_REVIEW_REQUEST, 1, 0, 0, 0, 0, "11(4)"},
    {"foisa.response", FOI_REGIME_FOISA, 20, FOI_UNIT_WORKING_DAYS, FOI_CAL_SCOTLAND,
     FOI_ANCHOR_RECEIPT, 1, 0, 0, 0, 0, "10(1)"},
    {"foisa.review-request", FOI_REGIME_FOISA, 40, FOI_UNIT_WORKING_DAYS, FOI_CAL_SCOTLAND,
     FOI_ANCHOR_RESPONSE_PERIOD, 1, 0, 0, 0, 0, "20(5)"},
    {"foisa.review-response", FOI_REGIME_FOISA, 20, FOI_UNIT_WORKING_DAYS, FOI_CAL_SCOTLAND,
     FOI_ANCHOR_REVIEW_REQUEST, 1, 0, 0, 0, 0, "21(1)"},
    {"foisa.sic-application", FOI_REGIME_FOISA, 6, FOI_UNIT_MONTHS, -1, FOI_ANCHOR_REVIEW_OUTCOME,
     1, 0, 0, 0, 0, "47(4)"},
    {"foisa.fee-period", FOI_REGIME_FOISA, 3, FOI_UNIT_MONTHS, -1, FOI_ANCHOR_FEES_NOTICE, 1, 0, 0,
     0, 0, "9(3)"},
    {"eisr.response", FOI_REGIME_EISR, 20, FOI_UNIT_WORKING_DAYS, FOI_CAL_SCOTLAND,
     FOI_ANCHOR_RECEIPT, 1, 0, 0, 0, 0, "5"},
    {"eisr.extended", FOI_REGIME_EISR, 40, FOI_UNIT_WORKING_DAYS, FOI_CAL_SCOTLAND,
     FOI_ANCHOR_RECEIPT, 1, 0, 0, 0, 0, "7"},
    {"eisr.review-request", FOI_REGIME_EISR, 40, FOI_UNIT_WORKING_DAYS, FOI_CAL_SCOTLAND,
     FOI_ANCHOR_RESPONSE, 1, 0, 0, 0, 0, "16"},
    {"eisr.review-response", FOI_REGIME_EISR, 20, FOI_UNIT_WORKING_DAYS, FOI_CAL_SCOTLAND,
     FOI_ANCHOR_REVIEW_REQUEST, 1, 0, 0, 0, 0, "16"},
    {"sar.response", FOI_REGIME_SAR, 1, FOI_UNIT_MONTHS, FOI_CAL_ENGLAND_WALES, FOI_ANCHOR_RECEIPT,
     1, 1, 0, 0, 1, "12(3)"},
    {"sar.extended", FOI_REGIME_SAR, 3, FOI_UNIT_MONTHS, FOI_CAL_ENGLAND_WALES, FOI_ANCHOR_RECEIPT,
     1, 1, 0, 0, 1, "12(3)"},
    /* Rules in force for a period, and the Keeper's (tests/unit/test_bands.c). */
    {"foisa.covid-response", FOI_REGIME_FOISA, 60, FOI_UNIT_WORKING_DAYS, FOI_CAL_SCOTLAND,
     FOI_ANCHOR_RECEIPT, 1, 0, 0, 0, 0, "s.10(1)"},
    {"foisa.covid-extension", FOI_REGIME_FOISA, 100, FOI_UNIT_WORKING_DAYS, FOI_CAL_SCOTLAND,
     FOI_ANCHOR_RECEIPT, 1, 0, 0, 0, 0, "Coronavirus (Scotland) Act 2020"},
    {"foisa.covid-review", FOI_REGIME_FOISA, 60, FOI_UNIT_WORKING_DAYS, FOI_CAL_SCOTLAND,
     FOI_ANCHOR_REVIEW_REQUEST, 1, 0, 0, 0, 0, "s.21(1)"},
    {"foisa.keeper", FOI_REGIME_FOISA, 30, FOI_UNIT_WORKING_DAYS, FOI_CAL_SCOTLAND,
     FOI_ANCHOR_RECEIPT, 1, 0, 0, 0, 0, "s.22"},
    {"foisa.keeper-review", FOI_REGIME_FOISA, 30, FOI_UNIT_WORKING_DAYS, FOI_CAL_SCOTLAND,
     FOI_ANCHOR_REVIEW_REQUEST, 1, 0, 0, 0, 0, "s.22"},
    {"foisa.schools", FOI_REGIME_FOISA, 20, FOI_UNIT_SCHOOL_DAYS, FOI_CAL_SCOTLAND,
     FOI_ANCHOR_RECEIPT, 1, 0, 0, 60, 0, "s.10(4)"},
    {"foisa.schools-review", FOI_REGIME_FOISA, 20, FOI_UNIT_SCHOOL_DAYS, FOI_CAL_SCOTLAND,
     FOI_ANCHOR_REVIEW_REQUEST, 1, 0, 0, 60, 0, "s.21(6)"},
    /* DPA 2018 Part 3: no roll forward in the statute (the ICO's reading is
     * shown beside it); the division's calendar counts that reading. */
    {"le-sar.response", FOI_REGIME_LE_SAR, 1, FOI_UNIT_MONTHS, FOI_CAL_ENGLAND_WALES,
     FOI_ANCHOR_RECEIPT, 1, 0, 0, 0, 1, "s.54(2)"},
    {"le-sar.extended", FOI_REGIME_LE_SAR, 3, FOI_UNIT_MONTHS, FOI_CAL_ENGLAND_WALES,
     FOI_ANCHOR_RECEIPT, 1, 0, 0, 0, 1, "s.54(3A)"},
    /* EIR reg 8(5): "no later than 60 working days after the date on which it gave the
     * notification"; EISR reg 8 likewise, on the Scottish calendar. */
    {"eir.fee-period", FOI_REGIME_EIR, 60, FOI_UNIT_WORKING_DAYS, FOI_CAL_UK,
     FOI_ANCHOR_FEES_NOTICE, 1, 0, 0, 0, 0, "8(5)"},
    {"eisr.fee-period", FOI_REGIME_EISR, 60, FOI_UNIT_WORKING_DAYS, FOI_CAL_SCOTLAND,
     FOI_ANCHOR_FEES_NOTICE, 1, 0, 0, 0, 0, "reg 8"},
    /* SI 2004/3364 regs 5(2) and 6: "not being later than the sixtieth working day following
     * the date of receipt". */
    {"foia.armed-forces", FOI_REGIME_FOIA, 60, FOI_UNIT_WORKING_DAYS, FOI_CAL_UK,
     FOI_ANCHOR_RECEIPT, 1, 0, 0, 0, 0, "2004/3364 reg 5"},
    {"foia.outside-uk", FOI_REGIME_FOIA, 60, FOI_UNIT_WORKING_DAYS, FOI_CAL_UK, FOI_ANCHOR_RECEIPT,
     1, 0, 0, 0, 0, "2004/3364 reg 6"},
};

#define N_RULE_ROWS (sizeof rule_rows / sizeof *rule_rows)

START_TEST(test_rules_table)
{
    const struct rule_row *w = &rule_rows[_i];
    const foi_rule *r = rule(w->id);
    ck_assert_str_eq(r->id, w->id);
    ck_assert_msg(r->regime == w->regime, "%s: regime %d", w->id, (int)r->regime);
    ck_assert_msg(r->count == w->count, "%s: count %d", w->id, r->count);
    ck_assert_msg(r->unit == w->unit, "%s: unit %d", w->id, (int)r->unit);
    if (w->calendar >= 0)
        ck_assert_msg((int)r->calendar == w->calendar, "%s: calendar %d", w->id, (int)r->calendar);
    ck_assert_msg(r->anchor == w->anchor, "%s: anchor %d", w->id, (int)r->anchor);
    ck_assert_msg(!!r->statutory == w->statutory, "%s: statutory %d", w->id, r->statutory);
    ck_assert_msg(!!r->roll_forward == w->roll_forward, "%s: roll_forward %d", w->id,
                  r->roll_forward);
    ck_assert_msg(!!r->grace == w->grace, "%s: grace %d", w->id, r->grace);
    ck_assert_msg(r->backstop == w->backstop, "%s: backstop %d", w->id, r->backstop);
    ck_assert_msg(!!r->division_calendar == w->division_calendar, "%s: division_calendar %d", w->id,
                  r->division_calendar);
    ck_assert_msg(r->basis && strstr(r->basis, w->basis), "%s: basis '%s' lacks '%s'", w->id,
                  r->basis ? r->basis : "(null)", w->basis);
    ck_assert_msg(r->anchor_text && *r->anchor_text, "%s: anchor_text", w->id);
    ck_assert_msg(r->summary && *r->summary, "%s: summary", w->id);
    ck_assert_msg(r->description && *r->description, "%s: description", w->id);
    /* The regime prefix of the id names the regime. */
    const char *rn = foi_regime_name(r->regime);
    ck_assert_msg(strncmp(r->id, rn, strlen(rn)) == 0 && r->id[strlen(rn)] == '.',
                  "%s: regime name %s", w->id, rn);
}
END_TEST

START_TEST(test_rules_enumeration)
{
    /* 23 rows of src/doc/rules.md section 3 (eisr.* rows hold two each) + 4 fee periods + 2
     * law-enforcement subject access rules + 2 directions. */
    ck_assert_uint_eq(foi_rules_count(), N_RULE_ROWS);
    for (size_t i = 0; i < foi_rules_count(); i++) {
        const foi_rule *r = foi_rule_at(i);
        ck_assert_ptr_nonnull(r);
        const foi_rule *f = NULL;
        ck_assert_int_eq(foi_rule_find(&f, r->id), FOI_OK);
        ck_assert_ptr_eq(f, r);
        for (size_t j = 0; j < i; j++)
            ck_assert_str_ne(foi_rule_at(j)->id, r->id);
        int known = 0;
        for (size_t k = 0; k < N_RULE_ROWS; k++)
            known |= strcmp(rule_rows[k].id, r->id) == 0;
        ck_assert_msg(known, "unexpected rule %s", r->id);
    }
    /* Stable order: the same pointer every time. */
    ck_assert_ptr_eq(foi_rule_at(0), foi_rule_at(0));
}
END_TEST

START_TEST(test_rule_find_errors)
{
    const foi_rule *r = NULL;
    ck_assert_int_eq(foi_rule_find(&r, "foia.nonsense"), FOI_ENOTFOUND);
    const char *msg = foi_error_last();
    ck_assert_msg(strstr(msg, "foia.nonsense") != NULL, "message does not name the id: %s", msg);
    ck_assert_msg(strstr(msg, "foia.response") != NULL, "message does not list ids: %s", msg);
    ck_assert_int_eq(foi_rule_find(&r, ""), FOI_ENOTFOUND);
    ck_assert_int_eq(foi_rule_find(&r, "FOIA.RESPONSE"), FOI_ENOTFOUND);
    ck_assert_int_eq(foi_rule_find(&r, "foia.response "), FOI_ENOTFOUND);
    ck_assert_int_eq(foi_rule_find(&r, "foia"), FOI_ENOTFOUND);
}
END_TEST

START_TEST(test_unit_and_ordinal_words)
{
    ck_assert_str_eq(foi_unit_singular(FOI_UNIT_WORKING_DAYS), "working day");
    ck_assert_str_eq(foi_unit_singular(FOI_UNIT_CALENDAR_DAYS), "calendar day");
    ck_assert_str_eq(foi_unit_singular(FOI_UNIT_MONTHS), "month");
    ck_assert_str_eq(foi_unit_singular(FOI_UNIT_SCHOOL_DAYS), "school day");
    ck_assert_str_eq(foi_unit_singular((foi_unit)9), "");
    static const struct {
        long n;
        const char *suffix;
    } ord[] = {{0, "th"},   {1, "st"},   {2, "nd"},    {3, "rd"},        {4, "th"},
               {11, "th"},  {12, "th"},  {13, "th"},   {21, "st"},       {22, "nd"},
               {23, "rd"},  {101, "st"}, {111, "th"},  {112, "th"},      {-1, "st"},
               {-12, "th"}, {-22, "nd"}, {-113, "th"}, {LONG_MAX, "th"}, {LONG_MIN, "th"}};
    for (size_t i = 0; i < sizeof ord / sizeof *ord; i++)
        ck_assert_msg(strcmp(foi_ordinal_suffix(ord[i].n), ord[i].suffix) == 0, "%ld%s", ord[i].n,
                      foi_ordinal_suffix(ord[i].n));
}
END_TEST

START_TEST(test_names)
{
    static const char *const regimes[FOI_REGIME_COUNT] = {"foia", "eir", "foisa",
                                                          "eisr", "sar", "le-sar"};
    for (int i = 0; i < FOI_REGIME_COUNT; i++) {
        ck_assert_str_eq(foi_regime_name((foi_regime)i), regimes[i]);
        foi_regime g = FOI_REGIME_SAR;
        ck_assert_int_eq(foi_regime_from_name(&g, regimes[i]), FOI_OK);
        ck_assert_int_eq((int)g, i);
    }
    foi_regime g;
    ck_assert_int_lt(foi_regime_from_name(&g, "gdpr"), 0);
    ck_assert_int_lt(foi_regime_from_name(&g, ""), 0);
    ck_assert_int_lt(foi_regime_from_name(&g, "FOIA "), 0);

    ck_assert_str_eq(foi_unit_name(FOI_UNIT_WORKING_DAYS), "working days");
    ck_assert_str_eq(foi_unit_name(FOI_UNIT_CALENDAR_DAYS), "calendar days");
    ck_assert_str_eq(foi_unit_name(FOI_UNIT_MONTHS), "months");
    ck_assert_str_eq(foi_unit_name(FOI_UNIT_SCHOOL_DAYS), "school days");

    ck_assert_str_eq(foi_receipt_rule_name(FOI_RECEIPT_STATUTORY), "statutory");
    ck_assert_str_eq(foi_receipt_rule_name(FOI_RECEIPT_NEXT_WORKING_DAY), "next-working-day");
    foi_receipt_rule rr = FOI_RECEIPT_STATUTORY;
    ck_assert_int_eq(foi_receipt_rule_from_name(&rr, "next-working-day"), FOI_OK);
    ck_assert_int_eq(rr, FOI_RECEIPT_NEXT_WORKING_DAY);
    ck_assert_int_eq(foi_receipt_rule_from_name(&rr, "statutory"), FOI_OK);
    ck_assert_int_eq(rr, FOI_RECEIPT_STATUTORY);
    ck_assert_int_lt(foi_receipt_rule_from_name(&rr, "next working day"), 0);
    ck_assert_int_lt(foi_receipt_rule_from_name(&rr, ""), 0);

    /* State names: present, non-empty and distinct. */
    for (int i = FOI_STATE_PENDING; i <= FOI_STATE_EXTENDED; i++) {
        const char *n = foi_state_name((foi_state)i);
        ck_assert_ptr_nonnull(n);
        ck_assert_int_gt((int)strlen(n), 0);
        for (int j = FOI_STATE_PENDING; j < i; j++)
            ck_assert_str_ne(foi_state_name((foi_state)j), n);
    }
}
END_TEST

START_TEST(test_options_init)
{
    foi_deadline_options o;
    memset(&o, 0xA5, sizeof o);
    foi_deadline_options_init(&o);
    ck_assert_int_eq(o.receipt_rule, FOI_RECEIPT_STATUTORY);
    ck_assert_uint_eq(o.division, 0);
    for (int i = 0; i < FOI_CAL_COUNT; i++)
        ck_assert_ptr_null(o.calendars[i]);
    ck_assert_int_eq(o.has_pause, 0);
    ck_assert_ptr_null(o.school_days);
    ck_assert_uint_eq(o.n_school_days, 0);
    ck_assert_int_eq(o.has_response, 0);
}
END_TEST

/* ---- src/doc/rules.md worked examples (sections 2, 4 and 6) ---- */

START_TEST(test_example_easter_2018)
{
    /* Received Thu 29 Mar 2018. uk: Fri 30 Mar (Good Friday) and Mon 2 Apr
     * (Easter Monday) skipped; Apr 3-6 (4), 9-13 (9), 16-20 (14), 23-27 (19),
     * Mon 30 Apr (20). */
    foi_deadline d = compute("foia.response", D(2018, 3, 29), NULL);
    ck_assert_date_eq(d.due, D(2018, 4, 30));
    ck_assert_date_eq(d.start, D(2018, 3, 29));
    ck_assert_date_eq(d.anchor, D(2018, 3, 29));
    ck_assert_ptr_eq(d.calendar, cal(FOI_CAL_UK));
    ck_assert_uint_eq(d.notes, 0);
    ck_assert_int_eq(d.provisional, 0);
    check_skipped(&d, "2018-03-30 2018-04-02", "FOIA Easter 2018");
    ck_assert_str_eq(d.skipped[0].name, "Good Friday");

    /* scotland: only Good Friday skipped; Apr 2-6 (5), 9-13 (10), 16-20 (15),
     * 23-27 (20) -> Fri 27 Apr. */
    d = compute("foisa.response", D(2018, 3, 29), NULL);
    ck_assert_date_eq(d.due, D(2018, 4, 27));
    ck_assert_ptr_eq(d.calendar, cal(FOI_CAL_SCOTLAND));
    check_skipped(&d, "2018-03-30", "FOISA Easter 2018");
}
END_TEST

START_TEST(test_example_receipt_on_saturday)
{
    /* Received Sat 5 Jan 2019. statutory: day 0 is Saturday; Jan 7-11 (5),
     * 14-18 (10), 21-25 (15), 28 Jan-1 Feb (20) -> Fri 1 Feb.
     * next-working-day: day 0 is Mon 7 Jan; Jan 8-11 (4), 14-18 (9), 21-25
     * (14), 28 Jan-1 Feb (19), Mon 4 Feb (20). */
    foi_deadline_options o = opts0();
    foi_deadline d = compute("foia.response", D(2019, 1, 5), &o);
    ck_assert_date_eq(d.due, D(2019, 2, 1));
    ck_assert_date_eq(d.start, D(2019, 1, 5));
    ck_assert_date_eq(d.anchor, D(2019, 1, 5));
    ck_assert_date_eq(d.other_due, D(2019, 2, 4));
    ck_assert(d.notes & FOI_NOTE_RECEIPT_NON_WORKING);

    o.receipt_rule = FOI_RECEIPT_NEXT_WORKING_DAY;
    d = compute("foia.response", D(2019, 1, 5), &o);
    ck_assert_date_eq(d.due, D(2019, 2, 4));
    ck_assert_date_eq(d.start, D(2019, 1, 7));
    ck_assert_date_eq(d.anchor, D(2019, 1, 5));
    ck_assert_date_eq(d.other_due, D(2019, 2, 1));
    ck_assert(d.notes & FOI_NOTE_RECEIPT_NON_WORKING);
}
END_TEST

START_TEST(test_example_eir_extended)
{
    /* Received Mon 15 Oct 2018, 40 WD on uk: Oct 16-19 (4), 22-26 (9), 29
     * Oct-2 Nov (14), 5-9 (19), 12-16 (24), 19-23 (29), 26-29 (33), Fri 30
     * Nov St Andrew's Day skipped, Dec 3-7 (38), 10-11 (40) -> Tue 11 Dec. */
    foi_deadline d = compute("eir.extended", D(2018, 10, 15), NULL);
    ck_assert_date_eq(d.due, D(2018, 12, 11));
    check_skipped(&d, "2018-11-30", "EIR extended");
}
END_TEST

START_TEST(test_example_sar)
{
    /* Fri 31 Jan 2025 + 1 month: no 31 February, so Fri 28 Feb 2025, a
     * working day. + 3 months: 31 April does not exist either: Wed 30 Apr. */
    foi_deadline d = compute("sar.response", D(2025, 1, 31), NULL);
    ck_assert_date_eq(d.due, D(2025, 2, 28));
    ck_assert_date_eq(d.unrolled, D(2025, 2, 28));
    ck_assert_uint_eq(d.notes & FOI_NOTE_ROLLED, 0);
    d = compute("sar.extended", D(2025, 1, 31), NULL);
    ck_assert_date_eq(d.due, D(2025, 4, 30));

    /* Tue 18 Mar 2025 + 1 month = Fri 18 Apr 2025, Good Friday. England and
     * Wales: Sat 19, Sun 20, Mon 21 (Easter Monday) -> Tue 22 Apr. Scotland,
     * no Easter Monday holiday -> Mon 21 Apr. */
    foi_deadline_options o = opts0();
    d = compute("sar.response", D(2025, 3, 18), &o);
    ck_assert_date_eq(d.due, D(2025, 4, 22));
    ck_assert_date_eq(d.unrolled, D(2025, 4, 18));
    ck_assert(d.notes & FOI_NOTE_ROLLED);
    ck_assert_ptr_eq(d.calendar, cal(FOI_CAL_ENGLAND_WALES));
    o.division = FOI_DIV_ENGLAND_WALES;
    d = compute("sar.response", D(2025, 3, 18), &o);
    ck_assert_date_eq(d.due, D(2025, 4, 22));
    ck_assert_ptr_eq(d.calendar, cal(FOI_CAL_ENGLAND_WALES));
    o.division = FOI_DIV_SCOTLAND;
    d = compute("sar.response", D(2025, 3, 18), &o);
    ck_assert_date_eq(d.due, D(2025, 4, 21));
    ck_assert_date_eq(d.unrolled, D(2025, 4, 18));
    ck_assert(d.notes & FOI_NOTE_ROLLED);
    ck_assert_ptr_eq(d.calendar, cal(FOI_CAL_SCOTLAND));
    o.division = FOI_DIV_NORTHERN_IRELAND;
    d = compute("sar.response", D(2025, 3, 18), &o);
    ck_assert_date_eq(d.due, D(2025, 4, 22));
    ck_assert_ptr_eq(d.calendar, cal(FOI_CAL_NORTHERN_IRELAND));
}
END_TEST

START_TEST(test_example_fees_notice)
{
    /* src/doc/rules.md s.4: received Mon 15 Oct 2018, fees notice Mon 22 Oct, fee
     * received Thu 1 Nov. Used before the notice: Oct 16-19 (4). The 9
     * working days Oct 22-26, Oct 29-Nov 1 are disregarded. The remaining 16
     * after Thu 1 Nov: Nov 2 (1), 5-9 (6), 12-16 (11), 19-23 (16) -> Fri 23
     * Nov (the unpaused date being Mon 12 Nov). */
    foi_deadline_options o = opts0();
    foi_deadline d = compute("foia.response", D(2018, 10, 15), &o);
    ck_assert_date_eq(d.due, D(2018, 11, 12));
    ck_assert_uint_eq(d.notes & FOI_NOTE_PAUSED, 0);

    o.has_pause = 1;
    o.pause_from = D(2018, 10, 22);
    o.pause_to = D(2018, 11, 1);
    d = compute("foia.response", D(2018, 10, 15), &o);
    ck_assert_date_eq(d.due, D(2018, 11, 23));
    ck_assert_int_eq(d.paused_days, 9);
    ck_assert(d.notes & FOI_NOTE_PAUSED);
    ck_assert_date_eq(d.start, D(2018, 10, 15));
}
END_TEST

START_TEST(test_example_calendar_days)
{
    /* src/doc/rules.md s.2: "28 days after 1 March is 29 March" (Fri 29 Mar 2019). */
    foi_deadline d = compute("foia.tribunal-appeal", D(2019, 3, 1), NULL);
    ck_assert_date_eq(d.due, D(2019, 3, 29));
    ck_assert_uint_eq(d.notes & FOI_NOTE_GRACE, 0);
    /* Six weeks from Fri 1 Mar 2019 is Fri 12 Apr 2019. */
    d = compute("foia.ico-complaint", D(2019, 3, 1), NULL);
    ck_assert_date_eq(d.due, D(2019, 4, 12));
}
END_TEST

/* ---- every rule across the holidays ---- */

struct hcase {
    const char *rule;
    int y, m, d;
    unsigned division;
    int ey, em, ed;
    /* the distinct dates of .skipped, or NULL where not checked */
    const char *skipped;
};

/* For working-day rules the anchor is a working day (the receipt rule is
 * tested separately). skipped lists the calendar's non-working weekdays in
 * (start, due], or for the rolled SAR rules in (unrolled, due]. */
static const struct hcase hcases[] = {
    /* Christmas/New Year: foia.response 20 WD on uk from Mon 10 Dec 2018: 11 Dec-14 Dec (4),
     * 17 Dec-21 Dec (9), 24 Dec (10), Tue 25 Dec skipped, Wed 26 Dec skipped, 27 Dec-28 Dec (12),
     * 31 Dec (13), Tue 1 Jan skipped, Wed 2 Jan skipped, 3 Jan-4 Jan (15), 7 Jan-11 Jan (20) ->
     * Fri 11 Jan 2019 */
    {"foia.response", 2018, 12, 10, 0, 2019, 1, 11, "2018-12-25 2018-12-26 2019-01-01 2019-01-02"},
    /* Easter: foia.response 20 WD on uk from Fri 4 Apr 2025: 7 Apr-11 Apr (5), 14 Apr-17 Apr (9),
     * Fri 18 Apr skipped, Mon 21 Apr skipped, 22 Apr-25 Apr (13), 28 Apr-2 May (18), Mon 5 May
     * skipped, 6 May-7 May (20) -> Wed 7 May 2025 */
    {"foia.response", 2025, 4, 4, 0, 2025, 5, 7, "2025-04-18 2025-04-21 2025-05-05"},
    /* St Andrew's Day (Scottish only): foia.response 20 WD on uk from Mon 19 Nov 2018:
     * 20 Nov-23 Nov (4), 26 Nov-29 Nov (8), Fri 30 Nov skipped, 3 Dec-7 Dec (13),
     * 10 Dec-14 Dec (18), 17 Dec-18 Dec (20) -> Tue 18 Dec 2018 */
    {"foia.response", 2018, 11, 19, 0, 2018, 12, 18, "2018-11-30"},
    /* 15 June 2026 (Scottish only): foia.response 20 WD on uk from Mon 1 Jun 2026:
     * 2 Jun-5 Jun (4), 8 Jun-12 Jun (9), Mon 15 Jun skipped, 16 Jun-19 Jun (13),
     * 22 Jun-26 Jun (18), 29 Jun-30 Jun (20) -> Tue 30 Jun 2026 */
    {"foia.response", 2026, 6, 1, 0, 2026, 6, 30, "2026-06-15"},
    /* 12 July (NI only): foia.response 20 WD on uk from Mon 1 Jul 2024: 2 Jul-5 Jul (4),
     * 8 Jul-11 Jul (8), Fri 12 Jul skipped, 15 Jul-19 Jul (13), 22 Jul-26 Jul (18),
     * 29 Jul-30 Jul (20) -> Tue 30 Jul 2024 */
    {"foia.response", 2024, 7, 1, 0, 2024, 7, 30, "2024-07-12"},
    /* 17 March (NI only): foia.response 20 WD on uk from Mon 2 Mar 2020: 3 Mar-6 Mar (4),
     * 9 Mar-13 Mar (9), 16 Mar (10), Tue 17 Mar skipped, 18 Mar-20 Mar (13), 23 Mar-27 Mar (18),
     * 30 Mar-31 Mar (20) -> Tue 31 Mar 2020 */
    {"foia.response", 2020, 3, 2, 0, 2020, 3, 31, "2020-03-17"},
    /* Christmas/New Year: foia.pit-extension 40 WD on uk from Tue 3 Dec 2019: 4 Dec-6 Dec (3),
     * 9 Dec-13 Dec (8), 16 Dec-20 Dec (13), 23 Dec-24 Dec (15), Wed 25 Dec skipped, Thu 26 Dec
     * skipped, 27 Dec (16), 30 Dec-31 Dec (18), Wed 1 Jan skipped, Thu 2 Jan skipped, 3 Jan (19),
     * 6 Jan-10 Jan (24), 13 Jan-17 Jan (29), 20 Jan-24 Jan (34), 27 Jan-31 Jan (39), 3 Feb (40)
     * -> Mon 3 Feb 2020 */
    {"foia.pit-extension", 2019, 12, 3, 0, 2020, 2, 3,
     "2019-12-25 2019-12-26 2020-01-01 2020-01-02"},
    /* Easter: foia.pit-extension 40 WD on uk from Mon 1 Apr 2019: 2 Apr-5 Apr (4),
     * 8 Apr-12 Apr (9), 15 Apr-18 Apr (13), Fri 19 Apr skipped, Mon 22 Apr skipped,
     * 23 Apr-26 Apr (17), 29 Apr-3 May (22), Mon 6 May skipped, 7 May-10 May (26),
     * 13 May-17 May (31), 20 May-24 May (36), Mon 27 May skipped, 28 May-31 May (40) ->
     * Fri 31 May 2019 */
    {"foia.pit-extension", 2019, 4, 1, 0, 2019, 5, 31,
     "2019-04-19 2019-04-22 2019-05-06 2019-05-27"},
    /* first Monday of August (Scottish only): foia.pit-extension 40 WD on uk from Mon 8 Jul 2019:
     * 9 Jul-11 Jul (3), Fri 12 Jul skipped, 15 Jul-19 Jul (8), 22 Jul-26 Jul (13),
     * 29 Jul-2 Aug (18), Mon 5 Aug skipped, 6 Aug-9 Aug (22), 12 Aug-16 Aug (27),
     * 19 Aug-23 Aug (32), Mon 26 Aug skipped, 27 Aug-30 Aug (36), 2 Sep-5 Sep (40) ->
     * Thu 5 Sep 2019 */
    {"foia.pit-extension", 2019, 7, 8, 0, 2019, 9, 5, "2019-07-12 2019-08-05 2019-08-26"},
    /* 17 March (NI only): foia.pit-extension 40 WD on uk from Mon 21 Feb 2022: 22 Feb-25 Feb (4),
     * 28 Feb-4 Mar (9), 7 Mar-11 Mar (14), 14 Mar-16 Mar (17), Thu 17 Mar skipped, 18 Mar (18),
     * 21 Mar-25 Mar (23), 28 Mar-1 Apr (28), 4 Apr-8 Apr (33), 11 Apr-14 Apr (37), Fri 15 Apr
     * skipped, Mon 18 Apr skipped, 19 Apr-21 Apr (40) -> Thu 21 Apr 2022 */
    {"foia.pit-extension", 2022, 2, 21, 0, 2022, 4, 21, "2022-03-17 2022-04-15 2022-04-18"},
    /* Christmas/New Year: foia.public-records 30 WD on uk from Mon 7 Dec 2020: 8 Dec-11 Dec (4),
     * 14 Dec-18 Dec (9), 21 Dec-24 Dec (13), Fri 25 Dec skipped, Mon 28 Dec skipped,
     * 29 Dec-31 Dec (16), Fri 1 Jan skipped, Mon 4 Jan skipped, 5 Jan-8 Jan (20),
     * 11 Jan-15 Jan (25), 18 Jan-22 Jan (30) -> Fri 22 Jan 2021 */
    {"foia.public-records", 2020, 12, 7, 0, 2021, 1, 22,
     "2020-12-25 2020-12-28 2021-01-01 2021-01-04"},
    /* Easter: foia.public-records 30 WD on uk from Mon 22 Mar 2021: 23 Mar-26 Mar (4),
     * 29 Mar-1 Apr (8), Fri 2 Apr skipped, Mon 5 Apr skipped, 6 Apr-9 Apr (12),
     * 12 Apr-16 Apr (17), 19 Apr-23 Apr (22), 26 Apr-30 Apr (27), Mon 3 May skipped,
     * 4 May-6 May (30) -> Thu 6 May 2021 */
    {"foia.public-records", 2021, 3, 22, 0, 2021, 5, 6, "2021-04-02 2021-04-05 2021-05-03"},
    /* St Andrew's Day (Scottish only): foia.public-records 30 WD on uk from Mon 9 Nov 2020:
     * 10 Nov-13 Nov (4), 16 Nov-20 Nov (9), 23 Nov-27 Nov (14), Mon 30 Nov skipped,
     * 1 Dec-4 Dec (18), 7 Dec-11 Dec (23), 14 Dec-18 Dec (28), 21 Dec-22 Dec (30) ->
     * Tue 22 Dec 2020 */
    {"foia.public-records", 2020, 11, 9, 0, 2020, 12, 22, "2020-11-30"},
    /* 12 July (NI only): foia.public-records 30 WD on uk from Mon 26 Jun 2023: 27 Jun-30 Jun (4),
     * 3 Jul-7 Jul (9), 10 Jul-11 Jul (11), Wed 12 Jul skipped, 13 Jul-14 Jul (13),
     * 17 Jul-21 Jul (18), 24 Jul-28 Jul (23), 31 Jul-4 Aug (28), Mon 7 Aug skipped,
     * 8 Aug-9 Aug (30) -> Wed 9 Aug 2023 */
    {"foia.public-records", 2023, 6, 26, 0, 2023, 8, 9, "2023-07-12 2023-08-07"},
    /* Christmas/New Year, backstop only: foia.schools 60 WD on uk from Mon 15 Nov 2021:
     * 16 Nov-19 Nov (4), 22 Nov-26 Nov (9), 29 Nov (10), Tue 30 Nov skipped, 1 Dec-3 Dec (13),
     * 6 Dec-10 Dec (18), 13 Dec-17 Dec (23), 20 Dec-24 Dec (28), Mon 27 Dec skipped, Tue 28 Dec
     * skipped, 29 Dec-31 Dec (31), Mon 3 Jan skipped, Tue 4 Jan skipped, 5 Jan-7 Jan (34),
     * 10 Jan-14 Jan (39), 17 Jan-21 Jan (44), 24 Jan-28 Jan (49), 31 Jan-4 Feb (54),
     * 7 Feb-11 Feb (59), 14 Feb (60) -> Mon 14 Feb 2022 */
    {"foia.schools", 2021, 11, 15, 0, 2022, 2, 14,
     "2021-11-30 2021-12-27 2021-12-28 2022-01-03 2022-01-04"},
    /* Easter, backstop only: foia.schools 60 WD on uk from Mon 27 Feb 2023: 28 Feb-3 Mar (4),
     * 6 Mar-10 Mar (9), 13 Mar-16 Mar (13), Fri 17 Mar skipped, 20 Mar-24 Mar (18),
     * 27 Mar-31 Mar (23), 3 Apr-6 Apr (27), Fri 7 Apr skipped, Mon 10 Apr skipped,
     * 11 Apr-14 Apr (31), 17 Apr-21 Apr (36), 24 Apr-28 Apr (41), Mon 1 May skipped,
     * 2 May-5 May (45), Mon 8 May skipped, 9 May-12 May (49), 15 May-19 May (54),
     * 22 May-26 May (59), Mon 29 May skipped, 30 May (60) -> Tue 30 May 2023 */
    {"foia.schools", 2023, 2, 27, 0, 2023, 5, 30,
     "2023-03-17 2023-04-07 2023-04-10 2023-05-01 2023-05-08 2023-05-29"},
    /* 15 June 2026 (Scottish only), backstop only: foia.schools 60 WD on uk from Mon 11 May 2026:
     * 12 May-15 May (4), 18 May-22 May (9), Mon 25 May skipped, 26 May-29 May (13),
     * 1 Jun-5 Jun (18), 8 Jun-12 Jun (23), Mon 15 Jun skipped, 16 Jun-19 Jun (27),
     * 22 Jun-26 Jun (32), 29 Jun-3 Jul (37), 6 Jul-10 Jul (42), Mon 13 Jul skipped,
     * 14 Jul-17 Jul (46), 20 Jul-24 Jul (51), 27 Jul-31 Jul (56), Mon 3 Aug skipped,
     * 4 Aug-7 Aug (60) -> Fri 7 Aug 2026 */
    {"foia.schools", 2026, 5, 11, 0, 2026, 8, 7, "2026-05-25 2026-06-15 2026-07-13 2026-08-03"},
    /* 12 July (NI only), backstop only: foia.schools 60 WD on uk from Mon 16 Jun 2025:
     * 17 Jun-20 Jun (4), 23 Jun-27 Jun (9), 30 Jun-4 Jul (14), 7 Jul-11 Jul (19), Mon 14 Jul
     * skipped, 15 Jul-18 Jul (23), 21 Jul-25 Jul (28), 28 Jul-1 Aug (33), Mon 4 Aug skipped,
     * 5 Aug-8 Aug (37), 11 Aug-15 Aug (42), 18 Aug-22 Aug (47), Mon 25 Aug skipped,
     * 26 Aug-29 Aug (51), 1 Sep-5 Sep (56), 8 Sep-11 Sep (60) -> Thu 11 Sep 2025 */
    {"foia.schools", 2025, 6, 16, 0, 2025, 9, 11, "2025-07-14 2025-08-04 2025-08-25"},
    /* Christmas/New Year: foia.review-request 40 WD on uk from Mon 21 Nov 2022:
     * 22 Nov-25 Nov (4), 28 Nov-29 Nov (6), Wed 30 Nov skipped, 1 Dec-2 Dec (8),
     * 5 Dec-9 Dec (13), 12 Dec-16 Dec (18), 19 Dec-23 Dec (23), Mon 26 Dec skipped, Tue 27 Dec
     * skipped, 28 Dec-30 Dec (26), Mon 2 Jan skipped, Tue 3 Jan skipped, 4 Jan-6 Jan (29),
     * 9 Jan-13 Jan (34), 16 Jan-20 Jan (39), 23 Jan (40) -> Mon 23 Jan 2023 */
    {"foia.review-request", 2022, 11, 21, 0, 2023, 1, 23,
     "2022-11-30 2022-12-26 2022-12-27 2023-01-02 2023-01-03"},
    /* Easter: foia.review-request 40 WD on uk from Mon 26 Feb 2024: 27 Feb-1 Mar (4),
     * 4 Mar-8 Mar (9), 11 Mar-15 Mar (14), Mon 18 Mar skipped, 19 Mar-22 Mar (18),
     * 25 Mar-28 Mar (22), Fri 29 Mar skipped, Mon 1 Apr skipped, 2 Apr-5 Apr (26),
     * 8 Apr-12 Apr (31), 15 Apr-19 Apr (36), 22 Apr-25 Apr (40) -> Thu 25 Apr 2024 */
    {"foia.review-request", 2024, 2, 26, 0, 2024, 4, 25, "2024-03-18 2024-03-29 2024-04-01"},
    /* first Monday of August (Scottish only): foia.review-request 40 WD on uk from
     * Mon 9 Jul 2018: 10 Jul-11 Jul (2), Thu 12 Jul skipped, 13 Jul (3), 16 Jul-20 Jul (8),
     * 23 Jul-27 Jul (13), 30 Jul-3 Aug (18), Mon 6 Aug skipped, 7 Aug-10 Aug (22),
     * 13 Aug-17 Aug (27), 20 Aug-24 Aug (32), Mon 27 Aug skipped, 28 Aug-31 Aug (36),
     * 3 Sep-6 Sep (40) -> Thu 6 Sep 2018 */
    {"foia.review-request", 2018, 7, 9, 0, 2018, 9, 6, "2018-07-12 2018-08-06 2018-08-27"},
    /* 12 July (NI only): foia.review-request 40 WD on uk from Mon 22 May 2028: 23 May-26 May (4),
     * Mon 29 May skipped, 30 May-2 Jun (8), 5 Jun-9 Jun (13), 12 Jun-16 Jun (18),
     * 19 Jun-23 Jun (23), 26 Jun-30 Jun (28), 3 Jul-7 Jul (33), 10 Jul-11 Jul (35), Wed 12 Jul
     * skipped, 13 Jul-14 Jul (37), 17 Jul-19 Jul (40) -> Wed 19 Jul 2028 */
    {"foia.review-request", 2028, 5, 22, 0, 2028, 7, 19, "2028-05-29 2028-07-12"},
    /* Christmas/New Year: foia.review-response 20 WD on uk from Mon 11 Dec 2023:
     * 12 Dec-15 Dec (4), 18 Dec-22 Dec (9), Mon 25 Dec skipped, Tue 26 Dec skipped,
     * 27 Dec-29 Dec (12), Mon 1 Jan skipped, Tue 2 Jan skipped, 3 Jan-5 Jan (15),
     * 8 Jan-12 Jan (20) -> Fri 12 Jan 2024 */
    {"foia.review-response", 2023, 12, 11, 0, 2024, 1, 12,
     "2023-12-25 2023-12-26 2024-01-01 2024-01-02"},
    /* Easter: foia.review-response 20 WD on uk from Mon 3 Apr 2028: 4 Apr-7 Apr (4),
     * 10 Apr-13 Apr (8), Fri 14 Apr skipped, Mon 17 Apr skipped, 18 Apr-21 Apr (12),
     * 24 Apr-28 Apr (17), Mon 1 May skipped, 2 May-4 May (20) -> Thu 4 May 2028 */
    {"foia.review-response", 2028, 4, 3, 0, 2028, 5, 4, "2028-04-14 2028-04-17 2028-05-01"},
    /* St Andrew's Day (Scottish only): foia.review-response 20 WD on uk from Mon 15 Nov 2027:
     * 16 Nov-19 Nov (4), 22 Nov-26 Nov (9), 29 Nov (10), Tue 30 Nov skipped, 1 Dec-3 Dec (13),
     * 6 Dec-10 Dec (18), 13 Dec-14 Dec (20) -> Tue 14 Dec 2027 */
    {"foia.review-response", 2027, 11, 15, 0, 2027, 12, 14, "2027-11-30"},
    /* 17 March (NI only): foia.review-response 20 WD on uk from Mon 8 Mar 2027: 9 Mar-12 Mar (4),
     * 15 Mar-16 Mar (6), Wed 17 Mar skipped, 18 Mar-19 Mar (8), 22 Mar-25 Mar (12), Fri 26 Mar
     * skipped, Mon 29 Mar skipped, 30 Mar-2 Apr (16), 5 Apr-8 Apr (20) -> Thu 8 Apr 2027 */
    {"foia.review-response", 2027, 3, 8, 0, 2027, 4, 8, "2027-03-17 2027-03-26 2027-03-29"},
    /* Christmas/New Year: foia.review-max 40 WD on uk from Mon 18 Nov 2024: 19 Nov-22 Nov (4),
     * 25 Nov-29 Nov (9), Mon 2 Dec skipped, 3 Dec-6 Dec (13), 9 Dec-13 Dec (18),
     * 16 Dec-20 Dec (23), 23 Dec-24 Dec (25), Wed 25 Dec skipped, Thu 26 Dec skipped,
     * 27 Dec (26), 30 Dec-31 Dec (28), Wed 1 Jan skipped, Thu 2 Jan skipped, 3 Jan (29),
     * 6 Jan-10 Jan (34), 13 Jan-17 Jan (39), 20 Jan (40) -> Mon 20 Jan 2025 */
    {"foia.review-max", 2024, 11, 18, 0, 2025, 1, 20,
     "2024-12-02 2024-12-25 2024-12-26 2025-01-01 2025-01-02"},
    /* Easter: foia.review-max 40 WD on uk from Mon 1 Mar 2027: 2 Mar-5 Mar (4), 8 Mar-12 Mar (9),
     * 15 Mar-16 Mar (11), Wed 17 Mar skipped, 18 Mar-19 Mar (13), 22 Mar-25 Mar (17), Fri 26 Mar
     * skipped, Mon 29 Mar skipped, 30 Mar-2 Apr (21), 5 Apr-9 Apr (26), 12 Apr-16 Apr (31),
     * 19 Apr-23 Apr (36), 26 Apr-29 Apr (40) -> Thu 29 Apr 2027 */
    {"foia.review-max", 2027, 3, 1, 0, 2027, 4, 29, "2027-03-17 2027-03-26 2027-03-29"},
    /* St Andrew's substitute (Scottish only): foia.review-max 40 WD on uk from Mon 17 Nov 2025:
     * 18 Nov-21 Nov (4), 24 Nov-28 Nov (9), Mon 1 Dec skipped, 2 Dec-5 Dec (13),
     * 8 Dec-12 Dec (18), 15 Dec-19 Dec (23), 22 Dec-24 Dec (26), Thu 25 Dec skipped, Fri 26 Dec
     * skipped, 29 Dec-31 Dec (29), Thu 1 Jan skipped, Fri 2 Jan skipped, 5 Jan-9 Jan (34),
     * 12 Jan-16 Jan (39), 19 Jan (40) -> Mon 19 Jan 2026 */
    {"foia.review-max", 2025, 11, 17, 0, 2026, 1, 19,
     "2025-12-01 2025-12-25 2025-12-26 2026-01-01 2026-01-02"},
    /* 12 July (NI only): foia.review-max 40 WD on uk from Mon 17 Jun 2019: 18 Jun-21 Jun (4),
     * 24 Jun-28 Jun (9), 1 Jul-5 Jul (14), 8 Jul-11 Jul (18), Fri 12 Jul skipped,
     * 15 Jul-19 Jul (23), 22 Jul-26 Jul (28), 29 Jul-2 Aug (33), Mon 5 Aug skipped,
     * 6 Aug-9 Aug (37), 12 Aug-14 Aug (40) -> Wed 14 Aug 2019 */
    {"foia.review-max", 2019, 6, 17, 0, 2019, 8, 14, "2019-07-12 2019-08-05"},
    /* Christmas: Tue 13 Nov 2018 + 42 days = Tue 25 Dec 2018, not rolled */
    {"foia.ico-complaint", 2018, 11, 13, 0, 2018, 12, 25, NULL},
    /* Good Friday: Fri 16 Feb 2018 + 42 days = Fri 30 Mar 2018, not rolled */
    {"foia.ico-complaint", 2018, 2, 16, 0, 2018, 3, 30, NULL},
    /* St Andrew's Day: Fri 19 Oct 2018 + 42 days = Fri 30 Nov 2018, not rolled */
    {"foia.ico-complaint", 2018, 10, 19, 0, 2018, 11, 30, NULL},
    /* 12 July: Thu 31 May 2018 + 42 days = Thu 12 Jul 2018, not rolled */
    {"foia.ico-complaint", 2018, 5, 31, 0, 2018, 7, 12, NULL},
    /* Christmas: Tue 27 Nov 2018 + 28 days = Tue 25 Dec 2018, rolled (GRC r.12(2)) past Boxing
     * Day to the next E&W working day Thu 27 Dec 2018 */
    {"foia.tribunal-appeal", 2018, 11, 27, 0, 2018, 12, 27, NULL},
    /* Good Friday: Fri 2 Mar 2018 + 28 days = Fri 30 Mar 2018, rolled past the weekend and
     * Easter Monday to Tue 3 Apr 2018 */
    {"foia.tribunal-appeal", 2018, 3, 2, 0, 2018, 4, 3, NULL},
    /* Easter Monday: Mon 25 Mar 2019 + 28 days = Mon 22 Apr 2019, rolled to Tue 23 Apr 2019 */
    {"foia.tribunal-appeal", 2019, 3, 25, 0, 2019, 4, 23, NULL},
    /* 2 January (Scottish only): Wed 5 Dec 2018 + 28 days = Wed 2 Jan 2019, a working day in
     * England and Wales: not rolled */
    {"foia.tribunal-appeal", 2018, 12, 5, 0, 2019, 1, 2, NULL},
    /* a Saturday: Sat 2 Feb 2019 + 28 days = Sat 2 Mar 2019, rolled to Mon 4 Mar 2019 */
    {"foia.tribunal-appeal", 2019, 2, 2, 0, 2019, 3, 4, NULL},
    /* St Andrew's Day (Scottish only): Fri 2 Nov 2018 + 28 days = Fri 30 Nov 2018, a working day
     * in England and Wales: not rolled */
    {"foia.tribunal-appeal", 2018, 11, 2, 0, 2018, 11, 30, NULL},
    /* 12 July (NI only): Thu 14 Jun 2018 + 28 days = Thu 12 Jul 2018, a working day in England
     * and Wales: not rolled */
    {"foia.tribunal-appeal", 2018, 6, 14, 0, 2018, 7, 12, NULL},
    /* FOIA s.9(2): "within the period of three months beginning with the day on which the fees
     * notice is given": the notice day is the period's first day, so it ends the day before the
     * corresponding date, and is never rolled. Tue 25 Sep 2018: corresponding date Tue 25 Dec
     * 2018, ends Mon 24 Dec 2018 */
    {"foia.fee-period", 2018, 9, 25, 0, 2018, 12, 24, NULL},
    /* Sat 30 Dec 2017: corresponding Fri 30 Mar 2018 (Good Friday), ends Thu 29 Mar 2018 */
    {"foia.fee-period", 2017, 12, 30, 0, 2018, 3, 29, NULL},
    /* Thu 30 Aug 2018: corresponding Fri 30 Nov 2018, ends Thu 29 Nov 2018 */
    {"foia.fee-period", 2018, 8, 30, 0, 2018, 11, 29, NULL},
    /* Thu 12 Apr 2018: corresponding Thu 12 Jul 2018, ends Wed 11 Jul 2018 */
    {"foia.fee-period", 2018, 4, 12, 0, 2018, 7, 11, NULL},
    /* month end: Fri 30 Nov 2018: February 2019 has no 30th, so three months beginning with
     * 30 Nov run to the end of February: Thu 28 Feb 2019 */
    {"foia.fee-period", 2018, 11, 30, 0, 2019, 2, 28, NULL},
    /* Mon 5 Jun 2017 (the rule's textbook case): ends Mon 4 Sep 2017, not Tue 5 Sep */
    {"foia.fee-period", 2017, 6, 5, 0, 2017, 9, 4, NULL},
    /* Christmas/New Year: eir.response 20 WD on uk from Mon 16 Dec 2019: 17 Dec-20 Dec (4),
     * 23 Dec-24 Dec (6), Wed 25 Dec skipped, Thu 26 Dec skipped, 27 Dec (7), 30 Dec-31 Dec (9),
     * Wed 1 Jan skipped, Thu 2 Jan skipped, 3 Jan (10), 6 Jan-10 Jan (15), 13 Jan-17 Jan (20) ->
     * Fri 17 Jan 2020 */
    {"eir.response", 2019, 12, 16, 0, 2020, 1, 17, "2019-12-25 2019-12-26 2020-01-01 2020-01-02"},
    /* Easter: eir.response 20 WD on uk from Mon 4 Apr 2022: 5 Apr-8 Apr (4), 11 Apr-14 Apr (8),
     * Fri 15 Apr skipped, Mon 18 Apr skipped, 19 Apr-22 Apr (12), 25 Apr-29 Apr (17), Mon 2 May
     * skipped, 3 May-5 May (20) -> Thu 5 May 2022 */
    {"eir.response", 2022, 4, 4, 0, 2022, 5, 5, "2022-04-15 2022-04-18 2022-05-02"},
    /* first Monday of August (Scottish only): eir.response 20 WD on uk from Mon 25 Jul 2022:
     * 26 Jul-29 Jul (4), Mon 1 Aug skipped, 2 Aug-5 Aug (8), 8 Aug-12 Aug (13),
     * 15 Aug-19 Aug (18), 22 Aug-23 Aug (20) -> Tue 23 Aug 2022 */
    {"eir.response", 2022, 7, 25, 0, 2022, 8, 23, "2022-08-01"},
    /* 17 March (NI only): eir.response 20 WD on uk from Mon 3 Mar 2025: 4 Mar-7 Mar (4),
     * 10 Mar-14 Mar (9), Mon 17 Mar skipped, 18 Mar-21 Mar (13), 24 Mar-28 Mar (18),
     * 31 Mar-1 Apr (20) -> Tue 1 Apr 2025 */
    {"eir.response", 2025, 3, 3, 0, 2025, 4, 1, "2025-03-17"},
    /* src/doc/rules.md s.6 (St Andrew's Day, Scottish only): eir.extended 40 WD on uk from
     * Mon 15 Oct 2018: 16 Oct-19 Oct (4), 22 Oct-26 Oct (9), 29 Oct-2 Nov (14), 5 Nov-9 Nov (19),
     * 12 Nov-16 Nov (24), 19 Nov-23 Nov (29), 26 Nov-29 Nov (33), Fri 30 Nov skipped,
     * 3 Dec-7 Dec (38), 10 Dec-11 Dec (40) -> Tue 11 Dec 2018 */
    {"eir.extended", 2018, 10, 15, 0, 2018, 12, 11, "2018-11-30"},
    /* Christmas/New Year: eir.extended 40 WD on uk from Mon 23 Nov 2026: 24 Nov-27 Nov (4),
     * Mon 30 Nov skipped, 1 Dec-4 Dec (8), 7 Dec-11 Dec (13), 14 Dec-18 Dec (18),
     * 21 Dec-24 Dec (22), Fri 25 Dec skipped, Mon 28 Dec skipped, 29 Dec-31 Dec (25), Fri 1 Jan
     * skipped, Mon 4 Jan skipped, 5 Jan-8 Jan (29), 11 Jan-15 Jan (34), 18 Jan-22 Jan (39),
     * 25 Jan (40) -> Mon 25 Jan 2027 */
    {"eir.extended", 2026, 11, 23, 0, 2027, 1, 25,
     "2026-11-30 2026-12-25 2026-12-28 2027-01-01 2027-01-04"},
    /* Easter and 17 March (NI only): eir.extended 40 WD on uk from Mon 2 Mar 2026:
     * 3 Mar-6 Mar (4), 9 Mar-13 Mar (9), 16 Mar (10), Tue 17 Mar skipped, 18 Mar-20 Mar (13),
     * 23 Mar-27 Mar (18), 30 Mar-2 Apr (22), Fri 3 Apr skipped, Mon 6 Apr skipped,
     * 7 Apr-10 Apr (26), 13 Apr-17 Apr (31), 20 Apr-24 Apr (36), 27 Apr-30 Apr (40) ->
     * Thu 30 Apr 2026 */
    {"eir.extended", 2026, 3, 2, 0, 2026, 4, 30, "2026-03-17 2026-04-03 2026-04-06"},
    /* 15 June 2026 (Scottish only) and 13 July (NI only): eir.extended 40 WD on uk from
     * Mon 8 Jun 2026: 9 Jun-12 Jun (4), Mon 15 Jun skipped, 16 Jun-19 Jun (8),
     * 22 Jun-26 Jun (13), 29 Jun-3 Jul (18), 6 Jul-10 Jul (23), Mon 13 Jul skipped,
     * 14 Jul-17 Jul (27), 20 Jul-24 Jul (32), 27 Jul-31 Jul (37), Mon 3 Aug skipped,
     * 4 Aug-6 Aug (40) -> Thu 6 Aug 2026 */
    {"eir.extended", 2026, 6, 8, 0, 2026, 8, 6, "2026-06-15 2026-07-13 2026-08-03"},
    /* Christmas/New Year: eir.review-request 40 WD on uk from Mon 14 Dec 2020: 15 Dec-18 Dec (4),
     * 21 Dec-24 Dec (8), Fri 25 Dec skipped, Mon 28 Dec skipped, 29 Dec-31 Dec (11), Fri 1 Jan
     * skipped, Mon 4 Jan skipped, 5 Jan-8 Jan (15), 11 Jan-15 Jan (20), 18 Jan-22 Jan (25),
     * 25 Jan-29 Jan (30), 1 Feb-5 Feb (35), 8 Feb-12 Feb (40) -> Fri 12 Feb 2021 */
    {"eir.review-request", 2020, 12, 14, 0, 2021, 2, 12,
     "2020-12-25 2020-12-28 2021-01-01 2021-01-04"},
    /* Easter: eir.review-request 40 WD on uk from Mon 20 Mar 2023: 21 Mar-24 Mar (4),
     * 27 Mar-31 Mar (9), 3 Apr-6 Apr (13), Fri 7 Apr skipped, Mon 10 Apr skipped,
     * 11 Apr-14 Apr (17), 17 Apr-21 Apr (22), 24 Apr-28 Apr (27), Mon 1 May skipped,
     * 2 May-5 May (31), Mon 8 May skipped, 9 May-12 May (35), 15 May-19 May (40) ->
     * Fri 19 May 2023 */
    {"eir.review-request", 2023, 3, 20, 0, 2023, 5, 19,
     "2023-04-07 2023-04-10 2023-05-01 2023-05-08"},
    /* St Andrew's Day (Scottish only): eir.review-request 40 WD on uk from Mon 1 Nov 2021:
     * 2 Nov-5 Nov (4), 8 Nov-12 Nov (9), 15 Nov-19 Nov (14), 22 Nov-26 Nov (19), 29 Nov (20),
     * Tue 30 Nov skipped, 1 Dec-3 Dec (23), 6 Dec-10 Dec (28), 13 Dec-17 Dec (33),
     * 20 Dec-24 Dec (38), Mon 27 Dec skipped, Tue 28 Dec skipped, 29 Dec-30 Dec (40) ->
     * Thu 30 Dec 2021 */
    {"eir.review-request", 2021, 11, 1, 0, 2021, 12, 30, "2021-11-30 2021-12-27 2021-12-28"},
    /* 12 July (NI only): eir.review-request 40 WD on uk from Mon 10 Jun 2024: 11 Jun-14 Jun (4),
     * 17 Jun-21 Jun (9), 24 Jun-28 Jun (14), 1 Jul-5 Jul (19), 8 Jul-11 Jul (23), Fri 12 Jul
     * skipped, 15 Jul-19 Jul (28), 22 Jul-26 Jul (33), 29 Jul-2 Aug (38), Mon 5 Aug skipped,
     * 6 Aug-7 Aug (40) -> Wed 7 Aug 2024 */
    {"eir.review-request", 2024, 6, 10, 0, 2024, 8, 7, "2024-07-12 2024-08-05"},
    /* Christmas/New Year: eir.review-response 40 WD on uk from Mon 29 Nov 2027: Tue 30 Nov
     * skipped, 1 Dec-3 Dec (3), 6 Dec-10 Dec (8), 13 Dec-17 Dec (13), 20 Dec-24 Dec (18),
     * Mon 27 Dec skipped, Tue 28 Dec skipped, 29 Dec-31 Dec (21), Mon 3 Jan skipped, Tue 4 Jan
     * skipped, 5 Jan-7 Jan (24), 10 Jan-14 Jan (29), 17 Jan-21 Jan (34), 24 Jan-28 Jan (39),
     * 31 Jan (40) -> Mon 31 Jan 2028 */
    {"eir.review-response", 2027, 11, 29, 0, 2028, 1, 31,
     "2027-11-30 2027-12-27 2027-12-28 2028-01-03 2028-01-04"},
    /* Easter and 17 March (NI only): eir.review-response 40 WD on uk from Mon 10 Mar 2025:
     * 11 Mar-14 Mar (4), Mon 17 Mar skipped, 18 Mar-21 Mar (8), 24 Mar-28 Mar (13),
     * 31 Mar-4 Apr (18), 7 Apr-11 Apr (23), 14 Apr-17 Apr (27), Fri 18 Apr skipped, Mon 21 Apr
     * skipped, 22 Apr-25 Apr (31), 28 Apr-2 May (36), Mon 5 May skipped, 6 May-9 May (40) ->
     * Fri 9 May 2025 */
    {"eir.review-response", 2025, 3, 10, 0, 2025, 5, 9,
     "2025-03-17 2025-04-18 2025-04-21 2025-05-05"},
    /* first Monday of August (Scottish only): eir.review-response 40 WD on uk from
     * Mon 17 Jul 2023: 18 Jul-21 Jul (4), 24 Jul-28 Jul (9), 31 Jul-4 Aug (14), Mon 7 Aug
     * skipped, 8 Aug-11 Aug (18), 14 Aug-18 Aug (23), 21 Aug-25 Aug (28), Mon 28 Aug skipped,
     * 29 Aug-1 Sep (32), 4 Sep-8 Sep (37), 11 Sep-13 Sep (40) -> Wed 13 Sep 2023 */
    {"eir.review-response", 2023, 7, 17, 0, 2023, 9, 13, "2023-08-07 2023-08-28"},
    /* 13 July (NI only): eir.review-response 40 WD on uk from Mon 29 Jun 2020: 30 Jun-3 Jul (4),
     * 6 Jul-10 Jul (9), Mon 13 Jul skipped, 14 Jul-17 Jul (13), 20 Jul-24 Jul (18),
     * 27 Jul-31 Jul (23), Mon 3 Aug skipped, 4 Aug-7 Aug (27), 10 Aug-14 Aug (32),
     * 17 Aug-21 Aug (37), 24 Aug-26 Aug (40) -> Wed 26 Aug 2020 */
    {"eir.review-response", 2020, 6, 29, 0, 2020, 8, 26, "2020-07-13 2020-08-03"},
    /* Christmas/New Year (same as FOIA): foisa.response 20 WD on scotland from Mon 10 Dec 2018:
     * 11 Dec-14 Dec (4), 17 Dec-21 Dec (9), 24 Dec (10), Tue 25 Dec skipped, Wed 26 Dec skipped,
     * 27 Dec-28 Dec (12), 31 Dec (13), Tue 1 Jan skipped, Wed 2 Jan skipped, 3 Jan-4 Jan (15),
     * 7 Jan-11 Jan (20) -> Fri 11 Jan 2019 */
    {"foisa.response", 2018, 12, 10, 0, 2019, 1, 11, "2018-12-25 2018-12-26 2019-01-01 2019-01-02"},
    /* Easter (cf FOIA): foisa.response 20 WD on scotland from Fri 4 Apr 2025: 7 Apr-11 Apr (5),
     * 14 Apr-17 Apr (9), Fri 18 Apr skipped, 21 Apr-25 Apr (14), 28 Apr-2 May (19), Mon 5 May
     * skipped, 6 May (20) -> Tue 6 May 2025 */
    {"foisa.response", 2025, 4, 4, 0, 2025, 5, 6, "2025-04-18 2025-05-05"},
    /* St Andrew's Day: foisa.response 20 WD on scotland from Mon 19 Nov 2018: 20 Nov-23 Nov (4),
     * 26 Nov-29 Nov (8), Fri 30 Nov skipped, 3 Dec-7 Dec (13), 10 Dec-14 Dec (18),
     * 17 Dec-18 Dec (20) -> Tue 18 Dec 2018 */
    {"foisa.response", 2018, 11, 19, 0, 2018, 12, 18, "2018-11-30"},
    /* 12 July (NI only; cf FOIA): foisa.response 20 WD on scotland from Mon 1 Jul 2024:
     * 2 Jul-5 Jul (4), 8 Jul-12 Jul (9), 15 Jul-19 Jul (14), 22 Jul-26 Jul (19), 29 Jul (20) ->
     * Mon 29 Jul 2024 */
    {"foisa.response", 2024, 7, 1, 0, 2024, 7, 29, ""},
    /* 17 March (NI only; cf FOIA): foisa.response 20 WD on scotland from Mon 2 Mar 2020:
     * 3 Mar-6 Mar (4), 9 Mar-13 Mar (9), 16 Mar-20 Mar (14), 23 Mar-27 Mar (19), 30 Mar (20) ->
     * Mon 30 Mar 2020 */
    {"foisa.response", 2020, 3, 2, 0, 2020, 3, 30, ""},
    /* Christmas/New Year: received Mon 7 Nov 2022; R = 20 WD (scotland): 8 Nov-11 Nov (4),
     * 14 Nov-18 Nov (9), 21 Nov-25 Nov (14), 28 Nov-29 Nov (16), Wed 30 Nov skipped,
     * 1 Dec-2 Dec (18), 5 Dec-6 Dec (20) -> Tue 6 Dec 2022; 40 WD after R: 7 Dec-9 Dec (3),
     * 12 Dec-16 Dec (8), 19 Dec-23 Dec (13), Mon 26 Dec skipped, Tue 27 Dec skipped,
     * 28 Dec-30 Dec (16), Mon 2 Jan skipped, Tue 3 Jan skipped, 4 Jan-6 Jan (19),
     * 9 Jan-13 Jan (24), 16 Jan-20 Jan (29), 23 Jan-27 Jan (34), 30 Jan-3 Feb (39), 6 Feb (40) ->
     * Mon 6 Feb 2023 */
    {"foisa.review-request", 2022, 11, 7, 0, 2023, 2, 6,
     "2022-12-26 2022-12-27 2023-01-02 2023-01-03"},
    /* Easter: received Mon 11 Feb 2019; R = 20 WD (scotland): 12 Feb-15 Feb (4),
     * 18 Feb-22 Feb (9), 25 Feb-1 Mar (14), 4 Mar-8 Mar (19), 11 Mar (20) -> Mon 11 Mar 2019;
     * 40 WD after R: 12 Mar-15 Mar (4), 18 Mar-22 Mar (9), 25 Mar-29 Mar (14), 1 Apr-5 Apr (19),
     * 8 Apr-12 Apr (24), 15 Apr-18 Apr (28), Fri 19 Apr skipped, 22 Apr-26 Apr (33),
     * 29 Apr-3 May (38), Mon 6 May skipped, 7 May-8 May (40) -> Wed 8 May 2019 */
    {"foisa.review-request", 2019, 2, 11, 0, 2019, 5, 8, "2019-04-19 2019-05-06"},
    /* St Andrew's Day: received Mon 7 Sep 2020; R = 20 WD (scotland): 8 Sep-11 Sep (4),
     * 14 Sep-18 Sep (9), 21 Sep-25 Sep (14), 28 Sep-2 Oct (19), 5 Oct (20) -> Mon 5 Oct 2020;
     * 40 WD after R: 6 Oct-9 Oct (4), 12 Oct-16 Oct (9), 19 Oct-23 Oct (14), 26 Oct-30 Oct (19),
     * 2 Nov-6 Nov (24), 9 Nov-13 Nov (29), 16 Nov-20 Nov (34), 23 Nov-27 Nov (39), Mon 30 Nov
     * skipped, 1 Dec (40) -> Tue 1 Dec 2020 */
    {"foisa.review-request", 2020, 9, 7, 0, 2020, 12, 1, "2020-11-30"},
    /* 12 July (NI only) and first Monday of August: received Mon 17 May 2021; R = 20
     * WD (scotland): 18 May-21 May (4), 24 May-28 May (9), Mon 31 May skipped, 1 Jun-4 Jun (13),
     * 7 Jun-11 Jun (18), 14 Jun-15 Jun (20) -> Tue 15 Jun 2021; 40 WD after R: 16 Jun-18 Jun (3),
     * 21 Jun-25 Jun (8), 28 Jun-2 Jul (13), 5 Jul-9 Jul (18), 12 Jul-16 Jul (23),
     * 19 Jul-23 Jul (28), 26 Jul-30 Jul (33), Mon 2 Aug skipped, 3 Aug-6 Aug (37),
     * 9 Aug-11 Aug (40) -> Wed 11 Aug 2021 */
    {"foisa.review-request", 2021, 5, 17, 0, 2021, 8, 11, "2021-08-02"},
    /* Christmas/New Year: foisa.review-response 20 WD on scotland from Mon 13 Dec 2021:
     * 14 Dec-17 Dec (4), 20 Dec-24 Dec (9), Mon 27 Dec skipped, Tue 28 Dec skipped,
     * 29 Dec-31 Dec (12), Mon 3 Jan skipped, Tue 4 Jan skipped, 5 Jan-7 Jan (15),
     * 10 Jan-14 Jan (20) -> Fri 14 Jan 2022 */
    {"foisa.review-response", 2021, 12, 13, 0, 2022, 1, 14,
     "2021-12-27 2021-12-28 2022-01-03 2022-01-04"},
    /* Easter: foisa.review-response 20 WD on scotland from Mon 27 Mar 2023: 28 Mar-31 Mar (4),
     * 3 Apr-6 Apr (8), Fri 7 Apr skipped, 10 Apr-14 Apr (13), 17 Apr-21 Apr (18),
     * 24 Apr-25 Apr (20) -> Tue 25 Apr 2023 */
    {"foisa.review-response", 2023, 3, 27, 0, 2023, 4, 25, "2023-04-07"},
    /* 15 June 2026: foisa.review-response 20 WD on scotland from Mon 1 Jun 2026: 2 Jun-5 Jun (4),
     * 8 Jun-12 Jun (9), Mon 15 Jun skipped, 16 Jun-19 Jun (13), 22 Jun-26 Jun (18),
     * 29 Jun-30 Jun (20) -> Tue 30 Jun 2026 */
    {"foisa.review-response", 2026, 6, 1, 0, 2026, 6, 30, "2026-06-15"},
    /* 17 March (NI only): foisa.review-response 20 WD on scotland from Mon 6 Mar 2023:
     * 7 Mar-10 Mar (4), 13 Mar-17 Mar (9), 20 Mar-24 Mar (14), 27 Mar-31 Mar (19), 3 Apr (20) ->
     * Mon 3 Apr 2023 */
    {"foisa.review-response", 2023, 3, 6, 0, 2023, 4, 3, ""},
    /* Christmas: Mon 25 Jun 2018 + 6 months = Tue 25 Dec 2018, not rolled */
    {"foisa.sic-application", 2018, 6, 25, 0, 2018, 12, 25, NULL},
    /* Good Friday: Sat 30 Sep 2017 + 6 months = Fri 30 Mar 2018, not rolled */
    {"foisa.sic-application", 2017, 9, 30, 0, 2018, 3, 30, NULL},
    /* St Andrew's Day: Wed 30 May 2018 + 6 months = Fri 30 Nov 2018, not rolled */
    {"foisa.sic-application", 2018, 5, 30, 0, 2018, 11, 30, NULL},
    /* 12 July: Fri 12 Jan 2018 + 6 months = Thu 12 Jul 2018, not rolled */
    {"foisa.sic-application", 2018, 1, 12, 0, 2018, 7, 12, NULL},
    /* month end: Fri 31 Aug 2018 + 6 months = Thu 28 Feb 2019, not rolled */
    {"foisa.sic-application", 2018, 8, 31, 0, 2019, 2, 28, NULL},
    /* FOISA s.9(3): three months "beginning with the day on which the fees notice is given":
     * the day before the corresponding date, never rolled. Wed 25 Sep 2019: corresponding Wed 25
     * Dec 2019, ends Tue 24 Dec 2019 */
    {"foisa.fee-period", 2019, 9, 25, 0, 2019, 12, 24, NULL},
    /* Sat 19 Jan 2019: corresponding Fri 19 Apr 2019, ends Thu 18 Apr 2019 */
    {"foisa.fee-period", 2019, 1, 19, 0, 2019, 4, 18, NULL},
    /* Wed 2 Oct 2019: corresponding Thu 2 Jan 2020, ends Wed 1 Jan 2020 (not rolled) */
    {"foisa.fee-period", 2019, 10, 2, 0, 2020, 1, 1, NULL},
    /* Mon 13 Apr 2020: corresponding Mon 13 Jul 2020, ends Sun 12 Jul 2020 (not rolled) */
    {"foisa.fee-period", 2020, 4, 13, 0, 2020, 7, 12, NULL},
    /* Christmas/New Year: eisr.response 20 WD on scotland from Mon 18 Dec 2023:
     * 19 Dec-22 Dec (4), Mon 25 Dec skipped, Tue 26 Dec skipped, 27 Dec-29 Dec (7), Mon 1 Jan
     * skipped, Tue 2 Jan skipped, 3 Jan-5 Jan (10), 8 Jan-12 Jan (15), 15 Jan-19 Jan (20) ->
     * Fri 19 Jan 2024 */
    {"eisr.response", 2023, 12, 18, 0, 2024, 1, 19, "2023-12-25 2023-12-26 2024-01-01 2024-01-02"},
    /* Easter and 17 March: eisr.response 20 WD on scotland from Mon 15 Mar 2027:
     * 16 Mar-19 Mar (4), 22 Mar-25 Mar (8), Fri 26 Mar skipped, 29 Mar-2 Apr (13),
     * 5 Apr-9 Apr (18), 12 Apr-13 Apr (20) -> Tue 13 Apr 2027 */
    {"eisr.response", 2027, 3, 15, 0, 2027, 4, 13, "2027-03-26"},
    /* St Andrew's Day: eisr.response 20 WD on scotland from Mon 22 Nov 2027: 23 Nov-26 Nov (4),
     * 29 Nov (5), Tue 30 Nov skipped, 1 Dec-3 Dec (8), 6 Dec-10 Dec (13), 13 Dec-17 Dec (18),
     * 20 Dec-21 Dec (20) -> Tue 21 Dec 2027 */
    {"eisr.response", 2027, 11, 22, 0, 2027, 12, 21, "2027-11-30"},
    /* 12 July (NI only) and first Monday of August: eisr.response 20 WD on scotland from
     * Mon 5 Jul 2027: 6 Jul-9 Jul (4), 12 Jul-16 Jul (9), 19 Jul-23 Jul (14), 26 Jul-30 Jul (19),
     * Mon 2 Aug skipped, 3 Aug (20) -> Tue 3 Aug 2027 */
    {"eisr.response", 2027, 7, 5, 0, 2027, 8, 3, "2027-08-02"},
    /* Christmas/New Year: eisr.extended 40 WD on scotland from Mon 25 Nov 2024:
     * 26 Nov-29 Nov (4), Mon 2 Dec skipped, 3 Dec-6 Dec (8), 9 Dec-13 Dec (13),
     * 16 Dec-20 Dec (18), 23 Dec-24 Dec (20), Wed 25 Dec skipped, Thu 26 Dec skipped,
     * 27 Dec (21), 30 Dec-31 Dec (23), Wed 1 Jan skipped, Thu 2 Jan skipped, 3 Jan (24),
     * 6 Jan-10 Jan (29), 13 Jan-17 Jan (34), 20 Jan-24 Jan (39), 27 Jan (40) -> Mon 27 Jan 2025 */
    {"eisr.extended", 2024, 11, 25, 0, 2025, 1, 27,
     "2024-12-02 2024-12-25 2024-12-26 2025-01-01 2025-01-02"},
    /* Easter and 17 March: eisr.extended 40 WD on scotland from Mon 10 Mar 2025:
     * 11 Mar-14 Mar (4), 17 Mar-21 Mar (9), 24 Mar-28 Mar (14), 31 Mar-4 Apr (19),
     * 7 Apr-11 Apr (24), 14 Apr-17 Apr (28), Fri 18 Apr skipped, 21 Apr-25 Apr (33),
     * 28 Apr-2 May (38), Mon 5 May skipped, 6 May-7 May (40) -> Wed 7 May 2025 */
    {"eisr.extended", 2025, 3, 10, 0, 2025, 5, 7, "2025-04-18 2025-05-05"},
    /* 12 July and first Monday of August: eisr.extended 40 WD on scotland from Mon 8 Jul 2024:
     * 9 Jul-12 Jul (4), 15 Jul-19 Jul (9), 22 Jul-26 Jul (14), 29 Jul-2 Aug (19), Mon 5 Aug
     * skipped, 6 Aug-9 Aug (23), 12 Aug-16 Aug (28), 19 Aug-23 Aug (33), 26 Aug-30 Aug (38),
     * 2 Sep-3 Sep (40) -> Tue 3 Sep 2024 */
    {"eisr.extended", 2024, 7, 8, 0, 2024, 9, 3, "2024-08-05"},
    /* St Andrew's substitute: eisr.extended 40 WD on scotland from Mon 20 Oct 2025:
     * 21 Oct-24 Oct (4), 27 Oct-31 Oct (9), 3 Nov-7 Nov (14), 10 Nov-14 Nov (19),
     * 17 Nov-21 Nov (24), 24 Nov-28 Nov (29), Mon 1 Dec skipped, 2 Dec-5 Dec (33),
     * 8 Dec-12 Dec (38), 15 Dec-16 Dec (40) -> Tue 16 Dec 2025 */
    {"eisr.extended", 2025, 10, 20, 0, 2025, 12, 16, "2025-12-01"},
    /* Christmas/New Year: eisr.review-request 40 WD on scotland from Mon 24 Nov 2025:
     * 25 Nov-28 Nov (4), Mon 1 Dec skipped, 2 Dec-5 Dec (8), 8 Dec-12 Dec (13),
     * 15 Dec-19 Dec (18), 22 Dec-24 Dec (21), Thu 25 Dec skipped, Fri 26 Dec skipped,
     * 29 Dec-31 Dec (24), Thu 1 Jan skipped, Fri 2 Jan skipped, 5 Jan-9 Jan (29),
     * 12 Jan-16 Jan (34), 19 Jan-23 Jan (39), 26 Jan (40) -> Mon 26 Jan 2026 */
    {"eisr.review-request", 2025, 11, 24, 0, 2026, 1, 26,
     "2025-12-01 2025-12-25 2025-12-26 2026-01-01 2026-01-02"},
    /* Easter and 17 March: eisr.review-request 40 WD on scotland from Mon 6 Mar 2028:
     * 7 Mar-10 Mar (4), 13 Mar-17 Mar (9), 20 Mar-24 Mar (14), 27 Mar-31 Mar (19),
     * 3 Apr-7 Apr (24), 10 Apr-13 Apr (28), Fri 14 Apr skipped, 17 Apr-21 Apr (33),
     * 24 Apr-28 Apr (38), Mon 1 May skipped, 2 May-3 May (40) -> Wed 3 May 2028 */
    {"eisr.review-request", 2028, 3, 6, 0, 2028, 5, 3, "2028-04-14 2028-05-01"},
    /* St Andrew's Day: eisr.review-request 40 WD on scotland from Mon 16 Oct 2028:
     * 17 Oct-20 Oct (4), 23 Oct-27 Oct (9), 30 Oct-3 Nov (14), 6 Nov-10 Nov (19),
     * 13 Nov-17 Nov (24), 20 Nov-24 Nov (29), 27 Nov-29 Nov (32), Thu 30 Nov skipped, 1 Dec (33),
     * 4 Dec-8 Dec (38), 11 Dec-12 Dec (40) -> Tue 12 Dec 2028 */
    {"eisr.review-request", 2028, 10, 16, 0, 2028, 12, 12, "2028-11-30"},
    /* 12 July and first Monday of August: eisr.review-request 40 WD on scotland from
     * Mon 19 Jun 2028: 20 Jun-23 Jun (4), 26 Jun-30 Jun (9), 3 Jul-7 Jul (14),
     * 10 Jul-14 Jul (19), 17 Jul-21 Jul (24), 24 Jul-28 Jul (29), 31 Jul-4 Aug (34), Mon 7 Aug
     * skipped, 8 Aug-11 Aug (38), 14 Aug-15 Aug (40) -> Tue 15 Aug 2028 */
    {"eisr.review-request", 2028, 6, 19, 0, 2028, 8, 15, "2028-08-07"},
    /* Christmas/New Year: eisr.review-response 20 WD on scotland from Mon 9 Dec 2019:
     * 10 Dec-13 Dec (4), 16 Dec-20 Dec (9), 23 Dec-24 Dec (11), Wed 25 Dec skipped, Thu 26 Dec
     * skipped, 27 Dec (12), 30 Dec-31 Dec (14), Wed 1 Jan skipped, Thu 2 Jan skipped, 3 Jan (15),
     * 6 Jan-10 Jan (20) -> Fri 10 Jan 2020 */
    {"eisr.review-response", 2019, 12, 9, 0, 2020, 1, 10,
     "2019-12-25 2019-12-26 2020-01-01 2020-01-02"},
    /* Easter: eisr.review-response 20 WD on scotland from Mon 11 Apr 2022: 12 Apr-14 Apr (3),
     * Fri 15 Apr skipped, 18 Apr-22 Apr (8), 25 Apr-29 Apr (13), Mon 2 May skipped,
     * 3 May-6 May (17), 9 May-11 May (20) -> Wed 11 May 2022 */
    {"eisr.review-response", 2022, 4, 11, 0, 2022, 5, 11, "2022-04-15 2022-05-02"},
    /* first Monday of August: eisr.review-response 20 WD on scotland from Mon 29 Jul 2019:
     * 30 Jul-2 Aug (4), Mon 5 Aug skipped, 6 Aug-9 Aug (8), 12 Aug-16 Aug (13),
     * 19 Aug-23 Aug (18), 26 Aug-27 Aug (20) -> Tue 27 Aug 2019 */
    {"eisr.review-response", 2019, 7, 29, 0, 2019, 8, 27, "2019-08-05"},
    /* 18 March (NI only): eisr.review-response 20 WD on scotland from Mon 11 Mar 2019:
     * 12 Mar-15 Mar (4), 18 Mar-22 Mar (9), 25 Mar-29 Mar (14), 1 Apr-5 Apr (19), 8 Apr (20) ->
     * Mon 8 Apr 2019 */
    {"eisr.review-response", 2019, 3, 11, 0, 2019, 4, 8, ""},
    /* Christmas: Thu 26 Nov 2020 + 1 month = Sat 26 Dec 2020; not a working day on
     * england-and-wales: Sat 26, Sun 27, Mon 28 (holiday) -> Tue 29 Dec 2020 */
    {"sar.response", 2020, 11, 26, 0, 2020, 12, 29, "2020-12-28"},
    /* New Year: Wed 1 Dec 2021 + 1 month = Sat 1 Jan 2022; not a working day on
     * england-and-wales: Sat 1, Sun 2, Mon 3 (holiday) -> Tue 4 Jan 2022 */
    {"sar.response", 2021, 12, 1, 0, 2022, 1, 4, "2022-01-03"},
    /* Easter (src/doc/rules.md s.6): Tue 18 Mar 2025 + 1 month = Fri 18 Apr 2025; not a working day
     * on england-and-wales: Fri 18 (holiday), Sat 19, Sun 20, Mon 21 (holiday) -> Tue 22 Apr 2025
     */
    {"sar.response", 2025, 3, 18, 0, 2025, 4, 22, "2025-04-18 2025-04-21"},
    /* St Andrew's Day: Tue 30 Oct 2018 + 1 month = Fri 30 Nov 2018, a working day on
     * england-and-wales */
    {"sar.response", 2018, 10, 30, 0, 2018, 11, 30, ""},
    /* first Monday of August: Fri 2 Jul 2021 + 1 month = Mon 2 Aug 2021, a working day on
     * england-and-wales */
    {"sar.response", 2021, 7, 2, 0, 2021, 8, 2, ""},
    /* 12 July: Tue 12 Jun 2018 + 1 month = Thu 12 Jul 2018, a working day on england-and-wales */
    {"sar.response", 2018, 6, 12, 0, 2018, 7, 12, ""},
    /* 17 March: Mon 17 Feb 2025 + 1 month = Mon 17 Mar 2025, a working day on england-and-wales */
    {"sar.response", 2025, 2, 17, 0, 2025, 3, 17, ""},
    /* 29 Feb leap day to Good Friday: Thu 29 Feb 2024 + 1 month = Fri 29 Mar 2024; not a working
     * day on england-and-wales: Fri 29 (holiday), Sat 30, Sun 31, Mon 1 (holiday) ->
     * Tue 2 Apr 2024 */
    {"sar.response", 2024, 2, 29, 0, 2024, 4, 2, "2024-03-29 2024-04-01"},
    /* Christmas: Sun 25 Sep 2022 + 3 months = Sun 25 Dec 2022; not a working day on
     * england-and-wales: Sun 25, Mon 26 (holiday), Tue 27 (holiday) -> Wed 28 Dec 2022 */
    {"sar.extended", 2022, 9, 25, 0, 2022, 12, 28, "2022-12-26 2022-12-27"},
    /* New Year: Sun 2 Oct 2022 + 3 months = Mon 2 Jan 2023; not a working day on
     * england-and-wales: Mon 2 (holiday) -> Tue 3 Jan 2023 */
    {"sar.extended", 2022, 10, 2, 0, 2023, 1, 3, "2023-01-02"},
    /* Easter: Sat 30 Dec 2017 + 3 months = Fri 30 Mar 2018; not a working day on
     * england-and-wales: Fri 30 (holiday), Sat 31, Sun 1, Mon 2 (holiday) -> Tue 3 Apr 2018 */
    {"sar.extended", 2017, 12, 30, 0, 2018, 4, 3, "2018-03-30 2018-04-02"},
    /* St Andrew's Day: Tue 30 Aug 2022 + 3 months = Wed 30 Nov 2022, a working day on
     * england-and-wales */
    {"sar.extended", 2022, 8, 30, 0, 2022, 11, 30, ""},
    /* 12 July: Tue 12 Apr 2022 + 3 months = Tue 12 Jul 2022, a working day on england-and-wales */
    {"sar.extended", 2022, 4, 12, 0, 2022, 7, 12, ""},
    /* 17 March: Tue 17 Dec 2024 + 3 months = Mon 17 Mar 2025, a working day on england-and-wales */
    {"sar.extended", 2024, 12, 17, 0, 2025, 3, 17, ""},
    /* Christmas: Thu 26 Nov 2020 + 1 month = Sat 26 Dec 2020; not a working day on scotland:
     * Sat 26, Sun 27, Mon 28 (holiday) -> Tue 29 Dec 2020 */
    {"sar.response", 2020, 11, 26, FOI_DIV_SCOTLAND, 2020, 12, 29, "2020-12-28"},
    /* New Year: Wed 1 Dec 2021 + 1 month = Sat 1 Jan 2022; not a working day on scotland: Sat 1,
     * Sun 2, Mon 3 (holiday), Tue 4 (holiday) -> Wed 5 Jan 2022 */
    {"sar.response", 2021, 12, 1, FOI_DIV_SCOTLAND, 2022, 1, 5, "2022-01-03 2022-01-04"},
    /* Easter (src/doc/rules.md s.6): Tue 18 Mar 2025 + 1 month = Fri 18 Apr 2025; not a working day
     * on scotland: Fri 18 (holiday), Sat 19, Sun 20 -> Mon 21 Apr 2025 */
    {"sar.response", 2025, 3, 18, FOI_DIV_SCOTLAND, 2025, 4, 21, "2025-04-18"},
    /* St Andrew's Day: Tue 30 Oct 2018 + 1 month = Fri 30 Nov 2018; not a working day on
     * scotland: Fri 30 (holiday), Sat 1, Sun 2 -> Mon 3 Dec 2018 */
    {"sar.response", 2018, 10, 30, FOI_DIV_SCOTLAND, 2018, 12, 3, "2018-11-30"},
    /* first Monday of August: Fri 2 Jul 2021 + 1 month = Mon 2 Aug 2021; not a working day on
     * scotland: Mon 2 (holiday) -> Tue 3 Aug 2021 */
    {"sar.response", 2021, 7, 2, FOI_DIV_SCOTLAND, 2021, 8, 3, "2021-08-02"},
    /* 12 July: Tue 12 Jun 2018 + 1 month = Thu 12 Jul 2018, a working day on scotland */
    {"sar.response", 2018, 6, 12, FOI_DIV_SCOTLAND, 2018, 7, 12, ""},
    /* 17 March: Mon 17 Feb 2025 + 1 month = Mon 17 Mar 2025, a working day on scotland */
    {"sar.response", 2025, 2, 17, FOI_DIV_SCOTLAND, 2025, 3, 17, ""},
    /* 29 Feb leap day to Good Friday: Thu 29 Feb 2024 + 1 month = Fri 29 Mar 2024; not a working
     * day on scotland: Fri 29 (holiday), Sat 30, Sun 31 -> Mon 1 Apr 2024 */
    {"sar.response", 2024, 2, 29, FOI_DIV_SCOTLAND, 2024, 4, 1, "2024-03-29"},
    /* Christmas: Sun 25 Sep 2022 + 3 months = Sun 25 Dec 2022; not a working day on scotland:
     * Sun 25, Mon 26 (holiday), Tue 27 (holiday) -> Wed 28 Dec 2022 */
    {"sar.extended", 2022, 9, 25, FOI_DIV_SCOTLAND, 2022, 12, 28, "2022-12-26 2022-12-27"},
    /* New Year: Sun 2 Oct 2022 + 3 months = Mon 2 Jan 2023; not a working day on scotland:
     * Mon 2 (holiday), Tue 3 (holiday) -> Wed 4 Jan 2023 */
    {"sar.extended", 2022, 10, 2, FOI_DIV_SCOTLAND, 2023, 1, 4, "2023-01-02 2023-01-03"},
    /* Easter: Sat 30 Dec 2017 + 3 months = Fri 30 Mar 2018; not a working day on scotland:
     * Fri 30 (holiday), Sat 31, Sun 1 -> Mon 2 Apr 2018 */
    {"sar.extended", 2017, 12, 30, FOI_DIV_SCOTLAND, 2018, 4, 2, "2018-03-30"},
    /* St Andrew's Day: Tue 30 Aug 2022 + 3 months = Wed 30 Nov 2022; not a working day on
     * scotland: Wed 30 (holiday) -> Thu 1 Dec 2022 */
    {"sar.extended", 2022, 8, 30, FOI_DIV_SCOTLAND, 2022, 12, 1, "2022-11-30"},
    /* 12 July: Tue 12 Apr 2022 + 3 months = Tue 12 Jul 2022, a working day on scotland */
    {"sar.extended", 2022, 4, 12, FOI_DIV_SCOTLAND, 2022, 7, 12, ""},
    /* 17 March: Tue 17 Dec 2024 + 3 months = Mon 17 Mar 2025, a working day on scotland */
    {"sar.extended", 2024, 12, 17, FOI_DIV_SCOTLAND, 2025, 3, 17, ""},
    /* Christmas: Thu 26 Nov 2020 + 1 month = Sat 26 Dec 2020; not a working day on
     * northern-ireland: Sat 26, Sun 27, Mon 28 (holiday) -> Tue 29 Dec 2020 */
    {"sar.response", 2020, 11, 26, FOI_DIV_NORTHERN_IRELAND, 2020, 12, 29, "2020-12-28"},
    /* New Year: Wed 1 Dec 2021 + 1 month = Sat 1 Jan 2022; not a working day on northern-ireland:
     * Sat 1, Sun 2, Mon 3 (holiday) -> Tue 4 Jan 2022 */
    {"sar.response", 2021, 12, 1, FOI_DIV_NORTHERN_IRELAND, 2022, 1, 4, "2022-01-03"},
    /* Easter (src/doc/rules.md s.6): Tue 18 Mar 2025 + 1 month = Fri 18 Apr 2025; not a working day
     * on northern-ireland: Fri 18 (holiday), Sat 19, Sun 20, Mon 21 (holiday) -> Tue 22 Apr 2025 */
    {"sar.response", 2025, 3, 18, FOI_DIV_NORTHERN_IRELAND, 2025, 4, 22, "2025-04-18 2025-04-21"},
    /* St Andrew's Day: Tue 30 Oct 2018 + 1 month = Fri 30 Nov 2018, a working day on
     * northern-ireland */
    {"sar.response", 2018, 10, 30, FOI_DIV_NORTHERN_IRELAND, 2018, 11, 30, ""},
    /* first Monday of August: Fri 2 Jul 2021 + 1 month = Mon 2 Aug 2021, a working day on
     * northern-ireland */
    {"sar.response", 2021, 7, 2, FOI_DIV_NORTHERN_IRELAND, 2021, 8, 2, ""},
    /* 12 July: Tue 12 Jun 2018 + 1 month = Thu 12 Jul 2018; not a working day on
     * northern-ireland: Thu 12 (holiday) -> Fri 13 Jul 2018 */
    {"sar.response", 2018, 6, 12, FOI_DIV_NORTHERN_IRELAND, 2018, 7, 13, "2018-07-12"},
    /* 17 March: Mon 17 Feb 2025 + 1 month = Mon 17 Mar 2025; not a working day on
     * northern-ireland: Mon 17 (holiday) -> Tue 18 Mar 2025 */
    {"sar.response", 2025, 2, 17, FOI_DIV_NORTHERN_IRELAND, 2025, 3, 18, "2025-03-17"},
    /* 29 Feb leap day to Good Friday: Thu 29 Feb 2024 + 1 month = Fri 29 Mar 2024; not a working
     * day on northern-ireland: Fri 29 (holiday), Sat 30, Sun 31, Mon 1 (holiday) ->
     * Tue 2 Apr 2024 */
    {"sar.response", 2024, 2, 29, FOI_DIV_NORTHERN_IRELAND, 2024, 4, 2, "2024-03-29 2024-04-01"},
    /* Christmas: Sun 25 Sep 2022 + 3 months = Sun 25 Dec 2022; not a working day on
     * northern-ireland: Sun 25, Mon 26 (holiday), Tue 27 (holiday) -> Wed 28 Dec 2022 */
    {"sar.extended", 2022, 9, 25, FOI_DIV_NORTHERN_IRELAND, 2022, 12, 28, "2022-12-26 2022-12-27"},
    /* New Year: Sun 2 Oct 2022 + 3 months = Mon 2 Jan 2023; not a working day on
     * northern-ireland: Mon 2 (holiday) -> Tue 3 Jan 2023 */
    {"sar.extended", 2022, 10, 2, FOI_DIV_NORTHERN_IRELAND, 2023, 1, 3, "2023-01-02"},
    /* Easter: Sat 30 Dec 2017 + 3 months = Fri 30 Mar 2018; not a working day on
     * northern-ireland: Fri 30 (holiday), Sat 31, Sun 1, Mon 2 (holiday) -> Tue 3 Apr 2018 */
    {"sar.extended", 2017, 12, 30, FOI_DIV_NORTHERN_IRELAND, 2018, 4, 3, "2018-03-30 2018-04-02"},
    /* St Andrew's Day: Tue 30 Aug 2022 + 3 months = Wed 30 Nov 2022, a working day on
     * northern-ireland */
    {"sar.extended", 2022, 8, 30, FOI_DIV_NORTHERN_IRELAND, 2022, 11, 30, ""},
    /* 12 July: Tue 12 Apr 2022 + 3 months = Tue 12 Jul 2022; not a working day on
     * northern-ireland: Tue 12 (holiday) -> Wed 13 Jul 2022 */
    {"sar.extended", 2022, 4, 12, FOI_DIV_NORTHERN_IRELAND, 2022, 7, 13, "2022-07-12"},
    /* 17 March: Tue 17 Dec 2024 + 3 months = Mon 17 Mar 2025; not a working day on
     * northern-ireland: Mon 17 (holiday) -> Tue 18 Mar 2025 */
    {"sar.extended", 2024, 12, 17, FOI_DIV_NORTHERN_IRELAND, 2025, 3, 18, "2025-03-17"},
    /* month end: 31 January: Fri 31 Jan 2025 + 1 month = Fri 28 Feb 2025, a working day on
     * england-and-wales */
    {"sar.response", 2025, 1, 31, 0, 2025, 2, 28, ""},
    /* month end: 31 January, leap year: Wed 31 Jan 2024 + 1 month = Thu 29 Feb 2024, a working
     * day on england-and-wales */
    {"sar.response", 2024, 1, 31, 0, 2024, 2, 29, ""},
    /* month end: 31 January: Tue 31 Jan 2023 + 1 month = Tue 28 Feb 2023, a working day on
     * england-and-wales */
    {"sar.response", 2023, 1, 31, 0, 2023, 2, 28, ""},
    /* month end: 29 February 2028, after Art 12A (5 February 2026): one month beginning with Tue
     * 29 Feb 2028 ends the day before the corresponding date, Tue 28 Mar 2028 */
    {"sar.response", 2028, 2, 29, 0, 2028, 3, 28, ""},
    /* month end: 30 January: Sat 30 Jan 2021 + 1 month = Sun 28 Feb 2021; not a working day on
     * england-and-wales: Sun 28 -> Mon 1 Mar 2021 */
    {"sar.response", 2021, 1, 30, 0, 2021, 3, 1, ""},
    /* month end: 31 March: Mon 31 Mar 2025 + 1 month = Wed 30 Apr 2025, a working day on
     * england-and-wales */
    {"sar.response", 2025, 3, 31, 0, 2025, 4, 30, ""},
    /* month end: 31 May: Sat 31 May 2025 + 1 month = Mon 30 Jun 2025, a working day on
     * england-and-wales */
    {"sar.response", 2025, 5, 31, 0, 2025, 6, 30, ""},
    /* month end: 31 August: Sun 31 Aug 2025 + 1 month = Tue 30 Sep 2025, a working day on
     * england-and-wales */
    {"sar.response", 2025, 8, 31, 0, 2025, 9, 30, ""},
    /* month end: 30 April: Wed 30 Apr 2025 + 1 month = Fri 30 May 2025, a working day on
     * england-and-wales */
    {"sar.response", 2025, 4, 30, 0, 2025, 5, 30, ""},
    /* month end: 29 January, leap year: Wed 29 Jan 2020 + 1 month = Sat 29 Feb 2020; not a
     * working day on england-and-wales: Sat 29, Sun 1 -> Mon 2 Mar 2020 */
    {"sar.response", 2020, 1, 29, 0, 2020, 3, 2, ""},
    /* month end: 31 January: Fri 31 Jan 2025 + 3 months = Wed 30 Apr 2025, a working day on
     * england-and-wales */
    {"sar.extended", 2025, 1, 31, 0, 2025, 4, 30, ""},
    /* month end: 30 November, leap February: Thu 30 Nov 2023 + 3 months = Thu 29 Feb 2024, a
     * working day on england-and-wales */
    {"sar.extended", 2023, 11, 30, 0, 2024, 2, 29, ""},
    /* month end: 30 November: Wed 30 Nov 2022 + 3 months = Tue 28 Feb 2023, a working day on
     * england-and-wales */
    {"sar.extended", 2022, 11, 30, 0, 2023, 2, 28, ""},
    /* month end: 29 November: Wed 29 Nov 2023 + 3 months = Thu 29 Feb 2024, a working day on
     * england-and-wales */
    {"sar.extended", 2023, 11, 29, 0, 2024, 2, 29, ""},
    /* month end: 31 May: Fri 31 May 2024 + 3 months = Sat 31 Aug 2024; not a working day on
     * england-and-wales: Sat 31, Sun 1 -> Mon 2 Sep 2024 */
    {"sar.extended", 2024, 5, 31, 0, 2024, 9, 2, ""},
    /* month end: 31 October: Fri 31 Oct 2025 + 3 months = Sat 31 Jan 2026; not a working day on
     * england-and-wales: Sat 31, Sun 1 -> Mon 2 Feb 2026 */
    {"sar.extended", 2025, 10, 31, 0, 2026, 2, 2, ""},

};

static const foi_calendar *division_calendar(unsigned division)
{
    switch (division) {
    case FOI_DIV_SCOTLAND:
        return cal(FOI_CAL_SCOTLAND);
    case FOI_DIV_NORTHERN_IRELAND:
        return cal(FOI_CAL_NORTHERN_IRELAND);
    default:
        return cal(FOI_CAL_ENGLAND_WALES);
    }
}

START_TEST(test_holiday_cases)
{
    const struct hcase *h = &hcases[_i];
    const foi_rule *r = rule(h->rule);
    foi_deadline_options o = opts0();
    o.division = h->division;
    foi_date a = D(h->y, h->m, h->d);
    foi_deadline dl = compute(h->rule, a, &o);
    char ctx[96], g[FOI_DATE_ISO_SIZE], w[FOI_DATE_ISO_SIZE];
    snprintf(ctx, sizeof ctx, "%s from %s (division %u)", h->rule, iso(a, g), h->division);
    foi_date want = D(h->ey, h->em, h->ed);
    ck_assert_msg(dl.due.serial == want.serial, "%s: due %s, want %s", ctx, iso(dl.due, g),
                  iso(want, w));
    ck_assert_date_eq(dl.anchor, a);
    ck_assert_msg(dl.provisional == 0, "%s: provisional", ctx);
    ck_assert_msg((dl.notes & (FOI_NOTE_RECEIPT_NON_WORKING | FOI_NOTE_PAUSED |
                               FOI_NOTE_LATE_RESPONSE | FOI_NOTE_SAFER_EARLIER)) == 0,
                  "%s: notes %#x", ctx, dl.notes);
    if (r->anchor == FOI_ANCHOR_RESPONSE_PERIOD) {
        /* FOISA s.20(5), no response: counted from the expiry of the 20-WD
         * response period. */
        foi_date expiry;
        ck_assert_int_eq(foi_calendar_add(&expiry, cal(FOI_CAL_SCOTLAND), a, 20), FOI_OK);
        ck_assert_date_eq(dl.start, expiry);
    } else {
        ck_assert_date_eq(dl.start, a);
    }

    if (r->unit == FOI_UNIT_WORKING_DAYS || r->unit == FOI_UNIT_SCHOOL_DAYS) {
        ck_assert_ptr_eq(dl.calendar, cal(r->calendar));
        ck_assert_msg(foi_calendar_is_working_day(dl.calendar, dl.due) == 1, "%s: not working",
                      ctx);
        ck_assert_uint_eq(dl.notes & (FOI_NOTE_ROLLED | FOI_NOTE_GRACE), 0);
        if (r->unit == FOI_UNIT_SCHOOL_DAYS) {
            ck_assert(dl.notes & FOI_NOTE_NO_SCHOOL_CALENDAR);
            ck_assert_date_eq(dl.backstop_due, dl.due);
        }
    } else {
        /* The period's last day: the corresponding date ("after", "of"), or
         * the day before it for a period "beginning with" day 0 (the month's
         * last day when the later month has no corresponding date). */
        foi_date un;
        if (r->unit == FOI_UNIT_MONTHS) {
            ck_assert_int_eq(foi_date_add_months(&un, a, r->count), FOI_OK);
            int y, m, ad, ud;
            foi_date_to_ymd(a, &y, &m, &ad);
            foi_date_to_ymd(un, &y, &m, &ud);
            /* Subject access from 5 February 2026 (Art 12A) begins with day 0. */
            if ((r->beginning_with || (dl.notes & FOI_NOTE_REGULATOR_READING)) && ud == ad)
                un.serial--;
        } else {
            ck_assert_int_eq(foi_date_add_days(&un, a, r->count - !!r->beginning_with), FOI_OK);
        }
        ck_assert_date_eq(dl.unrolled, un);
        if (r->roll_forward && !(dl.notes & FOI_NOTE_REGULATOR_READING)) {
            if (r->division_calendar)
                ck_assert_ptr_eq(dl.calendar, division_calendar(h->division));
            int wd = foi_calendar_is_working_day(dl.calendar, un);
            foi_date next = un;
            if (!wd)
                ck_assert_int_eq(foi_calendar_next(&next, dl.calendar, un), FOI_OK);
            ck_assert_date_eq(dl.due, next);
            ck_assert_msg(!!(dl.notes & FOI_NOTE_ROLLED) == !wd, "%s: ROLLED note %#x", ctx,
                          dl.notes);
        } else {
            ck_assert_date_eq(dl.due, un);
            ck_assert_uint_eq(dl.notes & FOI_NOTE_ROLLED, 0);
        }
    }
    if (h->skipped)
        check_skipped(&dl, h->skipped, ctx);
}
END_TEST

/* foia.tribunal-appeal: GRC Rules r.22(1)(b), "within 28 days of the date on
 * which notice of the ... decision ... was sent", and r.12(2): "If the time
 * specified by these Rules ... for doing any act ends on a day other than a
 * working day, the act is done in time if it is done on the next working
 * day." The due date is that last day in time; the 28th day is kept as the
 * unrolled date. */
static const struct {
    int y, m, d;    /* the decision notice */
    int dy, dm, dd; /* due */
    int gy, gm, gd; /* the next working day it rolls to, or 0 */
} tribunal[] = {
    /* Tue 27 Nov 2018 + 28 = Tue 25 Dec 2018; Wed 26 Boxing Day -> Thu 27 Dec. */
    {2018, 11, 27, 2018, 12, 25, 2018, 12, 27},
    /* Fri 2 Mar 2018 + 28 = Fri 30 Mar 2018 (Good Friday); Sat 31, Sun 1,
     * Mon 2 Apr Easter Monday -> Tue 3 Apr. */
    {2018, 3, 2, 2018, 3, 30, 2018, 4, 3},
    /* Mon 25 Mar 2019 + 28 = Mon 22 Apr 2019 (Easter Monday) -> Tue 23 Apr. */
    {2019, 3, 25, 2019, 4, 22, 2019, 4, 23},
    /* Tue 4 Dec 2018 + 28 = Tue 1 Jan 2019; Wed 2 Jan is a working day in
     * England and Wales (a Scottish holiday only) -> Wed 2 Jan. */
    {2018, 12, 4, 2019, 1, 1, 2019, 1, 2},
    /* Mon 30 Jul 2018 + 28 = Mon 27 Aug 2018, the E&W summer bank holiday ->
     * Tue 28 Aug. */
    {2018, 7, 30, 2018, 8, 27, 2018, 8, 28},
    /* Sat 2 Feb 2019 + 28 = Sat 2 Mar 2019 -> Mon 4 Mar. */
    {2019, 2, 2, 2019, 3, 2, 2019, 3, 4},
    /* Fri 2 Nov 2018 + 28 = Fri 30 Nov 2018, St Andrew's Day: a working day in
     * England and Wales, no grace. */
    {2018, 11, 2, 2018, 11, 30, 0, 0, 0},
    /* Wed 5 Dec 2018 + 28 = Wed 2 Jan 2019 (Scottish only): no grace. */
    {2018, 12, 5, 2019, 1, 2, 0, 0, 0},
    /* Thu 14 Jun 2018 + 28 = Thu 12 Jul 2018 (Northern Ireland only): no grace. */
    {2018, 6, 14, 2018, 7, 12, 0, 0, 0},
    /* Mon 4 Mar 2019 + 28 = Mon 1 Apr 2019, an ordinary Monday: no grace. */
    {2019, 3, 4, 2019, 4, 1, 0, 0, 0},
};

START_TEST(test_tribunal_grace)
{
    foi_date a = D(tribunal[_i].y, tribunal[_i].m, tribunal[_i].d);
    foi_deadline d = compute("foia.tribunal-appeal", a, NULL);
    foi_date nominal = D(tribunal[_i].dy, tribunal[_i].dm, tribunal[_i].dd);
    ck_assert_date_eq(d.unrolled, nominal);
    ck_assert_uint_eq(d.notes & FOI_NOTE_GRACE, 0);
    if (tribunal[_i].gy) {
        ck_assert_msg(d.notes & FOI_NOTE_ROLLED, "not rolled");
        ck_assert_date_eq(d.due, D(tribunal[_i].gy, tribunal[_i].gm, tribunal[_i].gd));
    } else {
        ck_assert_msg((d.notes & FOI_NOTE_ROLLED) == 0, "unexpectedly rolled");
        ck_assert_date_eq(d.due, nominal);
    }
    /* The ICO complaint window never gets grace or a roll. */
    d = compute("foia.ico-complaint", a, NULL);
    ck_assert_uint_eq(d.notes & (FOI_NOTE_GRACE | FOI_NOTE_ROLLED), 0);
    ck_assert_int_eq(foi_date_diff(a, d.due), 42);
}
END_TEST

/* FOIA and FOISA on the same dates. */
static const struct {
    int y, m, d;
    int fy, fm, fd; /* FOIA (uk) */
    int sy, sm, sd; /* FOISA (scotland) */
} versus[] = {
    /* src/doc/rules.md s.6: Easter Monday is a Scottish working day. */
    {2018, 3, 29, 2018, 4, 30, 2018, 4, 27},
    /* Fri 4 Apr 2025. uk: Apr 7-11 (5), 14-17 (9), GF 18 + EM 21 skipped,
     * 22-25 (13), Apr 28-May 2 (18), Mon 5 May skipped, 6-7 (20) -> Wed 7 May.
     * scotland: Apr 7-11 (5), 14-17 (9), GF skipped, 21-25 (14), Apr 28-May 2
     * (19), Mon 5 May skipped, Tue 6 May (20). */
    {2025, 4, 4, 2025, 5, 7, 2025, 5, 6},
    /* Mon 1 Jul 2024. uk: Jul 2-5 (4), 8-11 (8), Fri 12 Jul skipped, 15-19
     * (13), 22-26 (18), 29-30 (20) -> Tue 30 Jul. scotland works 12 July: Jul
     * 2-5 (4), 8-12 (9), 15-19 (14), 22-26 (19), Mon 29 Jul (20). */
    {2024, 7, 1, 2024, 7, 30, 2024, 7, 29},
    /* Mon 2 Mar 2020. uk: Mar 3-6 (4), 9-13 (9), 16 (10), Tue 17 Mar skipped,
     * 18-20 (13), 23-27 (18), 30-31 (20) -> Tue 31 Mar. scotland: Mar 3-6 (4),
     * 9-13 (9), 16-20 (14), 23-27 (19), Mon 30 Mar (20). */
    {2020, 3, 2, 2020, 3, 31, 2020, 3, 30},
    /* Mon 12 Aug 2019. uk: Aug 13-16 (4), 19-23 (9), Mon 26 Aug (E&W, NI)
     * skipped, 27-30 (13), Sep 2-6 (18), 9-10 (20) -> Tue 10 Sep. scotland:
     * Aug 13-16 (4), 19-23 (9), 26-30 (14), Sep 2-6 (19), Mon 9 Sep (20). */
    {2019, 8, 12, 2019, 9, 10, 2019, 9, 9},
    /* Mon 10 Dec 2018, both skip 25, 26 Dec, 1, 2 Jan: Dec 11-14 (4), 17-21
     * (9), 24 (10), 27-28 (12), 31 (13), Jan 3-4 (15), 7-11 (20) -> Fri 11 Jan. */
    {2018, 12, 10, 2019, 1, 11, 2019, 1, 11},
    /* Mon 19 Nov 2018, both skip Fri 30 Nov: Nov 20-23 (4), 26-29 (8), Dec
     * 3-7 (13), 10-14 (18), 17-18 (20) -> Tue 18 Dec. */
    {2018, 11, 19, 2018, 12, 18, 2018, 12, 18},
    /* Mon 1 Jun 2026, both skip Mon 15 Jun (World Cup): Jun 2-5 (4), 8-12 (9),
     * 16-19 (13), 22-26 (18), 29-30 (20) -> Tue 30 Jun. */
    {2026, 6, 1, 2026, 6, 30, 2026, 6, 30},
};

START_TEST(test_foia_versus_foisa)
{
    foi_date a = D(versus[_i].y, versus[_i].m, versus[_i].d);
    foi_date f = D(versus[_i].fy, versus[_i].fm, versus[_i].fd);
    foi_date s = D(versus[_i].sy, versus[_i].sm, versus[_i].sd);
    ck_assert_date_eq(compute("foia.response", a, NULL).due, f);
    ck_assert_date_eq(compute("eir.response", a, NULL).due, f);
    ck_assert_date_eq(compute("foisa.response", a, NULL).due, s);
    ck_assert_date_eq(compute("eisr.response", a, NULL).due, s);
}
END_TEST

/* ---- the receipt rules ---- */

static const struct rcase {
    const char *rule;
    int y, m, d;
    int non_working; /* the anchor is a non-working day of the rule's calendar */
    int ny, nm, nd;  /* start under next-working-day */
    int sy, sm, sd;  /* due under statutory */
    int wy, wm, wd;  /* due under next-working-day */
} rcases[] = {
    /* src/doc/rules.md s.6 (derivation in test_example_receipt_on_saturday). */
    {"foia.response", 2019, 1, 5, 1, 2019, 1, 7, 2019, 2, 1, 2019, 2, 4},
    /* Good Friday 30 Mar 2018; next uk working day Tue 3 Apr. statutory: Apr
     * 3-6 (4), 9-13 (9), 16-20 (14), 23-27 (19), Mon 30 Apr (20).
     * next-working-day: Apr 4-6 (3), 9-13 (8), 16-20 (13), 23-27 (18), 30 Apr
     * (19), Tue 1 May (20). */
    {"foia.response", 2018, 3, 30, 1, 2018, 4, 3, 2018, 4, 30, 2018, 5, 1},
    /* Easter Monday 2 Apr 2018 is not a uk working day: same dates. */
    {"foia.response", 2018, 4, 2, 1, 2018, 4, 3, 2018, 4, 30, 2018, 5, 1},
    /* ... but is a Scottish one: Apr 3-6 (4), 9-13 (9), 16-20 (14), 23-27
     * (19), Mon 30 Apr (20) under both rules. */
    {"foisa.response", 2018, 4, 2, 0, 2018, 4, 2, 2018, 4, 30, 2018, 4, 30},
    /* Sat 30 Nov 2019 (St Andrew's Day, substitute Mon 2 Dec). statutory: Dec
     * 2 skipped, 3-6 (4), 9-13 (9), 16-20 (14), 23-24 (16), 25-26 skipped, 27
     * (17), 30-31 (19), Jan 1-2 skipped, Fri 3 Jan 2020 (20).
     * next-working-day from Tue 3 Dec: Dec 4-6 (3), 9-13 (8), 16-20 (13),
     * 23-24 (15), 27 (16), 30-31 (18), Jan 3 (19), Mon 6 Jan 2020 (20). */
    {"foisa.response", 2019, 11, 30, 1, 2019, 12, 3, 2020, 1, 3, 2020, 1, 6},
    /* Fri 12 Jul 2019 (NI only) is not a uk working day. statutory: Jul 15-19
     * (5), 22-26 (10), Jul 29-Aug 2 (15), Mon 5 Aug (Scotland) skipped, 6-9
     * (19), Mon 12 Aug (20). next-working-day from Mon 15 Jul: Jul 16-19 (4),
     * 22-26 (9), Jul 29-Aug 2 (14), 6-9 (18), 12-13 (20) -> Tue 13 Aug. */
    {"eir.response", 2019, 7, 12, 1, 2019, 7, 15, 2019, 8, 12, 2019, 8, 13},
    /* ... but is a Scottish working day: Jul 15-19 (5), 22-26 (10), Jul 29-Aug
     * 2 (15), Mon 5 Aug skipped, 6-9 (19), Mon 12 Aug (20). */
    {"eisr.response", 2019, 7, 12, 0, 2019, 7, 12, 2019, 8, 12, 2019, 8, 12},
    /* A review request received Sun 6 Jan 2019. statutory: Jan 7-11 (5),
     * 14-18 (10), 21-25 (15), Jan 28-Feb 1 (20). next-working-day from Mon 7
     * Jan: ... Feb 1 (19), Mon 4 Feb (20). */
    {"foia.review-response", 2019, 1, 6, 1, 2019, 1, 7, 2019, 2, 1, 2019, 2, 4},
    /* Christmas Day 2018 on scotland. statutory: Wed 26 skipped, Dec 27-28
     * (2), 31 (3), Jan 1-2 skipped, 3-4 (5), 7-11 (10), 14-18 (15), 21-25 (20)
     * -> Fri 25 Jan 2019. next-working-day from Thu 27 Dec: 28 (1), 31 (2),
     * Jan 3-4 (4), 7-11 (9), 14-18 (14), 21-25 (19), Mon 28 Jan (20). */
    {"eisr.review-response", 2018, 12, 25, 1, 2018, 12, 27, 2019, 1, 25, 2019, 1, 28},
    /* Tue 17 Mar 2020 (NI only), 40 WD on uk. statutory: Mar 18-20 (3), 23-27
     * (8), Mar 30-Apr 3 (13), 6-9 (17), GF 10 + EM 13 Apr skipped, 14-17 (21),
     * 20-24 (26), Apr 27-May 1 (31), 4-7 (35), Fri 8 May (VE Day) skipped,
     * 11-15 (40) -> Fri 15 May. next-working-day from Wed 18 Mar: one more ->
     * Mon 18 May. */
    {"eir.review-response", 2020, 3, 17, 1, 2020, 3, 18, 2020, 5, 15, 2020, 5, 18},
    /* Sun 2 Jan 2022, 30 WD on uk: Mon 3 (New Year substitute) and Tue 4
     * (Scottish 2 January substitute) skipped, Jan 5-7 (3), 10-14 (8), 17-21
     * (13), 24-28 (18), Jan 31-Feb 4 (23), 7-11 (28), 14-15 (30) -> Tue 15
     * Feb. next-working-day from Wed 5 Jan -> Wed 16 Feb. */
    {"foia.public-records", 2022, 1, 2, 1, 2022, 1, 5, 2022, 2, 15, 2022, 2, 16},
    /* Sat 26 Dec 2020, 40 WD on uk: Mon 28 Dec skipped, Dec 29-31 (3), Fri 1 +
     * Mon 4 Jan skipped, 5-8 (7), 11-15 (12), 18-22 (17), 25-29 (22), Feb 1-5
     * (27), 8-12 (32), 15-19 (37), 22-24 (40) -> Wed 24 Feb 2021. From Tue 29
     * Dec: -> Thu 25 Feb. */
    {"foia.pit-extension", 2020, 12, 26, 1, 2020, 12, 29, 2021, 2, 24, 2021, 2, 25},
    /* Fri 1 Jan 2021, 40 WD on uk: Mon 4 Jan skipped, 5-8 (4), 11-15 (9),
     * 18-22 (14), 25-29 (19), Feb 1-5 (24), 8-12 (29), 15-19 (34), 22-26
     * (39), Mon 1 Mar (40). From Tue 5 Jan -> Tue 2 Mar. */
    {"eir.extended", 2021, 1, 1, 1, 2021, 1, 5, 2021, 3, 1, 2021, 3, 2},
    /* Mon 4 Jan 2021, Scotland's 2 January substitute, 40 WD on scotland:
     * Jan 5-8 (4), ... 22-26 Feb (39), Mon 1 Mar (40). From Tue 5 Jan -> Tue
     * 2 Mar. */
    {"eisr.extended", 2021, 1, 4, 1, 2021, 1, 5, 2021, 3, 1, 2021, 3, 2},
    /* Sat 1 Aug 2020 on scotland: Mon 3 Aug skipped, 4-7 (4), 10-14 (9),
     * 17-21 (14), 24-28 (19), Mon 31 Aug (20; not a Scottish holiday). From
     * Tue 4 Aug: -> Tue 1 Sep. */
    {"foisa.review-response", 2020, 8, 1, 1, 2020, 8, 4, 2020, 8, 31, 2020, 9, 1},
    /* Schools without a school calendar: the 60-WD backstop. From Sat 12
     * Oct 2024: Oct 14-18 (5), 21-25 (10), Oct 28-Nov 1 (15), 4-8 (20), 11-15
     * (25), 18-22 (30), 25-29 (35), Mon 2 Dec skipped, 3-6 (39), 9-13 (44),
     * 16-20 (49), 23-24 (51), 25-26 skipped, 27 (52), 30-31 (54), Jan 1-2
     * skipped, 3 (55), 6-10 (60) -> Fri 10 Jan 2025. From Mon 14 Oct: one
     * more -> Mon 13 Jan 2025. */
    {"foia.schools", 2024, 10, 12, 1, 2024, 10, 14, 2025, 1, 10, 2025, 1, 13},
};

START_TEST(test_receipt_rules)
{
    const struct rcase *c = &rcases[_i];
    foi_date a = D(c->y, c->m, c->d);
    foi_date stat = D(c->sy, c->sm, c->sd), nwd = D(c->wy, c->wm, c->wd);
    foi_deadline_options o = opts0();
    foi_deadline d = compute(c->rule, a, &o);
    char ctx[80], g[FOI_DATE_ISO_SIZE];
    snprintf(ctx, sizeof ctx, "%s from %s", c->rule, iso(a, g));
    ck_assert_msg(d.due.serial == stat.serial, "%s statutory: due %s", ctx, iso(d.due, g));
    ck_assert_date_eq(d.start, a);
    ck_assert_date_eq(d.anchor, a);
    ck_assert_msg(!!(d.notes & FOI_NOTE_RECEIPT_NON_WORKING) == c->non_working, "%s: notes %#x",
                  ctx, d.notes);
    if (c->non_working)
        ck_assert_date_eq(d.other_due, nwd);

    o.receipt_rule = FOI_RECEIPT_NEXT_WORKING_DAY;
    d = compute(c->rule, a, &o);
    ck_assert_msg(d.due.serial == nwd.serial, "%s next-working-day: due %s", ctx, iso(d.due, g));
    ck_assert_date_eq(d.anchor, a);
    ck_assert_date_eq(d.start, D(c->ny, c->nm, c->nd));
    ck_assert_msg(!!(d.notes & FOI_NOTE_RECEIPT_NON_WORKING) == c->non_working, "%s: notes %#x",
                  ctx, d.notes);
    if (c->non_working)
        ck_assert_date_eq(d.other_due, stat);
}
END_TEST

START_TEST(test_receipt_rule_not_for_other_anchors)
{
    /* Rules counted from a response, a decision notice or a fees notice, and
     * month rules, ignore the receipt rule: day 0 is the date given. */
    static const char *const ids[] = {
        "foia.review-request",   "eir.review-request",   "eisr.review-request",
        "foia.ico-complaint",    "foia.tribunal-appeal", "foia.fee-period",
        "foisa.sic-application", "sar.response",         "sar.extended"};
    for (size_t i = 0; i < sizeof ids / sizeof *ids; i++) {
        foi_deadline_options o = opts0();
        foi_deadline s = compute(ids[i], D(2019, 1, 5), &o);
        o.receipt_rule = FOI_RECEIPT_NEXT_WORKING_DAY;
        foi_deadline n = compute(ids[i], D(2019, 1, 5), &o);
        ck_assert_msg(s.due.serial == n.due.serial, "%s depends on the receipt rule", ids[i]);
        ck_assert_msg(n.start.serial == D(2019, 1, 5).serial, "%s: start moved", ids[i]);
        ck_assert_msg((s.notes & FOI_NOTE_RECEIPT_NON_WORKING) == 0 &&
                          (n.notes & FOI_NOTE_RECEIPT_NON_WORKING) == 0,
                      "%s: receipt note", ids[i]);
    }
    /* foia.review-request from a response sent Sat 5 Jan 2019, 40 WD on uk:
     * Jan 7-11 (5), 14-18 (10), 21-25 (15), Jan 28-Feb 1 (20), 4-8 (25),
     * 11-15 (30), 18-22 (35), Feb 25-Mar 1 (40) -> Fri 1 Mar 2019. */
    ck_assert_date_eq(compute("foia.review-request", D(2019, 1, 5), NULL).due, D(2019, 3, 1));
    /* SAR from Sat 5 Jan 2019: Tue 5 Feb 2019. */
    ck_assert_date_eq(compute("sar.response", D(2019, 1, 5), NULL).due, D(2019, 2, 5));
}
END_TEST

/* ---- pauses (fees notice; SAR clarification) ---- */

static foi_deadline paused(const char *id, foi_date anchor, foi_date from, foi_date to,
                           unsigned division)
{
    foi_deadline_options o = opts0();
    o.has_pause = 1;
    o.pause_from = from;
    o.pause_to = to;
    o.division = division;
    return compute(id, anchor, &o);
}

START_TEST(test_pause_working_days)
{
    /* Received Mon 15 Oct 2018 (unpaused due Mon 12 Nov 2018). */
    foi_date rx = D(2018, 10, 15);

    /* Fees notice the day of receipt, fee Wed 17 Oct: nothing used; 16 and 17
     * Oct (2) disregarded; 20 after 17 Oct: Oct 18-19 (2), 22-26 (7), Oct
     * 29-Nov 2 (12), 5-9 (17), 12-14 (20) -> Wed 14 Nov. */
    foi_deadline d = paused("foia.response", rx, rx, D(2018, 10, 17), 0);
    ck_assert_date_eq(d.due, D(2018, 11, 14));
    ck_assert_int_eq(d.paused_days, 2);
    ck_assert(d.notes & FOI_NOTE_PAUSED);

    /* Notice and fee both on the day of receipt: no working day disregarded. */
    d = paused("foia.response", rx, rx, rx, 0);
    ck_assert_date_eq(d.due, D(2018, 11, 12));
    ck_assert_int_eq(d.paused_days, 0);
    ck_assert_uint_eq(d.notes & FOI_NOTE_PAUSED, 0);

    /* Notice after the deadline (Tue 20 Nov): 25 working days were already
     * used, the pause changes nothing. */
    d = paused("foia.response", rx, D(2018, 11, 20), D(2018, 11, 25), 0);
    ck_assert_date_eq(d.due, D(2018, 11, 12));
    ck_assert_uint_eq(d.notes & FOI_NOTE_PAUSED, 0);
    /* Notice the day after the deadline: still nothing. */
    d = paused("foia.response", rx, D(2018, 11, 13), D(2018, 11, 16), 0);
    ck_assert_date_eq(d.due, D(2018, 11, 12));
    ck_assert_uint_eq(d.notes & FOI_NOTE_PAUSED, 0);

    /* Notice on the last day, Mon 12 Nov; fee Wed 14 Nov. 19 used (Oct 16 ..
     * Nov 9); the one left is Thu 15 Nov. Disregarded: 12, 13, 14 Nov (3). */
    d = paused("foia.response", rx, D(2018, 11, 12), D(2018, 11, 14), 0);
    ck_assert_date_eq(d.due, D(2018, 11, 15));
    ck_assert_int_eq(d.paused_days, 3);
    ck_assert(d.notes & FOI_NOTE_PAUSED);

    /* Fee received on Sat 3 Nov: disregarded Oct 22-26, Oct 29-Nov 2 (10);
     * 16 left after Sat 3 Nov: Nov 5-9 (5), 12-16 (10), 19-23 (15), Mon 26
     * Nov (16). */
    d = paused("foia.response", rx, D(2018, 10, 22), D(2018, 11, 3), 0);
    ck_assert_date_eq(d.due, D(2018, 11, 26));
    ck_assert_int_eq(d.paused_days, 10);

    /* PIT extension with the s.4 fee pause: 40 WD unpaused is Tue 11 Dec;
     * used 4, 36 left after Thu 1 Nov: Nov 2 (1), 5-9 (6), 12-16 (11), 19-23
     * (16), 26-29 (20), Fri 30 Nov skipped, Dec 3-7 (25), 10-14 (30), 17-21
     * (35), Mon 24 Dec (36). */
    d = paused("foia.pit-extension", rx, D(2018, 10, 22), D(2018, 11, 1), 0);
    ck_assert_date_eq(d.due, D(2018, 12, 24));
    ck_assert_int_eq(d.paused_days, 9);
}
END_TEST

START_TEST(test_pause_across_holidays)
{
    /* FOIA: received Mon 3 Dec 2018, fees notice Mon 10 Dec, fee Fri 4 Jan
     * 2019. Used Dec 4-7 (4). Disregarded on uk: Dec 10-14 (5), 17-21 (10),
     * 24 (11), 27-28 (13), 31 (14), Jan 3-4 (16); 25, 26 Dec and 1, 2 Jan are
     * not working days. 16 left after 4 Jan: Jan 7-11 (5), 14-18 (10), 21-25
     * (15), Mon 28 Jan (16). */
    foi_deadline d = paused("foia.response", D(2018, 12, 3), D(2018, 12, 10), D(2019, 1, 4), 0);
    ck_assert_date_eq(d.due, D(2019, 1, 28));
    ck_assert_int_eq(d.paused_days, 16);
    ck_assert(d.notes & FOI_NOTE_PAUSED);

    /* FOISA: received Mon 5 Nov 2018, fees notice Mon 12 Nov, fee received on
     * St Andrew's Day Fri 30 Nov. Used Nov 6-9 (4). Disregarded on scotland:
     * Nov 12-16 (5), 19-23 (10), 26-29 (14). 16 left after 30 Nov: Dec 3-7
     * (5), 10-14 (10), 17-21 (15), Mon 24 Dec (16). The same on uk. */
    d = paused("foisa.response", D(2018, 11, 5), D(2018, 11, 12), D(2018, 11, 30), 0);
    ck_assert_date_eq(d.due, D(2018, 12, 24));
    ck_assert_int_eq(d.paused_days, 14);
    d = paused("foia.response", D(2018, 11, 5), D(2018, 11, 12), D(2018, 11, 30), 0);
    ck_assert_date_eq(d.due, D(2018, 12, 24));
    ck_assert_int_eq(d.paused_days, 14);

    /* Easter 2018, fees notice Wed 28 Mar, fee Tue 3 Apr, received Mon 19
     * Mar. uk: used Mar 20-27 (6); disregarded Mar 28, 29, Apr 3 (3: Good
     * Friday and Easter Monday are not working days); 14 left after 3 Apr:
     * Apr 4-6 (3), 9-13 (8), 16-20 (13), Mon 23 Apr (14). scotland: Easter
     * Monday counts, so 4 disregarded (Mar 28, 29, Apr 2, 3) and the same 14
     * left after Tue 3 Apr -> Mon 23 Apr. Unpaused, FOIA: Mar 20-23 (4),
     * 26-29 (8), Apr 3-6 (12), 9-13 (17), 16-18 (20) -> Wed 18 Apr; FOISA:
     * Mar 20-23 (4), 26-29 (8), Apr 2-6 (13), 9-13 (18), 16-17 (20) -> Tue
     * 17 Apr. */
    d = paused("foia.response", D(2018, 3, 19), D(2018, 3, 28), D(2018, 4, 3), 0);
    ck_assert_date_eq(d.due, D(2018, 4, 23));
    ck_assert_int_eq(d.paused_days, 3);
    d = paused("foisa.response", D(2018, 3, 19), D(2018, 3, 28), D(2018, 4, 3), 0);
    ck_assert_date_eq(d.due, D(2018, 4, 23));
    ck_assert_int_eq(d.paused_days, 4);
    ck_assert_date_eq(compute("foia.response", D(2018, 3, 19), NULL).due, D(2018, 4, 18));
    ck_assert_date_eq(compute("foisa.response", D(2018, 3, 19), NULL).due, D(2018, 4, 17));
}
END_TEST

START_TEST(test_pause_with_receipt_on_weekend)
{
    /* Received Sat 5 Jan 2019 (statutory), fees notice Mon 7 Jan, fee Tue 8
     * Jan: nothing used, 7 and 8 Jan disregarded; 20 after Tue 8 Jan: Jan
     * 9-11 (3), 14-18 (8), 21-25 (13), Jan 28-Feb 1 (18), Feb 4-5 (20) -> Tue
     * 5 Feb (unpaused Fri 1 Feb + 2 working days). */
    foi_deadline d = paused("foia.response", D(2019, 1, 5), D(2019, 1, 7), D(2019, 1, 8), 0);
    ck_assert_date_eq(d.due, D(2019, 2, 5));
    ck_assert_int_eq(d.paused_days, 2);
    ck_assert_date_eq(d.start, D(2019, 1, 5));
}
END_TEST

START_TEST(test_pause_months)
{
    /* SAR received Mon 3 Mar 2025, clarification asked Mon 10 Mar, answered
     * Fri 14 Mar: 5 days do not count. 3 Apr + 5 days = Tue 8 Apr 2025. */
    foi_deadline d = paused("sar.response", D(2025, 3, 3), D(2025, 3, 10), D(2025, 3, 14), 0);
    ck_assert_date_eq(d.due, D(2025, 4, 8));
    ck_assert_int_eq(d.paused_days, 5);
    ck_assert(d.notes & FOI_NOTE_PAUSED);

    /* The pause begins after the month has run (Fri 4 Apr): no effect. */
    d = paused("sar.response", D(2025, 3, 3), D(2025, 4, 4), D(2025, 4, 10), 0);
    ck_assert_date_eq(d.due, D(2025, 4, 3));
    ck_assert_uint_eq(d.notes & FOI_NOTE_PAUSED, 0);

    /* The pause begins on the last day, Thu 3 Apr, ends Fri 4 Apr: 3 Apr + 2
     * = Sat 5 Apr, rolled to Mon 7 Apr. */
    d = paused("sar.response", D(2025, 3, 3), D(2025, 4, 3), D(2025, 4, 4), 0);
    ck_assert_date_eq(d.due, D(2025, 4, 7));
    ck_assert(d.notes & FOI_NOTE_ROLLED);

    /* Received Tue 18 Mar 2025, pause Apr 1-3 (3 days): 18 Apr + 3 = Mon 21
     * Apr, Easter Monday. England and Wales rolls to Tue 22 Apr, Scotland
     * keeps Mon 21 Apr. */
    d = paused("sar.response", D(2025, 3, 18), D(2025, 4, 1), D(2025, 4, 3), 0);
    ck_assert_date_eq(d.due, D(2025, 4, 22));
    ck_assert_int_eq(d.paused_days, 3);
    d = paused("sar.response", D(2025, 3, 18), D(2025, 4, 1), D(2025, 4, 3), FOI_DIV_SCOTLAND);
    ck_assert_date_eq(d.due, D(2025, 4, 21));
    ck_assert_uint_eq(d.notes & FOI_NOTE_ROLLED, 0);

    /* The same with a 7-day pause (Apr 1-7): 18 + 7 = Fri 25 Apr, working in
     * every division; unpaused it would have been 22 / 21 Apr. */
    d = paused("sar.response", D(2025, 3, 18), D(2025, 4, 1), D(2025, 4, 7),
               FOI_DIV_NORTHERN_IRELAND);
    ck_assert_date_eq(d.due, D(2025, 4, 25));
    ck_assert(d.notes & FOI_NOTE_PAUSED);

    /* Extended: Fri 31 Jan 2025 + 3 months = Wed 30 Apr; a pause of 14 days
     * (Feb 3-16) -> Wed 14 May 2025. */
    d = paused("sar.extended", D(2025, 1, 31), D(2025, 2, 3), D(2025, 2, 16), 0);
    ck_assert_date_eq(d.due, D(2025, 5, 14));
    ck_assert_int_eq(d.paused_days, 14);
}
END_TEST

START_TEST(test_pause_errors)
{
    static const char *const ids[] = {"foia.response", "foisa.response", "sar.response",
                                      "sar.extended", "eir.extended"};
    for (size_t i = 0; i < sizeof ids / sizeof *ids; i++) {
        foi_deadline d;
        foi_deadline_options o = opts0();
        o.has_pause = 1;
        /* ends before it starts */
        o.pause_from = D(2018, 10, 25);
        o.pause_to = D(2018, 10, 24);
        ck_assert_msg(foi_deadline_compute(&d, rule(ids[i]), D(2018, 10, 15), &o) == FOI_EINVAL,
                      "%s: reversed pause accepted", ids[i]);
        /* starts before the anchor */
        o.pause_from = D(2018, 10, 12);
        o.pause_to = D(2018, 10, 20);
        ck_assert_msg(foi_deadline_compute(&d, rule(ids[i]), D(2018, 10, 15), &o) == FOI_EINVAL,
                      "%s: pause before the anchor accepted", ids[i]);
        /* has_pause == 0: the dates are ignored */
        o.has_pause = 0;
        ck_assert_int_eq(foi_deadline_compute(&d, rule(ids[i]), D(2018, 10, 15), &o), FOI_OK);
    }
}
END_TEST

/* ---- school days ---- */

/* Autumn term 2024 of an English school: weekdays 2 Sep - 20 Dec, half term
 * 28 Oct - 1 Nov; spring term 6 Jan - 28 Mar 2025. The list includes Mon 2
 * Dec 2024 (the Scottish St Andrew's Day substitute), which is not a uk
 * working day and so never a school day for FOIA. */
static size_t term_2024(foi_date *out, size_t cap)
{
    size_t n = weekdays(out, cap, D(2024, 9, 2), D(2024, 10, 25));
    n += weekdays(out + n, cap - n, D(2024, 11, 4), D(2024, 12, 20));
    n += weekdays(out + n, cap - n, D(2025, 1, 6), D(2025, 3, 28));
    return n;
}

START_TEST(test_schools)
{
    foi_date days[200];
    size_t n = term_2024(days, 200);
    foi_deadline_options o = opts0();
    o.school_days = days;
    o.n_school_days = n;

    /* Received Mon 14 Oct 2024. School days: Oct 15-18 (4), 21-25 (9), half
     * term, Nov 4-8 (14), 11-15 (19), Mon 18 Nov (20). Backstop, 60 WD on uk:
     * Oct 15-18 (4), 21-25 (9), Oct 28-Nov 1 (14), 4-8 (19), 11-15 (24), 18-22
     * (29), 25-29 (34), Mon 2 Dec skipped, 3-6 (38), 9-13 (43), 16-20 (48),
     * 23-24 (50), 25-26 skipped, 27 (51), 30-31 (53), Jan 1-2 skipped, 3 (54),
     * 6-10 (59), Mon 13 Jan 2025 (60). */
    foi_deadline d = compute("foia.schools", D(2024, 10, 14), &o);
    ck_assert_date_eq(d.due, D(2024, 11, 18));
    ck_assert_date_eq(d.school_due, D(2024, 11, 18));
    ck_assert_date_eq(d.backstop_due, D(2025, 1, 13));
    ck_assert_uint_eq(d.notes & (FOI_NOTE_SCHOOL_BACKSTOP | FOI_NOTE_NO_SCHOOL_CALENDAR), 0);
    ck_assert_ptr_eq(d.calendar, cal(FOI_CAL_UK));

    /* Received Mon 18 Nov 2024: Nov 19-22 (4), 25-29 (9), Mon 2 Dec is not
     * counted (uk holiday) although the school is open, Dec 3-6 (13), 9-13
     * (18), 16-17 (20) -> Tue 17 Dec. */
    d = compute("foia.schools", D(2024, 11, 18), &o);
    ck_assert_date_eq(d.due, D(2024, 12, 17));

    /* Received Tue 3 Dec 2024, across Christmas: Dec 4-6 (3), 9-13 (8), 16-20
     * (13), holidays, Jan 6-10 (18), 13-14 (20) -> Tue 14 Jan 2025. Backstop:
     * Dec 4-6 (3), 9-13 (8), 16-20 (13), 23-24 (15), 27 (16), 30-31 (18), Jan
     * 3 (19), 6-10 (24), ... Feb 24-28 (59), Mon 3 Mar 2025 (60). */
    d = compute("foia.schools", D(2024, 12, 3), &o);
    ck_assert_date_eq(d.due, D(2025, 1, 14));
    ck_assert_date_eq(d.school_due, D(2025, 1, 14));
    ck_assert_date_eq(d.backstop_due, D(2025, 3, 3));

    /* Receipt on Sat 12 Oct 2024. statutory: Oct 14-18 (5), 21-25 (10), Nov
     * 4-8 (15), 11-15 (20) -> Fri 15 Nov. next-working-day: from Mon 14 Oct
     * -> Mon 18 Nov. */
    d = compute("foia.schools", D(2024, 10, 12), &o);
    ck_assert_date_eq(d.due, D(2024, 11, 15));
    ck_assert(d.notes & FOI_NOTE_RECEIPT_NON_WORKING);
    ck_assert_date_eq(d.other_due, D(2024, 11, 18));
    o.receipt_rule = FOI_RECEIPT_NEXT_WORKING_DAY;
    d = compute("foia.schools", D(2024, 10, 12), &o);
    ck_assert_date_eq(d.due, D(2024, 11, 18));
    ck_assert_date_eq(d.start, D(2024, 10, 14));
    ck_assert_date_eq(d.other_due, D(2024, 11, 15));
}
END_TEST

START_TEST(test_schools_unsorted_duplicates)
{
    foi_date days[200], shuffled[400];
    size_t n = term_2024(days, 200), m = 0;
    /* reversed, and every third day twice */
    for (size_t i = n; i-- > 0;) {
        shuffled[m++] = days[i];
        if (i % 3 == 0)
            shuffled[m++] = days[i];
    }
    foi_deadline_options o = opts0();
    o.school_days = shuffled;
    o.n_school_days = m;
    foi_deadline d = compute("foia.schools", D(2024, 10, 14), &o);
    ck_assert_date_eq(d.due, D(2024, 11, 18));
    ck_assert_date_eq(d.backstop_due, D(2025, 1, 13));
}
END_TEST

START_TEST(test_schools_backstop)
{
    /* A school closed from 20 July to 3 November 2024. School days: Jul
     * 2-5 (4), 8-11 (8), Fri 12 Jul (listed, but Northern Ireland's holiday is
     * not a uk working day), 15-19 (13), Nov 4-8 (18), 11-12 (20) -> Tue 12
     * Nov. The 60-WD backstop from Mon 1 Jul: Jul 2-5 (4), 8-11 (8), 12
     * skipped, 15-19 (13), 22-26 (18), Jul 29-Aug 2 (23), Mon 5 Aug skipped,
     * 6-9 (27), 12-16 (32), 19-23 (37), Mon 26 Aug skipped, 27-30 (41), Sep
     * 2-6 (46), 9-13 (51), 16-20 (56), 23-26 (60) -> Thu 26 Sep. */
    foi_date days[100];
    size_t n = weekdays(days, 100, D(2024, 7, 1), D(2024, 7, 19));
    size_t summer = n;
    n += weekdays(days + n, 100 - n, D(2024, 11, 4), D(2024, 12, 20));
    foi_deadline_options o = opts0();
    o.school_days = days;
    o.n_school_days = n;
    foi_deadline d = compute("foia.schools", D(2024, 7, 1), &o);
    ck_assert_date_eq(d.due, D(2024, 9, 26));
    ck_assert_date_eq(d.backstop_due, D(2024, 9, 26));
    /* rules.h: school_due is the 20th school day only when it comes first;
     * otherwise it equals the backstop. */
    ck_assert_date_eq(d.school_due, d.backstop_due);
    ck_assert(d.notes & FOI_NOTE_SCHOOL_BACKSTOP);
    ck_assert_uint_eq(d.notes & FOI_NOTE_NO_SCHOOL_CALENDAR, 0);

    /* The list stops on 19 July: 13 school days found and the list ends
     * before the backstop, so the answer is unknown. */
    o.n_school_days = summer;
    ck_assert_int_eq(foi_deadline_compute(&d, rule("foia.schools"), D(2024, 7, 1), &o), FOI_EINVAL);

    /* A list that ends before the backstop but holds 20 school days is
     * enough: weekdays Jul 1-31 2024: Jul 2-5 (4), 8-11 (8), 15-19 (13),
     * 22-26 (18), 29-30 (20) -> Tue 30 Jul. */
    n = weekdays(days, 100, D(2024, 7, 1), D(2024, 7, 31));
    o.n_school_days = n;
    d = compute("foia.schools", D(2024, 7, 1), &o);
    ck_assert_date_eq(d.due, D(2024, 7, 30));
    ck_assert_uint_eq(d.notes & FOI_NOTE_SCHOOL_BACKSTOP, 0);

    /* No school calendar: the backstop alone. */
    d = compute("foia.schools", D(2024, 7, 1), NULL);
    ck_assert_date_eq(d.due, D(2024, 9, 26));
    ck_assert_date_eq(d.backstop_due, D(2024, 9, 26));
    ck_assert(d.notes & FOI_NOTE_NO_SCHOOL_CALENDAR);
}
END_TEST

/* ---- FOISA s.20(5) ---- */

START_TEST(test_foisa_review_request)
{
    /* Received Mon 15 Oct 2018. Response period (20 WD, scotland): Oct 16-19
     * (4), 22-26 (9), Oct 29-Nov 2 (14), 5-9 (19), Mon 12 Nov (20) = R.
     * 40 WD after R: Nov 13-16 (4), 19-23 (9), 26-29 (13), Fri 30 Nov
     * skipped, Dec 3-7 (18), 10-14 (23), 17-21 (28), 24 (29), 25-26 skipped,
     * 27-28 (31), 31 (32), Jan 1-2 skipped, 3-4 (34), 7-11 (39), Mon 14 Jan
     * 2019 (40). */
    foi_date rx = D(2018, 10, 15);
    foi_deadline_options o = opts0();
    foi_deadline d = compute("foisa.review-request", rx, &o);
    ck_assert_date_eq(d.anchor, rx);
    ck_assert_date_eq(d.start, D(2018, 11, 12));
    ck_assert_date_eq(d.due, D(2019, 1, 14));
    ck_assert_ptr_eq(d.calendar, cal(FOI_CAL_SCOTLAND));
    ck_assert_uint_eq(d.notes & (FOI_NOTE_LATE_RESPONSE | FOI_NOTE_SAFER_EARLIER), 0);
    check_skipped(&d, "2018-11-30 2018-12-25 2018-12-26 2019-01-01 2019-01-02", "FOISA review");

    /* An early response, Thu 1 Nov: the statutory date stands, but 40 WD
     * after the response is safer: Nov 2 (1), 5-9 (6), 12-16 (11), 19-23
     * (16), 26-29 (20), Dec 3-7 (25), 10-14 (30), 17-21 (35), 24 (36), 27-28
     * (38), 31 (39), Thu 3 Jan 2019 (40). */
    o.has_response = 1;
    o.response = D(2018, 11, 1);
    d = compute("foisa.review-request", rx, &o);
    ck_assert_date_eq(d.start, D(2018, 11, 12));
    ck_assert_date_eq(d.due, D(2019, 1, 14));
    ck_assert(d.notes & FOI_NOTE_SAFER_EARLIER);
    ck_assert_date_eq(d.safer, D(2019, 1, 3));
    ck_assert_uint_eq(d.notes & FOI_NOTE_LATE_RESPONSE, 0);

    /* A response on the last day, Mon 12 Nov: neither note. */
    o.response = D(2018, 11, 12);
    d = compute("foisa.review-request", rx, &o);
    ck_assert_date_eq(d.start, D(2018, 11, 12));
    ck_assert_date_eq(d.due, D(2019, 1, 14));
    ck_assert_uint_eq(d.notes & (FOI_NOTE_LATE_RESPONSE | FOI_NOTE_SAFER_EARLIER), 0);

    /* A late response received Tue 20 Nov: counted from it. Nov 21-23 (3),
     * 26-29 (7), Dec 3-7 (12), 10-14 (17), 17-21 (22), 24 (23), 27-28 (25), 31
     * (26), Jan 3-4 (28), 7-11 (33), 14-18 (38), 21-22 (40) -> Tue 22 Jan. */
    o.response = D(2018, 11, 20);
    d = compute("foisa.review-request", rx, &o);
    ck_assert_date_eq(d.start, D(2018, 11, 20));
    ck_assert_date_eq(d.due, D(2019, 1, 22));
    ck_assert(d.notes & FOI_NOTE_LATE_RESPONSE);
    ck_assert_uint_eq(d.notes & FOI_NOTE_SAFER_EARLIER, 0);
}
END_TEST

START_TEST(test_foisa_review_request_receipt_and_pause)
{
    /* Received Sat 5 Jan 2019. statutory: R = 20 WD after Sat 5 Jan = Fri 1
     * Feb (Jan 7-11 (5), 14-18 (10), 21-25 (15), Jan 28-Feb 1 (20)); 40 WD
     * after it: Feb 4-8 (5), 11-15 (10), 18-22 (15), Feb 25-Mar 1 (20), 4-8
     * (25), 11-15 (30), 18-22 (35), 25-29 (40) -> Fri 29 Mar.
     * next-working-day: R = Mon 4 Feb; 40 after it -> Mon 1 Apr. */
    foi_deadline_options o = opts0();
    foi_deadline d = compute("foisa.review-request", D(2019, 1, 5), &o);
    ck_assert_date_eq(d.start, D(2019, 2, 1));
    ck_assert_date_eq(d.due, D(2019, 3, 29));
    ck_assert(d.notes & FOI_NOTE_RECEIPT_NON_WORKING);
    ck_assert_date_eq(d.other_due, D(2019, 4, 1));
    o.receipt_rule = FOI_RECEIPT_NEXT_WORKING_DAY;
    d = compute("foisa.review-request", D(2019, 1, 5), &o);
    ck_assert_date_eq(d.start, D(2019, 2, 4));
    ck_assert_date_eq(d.due, D(2019, 4, 1));
    ck_assert(d.notes & FOI_NOTE_RECEIPT_NON_WORKING);
    ck_assert_date_eq(d.other_due, D(2019, 3, 29));

    /* The s.4 fee pause moves the response period: R = Fri 23 Nov 2018 (as
     * for FOIA; no Scottish holiday Oct 22 - Nov 23). 40 WD after it: Nov
     * 26-29 (4), Fri 30 Nov skipped, Dec 3-7 (9), 10-14 (14), 17-21 (19), 24
     * (20), 27-28 (22), 31 (23), Jan 3-4 (25), 7-11 (30), 14-18 (35), 21-25
     * (40) -> Fri 25 Jan 2019. */
    d = paused("foisa.review-request", D(2018, 10, 15), D(2018, 10, 22), D(2018, 11, 1), 0);
    ck_assert_date_eq(d.start, D(2018, 11, 23));
    ck_assert_date_eq(d.due, D(2019, 1, 25));
}
END_TEST

/* ---- status ---- */

static foi_status status(const foi_deadline *d, foi_date today, const foi_date *done)
{
    foi_status s;
    memset(&s, 0x5A, sizeof s);
    ck_assert_int_eq(foi_deadline_status(&s, d, today, done), FOI_OK);
    return s;
}

START_TEST(test_status_working_days)
{
    /* foia.response received Mon 15 Oct 2018, due Mon 12 Nov 2018. */
    foi_deadline d = compute("foia.response", D(2018, 10, 15), NULL);
    foi_status s = status(&d, D(2018, 10, 15), NULL);
    ck_assert_int_eq(s.state, FOI_STATE_PENDING);
    ck_assert_int_eq(s.remaining, 20);
    /* Mon 5 Nov: Nov 6, 7, 8, 9, 12 remain. */
    s = status(&d, D(2018, 11, 5), NULL);
    ck_assert_int_eq(s.state, FOI_STATE_PENDING);
    ck_assert_int_eq(s.remaining, 5);
    /* Sat 10 Nov: only Mon 12 Nov. */
    s = status(&d, D(2018, 11, 10), NULL);
    ck_assert_int_eq(s.state, FOI_STATE_PENDING);
    ck_assert_int_eq(s.remaining, 1);
    s = status(&d, D(2018, 11, 12), NULL);
    ck_assert_int_eq(s.state, FOI_STATE_DUE_TODAY);
    /* Wed 14 Nov: 13, 14 -> 2 working days, 2 days. */
    s = status(&d, D(2018, 11, 14), NULL);
    ck_assert_int_eq(s.state, FOI_STATE_OVERDUE);
    ck_assert_int_eq(s.overdue, 2);
    ck_assert_int_eq(s.overdue_days, 2);
    /* Sat 17 Nov: Nov 13-16 -> 4 working days, 5 days. */
    s = status(&d, D(2018, 11, 17), NULL);
    ck_assert_int_eq(s.state, FOI_STATE_OVERDUE);
    ck_assert_int_eq(s.overdue, 4);
    ck_assert_int_eq(s.overdue_days, 5);
    /* Mon 3 Dec: Nov 13-16 (4), 19-23 (9), 26-29 (13), St Andrew's Day
     * skipped, Dec 3 (14); 21 days. */
    s = status(&d, D(2018, 12, 3), NULL);
    ck_assert_int_eq(s.overdue, 14);
    ck_assert_int_eq(s.overdue_days, 21);

    /* src/doc/rules.md s.5: the response on working day 16 (Tue 6 Nov: Oct 16-19 (4),
     * 22-26 (9), Oct 29-Nov 2 (14), 5 (15), 6 (16)) is 4 working days early. */
    foi_date done = D(2018, 11, 6);
    s = status(&d, D(2018, 12, 3), &done);
    ck_assert_int_eq(s.state, FOI_STATE_MET);
    ck_assert_int_eq(s.early, 4);
    /* On the day: met, 0 early. */
    done = D(2018, 11, 12);
    s = status(&d, D(2018, 11, 12), &done);
    ck_assert_int_eq(s.state, FOI_STATE_MET);
    ck_assert_int_eq(s.early, 0);
    /* Sat 10 Nov: 1 early. */
    done = D(2018, 11, 10);
    s = status(&d, D(2018, 11, 20), &done);
    ck_assert_int_eq(s.state, FOI_STATE_MET);
    ck_assert_int_eq(s.early, 1);
    /* Thu 15 Nov: 3 late. Mon 3 Dec: 14 late. */
    done = D(2018, 11, 15);
    s = status(&d, D(2018, 11, 15), &done);
    ck_assert_int_eq(s.state, FOI_STATE_MISSED);
    ck_assert_int_eq(s.late, 3);
    done = D(2018, 12, 3);
    s = status(&d, D(2019, 1, 1), &done);
    ck_assert_int_eq(s.state, FOI_STATE_MISSED);
    ck_assert_int_eq(s.late, 14);
    /* done counts, whatever today is: a response before today, today before
     * the due date. */
    done = D(2018, 10, 20);
    s = status(&d, D(2018, 10, 25), &done);
    ck_assert_int_eq(s.state, FOI_STATE_MET);
}
END_TEST

START_TEST(test_status_by_calendar)
{
    /* Working days on the rule's calendar. FOIA received Mon 2 Mar 2020 is
     * due Tue 31 Mar; on Fri 17 Apr it is overdue by Apr 1-3 (3), 6-9 (7),
     * Good Friday and Easter Monday skipped, 14-17 (11) working days, 17
     * days. FOISA from the same day is due Mon 30 Mar; on Fri 17 Apr it is
     * overdue by Mar 31 (1), Apr 1-3 (4), 6-9 (8), Good Friday skipped, 13-17
     * (13) working days, 18 days. */
    foi_deadline f = compute("foia.response", D(2020, 3, 2), NULL);
    foi_status s = status(&f, D(2020, 4, 17), NULL);
    ck_assert_int_eq(s.state, FOI_STATE_OVERDUE);
    ck_assert_int_eq(s.overdue, 11);
    ck_assert_int_eq(s.overdue_days, 17);
    foi_deadline sc = compute("foisa.response", D(2020, 3, 2), NULL);
    s = status(&sc, D(2020, 4, 17), NULL);
    ck_assert_int_eq(s.state, FOI_STATE_OVERDUE);
    ck_assert_int_eq(s.overdue, 13);
    ck_assert_int_eq(s.overdue_days, 18);
    /* FOISA on Mon 16 Mar: Mar 17-20 (4; 17 March is a Scottish working
     * day), 23-27 (9), 30 (10) remain. FOIA on Mon 16 Mar: 18-20 (3), 23-27
     * (8), 30-31 (10). */
    s = status(&sc, D(2020, 3, 16), NULL);
    ck_assert_int_eq(s.remaining, 10);
    s = status(&f, D(2020, 3, 16), NULL);
    ck_assert_int_eq(s.remaining, 10);
    /* ... and on Tue 17 Mar FOISA has 9 left, FOIA still 10. */
    s = status(&sc, D(2020, 3, 17), NULL);
    ck_assert_int_eq(s.remaining, 9);
    s = status(&f, D(2020, 3, 17), NULL);
    ck_assert_int_eq(s.remaining, 10);
}
END_TEST

START_TEST(test_status_calendar_days)
{
    /* foia.ico-complaint from Tue 13 Nov 2018: due Tue 25 Dec 2018. Calendar
     * days throughout. */
    foi_deadline d = compute("foia.ico-complaint", D(2018, 11, 13), NULL);
    ck_assert_date_eq(d.due, D(2018, 12, 25));
    foi_status s = status(&d, D(2018, 12, 20), NULL);
    ck_assert_int_eq(s.state, FOI_STATE_PENDING);
    ck_assert_int_eq(s.remaining, 5);
    s = status(&d, D(2018, 12, 25), NULL);
    ck_assert_int_eq(s.state, FOI_STATE_DUE_TODAY);
    s = status(&d, D(2018, 12, 27), NULL);
    ck_assert_int_eq(s.state, FOI_STATE_OVERDUE);
    ck_assert_int_eq(s.overdue, 2);
    ck_assert_int_eq(s.overdue_days, 2);
    foi_date done = D(2018, 12, 14);
    s = status(&d, D(2018, 12, 27), &done);
    ck_assert_int_eq(s.state, FOI_STATE_MET);
    ck_assert_int_eq(s.early, 11);

    /* sar.response from Fri 31 Jan 2025: due Fri 28 Feb. On Thu 20 Feb, 8
     * calendar days remain; done Thu 27 Feb is 1 day early; on Mon 3 Mar it
     * is 3 days overdue. */
    d = compute("sar.response", D(2025, 1, 31), NULL);
    s = status(&d, D(2025, 2, 20), NULL);
    ck_assert_int_eq(s.state, FOI_STATE_PENDING);
    ck_assert_int_eq(s.remaining, 8);
    s = status(&d, D(2025, 2, 28), NULL);
    ck_assert_int_eq(s.state, FOI_STATE_DUE_TODAY);
    done = D(2025, 2, 27);
    s = status(&d, D(2025, 3, 3), &done);
    ck_assert_int_eq(s.state, FOI_STATE_MET);
    ck_assert_int_eq(s.early, 1);
    s = status(&d, D(2025, 3, 3), NULL);
    ck_assert_int_eq(s.state, FOI_STATE_OVERDUE);
    ck_assert_int_eq(s.overdue_days, 3);
    done = D(2025, 3, 3);
    s = status(&d, D(2025, 3, 3), &done);
    ck_assert_int_eq(s.state, FOI_STATE_MISSED);
}
END_TEST

/* ---- coverage, provisional data, custom calendars ---- */

START_TEST(test_provisional_and_range)
{
    foi_date pub;
    foi_calendar_coverage(cal(FOI_CAL_UK), NULL, NULL, &pub);
    ck_assert_date_eq(pub, D(2028, 12, 31));

    /* Wed 1 Nov 2028: Nov 2-3 (2), 6-10 (7), 13-17 (12), 20-24 (17), 27-29
     * (20) -> Wed 29 Nov 2028: all published. */
    foi_deadline d = compute("foia.response", D(2028, 11, 1), NULL);
    ck_assert_date_eq(d.due, D(2028, 11, 29));
    ck_assert_int_eq(d.provisional, 0);
    /* Fri 1 Dec 2028: Dec 4-8 (5), 11-15 (10), 18-22 (15), 25-26 skipped,
     * 27-29 (18), Mon 1 Jan 2029 and Tue 2 Jan (projected) skipped, 3-4 (20)
     * -> Thu 4 Jan 2029, which rests on projected holidays. */
    d = compute("foia.response", D(2028, 12, 1), NULL);
    ck_assert_date_eq(d.due, D(2029, 1, 4));
    ck_assert_int_eq(d.provisional, 1);
    check_skipped(&d, "2028-12-25 2028-12-26 2029-01-01 2029-01-02", "into 2029");
    /* SAR from Fri 1 Dec 2028, after Art 12A: one month beginning with 1
     * Dec ends Sun 31 Dec 2028, not rolled; the ICO's reading, Mon 1 Jan 2029
     * (projected New Year's Day) -> Tue 2 Jan 2029, rests on projected
     * holidays, and is flagged as the other receipt rule's date is. */
    d = compute("sar.response", D(2028, 12, 1), NULL);
    ck_assert_date_eq(d.due, D(2028, 12, 31));
    ck_assert_date_eq(d.corresponding, D(2029, 1, 1));
    ck_assert_date_eq(d.regulator_due, D(2029, 1, 2));
    ck_assert_int_eq(d.provisional, 1);

    /* Outside the calendars: FOI_ERANGE. */
    foi_deadline_options o = opts0();
    ck_assert_int_eq(foi_deadline_compute(&d, rule("foia.response"), D(2199, 12, 20), &o),
                     FOI_ERANGE);
    ck_assert_int_eq(foi_deadline_compute(&d, rule("foia.response"), D(1970, 6, 1), &o),
                     FOI_ERANGE);
    ck_assert_int_eq(foi_deadline_compute(&d, rule("sar.response"), D(2199, 12, 15), &o),
                     FOI_ERANGE);
    ck_assert_int_eq(foi_deadline_compute(&d, rule("foisa.review-request"), D(2199, 11, 1), &o),
                     FOI_ERANGE);
}
END_TEST

START_TEST(test_custom_calendars)
{
    foi_calendar_builder *b = NULL;
    ck_assert_int_eq(foi_calendar_builder_new(&b), FOI_OK);
    /* A local closure on Mon 22 Oct 2018 and an extra bank holiday in England
     * and Wales on Tue 22 Apr 2025. */
    ck_assert_int_eq(foi_calendar_builder_add(b, D(2018, 10, 22), 0, "Closure"), FOI_OK);
    ck_assert_int_eq(
        foi_calendar_builder_add(b, D(2025, 4, 22), FOI_DIV_ENGLAND_WALES, "Extra holiday"),
        FOI_OK);
    foi_calendar *uk = NULL, *ew = NULL;
    ck_assert_int_eq(foi_calendar_builder_build(&uk, b, FOI_CAL_UK), FOI_OK);
    ck_assert_int_eq(foi_calendar_builder_build(&ew, b, FOI_CAL_ENGLAND_WALES), FOI_OK);

    foi_deadline_options o = opts0();
    o.calendars[FOI_CAL_UK] = uk;
    o.calendars[FOI_CAL_ENGLAND_WALES] = ew;
    /* Received Mon 15 Oct 2018 with 22 Oct off: Oct 16-19 (4), 23-26 (8), Oct
     * 29-Nov 2 (13), 5-9 (18), 12-13 (20) -> Tue 13 Nov. */
    foi_deadline d = compute("foia.response", D(2018, 10, 15), &o);
    ck_assert_date_eq(d.due, D(2018, 11, 13));
    ck_assert_ptr_eq(d.calendar, uk);
    check_skipped(&d, "2018-10-22", "custom uk");
    /* FOISA counts on the built-in scotland calendar: Mon 12 Nov. */
    d = compute("foisa.response", D(2018, 10, 15), &o);
    ck_assert_date_eq(d.due, D(2018, 11, 12));
    ck_assert_ptr_eq(d.calendar, cal(FOI_CAL_SCOTLAND));
    /* SAR from Tue 18 Mar 2025: Good Friday, weekend, Easter Monday and now
     * Tue 22 Apr -> Wed 23 Apr. */
    d = compute("sar.response", D(2025, 3, 18), &o);
    ck_assert_date_eq(d.due, D(2025, 4, 23));
    ck_assert_ptr_eq(d.calendar, ew);

    foi_calendar_free(uk);
    foi_calendar_free(ew);
    foi_calendar_builder_free(b);
}
END_TEST

/* ---- properties over every day of 2019-2030 ---- */

#define PROP_FIRST D(2019, 1, 1)
#define PROP_LAST D(2030, 12, 31)

static const char *const wd_rules[] = {
    "foia.response",        "foia.pit-extension",  "foia.public-records", "foia.review-request",
    "foia.review-response", "foia.review-max",     "eir.response",        "eir.extended",
    "eir.review-request",   "eir.review-response", "foisa.response",      "foisa.review-response",
    "eisr.response",        "eisr.extended",       "eisr.review-request", "eisr.review-response",
};

#define N_WD_RULES ((int)(sizeof wd_rules / sizeof *wd_rules))

/* weekdays in (a, b] */
static int weekdays_between(foi_date a, foi_date b)
{
    int n = 0;
    for (foi_date d = {a.serial + 1}; d.serial <= b.serial; d.serial++)
        n += foi_date_weekday(d) <= FOI_FRIDAY;
    return n;
}

START_TEST(test_property_working_day_rules)
{
    const foi_rule *r = rule(wd_rules[_i]);
    const foi_calendar *c = cal(r->calendar);
    int receipt_rule_applies =
        r->anchor == FOI_ANCHOR_RECEIPT || r->anchor == FOI_ANCHOR_REVIEW_REQUEST;
    foi_date pub;
    foi_calendar_coverage(c, NULL, NULL, &pub);
    foi_deadline_options st = opts0(), nw = opts0();
    nw.receipt_rule = FOI_RECEIPT_NEXT_WORKING_DAY;
    char a_[FOI_DATE_ISO_SIZE];

    for (foi_date a = PROP_FIRST; a.serial <= PROP_LAST.serial; a.serial++) {
        const char *as = iso(a, a_);
        foi_deadline s, n;
        REQUIRE(foi_deadline_compute(&s, r, a, &st) == FOI_OK, "%s %s: %s", r->id, as,
                foi_error_last());
        REQUIRE(foi_deadline_compute(&n, r, a, &nw) == FOI_OK, "%s %s: %s", r->id, as,
                foi_error_last());
        int working = foi_calendar_is_working_day(c, a);
        REQUIRE(s.calendar == c, "%s %s: calendar", r->id, as);
        REQUIRE(foi_calendar_is_working_day(c, s.due) == 1, "%s %s: due not a working day", r->id,
                as);
        REQUIRE(foi_calendar_is_working_day(c, n.due) == 1, "%s %s: nwd due not working", r->id,
                as);
        REQUIRE(s.due.serial > a.serial, "%s %s: due before receipt", r->id, as);
        REQUIRE(s.start.serial == a.serial, "%s %s: start", r->id, as);
        int k = -1;
        foi_calendar_count(&k, c, s.start, s.due);
        REQUIRE(k == r->count, "%s %s: %d working days counted", r->id, as, k);
        REQUIRE(n.due.serial >= s.due.serial, "%s %s: next-working-day earlier", r->id, as);
        if (working || !receipt_rule_applies) {
            REQUIRE(n.due.serial == s.due.serial, "%s %s: receipt rules differ", r->id, as);
            REQUIRE(n.start.serial == a.serial, "%s %s: nwd start", r->id, as);
            REQUIRE(!(s.notes & FOI_NOTE_RECEIPT_NON_WORKING) &&
                        !(n.notes & FOI_NOTE_RECEIPT_NON_WORKING),
                    "%s %s: receipt note", r->id, as);
        } else {
            foi_date nx;
            foi_calendar_next(&nx, c, a);
            REQUIRE(n.start.serial == nx.serial, "%s %s: nwd start", r->id, as);
            REQUIRE(n.due.serial > s.due.serial, "%s %s: nwd not later", r->id, as);
            REQUIRE((s.notes & FOI_NOTE_RECEIPT_NON_WORKING) &&
                        (n.notes & FOI_NOTE_RECEIPT_NON_WORKING),
                    "%s %s: no receipt note", r->id, as);
            REQUIRE(s.other_due.serial == n.due.serial && n.other_due.serial == s.due.serial,
                    "%s %s: other_due", r->id, as);
        }
        /* skipped: the non-working weekdays in (start, due] */
        int distinct = 0;
        for (size_t i = 0; i < s.n_skipped; i++) {
            foi_date h = s.skipped[i].date;
            REQUIRE(h.serial > s.start.serial && h.serial <= s.due.serial &&
                        foi_date_weekday(h) <= FOI_FRIDAY && foi_calendar_is_working_day(c, h) == 0,
                    "%s %s: bad skipped entry", r->id, as);
            REQUIRE(i == 0 || h.serial >= s.skipped[i - 1].date.serial, "%s %s: order", r->id, as);
            distinct += i == 0 || h.serial != s.skipped[i - 1].date.serial;
        }
        REQUIRE(distinct == weekdays_between(s.start, s.due) - r->count, "%s %s: %d skipped dates",
                r->id, as, distinct);
        REQUIRE(s.provisional == (s.due.serial > pub.serial), "%s %s: provisional %d", r->id, as,
                s.provisional);
        /* A fees pause never makes the deadline earlier; when it moves it,
         * the due date is the count plus the working days disregarded. */
        static const int starts[] = {0, 1, 4, 13, 27}, lens[] = {0, 2, 9, 30};
        for (int x = 0; x < 5; x++) {
            for (int y = 0; y < 4; y++) {
                foi_deadline_options po = st;
                po.has_pause = 1;
                po.pause_from.serial = a.serial + starts[x];
                po.pause_to.serial = po.pause_from.serial + lens[y];
                foi_deadline p;
                REQUIRE(foi_deadline_compute(&p, r, a, &po) == FOI_OK, "%s %s: pause: %s", r->id,
                        as, foi_error_last());
                REQUIRE(p.due.serial >= s.due.serial, "%s %s: pause %d+%d made it earlier", r->id,
                        as, starts[x], lens[y]);
                REQUIRE(foi_calendar_is_working_day(c, p.due) == 1, "%s %s: paused due", r->id, as);
                if (p.notes & FOI_NOTE_PAUSED) {
                    foi_date e;
                    foi_calendar_add(&e, c, s.start, r->count + p.paused_days);
                    REQUIRE(p.due.serial == e.serial && p.paused_days > 0,
                            "%s %s: pause %d+%d: due != count + %d disregarded", r->id, as,
                            starts[x], lens[y], p.paused_days);
                } else {
                    REQUIRE(p.due.serial == s.due.serial, "%s %s: moved without note", r->id, as);
                }
            }
        }
    }
}
END_TEST

START_TEST(test_property_uk_versus_scotland)
{
    /* uk's non-working days include Scotland's, so for the same count a FOIA
     * date is never before the FOISA one; EIR equals FOIA, EISR equals FOISA. */
    const foi_rule *fr = rule("foia.response"), *er = rule("eir.response"),
                   *sr = rule("foisa.response"), *xr = rule("eisr.response"),
                   *fp = rule("foia.pit-extension"), *se = rule("eisr.extended");
    foi_deadline_options o = opts0();
    for (foi_date a = PROP_FIRST; a.serial <= PROP_LAST.serial; a.serial++) {
        foi_deadline f, e, s, x, f4, s4;
        REQUIRE(foi_deadline_compute(&f, fr, a, &o) == FOI_OK, "foia");
        REQUIRE(foi_deadline_compute(&e, er, a, &o) == FOI_OK, "eir");
        REQUIRE(foi_deadline_compute(&s, sr, a, &o) == FOI_OK, "foisa");
        REQUIRE(foi_deadline_compute(&x, xr, a, &o) == FOI_OK, "eisr");
        REQUIRE(foi_deadline_compute(&f4, fp, a, &o) == FOI_OK, "pit");
        REQUIRE(foi_deadline_compute(&s4, se, a, &o) == FOI_OK, "eisr extended");
        char b[FOI_DATE_ISO_SIZE];
        REQUIRE(f.due.serial >= s.due.serial, "%s: FOIA before FOISA", iso(a, b));
        REQUIRE(f4.due.serial >= s4.due.serial, "%s: 40 WD FOIA before EISR", iso(a, b));
        REQUIRE(f.due.serial == e.due.serial, "%s: EIR != FOIA", iso(a, b));
        REQUIRE(s.due.serial == x.due.serial, "%s: EISR != FOISA", iso(a, b));
    }
}
END_TEST

START_TEST(test_property_sar)
{
    static const unsigned divisions[] = {0, FOI_DIV_ENGLAND_WALES, FOI_DIV_SCOTLAND,
                                         FOI_DIV_NORTHERN_IRELAND};
    const foi_rule *r = rule(_i < 4 ? "sar.response" : "sar.extended");
    unsigned div = divisions[_i % 4];
    const foi_calendar *c = division_calendar(div);
    foi_deadline_options o = opts0();
    o.division = div;
    for (foi_date a = PROP_FIRST; a.serial <= PROP_LAST.serial; a.serial++) {
        char b[FOI_DATE_ISO_SIZE];
        const char *as = iso(a, b);
        foi_deadline d;
        REQUIRE(foi_deadline_compute(&d, r, a, &o) == FOI_OK, "%s %s: %s", r->id, as,
                foi_error_last());
        foi_date un;
        foi_date_add_months(&un, a, r->count);
        if (a.serial >= D(2026, 2, 5).serial) {
            /* Art 12A: the period beginning with day 0 ends the day before
             * the corresponding date (or on the month's last day when there
             * is none), unrolled; the ICO's rolled date is the other
             * reading, never earlier. */
            int y, m, ad, dd;
            foi_date_to_ymd(a, &y, &m, &ad);
            foi_date_to_ymd(un, &y, &m, &dd);
            int32_t end = dd == ad ? un.serial - 1 : un.serial;
            REQUIRE(d.due.serial == end && d.unrolled.serial == end, "%s %s: Art 12A", r->id, as);
            REQUIRE(!(d.notes & FOI_NOTE_ROLLED), "%s %s: rolled", r->id, as);
            REQUIRE(d.band && !strncmp(d.band, "received from 5 February 2026", 29), "%s %s: band",
                    r->id, as);
            /* The ICO's date: the corresponding date moved to a working day;
             * shown when it differs. */
            foi_date ico = un;
            if (foi_calendar_is_working_day(c, ico) != 1)
                foi_calendar_next(&ico, c, ico);
            REQUIRE(!!(d.notes & FOI_NOTE_REGULATOR_READING) == (ico.serial != d.due.serial) &&
                        (ico.serial == d.due.serial || d.regulator_due.serial == ico.serial),
                    "%s %s: ICO reading", r->id, as);
            continue;
        }
        REQUIRE(d.unrolled.serial == un.serial, "%s %s: unrolled", r->id, as);
        REQUIRE(d.calendar == c, "%s %s: calendar", r->id, as);
        REQUIRE(foi_calendar_is_working_day(c, d.due) == 1, "%s %s: due not working", r->id, as);
        REQUIRE(d.due.serial >= un.serial && d.due.serial - un.serial < 7, "%s %s: roll", r->id,
                as);
        for (foi_date x = un; x.serial < d.due.serial; x.serial++)
            REQUIRE(foi_calendar_is_working_day(c, x) == 0, "%s %s: rolled past a working day",
                    r->id, as);
        REQUIRE(!!(d.notes & FOI_NOTE_ROLLED) == (d.due.serial != un.serial), "%s %s: note", r->id,
                as);
        /* a clarification pause never makes it earlier */
        foi_deadline_options po = o;
        po.has_pause = 1;
        po.pause_from.serial = a.serial + 3;
        po.pause_to.serial = a.serial + 9;
        foi_deadline p;
        REQUIRE(foi_deadline_compute(&p, r, a, &po) == FOI_OK, "%s %s: pause", r->id, as);
        REQUIRE(p.due.serial >= d.due.serial, "%s %s: pause made it earlier", r->id, as);
        REQUIRE(foi_calendar_is_working_day(c, p.due) == 1, "%s %s: paused due", r->id, as);
        foi_date pb = {un.serial + 7};
        REQUIRE(p.unrolled.serial == pb.serial, "%s %s: paused unrolled", r->id, as);
    }
}
END_TEST

START_TEST(test_property_other_rules)
{
    const foi_calendar *ew = cal(FOI_CAL_ENGLAND_WALES), *sc = cal(FOI_CAL_SCOTLAND);
    const foi_rule *trib = rule("foia.tribunal-appeal"), *ico = rule("foia.ico-complaint"),
                   *sic = rule("foisa.sic-application"), *fee = rule("foia.fee-period"),
                   *sfee = rule("foisa.fee-period"), *fr = rule("foisa.review-request"),
                   *sch = rule("foia.schools");
    foi_deadline_options o = opts0();
    for (foi_date a = PROP_FIRST; a.serial <= PROP_LAST.serial; a.serial++) {
        char b[FOI_DATE_ISO_SIZE];
        const char *as = iso(a, b);
        foi_deadline d;
        REQUIRE(foi_deadline_compute(&d, trib, a, &o) == FOI_OK, "tribunal %s", as);
        REQUIRE(d.unrolled.serial == a.serial + 28, "tribunal %s", as);
        int w = foi_calendar_is_working_day(ew, d.unrolled);
        REQUIRE(!!(d.notes & FOI_NOTE_ROLLED) == !w, "tribunal %s: roll note", as);
        if (!w) {
            foi_date g;
            foi_calendar_next(&g, ew, d.unrolled);
            REQUIRE(d.due.serial == g.serial, "tribunal %s: rolled", as);
        } else {
            REQUIRE(d.due.serial == d.unrolled.serial, "tribunal %s", as);
        }
        REQUIRE(foi_deadline_compute(&d, ico, a, &o) == FOI_OK, "ico %s", as);
        REQUIRE(d.due.serial == a.serial + 42 && !(d.notes & FOI_NOTE_ROLLED), "ico %s", as);

        foi_date m;
        foi_date_add_months(&m, a, 6);
        REQUIRE(foi_deadline_compute(&d, sic, a, &o) == FOI_OK, "sic %s", as);
        REQUIRE(d.due.serial == m.serial, "sic %s", as);
        /* "Three months beginning with" the notice: the day before the
         * corresponding date, or the month's last day when it has none. */
        foi_date_add_months(&m, a, 3);
        int ay, am, ad, my, mm, md;
        foi_date_to_ymd(a, &ay, &am, &ad);
        foi_date_to_ymd(m, &my, &mm, &md);
        int32_t fee_end = md == ad ? m.serial - 1 : m.serial;
        REQUIRE(foi_deadline_compute(&d, fee, a, &o) == FOI_OK, "fee %s", as);
        REQUIRE(d.due.serial == fee_end && d.corresponding.serial == m.serial, "fee %s", as);
        REQUIRE(foi_deadline_compute(&d, sfee, a, &o) == FOI_OK, "foisa fee %s", as);
        REQUIRE(d.due.serial == fee_end, "foisa fee %s", as);

        /* FOISA s.20(5) without a response: 20 + 40 working days. */
        foi_date r20, r60;
        foi_calendar_add(&r20, sc, a, 20);
        foi_calendar_add(&r60, sc, a, 60);
        REQUIRE(foi_deadline_compute(&d, fr, a, &o) == FOI_OK, "foisa review %s", as);
        REQUIRE(d.start.serial == r20.serial && d.due.serial == r60.serial, "foisa review %s", as);
        /* An answer given from 7 April to 26 May 2020 to a request received
         * by then was governed by the Coronavirus (Scotland) Act 2020's 60
         * working days (tests/unit/test_bands.c); these properties are of
         * the 20. */
        foi_deadline_options ro = o;
        ro.has_response = 1;
        ro.response.serial = a.serial + 3;
        int32_t covid_from = 0, covid_to = 0;
        {
            foi_date f, t;
            foi_date_from_ymd(&f, 2020, 4, 7);
            foi_date_from_ymd(&t, 2020, 5, 26);
            covid_from = f.serial;
            covid_to = t.serial;
        }
#define COVID_ANSWER(r) (a.serial <= covid_to && (r).serial >= covid_from && (r).serial <= covid_to)
        if (ro.response.serial < r20.serial && !COVID_ANSWER(ro.response)) {
            REQUIRE(foi_deadline_compute(&d, fr, a, &ro) == FOI_OK, "foisa early %s", as);
            foi_date safer;
            foi_calendar_add(&safer, sc, ro.response, 40);
            REQUIRE(d.due.serial == r60.serial && (d.notes & FOI_NOTE_SAFER_EARLIER) &&
                        d.safer.serial == safer.serial && d.safer.serial < d.due.serial,
                    "foisa early %s", as);
        }
        /* a late response: 40 WD after it */
        ro.response.serial = r20.serial + 5;
        REQUIRE(foi_deadline_compute(&d, fr, a, &ro) == FOI_OK, "foisa late %s", as);
        foi_date late;
        foi_calendar_add(&late, sc, ro.response, 40);
        if (!COVID_ANSWER(ro.response))
            REQUIRE(d.start.serial == ro.response.serial && d.due.serial == late.serial &&
                        (d.notes & FOI_NOTE_LATE_RESPONSE),
                    "foisa late %s", as);
        else
            REQUIRE(!(d.notes & FOI_NOTE_LATE_RESPONSE) && d.start.serial > ro.response.serial,
                    "foisa covid %s", as);
#undef COVID_ANSWER

        /* schools without a school calendar: 60 WD on uk */
        foi_date b60;
        foi_calendar_add(&b60, cal(FOI_CAL_UK), a, 60);
        REQUIRE(foi_deadline_compute(&d, sch, a, &o) == FOI_OK, "schools %s", as);
        REQUIRE(d.due.serial == b60.serial && d.backstop_due.serial == b60.serial &&
                    (d.notes & FOI_NOTE_NO_SCHOOL_CALENDAR),
                "schools %s", as);
    }
}
END_TEST

START_TEST(test_property_status)
{
    /* For every receipt day of 2019 and every day from receipt to 30 days
     * past the due date, the status agrees with the calendar's own count. */
    const foi_rule *r = rule("foia.response");
    const foi_calendar *c = cal(FOI_CAL_UK);
    foi_deadline_options o = opts0();
    for (foi_date a = D(2019, 1, 1); a.serial <= D(2019, 12, 31).serial; a.serial++) {
        foi_deadline d;
        REQUIRE(foi_deadline_compute(&d, r, a, &o) == FOI_OK, "compute");
        for (foi_date t = a; t.serial <= d.due.serial + 30; t.serial++) {
            foi_status s;
            REQUIRE(foi_deadline_status(&s, &d, t, NULL) == FOI_OK, "status");
            int k;
            foi_calendar_count(&k, c, t, d.due);
            char b[FOI_DATE_ISO_SIZE], e[FOI_DATE_ISO_SIZE];
            if (t.serial < d.due.serial)
                REQUIRE(s.state == FOI_STATE_PENDING && s.remaining == k,
                        "from %s on %s: state %d remaining %d, want %d", iso(a, b), iso(t, e),
                        s.state, s.remaining, k);
            else if (t.serial == d.due.serial)
                REQUIRE(s.state == FOI_STATE_DUE_TODAY, "due today");
            else
                REQUIRE(s.state == FOI_STATE_OVERDUE && s.overdue == -k &&
                            s.overdue_days == t.serial - d.due.serial,
                        "from %s on %s: overdue %d/%d", iso(a, b), iso(t, e), s.overdue,
                        s.overdue_days);
            /* done on day t */
            REQUIRE(foi_deadline_status(&s, &d, d.due, &t) == FOI_OK, "status done");
            if (t.serial <= d.due.serial)
                REQUIRE(s.state == FOI_STATE_MET && s.early == k, "met early %d want %d", s.early,
                        k);
            else
                REQUIRE(s.state == FOI_STATE_MISSED && s.late == -k, "missed late %d want %d",
                        s.late, -k);
        }
    }
}
END_TEST

/* Which rule plays each role under each regime (rules.md section 6, and
 * EIR reg 18 / EISR reg 17 for the regulator and tribunal they borrow). */
START_TEST(test_rule_for)
{
    static const struct {
        foi_regime regime;
        foi_role role;
        const char *id; /* NULL: the regime has none */
    } want[] = {
        {FOI_REGIME_FOIA, FOI_ROLE_RESPONSE, "foia.response"},
        {FOI_REGIME_FOIA, FOI_ROLE_EXTENDED, "foia.pit-extension"},
        {FOI_REGIME_FOIA, FOI_ROLE_PUBLIC_RECORDS, "foia.public-records"},
        {FOI_REGIME_FOIA, FOI_ROLE_SCHOOLS, "foia.schools"},
        {FOI_REGIME_FOIA, FOI_ROLE_FEE_PERIOD, "foia.fee-period"},
        {FOI_REGIME_FOIA, FOI_ROLE_REVIEW_REQUEST, "foia.review-request"},
        {FOI_REGIME_FOIA, FOI_ROLE_REVIEW_RESPONSE, "foia.review-response"},
        {FOI_REGIME_FOIA, FOI_ROLE_REVIEW_MAX, "foia.review-max"},
        {FOI_REGIME_FOIA, FOI_ROLE_COMPLAINT, "foia.ico-complaint"},
        {FOI_REGIME_FOIA, FOI_ROLE_APPEAL, "foia.tribunal-appeal"},
        {FOI_REGIME_EIR, FOI_ROLE_RESPONSE, "eir.response"},
        {FOI_REGIME_EIR, FOI_ROLE_EXTENDED, "eir.extended"},
        {FOI_REGIME_EIR, FOI_ROLE_FEE_PERIOD, "eir.fee-period"},
        {FOI_REGIME_EISR, FOI_ROLE_FEE_PERIOD, "eisr.fee-period"},
        {FOI_REGIME_FOIA, FOI_ROLE_ARMED_FORCES, "foia.armed-forces"},
        {FOI_REGIME_FOIA, FOI_ROLE_OUTSIDE_UK, "foia.outside-uk"},
        {FOI_REGIME_EIR, FOI_ROLE_ARMED_FORCES, NULL},
        {FOI_REGIME_FOISA, FOI_ROLE_OUTSIDE_UK, NULL},
        {FOI_REGIME_EIR, FOI_ROLE_REVIEW_REQUEST, "eir.review-request"},
        {FOI_REGIME_EIR, FOI_ROLE_REVIEW_RESPONSE, "eir.review-response"},
        {FOI_REGIME_EIR, FOI_ROLE_REVIEW_MAX, NULL},
        {FOI_REGIME_EIR, FOI_ROLE_COMPLAINT, "foia.ico-complaint"},
        {FOI_REGIME_EIR, FOI_ROLE_APPEAL, "foia.tribunal-appeal"},
        {FOI_REGIME_FOISA, FOI_ROLE_RESPONSE, "foisa.response"},
        {FOI_REGIME_FOISA, FOI_ROLE_EXTENDED, NULL},
        {FOI_REGIME_FOISA, FOI_ROLE_FEE_PERIOD, "foisa.fee-period"},
        {FOI_REGIME_FOISA, FOI_ROLE_REVIEW_REQUEST, "foisa.review-request"},
        {FOI_REGIME_FOISA, FOI_ROLE_REVIEW_RESPONSE, "foisa.review-response"},
        {FOI_REGIME_FOISA, FOI_ROLE_COMPLAINT, "foisa.sic-application"},
        {FOI_REGIME_FOISA, FOI_ROLE_APPEAL, NULL},
        {FOI_REGIME_FOISA, FOI_ROLE_PUBLIC_RECORDS, "foisa.keeper"},
        {FOI_REGIME_FOISA, FOI_ROLE_PUBLIC_RECORDS_REVIEW, "foisa.keeper-review"},
        /* in force only for a while: chosen by date (foi_rule_for_date) */
        {FOI_REGIME_FOISA, FOI_ROLE_SCHOOLS, NULL},
        {FOI_REGIME_FOISA, FOI_ROLE_SCHOOLS_REVIEW, NULL},
        {FOI_REGIME_FOIA, FOI_ROLE_SCHOOLS_REVIEW, NULL},
        {FOI_REGIME_FOIA, FOI_ROLE_PUBLIC_RECORDS_REVIEW, NULL},
        {FOI_REGIME_EISR, FOI_ROLE_RESPONSE, "eisr.response"},
        {FOI_REGIME_EISR, FOI_ROLE_EXTENDED, "eisr.extended"},
        {FOI_REGIME_EISR, FOI_ROLE_REVIEW_REQUEST, "eisr.review-request"},
        {FOI_REGIME_EISR, FOI_ROLE_REVIEW_RESPONSE, "eisr.review-response"},
        {FOI_REGIME_EISR, FOI_ROLE_COMPLAINT, "foisa.sic-application"},
        {FOI_REGIME_EISR, FOI_ROLE_APPEAL, NULL},
        {FOI_REGIME_SAR, FOI_ROLE_RESPONSE, "sar.response"},
        {FOI_REGIME_SAR, FOI_ROLE_EXTENDED, "sar.extended"},
        {FOI_REGIME_SAR, FOI_ROLE_REVIEW_REQUEST, NULL},
        {FOI_REGIME_SAR, FOI_ROLE_COMPLAINT, NULL},
    };
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        const foi_rule *r = NULL;
        int rc = foi_rule_for(&r, want[i].regime, want[i].role);
        if (!want[i].id) {
            ck_assert_msg(rc == FOI_ENOTFOUND && r == NULL, "%s %s: %d",
                          foi_regime_name(want[i].regime), foi_role_name(want[i].role), rc);
            continue;
        }
        ck_assert_msg(rc == FOI_OK, "%s %s: %s", foi_regime_name(want[i].regime),
                      foi_role_name(want[i].role), foi_error_last());
        ck_assert_str_eq(r->id, want[i].id);
        ck_assert_int_eq(r->role, want[i].role);
    }
    /* Every rule of the table has a role, and its own regime finds it: by
     * role alone, or for a rule in force only for a while, by a date in
     * its band. */
    for (size_t i = 0; i < foi_rules_count(); i++) {
        const foi_rule *r = foi_rule_at(i), *found = NULL;
        ck_assert_msg(r->role > FOI_ROLE_NONE && r->role < FOI_ROLE_COUNT, "%s has no role", r->id);
        ck_assert_str_ne(foi_role_name(r->role), "");
        if (r->in_force_from.serial || r->in_force_until.serial)
            ck_assert_int_eq(
                foi_rule_for_date(&found, r->regime, r->role,
                                  r->in_force_from.serial ? r->in_force_from : r->in_force_until),
                FOI_OK);
        else
            ck_assert_int_eq(foi_rule_for(&found, r->regime, r->role), FOI_OK);
        ck_assert_ptr_eq(found, r);
    }
    const foi_rule *r = NULL;
    ck_assert_int_eq(foi_rule_for(NULL, FOI_REGIME_FOIA, FOI_ROLE_RESPONSE), FOI_EINVAL);
    ck_assert_int_eq(foi_rule_for(&r, (foi_regime)FOI_REGIME_COUNT, FOI_ROLE_RESPONSE), FOI_EINVAL);
    ck_assert_int_eq(foi_rule_for(&r, FOI_REGIME_FOIA, FOI_ROLE_NONE), FOI_EINVAL);
    ck_assert_int_eq(foi_rule_for(&r, FOI_REGIME_FOIA, FOI_ROLE_COUNT), FOI_EINVAL);
    ck_assert_ptr_null(r);
    ck_assert_int_eq(foi_rule_for(&r, FOI_REGIME_SAR, FOI_ROLE_APPEAL), FOI_ENOTFOUND);
    ck_assert_str_eq(foi_error_last(), "sar has no appeal time limit");
    ck_assert_str_eq(foi_role_name(FOI_ROLE_NONE), "");
    ck_assert_str_eq(foi_role_name(FOI_ROLE_COUNT), "");
    ck_assert_str_eq(foi_role_name(FOI_ROLE_REVIEW_RESPONSE), "review-response");
}
END_TEST

static Suite *rules_suite(void)
{
    Suite *s = suite_create("rules");
    TCase *tc = tcase_create("table");
    tcase_add_loop_test(tc, test_rules_table, 0, (int)N_RULE_ROWS);
    tcase_add_test(tc, test_rules_enumeration);
    tcase_add_test(tc, test_rule_find_errors);
    tcase_add_test(tc, test_rule_for);
    tcase_add_test(tc, test_names);
    tcase_add_test(tc, test_unit_and_ordinal_words);
    tcase_add_test(tc, test_options_init);
    suite_add_tcase(s, tc);

    tc = tcase_create("examples");
    tcase_add_test(tc, test_example_easter_2018);
    tcase_add_test(tc, test_example_receipt_on_saturday);
    tcase_add_test(tc, test_example_eir_extended);
    tcase_add_test(tc, test_example_sar);
    tcase_add_test(tc, test_example_fees_notice);
    tcase_add_test(tc, test_example_calendar_days);
    suite_add_tcase(s, tc);

    tc = tcase_create("holidays");
    tcase_add_loop_test(tc, test_holiday_cases, 0, (int)(sizeof hcases / sizeof *hcases));
    tcase_add_loop_test(tc, test_tribunal_grace, 0, (int)(sizeof tribunal / sizeof *tribunal));
    tcase_add_loop_test(tc, test_foia_versus_foisa, 0, (int)(sizeof versus / sizeof *versus));
    suite_add_tcase(s, tc);

    tc = tcase_create("receipt");
    tcase_add_loop_test(tc, test_receipt_rules, 0, (int)(sizeof rcases / sizeof *rcases));
    tcase_add_test(tc, test_receipt_rule_not_for_other_anchors);
    suite_add_tcase(s, tc);

    tc = tcase_create("pause");
    tcase_add_test(tc, test_pause_working_days);
    tcase_add_test(tc, test_pause_across_holidays);
    tcase_add_test(tc, test_pause_with_receipt_on_weekend);
    tcase_add_test(tc, test_pause_months);
    tcase_add_test(tc, test_pause_errors);
    suite_add_tcase(s, tc);

    tc = tcase_create("schools");
    tcase_add_test(tc, test_schools);
    tcase_add_test(tc, test_schools_unsorted_duplicates);
    tcase_add_test(tc, test_schools_backstop);
    suite_add_tcase(s, tc);

    tc = tcase_create("foisa");
    tcase_add_test(tc, test_foisa_review_request);
    tcase_add_test(tc, test_foisa_review_request_receipt_and_pause);
    suite_add_tcase(s, tc);

    tc = tcase_create("status");
    tcase_add_test(tc, test_status_working_days);
    tcase_add_test(tc, test_status_by_calendar);
    tcase_add_test(tc, test_status_calendar_days);
    suite_add_tcase(s, tc);

    tc = tcase_create("data");
    tcase_add_test(tc, test_provisional_and_range);
    tcase_add_test(tc, test_custom_calendars);
    suite_add_tcase(s, tc);

    tc = tcase_create("properties");
    tcase_set_timeout(tc, 600);
    tcase_add_loop_test(tc, test_property_working_day_rules, 0, N_WD_RULES);
    tcase_add_test(tc, test_property_uk_versus_scotland);
    tcase_add_loop_test(tc, test_property_sar, 0, 8);
    tcase_add_test(tc, test_property_other_rules);
    tcase_add_test(tc, test_property_status);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    Suite *s[] = {rules_suite()};
    return run_suites(s, 1);
}
