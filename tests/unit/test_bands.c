/*
 * Unit tests of rules in force for a period (bands) and the Scottish rules
 * that have them or sit beside them: the Coronavirus (Scotland) Act 2020
 * limits, the Keeper of the Records of Scotland, and Scottish grant-aided
 * and independent special schools. Every expected date is counted by hand
 * on the Scottish calendar (FOISA s.73: Scottish bank holidays only), and
 * each group pins a day that another calendar would treat differently.
 */
#include <string.h>

#include "internal.h"
#include "testutil.h"

static const foi_rule *rule(const char *id)
{
    const foi_rule *r = NULL;
    ck_assert_msg(foi_rule_find(&r, id) == FOI_OK, "%s: %s", id, foi_error_last());
    return r;
}

static foi_deadline due_of(const char *id, foi_date anchor, const foi_deadline_options *o)
{
    foi_deadline d;
    ck_assert_msg(foi_deadline_compute(&d, rule(id), anchor, o) == FOI_OK, "%s: %s", id,
                  foi_error_last());
    return d;
}

static const char *for_date(foi_regime regime, foi_role role, foi_date received)
{
    const foi_rule *r = NULL;
    int rc = foi_rule_for_date(&r, regime, role, received);
    return rc == FOI_OK ? r->id : NULL;
}

/* ---- choosing a rule by the date of receipt: both sides of each edge ---- */

START_TEST(test_rule_for_date_boundaries)
{
    /* The Coronavirus (Scotland) Act 2020 received Royal Assent on 6 April
     * 2020 and took effect on 7 April; the Coronavirus (Scotland) (No.2) Act
     * 2020 sch.4 para 11 repealed the FOISA limits with effect from 27 May
     * 2020 (Royal Assent 26 May). */
    ck_assert_str_eq(for_date(FOI_REGIME_FOISA, FOI_ROLE_RESPONSE, D(2020, 4, 6)),
                     "foisa.response");
    ck_assert_str_eq(for_date(FOI_REGIME_FOISA, FOI_ROLE_RESPONSE, D(2020, 4, 7)),
                     "foisa.covid-response");
    ck_assert_str_eq(for_date(FOI_REGIME_FOISA, FOI_ROLE_RESPONSE, D(2020, 5, 26)),
                     "foisa.covid-response");
    ck_assert_str_eq(for_date(FOI_REGIME_FOISA, FOI_ROLE_RESPONSE, D(2020, 5, 27)),
                     "foisa.response");
    ck_assert_str_eq(for_date(FOI_REGIME_FOISA, FOI_ROLE_REVIEW_RESPONSE, D(2020, 4, 6)),
                     "foisa.review-response");
    ck_assert_str_eq(for_date(FOI_REGIME_FOISA, FOI_ROLE_REVIEW_RESPONSE, D(2020, 4, 7)),
                     "foisa.covid-review");
    ck_assert_str_eq(for_date(FOI_REGIME_FOISA, FOI_ROLE_REVIEW_RESPONSE, D(2020, 5, 26)),
                     "foisa.covid-review");
    ck_assert_str_eq(for_date(FOI_REGIME_FOISA, FOI_ROLE_REVIEW_RESPONSE, D(2020, 5, 27)),
                     "foisa.review-response");
    /* FOISA has no extension outside the band. */
    ck_assert_ptr_null(for_date(FOI_REGIME_FOISA, FOI_ROLE_EXTENDED, D(2020, 4, 6)));
    ck_assert_msg(strstr(foi_error_last(), "foisa.covid-extension") != NULL, "%s",
                  foi_error_last());
    ck_assert_str_eq(for_date(FOI_REGIME_FOISA, FOI_ROLE_EXTENDED, D(2020, 4, 7)),
                     "foisa.covid-extension");
    ck_assert_str_eq(for_date(FOI_REGIME_FOISA, FOI_ROLE_EXTENDED, D(2020, 5, 26)),
                     "foisa.covid-extension");
    ck_assert_ptr_null(for_date(FOI_REGIME_FOISA, FOI_ROLE_EXTENDED, D(2020, 5, 27)));
    /* The Scottish schools regulations: in force from 1 December 2016. */
    ck_assert_ptr_null(for_date(FOI_REGIME_FOISA, FOI_ROLE_SCHOOLS, D(2016, 11, 30)));
    ck_assert_msg(strstr(foi_error_last(), "1 December 2016") != NULL, "%s", foi_error_last());
    ck_assert_str_eq(for_date(FOI_REGIME_FOISA, FOI_ROLE_SCHOOLS, D(2016, 12, 1)), "foisa.schools");
    ck_assert_ptr_null(for_date(FOI_REGIME_FOISA, FOI_ROLE_SCHOOLS_REVIEW, D(2016, 11, 30)));
    ck_assert_str_eq(for_date(FOI_REGIME_FOISA, FOI_ROLE_SCHOOLS_REVIEW, D(2016, 12, 1)),
                     "foisa.schools-review");
    /* Rules without a band are in force whatever the date. */
    ck_assert_str_eq(for_date(FOI_REGIME_FOIA, FOI_ROLE_SCHOOLS, D(2016, 11, 30)), "foia.schools");
    ck_assert_str_eq(for_date(FOI_REGIME_FOISA, FOI_ROLE_PUBLIC_RECORDS, D(2005, 1, 1)),
                     "foisa.keeper");
    ck_assert_str_eq(for_date(FOI_REGIME_FOISA, FOI_ROLE_PUBLIC_RECORDS_REVIEW, D(2030, 1, 1)),
                     "foisa.keeper-review");
    ck_assert_str_eq(for_date(FOI_REGIME_FOIA, FOI_ROLE_PUBLIC_RECORDS, D(2020, 4, 20)),
                     "foia.public-records");
    /* EISR: no school or transferred-records rule at all. */
    ck_assert_ptr_null(for_date(FOI_REGIME_EISR, FOI_ROLE_SCHOOLS, D(2020, 1, 6)));
    ck_assert_str_eq(foi_error_last(), "eisr has no schools time limit");
    /* Without a date, the rule always in force. */
    const foi_rule *r = NULL;
    ck_assert_int_eq(foi_rule_for(&r, FOI_REGIME_FOISA, FOI_ROLE_RESPONSE), FOI_OK);
    ck_assert_str_eq(r->id, "foisa.response");
    ck_assert_int_eq(foi_rule_for(&r, FOI_REGIME_FOISA, FOI_ROLE_EXTENDED), FOI_ENOTFOUND);
    /* Bad arguments. */
    ck_assert_int_eq(foi_rule_for_date(NULL, FOI_REGIME_FOISA, FOI_ROLE_RESPONSE, D(2020, 4, 7)),
                     FOI_EINVAL);
    foi_date bad = {FOI_DATE_MAX_SERIAL + 1};
    ck_assert_int_eq(foi_rule_for_date(&r, FOI_REGIME_FOISA, FOI_ROLE_RESPONSE, bad), FOI_EINVAL);
    ck_assert_int_eq(
        foi_rule_for_date(&r, (foi_regime)FOI_REGIME_COUNT, FOI_ROLE_RESPONSE, D(2020, 4, 7)),
        FOI_EINVAL);
    ck_assert_int_eq(foi_rule_for_date(&r, FOI_REGIME_FOISA, FOI_ROLE_COUNT, D(2020, 4, 7)),
                     FOI_EINVAL);
}
END_TEST

