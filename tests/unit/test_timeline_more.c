/*
 * Unit tests of src/lib/timeline.c: which deadlines a case has under each
 * regime, in what order, with which notes, paused and extended entries,
 * their statuses, and cases whose later deadlines leave the calendars.
 */
#include <string.h>

#include "testutil.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define NO -999

/* A case as day offsets from Monday 15 October 2018 (NO: not given). */
struct tcase {
    const char *name;
    foi_regime regime;
    int ev[FOI_EVENT_COUNT]; /* received, clar req, clar rec, fee notice, fee paid,
                                responded, review req, review resp, decision notice */
    int pit, school;
    const char *rules; /* the rule ids in timeline order, space separated */
    const char *note;  /* a substring of some entry's note, or NULL */
};

static const struct tcase cases[] = {
    {"FOIA received",
     FOI_REGIME_FOIA,
     {0, NO, NO, NO, NO, NO, NO, NO, NO},
     0,
     0,
     "foia.response",
     NULL},
    {"FOIA answered",
     FOI_REGIME_FOIA,
     {0, NO, NO, NO, NO, 16, NO, NO, NO},
     0,
     0,
     "foia.response foia.review-request",
     NULL},
    {"FOIA to the tribunal",
     FOI_REGIME_FOIA,
     {0, NO, NO, NO, NO, 16, 20, 35, 120},
     0,
     0,
     "foia.response foia.review-response foia.review-request foia.ico-complaint "
     "foia.review-max foia.tribunal-appeal",
     NULL},
    {"FOIA extension",
     FOI_REGIME_FOIA,
     {0, NO, NO, NO, NO, NO, NO, NO, NO},
     1,
     0,
     "foia.response foia.pit-extension",
     "An extension was claimed"},
    {"FOIA awaiting clarification",
     FOI_REGIME_FOIA,
     {0, 3, NO, NO, NO, NO, NO, NO, NO},
     1,
     0,
     "foia.response foia.pit-extension",
     "until the requester's clarification arrives"},
    {"FOIA restarted",
     FOI_REGIME_FOIA,
     {0, 3, 6, NO, NO, NO, NO, NO, NO},
     1,
     0,
     "foia.response foia.pit-extension",
     "the clock restarted"},
    {"FOIA awaiting the fee",
     FOI_REGIME_FOIA,
     {0, NO, NO, 5, NO, NO, NO, NO, NO},
     0,
     0,
     "foia.fee-period foia.response",
     "until the fee arrives"},
    {"FOIA fee paid",
     FOI_REGIME_FOIA,
     {0, NO, NO, 5, 12, NO, NO, NO, NO},
     0,
     0,
     "foia.response foia.fee-period",
     NULL},
    {"FOIA school",
     FOI_REGIME_FOIA,
     {0, NO, NO, NO, NO, NO, NO, NO, NO},
     0,
     1,
     "foia.schools",
     "No school calendar given"},
    {"EIR answered late",
     FOI_REGIME_EIR,
     {0, NO, NO, NO, NO, 40, 45, NO, NO},
     1,
     0,
     "eir.response eir.extended eir.review-request eir.review-response",
     NULL},
    {"EIR decision notice",
     FOI_REGIME_EIR,
     {0, NO, NO, NO, NO, 10, 12, 20, 50},
     0,
     0,
     "eir.response foia.ico-complaint eir.review-request eir.review-response "
     "foia.tribunal-appeal",
     NULL},
    {"FOISA unanswered",
     FOI_REGIME_FOISA,
     {0, NO, NO, NO, NO, NO, NO, NO, NO},
     0,
     0,
     "foisa.response foisa.review-request",
     NULL},
    {"FOISA answered early",
     FOI_REGIME_FOISA,
     {0, NO, NO, NO, NO, 3, NO, NO, NO},
     0,
     0,
     "foisa.response foisa.review-request",
     "asking within 40 working days of it"},
    {"FOISA awaiting the fee",
     FOI_REGIME_FOISA,
     {0, NO, NO, 2, NO, NO, NO, NO, NO},
     0,
     0,
     "foisa.fee-period foisa.response foisa.review-request",
     "until the fee arrives"},
    {"FOISA review answered",
     FOI_REGIME_FOISA,
     {0, NO, NO, NO, NO, 10, 15, 30, NO},
     0,
     0,
     "foisa.response foisa.review-response foisa.review-request foisa.sic-application",
     NULL},
    {"EISR review unanswered",
     FOI_REGIME_EISR,
     {0, NO, NO, NO, NO, 10, 15, NO, NO},
     1,
     0,
     "eisr.response eisr.review-response eisr.extended eisr.review-request "
     "foisa.sic-application",
     "no review outcome has been given"},
    {"SAR received",
     FOI_REGIME_SAR,
     {0, NO, NO, NO, NO, NO, NO, NO, NO},
     1,
     0,
     "sar.response sar.extended",
     NULL},
    /* Received in 2018, before the ICO's guidance of 21 October 2020 let a
     * controller stop the clock for clarification: the month runs on. */
    {"SAR awaiting clarification",
     FOI_REGIME_SAR,
     {0, 2, NO, NO, NO, NO, NO, NO, NO},
     0,
     0,
     "sar.response",
     "asking for clarification did not change the time limit"},
    {"SAR clarified",
     FOI_REGIME_SAR,
     {0, 2, 9, NO, NO, NO, NO, NO, NO},
     0,
     0,
     "sar.response",
     NULL},
};