START_TEST(test_in_force)
{
    const foi_rule *covid = rule("foisa.covid-response"), *school = rule("foisa.schools");
    ck_assert_int_eq(foi_rule_in_force(covid, D(2020, 4, 6)), 0);
    ck_assert_int_eq(foi_rule_in_force(covid, D(2020, 4, 7)), 1);
    ck_assert_int_eq(foi_rule_in_force(covid, D(2020, 5, 26)), 1);
    ck_assert_int_eq(foi_rule_in_force(covid, D(2020, 5, 27)), 0);
    ck_assert_int_eq(foi_rule_in_force(school, D(2016, 11, 30)), 0);
    ck_assert_int_eq(foi_rule_in_force(school, D(2016, 12, 1)), 1);
    ck_assert_int_eq(foi_rule_in_force(school, D(2099, 12, 31)), 1);
    ck_assert_int_eq(foi_rule_in_force(NULL, D(2020, 4, 7)), 0);
    /* A caller's own rule has no band: always in force. */
    foi_rule own = *rule("foisa.response");
    own.id = "my.rule";
    own.in_force_from.serial = 0;
    own.in_force_until.serial = 0;
    own.band = NULL;
    ck_assert_int_eq(foi_rule_in_force(&own, D(1999, 1, 1)), 1);
    /* The library's list of roles with a band agrees with the table. */
    for (int g = 0; g < FOI_REGIME_COUNT; g++) {
        unsigned want = 0;
        for (size_t i = 0; i < foi_rules_count(); i++) {
            const foi_rule *t = foi_rule_at(i);
            if ((int)t->regime == g && (t->in_force_from.serial || t->in_force_until.serial))
                want |= 1u << t->role;
        }
        ck_assert_msg(foi_rules_banded_roles((foi_regime)g) == want,
                      "%s: roles with a band %#x, "
                      "want %#x",
                      foi_regime_name((foi_regime)g), foi_rules_banded_roles((foi_regime)g), want);
    }
    /* Every banded rule of the table says why, and only they do. */
    for (size_t i = 0; i < foi_rules_count(); i++) {
        const foi_rule *t = foi_rule_at(i);
        int banded = t->in_force_from.serial || t->in_force_until.serial;
        ck_assert_msg(banded == (t->band != NULL), "%s: band text", t->id);
        if (banded) {
            const foi_rule *found = NULL;
            foi_date on = t->in_force_from.serial ? t->in_force_from : t->in_force_until;
            ck_assert_int_eq(foi_rule_for_date(&found, t->regime, t->role, on), FOI_OK);
            ck_assert_ptr_eq(found, t);
        }
    }
}
END_TEST

/* A banded rule refuses day 0 outside its band, on both sides. */
START_TEST(test_compute_outside_band)
{
    static const struct {
        const char *id;
        int y, m, d;
        int ok;
    } want[] = {
        {"foisa.schools", 2016, 11, 30, 0},        {"foisa.schools", 2016, 12, 1, 1},
        {"foisa.schools-review", 2016, 11, 30, 0}, {"foisa.schools-review", 2016, 12, 1, 1},
        {"foisa.covid-response", 2020, 4, 6, 0},   {"foisa.covid-response", 2020, 4, 7, 1},
        {"foisa.covid-response", 2020, 5, 26, 1},  {"foisa.covid-response", 2020, 5, 27, 0},
        {"foisa.covid-review", 2020, 4, 6, 0},     {"foisa.covid-review", 2020, 5, 27, 0},
        {"foisa.covid-extension", 2020, 4, 6, 0},  {"foisa.covid-extension", 2020, 5, 27, 0},
        {"foisa.keeper", 1971, 1, 4, 1},           {"foisa.keeper", 2030, 1, 7, 1},
    };
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        foi_deadline d;
        int rc =
            foi_deadline_compute(&d, rule(want[i].id), D(want[i].y, want[i].m, want[i].d), NULL);
        ck_assert_msg(want[i].ok ? rc == FOI_OK : rc == FOI_EINVAL, "%s %d-%d-%d: %d %s",
                      want[i].id, want[i].y, want[i].m, want[i].d, rc, foi_error_last());
    }
    foi_deadline d;
    foi_deadline_compute(&d, rule("foisa.schools"), D(2016, 11, 30), NULL);
    ck_assert_msg(strstr(foi_error_last(),
                         "it applies to what was received from 1 December "
                         "2016, when the Freedom of Information (Scotland) "
                         "Act 2002 (Time for Compliance) Regulations 2016") != NULL,
                  "%s", foi_error_last());
    foi_deadline_compute(&d, rule("foisa.covid-response"), D(2020, 5, 27), NULL);
    ck_assert_msg(strstr(foi_error_last(), "it applies to what was received from 7 April to 26 "
                                           "May 2020: the Coronavirus") != NULL,
                  "%s", foi_error_last());
    /* The working says when the rule was in force, and why. */
    char buf[2048];
    d = due_of("foisa.covid-response", D(2020, 4, 20), NULL);
    foi_deadline_text(buf, sizeof buf, &d, FOI_RECEIPT_STATUTORY, "");
    ck_assert_msg(strstr(buf, "Version of the law: received from 7 April to 26 May 2020: the "
                              "Coronavirus (Scotland) Act 2020") != NULL,
                  "%s", buf);
    d = due_of("foisa.schools-review", D(2017, 1, 9), NULL);
    foi_deadline_text(buf, sizeof buf, &d, FOI_RECEIPT_STATUTORY, "");
    ck_assert_msg(strstr(buf, "Version of the law: received from 1 December 2016, when the "
                              "Freedom of Information (Scotland) Act 2002 (Time for Compliance) "
                              "Regulations 2016 came into force.") != NULL,
                  "%s", buf);
    d = due_of("foisa.response", D(2020, 4, 20), NULL);
    foi_deadline_text(buf, sizeof buf, &d, FOI_RECEIPT_STATUTORY, "");
    ck_assert_msg(strstr(buf, "Version of the law") == NULL, "%s", buf);
}
END_TEST

/* ---- Coronavirus (Scotland) Act 2020: 60 working days ---- */

/* Sch.6 Part 2 put the sixtieth working day in place of the twentieth of
 * FOISA s.10(1); the Commissioner judges an answer given from 7 April to 26
 * May 2020 "in accordance with the 60 working day limit that was in force
 * at the time". */
START_TEST(test_covid_response)
{
    /* Received Tue 7 April 2020, the first day. Scottish calendar: Good
     * Friday 10 April is a holiday, Easter Monday 13 April is not (it is in
     * England, so the uk calendar would end a day later, Mon 6 July).
     * Apr 8, 9 (2), 13-17 (7), 20-24 (12), 27-May 1 (17), May 4-7 (21), VE
     * day 8 May skipped, 11-15 (26), 18-22 (31), 25 May skipped, 26-29 (35),
     * Jun 1-5 (40), 8-12 (45), 15-19 (50), 22-26 (55), Jun 29-Jul 3 (60). */
    foi_deadline d = due_of("foisa.covid-response", D(2020, 4, 7), NULL);
    ck_assert_date_eq(d.due, D(2020, 7, 3));
    ck_assert_uint_eq(d.n_skipped, 3);
    ck_assert_date_eq(d.skipped[0].date, D(2020, 4, 10));
    ck_assert_date_eq(d.skipped[1].date, D(2020, 5, 8));
    ck_assert_date_eq(d.skipped[2].date, D(2020, 5, 25));
    /* Received Tue 26 May 2020, the last day: the first Monday of August (3
     * Aug) is a Scottish holiday, the English late-August one (31 Aug) is
     * not. May 27-29 (3), Jun 1-5 (8), 8-12 (13), 15-19 (18), 22-26 (23),
     * Jun 29-Jul 3 (28), Jul 6-10 (33), 13-17 (38), 20-24 (43), 27-31 (48),
     * Aug 4-7 (52), 10-14 (57), 17, 18, 19 (60). */
    d = due_of("foisa.covid-response", D(2020, 5, 26), NULL);
    ck_assert_date_eq(d.due, D(2020, 8, 19));
    ck_assert_uint_eq(d.n_skipped, 1);
    ck_assert_date_eq(d.skipped[0].date, D(2020, 8, 3));
}
END_TEST

/* The review: s.21(1) likewise, 60 working days. */
START_TEST(test_covid_review)
{
    /* Requirement received Thu 16 April 2020. Apr 17 (1), 20-24 (6),
     * 27-May 1 (11), May 4-7 (15), 11-15 (20), 18-22 (25), 26-29 (29),
     * Jun 1-5 (34), 8-12 (39), 15-19 (44), 22-26 (49), Jun 29-Jul 3 (54),
     * Jul 6-10 (59), 13 (60). */
    foi_deadline d = due_of("foisa.covid-review", D(2020, 4, 16), NULL);
    ck_assert_date_eq(d.due, D(2020, 7, 13));
    /* Received Tue 26 May 2020: as the response above, Wed 19 August. */
    d = due_of("foisa.covid-review", D(2020, 5, 26), NULL);
    ck_assert_date_eq(d.due, D(2020, 8, 19));
}
END_TEST

/* The extension: "may not exceed 40 working days" beyond the 60, so 100
 * after receipt. */
START_TEST(test_covid_extension_and_fee_pause)
{
    /* From Tue 7 April 2020: 60 WD end Fri 3 July (above); then Jul 6-10
     * (5), 13-17 (10), 20-24 (15), 27-31 (20), 3 Aug skipped, Aug 4-7 (24),
     * 10-14 (29), 17-21 (34), 24-28 (39), Mon 31 Aug (40): a Scottish
     * working day, though a bank holiday in England and Wales. */
    foi_deadline d = due_of("foisa.covid-extension", D(2020, 4, 7), NULL);
    ck_assert_date_eq(d.due, D(2020, 8, 31));
    /* A fees notice Mon 20 April, fee received Fri 24 April: FOISA s.10(2)
     * disregards those 5 working days. Used before the notice: Apr 8, 9,
     * 13-17 = 7; the other 93 run after 24 April: Apr 27-May 1 (5), May 4-7
     * (9), 11-15 (14), 18-22 (19), 26-29 (23), Jun 1-5 (28), 8-12 (33),
     * 15-19 (38), 22-26 (43), Jun 29-Jul 3 (48), Jul 6-10 (53), 13-17 (58),
     * 20-24 (63), 27-31 (68), Aug 4-7 (72), 10-14 (77), 17-21 (82), 24-28
     * (87), 31 (88), Sep 1-4 (92), 7 (93). */
    foi_deadline_options o;
    foi_deadline_options_init(&o);
    o.has_pause = 1;
    o.pause_from = D(2020, 4, 20);
    o.pause_to = D(2020, 4, 24);
    d = due_of("foisa.covid-extension", D(2020, 4, 7), &o);
    ck_assert_date_eq(d.due, D(2020, 9, 7));
    ck_assert_int_eq(d.paused_days, 5);
    /* The 60 working days with the same pause: 53 after 24 April, Fri 10
     * July. */
    d = due_of("foisa.covid-response", D(2020, 4, 7), &o);
    ck_assert_date_eq(d.due, D(2020, 7, 10));
}
END_TEST