START_TEST(test_cases)
{
    const struct tcase *k = &cases[_i];
    foi_case c;
    foi_case_init(&c, k->regime);
    c.pit_extension = k->pit;
    c.school = k->school;
    /* The table gives the first nine events; later ones are tested apart. */
    for (int e = 0; e <= FOI_EVENT_DECISION_NOTICE; e++)
        if (k->ev[e] != NO)
            foi_case_set(&c, (foi_event)e, (foi_date){D(2018, 10, 15).serial + k->ev[e]});
    foi_timeline *t;
    ck_assert_msg(foi_timeline_compute(&t, &c) == FOI_OK, "%s: %s", k->name, foi_error_last());

    char got[512] = "";
    int noted = k->note == NULL;
    for (size_t i = 0; i < foi_timeline_count(t); i++) {
        const foi_timeline_entry *e = foi_timeline_entry_at(t, i);
        strcat(got, i ? " " : "");
        strcat(got, e->deadline.rule->id);
        if (k->note && e->note && strstr(e->note, k->note))
            noted = 1;
        foi_status s;
        ck_assert_int_eq(foi_timeline_status(&s, t, i, D(2018, 11, 1)), FOI_OK);
        if (e->paused) {
            ck_assert_int_eq(s.state, FOI_STATE_PAUSED);
        } else if (e->extended) {
            ck_assert_int_eq(s.state, FOI_STATE_EXTENDED);
        } else {
            /* Each entry is its rule's deadline from the entry's anchor. */
            foi_deadline alone;
            foi_deadline_options o;
            foi_deadline_options_init(&o);
            o.division = e->deadline.rule->division_calendar ? c.division : 0;
            o.has_pause = (e->deadline.notes & FOI_NOTE_PAUSED) != 0;
            if (o.has_pause && k->regime == FOI_REGIME_SAR) {
                o.pause_from = c.events[FOI_EVENT_CLARIFICATION_REQUESTED];
                o.pause_to = c.events[FOI_EVENT_CLARIFICATION_RECEIVED];
            } else if (o.has_pause) {
                o.pause_from = c.events[FOI_EVENT_FEE_NOTICE];
                o.pause_to = c.events[FOI_EVENT_FEE_PAID];
            }
            o.has_response = e->deadline.rule->anchor == FOI_ANCHOR_RESPONSE_PERIOD &&
                             c.has[FOI_EVENT_RESPONDED];
            o.response = c.events[FOI_EVENT_RESPONDED];
            o.school_days = c.school_days;
            ck_assert_int_eq(foi_deadline_compute(&alone, e->deadline.rule, e->deadline.anchor, &o),
                             FOI_OK);
            ck_assert_msg(alone.due.serial == e->deadline.due.serial, "%s: %s", k->name,
                          e->deadline.rule->id);
        }
    }
    ck_assert_msg(strcmp(got, k->rules) == 0, "%s: got \"%s\", want \"%s\"", k->name, got,
                  k->rules);
    ck_assert_msg(noted, "%s: no note with \"%s\"", k->name, k->note);
    foi_timeline_free(t);
}
END_TEST

START_TEST(test_event_names)
{
    for (int e = 0; e < FOI_EVENT_COUNT; e++) {
        foi_event back = FOI_EVENT_COUNT;
        ck_assert_int_eq(foi_event_from_name(&back, foi_event_name((foi_event)e)), FOI_OK);
        ck_assert_int_eq(back, e);
    }
    foi_event back = FOI_EVENT_RECEIVED;
    ck_assert_int_eq(foi_event_from_name(&back, "answered"), FOI_ENOTFOUND);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "'answered'"));
    ck_assert_int_eq(foi_event_from_name(&back, NULL), FOI_EINVAL);
    ck_assert_int_eq(back, FOI_EVENT_RECEIVED);
}
END_TEST