/* ---- the Keeper of the Records of Scotland: 30 working days ---- */

/* FOISA s.22: for information in a record transferred to the Keeper, the
 * thirtieth working day instead of the twentieth (s.10(1)), and for a
 * review of it (s.21(1)). */
START_TEST(test_keeper)
{
    /* Received Mon 22 March 2021: Mar 23-26 (4), Mar 29-Apr 1 (8), Good
     * Friday 2 April skipped, Easter Monday 5 April counts in Scotland,
     * Apr 5-9 (13), 12-16 (18), 19-23 (23), 26-30 (28), early May holiday 3
     * May skipped, May 4 (29), 5 (30). FOIA's public-records rule, on the
     * uk calendar, skips Easter Monday too and ends a day later. */
    foi_deadline d = due_of("foisa.keeper", D(2021, 3, 22), NULL);
    ck_assert_date_eq(d.due, D(2021, 5, 5));
    ck_assert_date_eq(due_of("foia.public-records", D(2021, 3, 22), NULL).due, D(2021, 5, 6));
    /* Received Mon 7 December 2020, over Christmas and New Year in
     * Scotland: Dec 8-11 (4), 14-18 (9), 21-24 (13), 25 and 28 (Boxing Day
     * substitute) skipped, 29-31 (16), 1 Jan and 4 Jan (2 January
     * substitute) skipped, Jan 5-8 (20), 11-15 (25), 18-22 (30). */
    d = due_of("foisa.keeper", D(2020, 12, 7), NULL);
    ck_assert_date_eq(d.due, D(2021, 1, 22));
    ck_assert_uint_eq(d.n_skipped, 4);
    ck_assert_date_eq(d.skipped[3].date, D(2021, 1, 4));
    /* The review: requirement received Mon 19 August 2019. The English
     * late-August holiday (26 Aug) is a Scottish working day: Aug 20-23
     * (4), 26-30 (9), Sep 2-6 (14), 9-13 (19), 16-20 (24), 23-27 (29), 30
     * (30). */
    d = due_of("foisa.keeper-review", D(2019, 8, 19), NULL);
    ck_assert_date_eq(d.due, D(2019, 9, 30));
    ck_assert_uint_eq(d.n_skipped, 0);
    /* Requirement received Mon 16 August 2021: Aug 17-20 (4), 23-27 (9),
     * Aug 30-Sep 3 (14), 6-10 (19), 13-17 (24), 20-24 (29), 27 (30). */
    ck_assert_date_eq(due_of("foisa.keeper-review", D(2021, 8, 16), NULL).due, D(2021, 9, 27));
}
END_TEST

/* ---- Scottish grant-aided and independent special schools ---- */

/* The school's calendar for 2017 used below: weekdays of March, 17 April
 * to 30 June (the Easter holidays 3-14 April closed; the bank holidays of
 * 1 and 29 May are not working days anyway), and 16 August to 22 December. */
static size_t school_2017(foi_date *out, size_t cap)
{
    static const int ranges[][6] = {
        {2017, 3, 1, 2017, 3, 31}, {2017, 4, 17, 2017, 6, 30}, {2017, 8, 16, 2017, 12, 22}};
    size_t n = 0;
    for (size_t i = 0; i < sizeof ranges / sizeof *ranges; i++) {
        foi_date a = D(ranges[i][0], ranges[i][1], ranges[i][2]);
        foi_date b = D(ranges[i][3], ranges[i][4], ranges[i][5]);
        for (foi_date x = a; x.serial <= b.serial; x.serial++)
            if (foi_date_weekday(x) <= FOI_FRIDAY && n < cap)
                out[n++] = x;
    }
    return n;
}

/* "Within 20 working days but disregarding any working day which is not
 * also a school day", and "no later than the 60th working day following the
 * date of receipt" (the Scottish Government's account of the 2016
 * regulations, for requests under s.10(4) and reviews under s.21(6)). */
START_TEST(test_scottish_schools)
{
    foi_date days[400];
    foi_deadline_options o;
    foi_deadline_options_init(&o);
    o.school_days = days;
    o.n_school_days = school_2017(days, 400);
    /* Received Mon 13 March 2017: Mar 14-17 (4), 20-24 (9), 27-31 (14),
     * closed 3-14 April, Mon 17 April (15: Easter Monday, a school day and
     * a Scottish working day; on the uk calendar it would not count), 18-21
     * (19), 24 (20). */
    foi_deadline d = due_of("foisa.schools", D(2017, 3, 13), &o);
    ck_assert_date_eq(d.due, D(2017, 4, 24));
    ck_assert_date_eq(d.school_due, D(2017, 4, 24));
    /* Received Mon 26 June 2017, before the summer holidays: Jun 27-30 (4),
     * Aug 16-18 (7), 21-25 (12), Aug 28-Sep 1 (17), Sep 4-6 (20). The 60
     * WD backstop: Jun 27-30 (4), Jul 3-7 (9), 10-14 (14), 17-21 (19),
     * 24-28 (24), Jul 31-Aug 4 (29), first Monday of August (7 Aug)
     * skipped, 8-11 (33), 14-18 (38), 21-25 (43), 28 Aug (a Scottish
     * working day)-Sep 1 (48), 4-8 (53), 11-15 (58), 18, 19 (60). */
    d = due_of("foisa.schools", D(2017, 6, 26), &o);
    ck_assert_date_eq(d.due, D(2017, 9, 6));
    ck_assert_date_eq(d.backstop_due, D(2017, 9, 19));
    /* The review of a school: the same count from the requirement. */
    d = due_of("foisa.schools-review", D(2017, 6, 26), &o);
    ck_assert_date_eq(d.due, D(2017, 9, 6));
    d = due_of("foisa.schools-review", D(2017, 3, 13), &o);
    ck_assert_date_eq(d.due, D(2017, 4, 24));
    /* The first day in force, Thu 1 December 2016, no school calendar: the
     * 60 WD backstop. Dec 2 (1), 5-9 (6), 12-16 (11), 19-23 (16), 26 and 27
     * (Christmas substitute) skipped, 28-30 (19), 2 Jan and 3 Jan (New
     * Year substitute) skipped, Jan 4-6 (22), 9-13 (27), 16-20 (32), 23-27
     * (37), Jan 30-Feb 3 (42), 6-10 (47), 13-17 (52), 20-24 (57), 27, 28,
     * Mar 1 (60). */
    d = due_of("foisa.schools", D(2016, 12, 1), NULL);
    ck_assert_date_eq(d.due, D(2017, 3, 1));
    ck_assert(d.notes & FOI_NOTE_NO_SCHOOL_CALENDAR);
}
END_TEST

/* ---- timelines ---- */

static foi_timeline *timeline(const foi_case *c)
{
    foi_timeline *t = NULL;
    ck_assert_msg(foi_timeline_compute(&t, c) == FOI_OK, "%s", foi_error_last());
    return t;
}

/* The entry whose rule plays role (first in timeline order). */
static const foi_timeline_entry *entry(const foi_timeline *t, foi_role role)
{
    for (size_t i = 0; i < foi_timeline_count(t); i++)
        if (foi_timeline_entry_at(t, i)->deadline.rule->role == role)
            return foi_timeline_entry_at(t, i);
    ck_abort_msg("no %s entry", foi_role_name(role));
    return NULL;
}

static foi_case foisa_case(foi_date received)
{
    foi_case c;
    foi_case_init(&c, FOI_REGIME_FOISA);
    foi_case_set(&c, FOI_EVENT_RECEIVED, received);
    return c;
}

/* Which limit governs an answer, by the day it was given: the 60 working
 * days for one given from 7 April to 26 May 2020, the 20 before and after
 * (SIC: the 20 working day limit "applies to requests ... that had been
 * received but had not been responded to before 27 May 2020"). */
START_TEST(test_covid_timeline_answer_dates)
{
    static const struct {
        int ry, rm, rd; /* received */
        int ay, am, ad; /* responded, or 0 */
        const char *id;
        int sy, sm, sd; /* due */
        foi_state state;
        const char *note;
    } want[] = {
        /* Received Mon 20 April 2020, answered Tue 26 May: the last day of
         * the band, judged on 60 WD (Wed 15 July: Apr 21-24 (4), 27-May 1
         * (9), May 4-7 (13), 11-15 (18), 18-22 (23), 26-29 (27), Jun 1-5
         * (32), 8-12 (37), 15-19 (42), 22-26 (47), Jun 29-Jul 3 (52), 6-10
         * (57), 13-15 (60)). */
        {2020, 4, 20, 2020, 5, 26, "foisa.covid-response", 2020, 7, 15, FOI_STATE_MET,
         "Answered from 7 April to 26 May 2020"},
        /* Answered Wed 27 May: the repeal had taken effect, so 20 WD (Tue 19
         * May: Apr 21-24 (4), 27-May 1 (9), May 4-7 (13), 11-15 (18), 18, 19
         * (20)): late. */
        {2020, 4, 20, 2020, 5, 27, "foisa.response", 2020, 5, 19, FOI_STATE_MISSED,
         "its repeal took effect at once on 27 May 2020"},
        /* Never answered: 20 WD as well. */
        {2020, 4, 20, 0, 0, 0, "foisa.response", 2020, 5, 19, FOI_STATE_OVERDUE,
         "not answered by 26 May 2020"},
        /* Received Fri 20 March, pending on 7 April, answered Wed 15 April:
         * 60 WD (Wed 17 June, as counted above). Its 20 WD would have
         * ended Mon 20 April. */
        {2020, 3, 20, 2020, 4, 15, "foisa.covid-response", 2020, 6, 17, FOI_STATE_MET,
         "Answered from 7 April"},
        /* Received Mon 2 March, answered Mon 6 April, the day before the Act
         * took effect: 20 WD, Mon 30 March (Mar 3-6 (4), 9-13 (9), 16-20
         * (14), 23-27 (19), 30 (20)): late. */
        {2020, 3, 2, 2020, 4, 6, "foisa.response", 2020, 3, 30, FOI_STATE_MISSED, NULL},
        /* Received the day after the repeal, Wed 27 May: always 20 WD (Wed 24
         * June: May 28, 29 (2), Jun 1-5 (7), 8-12 (12), 15-19 (17), 22-24
         * (20)). */
        {2020, 5, 27, 2020, 6, 1, "foisa.response", 2020, 6, 24, FOI_STATE_MET, NULL},
    };
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        foi_case c = foisa_case(D(want[i].ry, want[i].rm, want[i].rd));
        if (want[i].ay)
            foi_case_set(&c, FOI_EVENT_RESPONDED, D(want[i].ay, want[i].am, want[i].ad));
        foi_timeline *t = timeline(&c);
        const foi_timeline_entry *e = entry(t, FOI_ROLE_RESPONSE);
        ck_assert_msg(strcmp(e->deadline.rule->id, want[i].id) == 0, "case %zu: %s", i,
                      e->deadline.rule->id);
        ck_assert_date_eq(e->deadline.due, D(want[i].sy, want[i].sm, want[i].sd));
        foi_status s;
        ck_assert_int_eq(
            foi_timeline_status(&s, t, (size_t)(e - foi_timeline_entry_at(t, 0)), D(2020, 9, 1)),
            FOI_OK);
        ck_assert_msg(s.state == want[i].state, "case %zu: state %s", i, foi_state_name(s.state));
        if (want[i].note)
            ck_assert_msg(e->note && strstr(e->note, want[i].note), "case %zu: note %s", i,
                          e->note ? e->note : "(none)");
        else
            ck_assert_msg(!e->note, "case %zu: note %s", i, e->note);
        foi_timeline_free(t);
    }
}
END_TEST