START_TEST(test_more_conflicts)
{
    foi_case c;
    foi_timeline *t = NULL;
    /* A fees notice after the response. */
    foi_case_init(&c, FOI_REGIME_FOIA);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2018, 10, 15));
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2018, 10, 20));
    foi_case_set(&c, FOI_EVENT_FEE_NOTICE, D(2018, 10, 25));
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_ECONFLICT);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "fee_notice (2018-10-25) is after responded"));
    /* A fees notice before the clarification that restarted the clock. */
    foi_case_init(&c, FOI_REGIME_FOISA);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2018, 10, 15));
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_REQUESTED, D(2018, 10, 16));
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_RECEIVED, D(2018, 10, 22));
    foi_case_set(&c, FOI_EVENT_FEE_NOTICE, D(2018, 10, 18));
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_ECONFLICT);
    ck_assert_ptr_null(t);
}
END_TEST

/* Cases whose deadlines run off the end of the calendars: each must either
 * come out whole or fail with FOI_ERANGE, never half-built. */
START_TEST(test_near_the_end_of_the_calendars)
{
    static const int offsets[FOI_EVENT_COUNT] = {0, NO, NO, NO, NO, 10, 12, 30, 45, NO, NO};
    for (int regime = 0; regime < FOI_REGIME_COUNT; regime++) {
        for (int back = 0; back < 200; back += 3) {
            for (int stop = 1; stop <= FOI_EVENT_COUNT; stop++) {
                foi_case c;
                foi_case_init(&c, (foi_regime)regime);
                /* FOISA has no extension to claim (a case claiming one is
                 * refused). */
                c.pit_extension = back % 2 && regime != FOI_REGIME_FOISA;
                foi_date base = {D(2199, 12, 31).serial - back};
                for (int e = 0; e < stop; e++)
                    if (offsets[e] != NO)
                        foi_case_set(&c, (foi_event)e, (foi_date){base.serial + offsets[e]});
                foi_timeline *t = NULL;
                int rc = foi_timeline_compute(&t, &c);
                REQUIRE(rc == FOI_OK || rc == FOI_ERANGE, "regime %d, %d back: %d (%s)", regime,
                        back, rc, foi_error_last());
                REQUIRE((rc == FOI_OK) == (t != NULL), "a timeline and a failure");
                foi_timeline_free(t);
            }
        }
    }
}
END_TEST

/* Events far beyond the calendars (valid dates all the same): deadlines
 * counted in months or days from them leave the years a date can have. */
START_TEST(test_events_far_in_the_future)
{
    static const struct {
        foi_regime regime;
        foi_event event;
    } late[] = {
        {FOI_REGIME_FOIA, FOI_EVENT_FEE_NOTICE},
        {FOI_REGIME_FOIA, FOI_EVENT_REVIEW_RESPONDED},
        {FOI_REGIME_FOISA, FOI_EVENT_REVIEW_RESPONDED},
        {FOI_REGIME_EIR, FOI_EVENT_DECISION_NOTICE},
    };
    for (size_t i = 0; i < COUNT(late); i++) {
        foi_case c;
        foi_case_init(&c, late[i].regime);
        foi_case_set(&c, FOI_EVENT_RECEIVED, D(2018, 10, 15));
        if (late[i].event != FOI_EVENT_FEE_NOTICE) {
            foi_case_set(&c, FOI_EVENT_RESPONDED, D(2018, 10, 20));
            foi_case_set(&c, FOI_EVENT_REVIEW_REQUESTED, D(2018, 10, 25));
        }
        if (late[i].event == FOI_EVENT_DECISION_NOTICE)
            foi_case_set(&c, FOI_EVENT_REVIEW_RESPONDED, D(2018, 11, 1));
        foi_case_set(&c, late[i].event, D(9999, 12, 20));
        foi_timeline *t = NULL;
        ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_ERANGE);
        ck_assert_ptr_null(t);
        ck_assert_ptr_nonnull(strstr(foi_error_last(), "0001..9999"));
    }
}
END_TEST

START_TEST(test_status_outside_the_calendars)
{
    foi_case c;
    foi_timeline *t;
    foi_case_init(&c, FOI_REGIME_FOIA);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2018, 10, 15));
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_OK);
    foi_status s;
    ck_assert_int_eq(foi_timeline_status(&s, t, 0, D(2300, 1, 1)), FOI_ERANGE);
    ck_assert_int_eq(foi_timeline_status(&s, t, 1, D(2018, 11, 1)), FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "entry 1 does not exist"));
    foi_timeline_free(t);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("timeline");
    TCase *tc = tcase_create("cases");
    tcase_add_loop_test(tc, test_cases, 0, COUNT(cases));
    tcase_add_test(tc, test_event_names);
    tcase_add_test(tc, test_more_conflicts);
    suite_add_tcase(s, tc);
    tc = tcase_create("limits");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_near_the_end_of_the_calendars);
    tcase_add_test(tc, test_events_far_in_the_future);
    tcase_add_test(tc, test_status_outside_the_calendars);
    suite_add_tcase(s, tc);
    return run_suites(&s, 1);
}