/* A clarification inside the band: the clock restarts on the day it
 * arrives (FOISA s.1(3)), and that is the date of receipt the limit in
 * force follows. */
START_TEST(test_covid_clarification)
{
    foi_case c = foisa_case(D(2020, 3, 20));
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_REQUESTED, D(2020, 3, 24));
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_RECEIVED, D(2020, 4, 15));
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2020, 5, 22));
    foi_timeline *t = timeline(&c);
    const foi_timeline_entry *e = entry(t, FOI_ROLE_RESPONSE);
    ck_assert_str_eq(e->deadline.rule->id, "foisa.covid-response");
    /* 60 WD after Wed 15 April: Apr 16, 17 (2), 20-24 (7), 27-May 1 (12),
     * May 4-7 (16), 11-15 (21), 18-22 (26), 26-29 (30), Jun 1-5 (35), 8-12
     * (40), 15-19 (45), 22-26 (50), Jun 29-Jul 3 (55), Jul 6-10 (60). */
    ck_assert_date_eq(e->deadline.start, D(2020, 4, 15));
    ck_assert_date_eq(e->deadline.due, D(2020, 7, 10));
    /* The requirement for review (s.20(5)): 40 WD after the 60 WD ended,
     * since the answer came in time: Jul 13-17 (5), 20-24 (10), 27-31 (15),
     * 3 Aug skipped, Aug 4-7 (19), 10-14 (24), 17-21 (29), 24-28 (34), 31
     * (35), Sep 1-4 (39), 7 (40). */
    e = entry(t, FOI_ROLE_REVIEW_REQUEST);
    ck_assert_date_eq(e->deadline.start, D(2020, 7, 10));
    ck_assert_date_eq(e->deadline.due, D(2020, 9, 7));
    foi_timeline_free(t);
    /* The same clarification answered after the repeal: 20 WD from 15
     * April, Thu 14 May (Apr 16, 17 (2), 20-24 (7), 27-May 1 (12), May 4-7
     * (16), 11-14 (20)). */
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2020, 6, 2));
    t = timeline(&c);
    e = entry(t, FOI_ROLE_RESPONSE);
    ck_assert_str_eq(e->deadline.rule->id, "foisa.response");
    ck_assert_date_eq(e->deadline.due, D(2020, 5, 14));
    foi_timeline_free(t);
}
END_TEST

/* The Covid extension with a fee pause inside it; outside its band the
 * FOISA refusal stands. */
START_TEST(test_covid_extension_timeline)
{
    foi_case c = foisa_case(D(2020, 4, 7));
    foi_case_set(&c, FOI_EVENT_FEE_NOTICE, D(2020, 4, 20));
    foi_case_set(&c, FOI_EVENT_FEE_PAID, D(2020, 4, 24));
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2020, 5, 26));
    c.pit_extension = 1;
    c.has_extension_claimed = 1;
    c.extension_claimed = D(2020, 5, 1);
    foi_timeline *t = timeline(&c);
    const foi_timeline_entry *resp = entry(t, FOI_ROLE_RESPONSE);
    const foi_timeline_entry *ext = entry(t, FOI_ROLE_EXTENDED);
    ck_assert_str_eq(resp->deadline.rule->id, "foisa.covid-response");
    ck_assert_int_eq(resp->extended, 1);
    ck_assert_date_eq(resp->deadline.due, D(2020, 7, 10)); /* as counted above */
    ck_assert_str_eq(ext->deadline.rule->id, "foisa.covid-extension");
    ck_assert_date_eq(ext->deadline.due, D(2020, 9, 7));
    ck_assert_int_eq(ext->deadline.paused_days, 5);
    /* s.20(5): the requirement for review counts from the end of the time
     * allowed, here the extended time: 40 WD after Mon 7 September, Mon 2
     * November 2020 (Sep 8-11 (4), 14-18 (9), 21-25 (14), Sep 28-Oct 2
     * (19), 5-9 (24), 12-16 (29), 19-23 (34), 26-30 (39), Nov 2 (40)). */
    ck_assert_date_eq(entry(t, FOI_ROLE_REVIEW_REQUEST)->deadline.due, D(2020, 11, 2));
    foi_timeline_free(t);

    /* Notice given on 27 May, after the repeal: refused. */
    c.extension_claimed = D(2020, 5, 27);
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_EINVAL);
    ck_assert_int_eq(foi_error_field(), FOI_FIELD_PIT_EXTENSION);
    ck_assert_msg(strstr(foi_error_last(), "only until 26 May 2020") != NULL, "%s",
                  foi_error_last());
    /* Notice given after the 60 working days had ended extends nothing: a
     * request received Mon 2 December 2019 (St Andrew's Day substitute; the
     * day of arrival is still day 0), pending on 7 April 2020 and answered
     * then. Its 60 WD: Dec 3-6 (4), 9-13 (9), 16-20 (14), 23, 24 (16),
     * Christmas and Boxing Day skipped, 27 (17), 30, 31 (19), 1 and 2 January
     * skipped, Jan 3 (20), 6-10 (25), 13-17 (30), 20-24 (35), 27-31 (40), Feb
     * 3-7 (45), 10-14 (50), 17-21 (55), 24-28 (60): Fri 28 February 2020.
     * Notice on 6 April: after that, so late. */
    foi_case late = foisa_case(D(2019, 12, 2));
    foi_case_set(&late, FOI_EVENT_RESPONDED, D(2020, 4, 7));
    late.pit_extension = 1;
    late.has_extension_claimed = 1;
    late.extension_claimed = D(2020, 4, 6);
    t = timeline(&late);
    const foi_timeline_entry *le = entry(t, FOI_ROLE_RESPONSE);
    ck_assert_str_eq(le->deadline.rule->id, "foisa.covid-response");
    ck_assert_date_eq(le->deadline.due, D(2020, 2, 28));
    ck_assert_msg(le->note && strstr(le->note, "before the 60 working days expired"), "%s",
                  le->note ? le->note : "");
    foi_timeline_free(t);
    c.extension_claimed = D(2020, 5, 1);

    /* Answered on 27 May, after the repeal: no extension to claim. */
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2020, 5, 27));
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_EINVAL);
    ck_assert_int_eq(foi_error_field(), FOI_FIELD_PIT_EXTENSION);
    ck_assert_msg(strstr(foi_error_last(), "FOISA has no public-interest extension") &&
                      strstr(foi_error_last(), "7 April to 26 May 2020"),
                  "%s", foi_error_last());
    /* Not answered at all: none either. */
    c.has[FOI_EVENT_RESPONDED] = 0;
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_EINVAL);
    /* Answered on 6 April, before the Act: none. */
    c = foisa_case(D(2020, 3, 2));
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2020, 4, 6));
    c.pit_extension = 1;
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_EINVAL);
    /* Answered on 7 April: allowed. */
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2020, 4, 7));
    t = timeline(&c);
    ck_assert_str_eq(entry(t, FOI_ROLE_EXTENDED)->deadline.rule->id, "foisa.covid-extension");
    foi_timeline_free(t);
}
END_TEST

/* A review required and answered in the band, and one answered after. */
START_TEST(test_covid_review_timeline)
{
    foi_case c = foisa_case(D(2020, 2, 3));
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2020, 3, 2));
    foi_case_set(&c, FOI_EVENT_REVIEW_REQUESTED, D(2020, 4, 16));
    foi_case_set(&c, FOI_EVENT_REVIEW_RESPONDED, D(2020, 5, 26));
    foi_timeline *t = timeline(&c);
    const foi_timeline_entry *e = entry(t, FOI_ROLE_REVIEW_RESPONSE);
    ck_assert_str_eq(e->deadline.rule->id, "foisa.covid-review");
    ck_assert_date_eq(e->deadline.due, D(2020, 7, 13)); /* as counted above */
    ck_assert_msg(e->note && strstr(e->note, "Review answered from 7 April"), "%s",
                  e->note ? e->note : "");
    foi_timeline_free(t);
    /* Answered Wed 27 May: 20 WD from 16 April, Fri 15 May (Apr 17 (1),
     * 20-24 (6), 27-May 1 (11), May 4-7 (15), 11-15 (20)): late. */
    foi_case_set(&c, FOI_EVENT_REVIEW_RESPONDED, D(2020, 5, 27));
    t = timeline(&c);
    e = entry(t, FOI_ROLE_REVIEW_RESPONSE);
    ck_assert_str_eq(e->deadline.rule->id, "foisa.review-response");
    ck_assert_date_eq(e->deadline.due, D(2020, 5, 15));
    ck_assert_msg(e->note && strstr(e->note, "not answered by 26 May 2020"), "%s",
                  e->note ? e->note : "");
    foi_timeline_free(t);
}
END_TEST

/* The Keeper: --public-records under FOISA gives 30 WD for the request and
 * the review; under FOIA the request's 30 WD of SI 2004/3364 reg 4. */
START_TEST(test_keeper_timeline)
{
    foi_case c = foisa_case(D(2021, 3, 22));
    c.public_records = 1;
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2021, 5, 5));
    foi_case_set(&c, FOI_EVENT_REVIEW_REQUESTED, D(2021, 8, 16));
    foi_timeline *t = timeline(&c);
    const foi_timeline_entry *e = entry(t, FOI_ROLE_PUBLIC_RECORDS);
    ck_assert_str_eq(e->deadline.rule->id, "foisa.keeper");
    ck_assert_date_eq(e->deadline.due, D(2021, 5, 5));
    e = entry(t, FOI_ROLE_PUBLIC_RECORDS_REVIEW);
    ck_assert_str_eq(e->deadline.rule->id, "foisa.keeper-review");
    ck_assert_date_eq(e->deadline.due, D(2021, 9, 27));
    /* What this means: the review is expected by then. */
    foi_advice a[FOI_ADVICE_MAX];
    size_t n = 0;
    ck_assert_int_eq(foi_timeline_advice(a, FOI_ADVICE_MAX, &n, t, D(2021, 9, 1)), FOI_OK);
    int found = 0;
    for (size_t i = 0; i < n; i++)
        found |=
            a[i].kind == FOI_ADVICE_REVIEW_EXPECTED && a[i].date.serial == D(2021, 9, 27).serial;
    ck_assert(found);
    foi_timeline_free(t);

    /* Answered early, Wed 28 April: the requirement for review is due "not
     * later than the fortieth working day after" the expiry of the time
     * allowed by s.10 (s.20(5)), the Keeper's 30 working days (Wed 5 May):
     * May 6, 7 (2), 10-14 (7), 17-21 (12), 24-28 (17), spring holiday 31
     * May skipped, Jun 1-4 (21), 7-11 (26), 14-18 (31), 21-25 (36), 28-30
     * (39), Jul 1 (40). */
    c = foisa_case(D(2021, 3, 22));
    c.public_records = 1;
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2021, 4, 28));
    t = timeline(&c);
    e = entry(t, FOI_ROLE_REVIEW_REQUEST);
    ck_assert_date_eq(e->deadline.start, D(2021, 5, 5));
    ck_assert_date_eq(e->deadline.due, D(2021, 7, 1));
    ck_assert(e->deadline.notes & FOI_NOTE_SAFER_EARLIER);
    foi_timeline_free(t);

    foi_case_init(&c, FOI_REGIME_FOIA);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2021, 3, 22));
    c.public_records = 1;
    t = timeline(&c);
    e = entry(t, FOI_ROLE_PUBLIC_RECORDS);
    ck_assert_str_eq(e->deadline.rule->id, "foia.public-records");
    ck_assert_date_eq(e->deadline.due, D(2021, 5, 6));
    foi_timeline_free(t);

    /* Not under EIR, EISR or subject access; not with a school. */
    static const foi_regime no[] = {FOI_REGIME_EIR, FOI_REGIME_EISR, FOI_REGIME_SAR};
    for (size_t i = 0; i < sizeof no / sizeof *no; i++) {
        foi_case_init(&c, no[i]);
        foi_case_set(&c, FOI_EVENT_RECEIVED, D(2021, 3, 22));
        c.public_records = 1;
        ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_EINVAL);
        ck_assert_int_eq(foi_error_field(), FOI_FIELD_PUBLIC_RECORDS);
    }
    c = foisa_case(D(2021, 3, 22));
    c.public_records = 1;
    c.school = 1;
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_EINVAL);
    ck_assert_int_eq(foi_error_field(), FOI_FIELD_PUBLIC_RECORDS);
    ck_assert_int_eq(foi_error_other_field(), FOI_FIELD_SCHOOL);
}
END_TEST

/* A Scottish school: the request and its review on the school's days; none
 * before 1 December 2016, and none under EISR. */
START_TEST(test_scottish_school_timeline)
{
    foi_date days[400];
    foi_case c = foisa_case(D(2017, 3, 13));
    c.school = 1;
    c.school_days = days;
    c.n_school_days = school_2017(days, 400);
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2017, 4, 24));
    foi_case_set(&c, FOI_EVENT_REVIEW_REQUESTED, D(2017, 6, 26));
    foi_timeline *t = timeline(&c);
    const foi_timeline_entry *e = entry(t, FOI_ROLE_SCHOOLS);
    ck_assert_str_eq(e->deadline.rule->id, "foisa.schools");
    ck_assert_date_eq(e->deadline.due, D(2017, 4, 24));
    e = entry(t, FOI_ROLE_SCHOOLS_REVIEW);
    ck_assert_str_eq(e->deadline.rule->id, "foisa.schools-review");
    ck_assert_date_eq(e->deadline.due, D(2017, 9, 6));
    /* The requirement for review: 40 WD after the school's time ended (Mon
     * 24 April): Apr 25-28 (4), early May holiday 1 May skipped, May 2-5
     * (8), 8-12 (13), 15-19 (18), 22-26 (23), spring holiday 29 May
     * skipped, May 30-Jun 2 (27), 5-9 (32), 12-16 (37), 19-21 (40). */
    e = entry(t, FOI_ROLE_REVIEW_REQUEST);
    ck_assert_date_eq(e->deadline.start, D(2017, 4, 24));
    ck_assert_date_eq(e->deadline.due, D(2017, 6, 21));
    foi_timeline_free(t);

    /* Both sides of 1 December 2016. */
    c = foisa_case(D(2016, 11, 30));
    c.school = 1;
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_EINVAL);
    ck_assert_int_eq(foi_error_field(), FOI_FIELD_SCHOOL);
    ck_assert_msg(strstr(foi_error_last(), "from 1 December 2016") != NULL, "%s", foi_error_last());
    c = foisa_case(D(2016, 12, 1));
    c.school = 1;
    t = timeline(&c);
    ck_assert_date_eq(entry(t, FOI_ROLE_SCHOOLS)->deadline.due, D(2017, 3, 1));
    foi_timeline_free(t);

    foi_case_init(&c, FOI_REGIME_EISR);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2017, 3, 13));
    c.school = 1;
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_EINVAL);
    ck_assert_int_eq(foi_error_field(), FOI_FIELD_SCHOOL);
}
END_TEST

/* The band reaches the JSON of a deadline and of the rules table. */
START_TEST(test_band_json)
{
    foi_deadline d = due_of("foisa.covid-response", D(2020, 4, 7), NULL);
    char *json = NULL;
    ck_assert_int_eq(foi_deadline_json(&json, &d, FOI_RECEIPT_STATUTORY), FOI_OK);
    ck_assert_msg(strstr(json, "\"band\":\"received from 7 April to 26 May 2020: the Coronavirus "
                               "(Scotland) Act 2020") != NULL,
                  "%s", json);
    foi_json_free(json);
    d = due_of("foisa.keeper", D(2016, 12, 1), NULL);
    ck_assert_int_eq(foi_deadline_json(&json, &d, FOI_RECEIPT_STATUTORY), FOI_OK);
    ck_assert_msg(strstr(json, "\"band\"") == NULL, "%s", json);
    foi_json_free(json);
    ck_assert_int_eq(foi_rules_json(&json), FOI_OK);
    ck_assert_msg(strstr(json, "\"in_force\":{\"from\":\"2020-04-07\",\"until\":\"2020-05-26\","
                               "\"why\":\"received from 7 April to 26 May 2020") != NULL,
                  "%s", json);
    ck_assert_msg(strstr(json, "\"in_force\":{\"from\":\"2016-12-01\",\"until\":null,") != NULL,
                  "%s", json);
    foi_json_free(json);
}
END_TEST

static Suite *bands_suite(void)
{
    Suite *s = suite_create("bands");
    TCase *tc = tcase_create("choosing");
    tcase_add_test(tc, test_rule_for_date_boundaries);
    tcase_add_test(tc, test_in_force);
    tcase_add_test(tc, test_compute_outside_band);
    suite_add_tcase(s, tc);
    tc = tcase_create("counting");
    tcase_add_test(tc, test_covid_response);
    tcase_add_test(tc, test_covid_review);
    tcase_add_test(tc, test_covid_extension_and_fee_pause);
    tcase_add_test(tc, test_keeper);
    tcase_add_test(tc, test_scottish_schools);
    suite_add_tcase(s, tc);
    tc = tcase_create("timelines");
    tcase_add_test(tc, test_covid_timeline_answer_dates);
    tcase_add_test(tc, test_covid_clarification);
    tcase_add_test(tc, test_covid_extension_timeline);
    tcase_add_test(tc, test_covid_review_timeline);
    tcase_add_test(tc, test_keeper_timeline);
    tcase_add_test(tc, test_scottish_school_timeline);
    tcase_add_test(tc, test_band_json);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    Suite *s[] = {bands_suite()};
    return run_suites(s, 1);
}
