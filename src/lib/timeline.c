/* Case timelines: every deadline that applies to a request, from its events. */
#include <stdlib.h>
#include <string.h>

#include <foiclock/timeline.h>

#include "calbuild.h"
#include "internal.h"
#include "timeline_internal.h"

_Static_assert(FOI_EVENT_COUNT <= FOI_EVENT_MAX, "a case has no room for every event");

static const char *const event_names[FOI_EVENT_COUNT] = {"received",
                                                         "clarification_requested",
                                                         "clarification_received",
                                                         "fee_notice",
                                                         "fee_paid",
                                                         "responded",
                                                         "review_requested",
                                                         "review_responded",
                                                         "decision_notice",
                                                         "complained",
                                                         "direction"};

const char *foi_event_name(foi_event event)
{
    return (unsigned)event < FOI_EVENT_COUNT ? event_names[event] : "";
}

int foi_event_from_name(foi_event *out, const char *name)
{
    FOI_REQUIRE_ARG(out);
    FOI_REQUIRE_ARG(name);
    int i = foi_name_index(event_names, FOI_EVENT_COUNT, name);
    if (i >= 0) {
        *out = (foi_event)i;
        return FOI_OK;
    }
    char q[80];
    return foi_fail(FOI_ENOTFOUND, "unknown event '%s'",
                    name ? foi_quote(q, sizeof q, name, strlen(name)) : "(null)");
}

static const char *const ground_names[] = {"", "armed-forces", "outside-uk"};

const char *foi_direction_ground_name(foi_direction_ground ground)
{
    return (unsigned)ground <= FOI_GROUND_OUTSIDE_UK ? ground_names[ground] : "";
}

int foi_direction_ground_from_name(foi_direction_ground *out, const char *name)
{
    FOI_REQUIRE_ARG(out);
    FOI_REQUIRE_ARG(name);
    for (int i = FOI_GROUND_ARMED_FORCES; i <= FOI_GROUND_OUTSIDE_UK; i++)
        if (strcmp(ground_names[i], name) == 0) {
            *out = (foi_direction_ground)i;
            return FOI_OK;
        }
    char q[80];
    return foi_fail(FOI_ENOTFOUND,
                    "unknown ground of a direction '%s': expected armed-forces (SI 2004/3364 reg "
                    "5) or outside-uk (reg 6)",
                    foi_quote(q, sizeof q, name, strlen(name)));
}

void foi_case_init(foi_case *c, foi_regime regime)
{
    if (!c)
        return;
    memset(c, 0, sizeof *c);
    c->version = FOI_CASE_VERSION;
    c->regime = regime;
}

size_t foi_case_warnings(const char **out, size_t cap, const foi_case *c, foi_date today)
{
    static const struct {
        foi_event event;
        const char *text;
    } future[] = {
        {FOI_EVENT_RECEIVED, "the date received is after today: check it for a typing error"},
        {FOI_EVENT_RESPONDED, "the date responded is after today: check it for a typing error"},
    };
    size_t n = 0;
    for (size_t i = 0; c && i < sizeof future / sizeof *future; i++) {
        if (!c->has[future[i].event] || c->events[future[i].event].serial <= today.serial)
            continue;
        if (n < cap && out)
            out[n] = future[i].text;
        n++;
    }
    return n;
}

void foi_case_set(foi_case *c, foi_event event, foi_date date)
{
    if (c && (unsigned)event < FOI_EVENT_COUNT) {
        c->events[event] = date;
        c->has[event] = 1;
    }
}

/* ---- validation ---- */

foi_field foi_event_field(foi_event e)
{
    if ((unsigned)e <= FOI_EVENT_DECISION_NOTICE)
        return (foi_field)(FOI_FIELD_RECEIVED + (int)e);
    return e == FOI_EVENT_COMPLAINED  ? FOI_FIELD_COMPLAINED
           : e == FOI_EVENT_DIRECTION ? FOI_FIELD_DIRECTION
                                      : FOI_FIELD_NONE;
}

static foi_field event_field(int e)
{
    return foi_event_field((foi_event)e);
}

/* b is at fault: it is given without a, or comes before or after it. */
static int conflict(const foi_case *c, foi_event a, foi_event b, const char *relation)
{
    char da[FOI_DATE_ISO_SIZE], db[FOI_DATE_ISO_SIZE];
    if (!c->has[a])
        return foi_fail_field(FOI_ECONFLICT, event_field(b), event_field(a),
                              FOI_FIELD_MARK " is given without " FOI_OTHER_MARK);
    return foi_fail_field(FOI_ECONFLICT, event_field(b), event_field(a),
                          FOI_FIELD_MARK " (%s) is %s " FOI_OTHER_MARK " (%s)",
                          foi_date_format_iso(c->events[b], db), relation,
                          foi_date_format_iso(c->events[a], da));
}

/* b must not come before a (and, when required, needs a). */
static int check_order(const foi_case *c, foi_event a, foi_event b, int requires_a)
{
    if (!c->has[b])
        return FOI_OK;
    if (!c->has[a])
        return requires_a ? conflict(c, a, b, "") : FOI_OK;
    if (c->events[b].serial < c->events[a].serial)
        return conflict(c, a, b, "before");
    return FOI_OK;
}

/* b must not come after a. */
static int check_not_after(const foi_case *c, foi_event a, foi_event b)
{
    if (c->has[a] && c->has[b] && c->events[b].serial > c->events[a].serial)
        return conflict(c, a, b, "after");
    return FOI_OK;
}

/* The date of receipt the clock counts from: the clarification's, when it
 * restarted the clock (FOIA and FOISA s.1(3)). */
static foi_date case_anchor(const foi_case *c)
{
    return c->has[FOI_EVENT_CLARIFICATION_RECEIVED] && c->regime != FOI_REGIME_SAR
               ? c->events[FOI_EVENT_CLARIFICATION_RECEIVED]
               : c->events[FOI_EVENT_RECEIVED];
}

/* The rule that plays role in the case, day 0 received on received and
 * answered by the event answered: the one in force then (see
 * foi_rule_governing). */
static const foi_rule *case_rule(const foi_case *c, foi_role role, foi_date received,
                                 foi_event answered)
{
    return foi_rule_governing(c->regime, role, received, c->has[answered], c->events[answered]);
}

/* SI 2004/3364 regs 5 and 6 vary FOIA s.10(1) and (2): "such other day,
 * not being later than the sixtieth working day following the date of
 * receipt, as the Information Commissioner may specify". The day replaces
 * the twentieth, so it comes after it. */
static int validate_direction(const foi_case *c)
{
    int given = c->has[FOI_EVENT_DIRECTION];
    if (!given && (c->direction_days || c->direction_ground))
        return foi_fail_field(FOI_EINVAL, FOI_FIELD_DIRECTION, FOI_FIELD_NONE,
                              "the day or ground of a direction is given without the date of the "
                              "Commissioner's direction");
    if (!given)
        return FOI_OK;
    if (c->regime != FOI_REGIME_FOIA)
        return foi_fail_field(FOI_EINVAL, FOI_FIELD_DIRECTION, FOI_FIELD_REGIME,
                              FOI_FIELD_MARK
                              ": a direction varies the time for compliance under FOIA only "
                              "(SI 2004/3364 regs 5 and 6), not %s",
                              foi_regime_name(c->regime));
    if (c->direction_ground != FOI_GROUND_ARMED_FORCES &&
        c->direction_ground != FOI_GROUND_OUTSIDE_UK)
        return foi_fail_field(FOI_EINVAL, FOI_FIELD_DIRECTION, FOI_FIELD_NONE,
                              FOI_FIELD_MARK
                              ": give its ground: armed-forces (SI 2004/3364 reg 5) or "
                              "outside-uk (reg 6)");
    if (c->direction_days <= 20 || c->direction_days > 60)
        return foi_fail_field(FOI_EINVAL, FOI_FIELD_DIRECTION, FOI_FIELD_NONE,
                              FOI_FIELD_MARK
                              ": the day specified is working day %d after receipt; a direction "
                              "specifies a day after the twentieth and \"not being later than "
                              "the sixtieth working day following the date of receipt\"",
                              c->direction_days);
    if (c->school)
        return foi_fail_field(FOI_EINVAL, FOI_FIELD_DIRECTION, FOI_FIELD_SCHOOL,
                              FOI_FIELD_MARK
                              " and " FOI_OTHER_MARK
                              " cannot both apply: a school's time for compliance is set by SI "
                              "2004/3364 reg 3, not by a direction");
    if (c->public_records)
        return foi_fail_field(FOI_EINVAL, FOI_FIELD_DIRECTION, FOI_FIELD_PUBLIC_RECORDS,
                              FOI_FIELD_MARK
                              " and " FOI_OTHER_MARK
                              " cannot both apply: a request for transferred public records is "
                              "counted to the thirtieth working day of SI 2004/3364 reg 4; give "
                              "one or the other");
    return FOI_OK;
}

static int validate(const foi_case *c)
{
    if ((unsigned)c->regime >= FOI_REGIME_COUNT)
        return foi_fail_field(FOI_EINVAL, FOI_FIELD_REGIME, FOI_FIELD_NONE, "unknown regime %d",
                              (int)c->regime);
    if (c->division && foi_division_index(c->division) < 0)
        return foi_fail_field(FOI_EINVAL, FOI_FIELD_DIVISION, FOI_FIELD_NONE,
                              FOI_FIELD_MARK " %#x is not one of the three UK divisions",
                              c->division);
    if ((unsigned)c->audience > FOI_AUDIENCE_AUTHORITY)
        return foi_fail(FOI_EINVAL, "unknown audience %d: expected neutral, requester or authority",
                        (int)c->audience);
    /* A requester may know only the date of the reply: its review and
     * complaint windows need nothing earlier. */
    if (!c->has[FOI_EVENT_RECEIVED] && !c->has[FOI_EVENT_RESPONDED])
        return foi_fail_field(FOI_EINVAL, FOI_FIELD_RECEIVED, FOI_FIELD_NONE,
                              "a case needs the date the request was received (or, for the "
                              "review and complaint windows alone, the date of the response)");
    if (!c->has[FOI_EVENT_RECEIVED]) {
        /* Subject access has no review and no complaint window of its own:
         * nothing runs from the reply alone, and an empty answer would say
         * nothing is due. */
        const foi_rule *review, *complaint;
        if (foi_rule_for(&review, c->regime, FOI_ROLE_REVIEW_REQUEST) != FOI_OK &&
            foi_rule_for(&complaint, c->regime, FOI_ROLE_COMPLAINT) != FOI_OK)
            return foi_fail_field(FOI_EINVAL, FOI_FIELD_RECEIVED, FOI_FIELD_NONE,
                                  "%s: the date the request was received is needed, since no time "
                                  "limit runs from the reply alone (there is no review or "
                                  "complaint window)",
                                  foi_regime_title(c->regime));
        static const foi_event before[] = {FOI_EVENT_CLARIFICATION_REQUESTED,
                                           FOI_EVENT_CLARIFICATION_RECEIVED, FOI_EVENT_FEE_NOTICE,
                                           FOI_EVENT_FEE_PAID, FOI_EVENT_DIRECTION};
        for (size_t i = 0; i < sizeof before / sizeof *before; i++)
            if (c->has[before[i]])
                return foi_fail_field(FOI_ECONFLICT, event_field(before[i]), FOI_FIELD_RECEIVED,
                                      FOI_FIELD_MARK " is given without " FOI_OTHER_MARK);
        if (c->pit_extension || c->school)
            return foi_fail_field(
                FOI_ECONFLICT, c->school ? FOI_FIELD_SCHOOL : FOI_FIELD_PIT_EXTENSION,
                FOI_FIELD_RECEIVED, FOI_FIELD_MARK " is given without " FOI_OTHER_MARK);
    }
    int rc;
    for (int e = 0; e < FOI_EVENT_COUNT; e++)
        if (c->has[e] && !foi_serial_valid(c->events[e].serial))
            return foi_fail_field(FOI_EINVAL, event_field(e), FOI_FIELD_NONE,
                                  "the " FOI_FIELD_MARK " date (serial %ld) is not a valid date",
                                  (long)c->events[e].serial);
    for (int e = 1; e < FOI_EVENT_COUNT; e++)
        if ((rc = check_order(c, FOI_EVENT_RECEIVED, (foi_event)e, 0)))
            return rc;
    if ((rc = check_order(c, FOI_EVENT_CLARIFICATION_REQUESTED, FOI_EVENT_CLARIFICATION_RECEIVED,
                          1)) ||
        (rc = check_order(c, FOI_EVENT_FEE_NOTICE, FOI_EVENT_FEE_PAID, 1)) ||
        (rc = check_order(c, FOI_EVENT_RESPONDED, FOI_EVENT_REVIEW_REQUESTED, 0)) ||
        (rc = check_order(c, FOI_EVENT_REVIEW_REQUESTED, FOI_EVENT_REVIEW_RESPONDED, 1)) ||
        (rc = check_order(c, FOI_EVENT_REVIEW_RESPONDED, FOI_EVENT_DECISION_NOTICE, 0)) ||
        (rc = check_order(c, FOI_EVENT_COMPLAINED, FOI_EVENT_DECISION_NOTICE, 0)) ||
        (rc = check_not_after(c, FOI_EVENT_RESPONDED, FOI_EVENT_FEE_NOTICE)) ||
        (rc = check_not_after(c, FOI_EVENT_RESPONDED, FOI_EVENT_CLARIFICATION_REQUESTED)))
        return rc;
    /* Fees notices under FOIA s.9 and FOISA s.9; advance payment under EIR
     * and EISR reg 8. */
    int fees_apply = c->regime == FOI_REGIME_FOIA || c->regime == FOI_REGIME_EIR ||
                     c->regime == FOI_REGIME_FOISA || c->regime == FOI_REGIME_EISR;
    if (!fees_apply && (c->has[FOI_EVENT_FEE_NOTICE] || c->has[FOI_EVENT_FEE_PAID])) {
        foi_field fee = c->has[FOI_EVENT_FEE_NOTICE] ? FOI_FIELD_FEE_NOTICE : FOI_FIELD_FEE_PAID;
        return foi_fail_field(FOI_EINVAL, fee, FOI_FIELD_REGIME,
                              FOI_FIELD_MARK
                              " does not stop the clock for %s: give the day the fee arrived as "
                              "the date of receipt",
                              foi_regime_name(c->regime));
    }
    if ((rc = validate_direction(c)))
        return rc;
    if (c->has_extension_claimed) {
        char a[FOI_DATE_ISO_SIZE], b2[FOI_DATE_ISO_SIZE];
        if (!c->pit_extension)
            return foi_fail_field(FOI_EINVAL, FOI_FIELD_PIT_EXTENSION, FOI_FIELD_NONE,
                                  "the date of an extension notice is given without the "
                                  "extension");
        if (!foi_serial_valid(c->extension_claimed.serial))
            return foi_fail_field(FOI_EINVAL, FOI_FIELD_PIT_EXTENSION, FOI_FIELD_NONE,
                                  "the " FOI_FIELD_MARK " date (serial %ld) is not a valid date",
                                  (long)c->extension_claimed.serial);
        if (c->has[FOI_EVENT_RECEIVED] &&
            c->extension_claimed.serial < c->events[FOI_EVENT_RECEIVED].serial)
            return foi_fail_field(FOI_ECONFLICT, FOI_FIELD_PIT_EXTENSION, FOI_FIELD_RECEIVED,
                                  FOI_FIELD_MARK " (%s) is before " FOI_OTHER_MARK " (%s)",
                                  foi_date_format_iso(c->extension_claimed, a),
                                  foi_date_format_iso(c->events[FOI_EVENT_RECEIVED], b2));
    }
    /* FOISA s.10(1) gives every response, public interest test included,
     * "not later than the twentieth working day"; unlike FOIA s.10(3) it
     * has no extension to claim, but for the Coronavirus (Scotland) Act 2020
     * one, which governed only an answer given while it was in force. */
    if (c->pit_extension && c->regime == FOI_REGIME_FOISA &&
        (c->school || c->public_records ||
         !case_rule(c, FOI_ROLE_EXTENDED, case_anchor(c), FOI_EVENT_RESPONDED)))
        return foi_fail_field(FOI_EINVAL, FOI_FIELD_PIT_EXTENSION, FOI_FIELD_REGIME,
                              FOI_FIELD_MARK
                              ": FOISA has no public-interest extension; s.10(1) requires every "
                              "response, the public interest test included, by the twentieth "
                              "working day (the Coronavirus (Scotland) Act 2020 extension "
                              "governed only an answer given from 7 April to 26 May 2020)");
    if (c->pit_extension && c->regime == FOI_REGIME_FOISA && c->has_extension_claimed) {
        /* The Act's power to extend went with its repeal. */
        const foi_rule *x = case_rule(c, FOI_ROLE_EXTENDED, case_anchor(c), FOI_EVENT_RESPONDED);
        char a[FOI_DATE_ISO_SIZE];
        if (x->in_force_until.serial && c->extension_claimed.serial > x->in_force_until.serial)
            return foi_fail_field(FOI_EINVAL, FOI_FIELD_PIT_EXTENSION, FOI_FIELD_NONE,
                                  FOI_FIELD_MARK " (%s): the Coronavirus (Scotland) Act 2020 "
                                                 "extension could be claimed only until 26 May "
                                                 "2020, before its repeal took effect",
                                  foi_date_format_iso(c->extension_claimed, a));
    }
    /* DPA 2018 s.54(3A), inserted by the Data (Use and Access) Act 2025
     * s.76, applies to requests received from 5 February 2026. */
    if (c->pit_extension && c->regime == FOI_REGIME_LE_SAR &&
        !foi_le_sar_amended(c->events[FOI_EVENT_RECEIVED])) {
        char rx[FOI_DATE_ISO_SIZE];
        return foi_fail_field(FOI_EINVAL, FOI_FIELD_PIT_EXTENSION, FOI_FIELD_RECEIVED,
                              FOI_FIELD_MARK
                              ": DPA 2018 s.54(3A) allows no extension where " FOI_OTHER_MARK
                              " (%s) is before 5 February 2026, the day it came "
                              "into force",
                              foi_date_format_iso(c->events[FOI_EVENT_RECEIVED], rx));
    }
    if (c->pit_extension && !foi_rule_of(c->regime, FOI_ROLE_EXTENDED) &&
        c->regime != FOI_REGIME_FOISA)
        return foi_fail_field(FOI_EINVAL, FOI_FIELD_PIT_EXTENSION, FOI_FIELD_REGIME,
                              FOI_FIELD_MARK ": %s has no extension of the time to respond",
                              foi_regime_name(c->regime));
    if (c->school && c->regime != FOI_REGIME_FOIA && c->regime != FOI_REGIME_FOISA)
        return foi_fail_field(FOI_EINVAL, FOI_FIELD_SCHOOL, FOI_FIELD_REGIME,
                              "the schools time limits apply to FOIA and FOISA requests only");
    if (c->school && c->regime == FOI_REGIME_FOISA &&
        !case_rule(c, FOI_ROLE_SCHOOLS, case_anchor(c), FOI_EVENT_RESPONDED)) {
        char iso[FOI_DATE_ISO_SIZE];
        return foi_fail_field(FOI_EINVAL, FOI_FIELD_SCHOOL, FOI_FIELD_RECEIVED,
                              "the Scottish schools time limits apply to requests received from 1 "
                              "December 2016, when the Freedom of Information (Scotland) Act 2002 "
                              "(Time for Compliance) Regulations 2016 came into force, not %s",
                              foi_date_format_iso(case_anchor(c), iso));
    }
    if (c->public_records && c->regime != FOI_REGIME_FOIA && c->regime != FOI_REGIME_FOISA)
        return foi_fail_field(FOI_EINVAL, FOI_FIELD_PUBLIC_RECORDS, FOI_FIELD_REGIME,
                              "the transferred-records time limits apply to FOIA (SI 2004/3364 "
                              "reg 4) and FOISA (s.22, the Keeper) requests only");
    if (c->public_records && c->school)
        return foi_fail_field(FOI_EINVAL, FOI_FIELD_PUBLIC_RECORDS, FOI_FIELD_SCHOOL,
                              "a request is either to a school or for transferred records, not "
                              "both");
    /* After a clarification the clock restarts: a fees notice belongs to the
     * restarted request. */
    if (fees_apply && c->has[FOI_EVENT_CLARIFICATION_RECEIVED] && c->has[FOI_EVENT_FEE_NOTICE] &&
        c->events[FOI_EVENT_FEE_NOTICE].serial < c->events[FOI_EVENT_CLARIFICATION_RECEIVED].serial)
        return conflict(c, FOI_EVENT_CLARIFICATION_RECEIVED, FOI_EVENT_FEE_NOTICE, "before");
    return FOI_OK;
}

/* ---- building the timeline ---- */

int foi_case_fee_late(const foi_case *c)
{
    const foi_rule *fee = foi_rule_of(c->regime, FOI_ROLE_FEE_PERIOD);
    if (!fee || !c->has[FOI_EVENT_FEE_NOTICE] || !c->has[FOI_EVENT_FEE_PAID])
        return 0;
    foi_deadline d;
    foi_deadline_options o;
    foi_deadline_options_init(&o);
    memcpy(o.calendars, c->calendars, sizeof o.calendars);
    /* A month rule that is neither rolled nor paused cannot fail on a date
     * the case validation accepted; a working-day rule outside the calendar
     * fails again, with its message, when the timeline counts it. */
    if (foi_deadline_compute(&d, fee, c->events[FOI_EVENT_FEE_NOTICE], &o))
        return 0;
    return c->events[FOI_EVENT_FEE_PAID].serial > d.due.serial;
}

int foi_case_fee_notice_late(const foi_case *c)
{
    /* EIR reg 8(4) only: EISR reg 8 is applied, like FOISA s.9, without a
     * check of when the notice was given. */
    if (c->regime != FOI_REGIME_EIR || !c->has[FOI_EVENT_FEE_NOTICE])
        return 0;
    const foi_rule *response = foi_rule_of(c->regime, FOI_ROLE_RESPONSE);
    foi_deadline_options o;
    foi_deadline_options_init(&o);
    o.receipt_rule = c->receipt_rule;
    memcpy(o.calendars, c->calendars, sizeof o.calendars);
    /* The notice belongs to the request as restarted by a clarification
     * (the validation keeps it after the clarification's arrival). */
    foi_event from = c->has[FOI_EVENT_CLARIFICATION_RECEIVED] ? FOI_EVENT_CLARIFICATION_RECEIVED
                                                              : FOI_EVENT_RECEIVED;
    foi_deadline d;
    if (!response || foi_deadline_compute(&d, response, c->events[from], &o))
        return 0;
    return c->events[FOI_EVENT_FEE_NOTICE].serial > d.due.serial;
}

/* What a subject-access clarification did to the clock depends on the day
 * the request was received: before the ICO's right of access guidance of 21
 * October 2020 nothing allowed the clock to stop; from then it stopped under
 * that guidance (advisory); from 5 February 2026 UK GDPR Art 12A, inserted by
 * the Data (Use and Access) Act 2025 s.76 and commenced by SI 2026/82 reg 2,
 * stops it by statute. */
enum sar_band { SAR_NO_PAUSE, SAR_ICO_GUIDANCE, SAR_ART_12A };

static enum sar_band sar_band(const foi_case *c)
{
    int32_t rx = c->events[FOI_EVENT_RECEIVED].serial;
    foi_date guidance, statute;
    foi_date_from_ymd(&guidance, 2020, 10, 21);
    foi_date_from_ymd(&statute, 2026, 2, 5);
    return rx < guidance.serial  ? SAR_NO_PAUSE
           : rx < statute.serial ? SAR_ICO_GUIDANCE
                                 : SAR_ART_12A;
}

/* Law-enforcement subject access has two bands. Section 76 of the Data (Use
 * and Access) Act 2025 ("time limits for responding to data subjects'
 * requests"), commenced on 5 February 2026 by SI 2026/82 reg 2(h), inserted
 * s.54(3A)-(3D) into the DPA 2018: the extension by two further months and
 * the pause while the controller waits for information it asked for. A
 * request received before that day keeps s.54 as enacted: one month, no
 * extension (s.54(2) allowed a longer period only by regulations, and none
 * were made) and no pause. Kept beside sar_band so that both move together
 * onto a general mechanism for date-banded rules. */
enum le_sar_band { LE_SAR_AS_ENACTED, LE_SAR_AMENDED };

static enum le_sar_band le_sar_band(foi_date received)
{
    foi_date amended;
    foi_date_from_ymd(&amended, 2026, 2, 5);
    return received.serial < amended.serial ? LE_SAR_AS_ENACTED : LE_SAR_AMENDED;
}

int foi_le_sar_amended(foi_date received)
{
    return le_sar_band(received) == LE_SAR_AMENDED;
}

int foi_sar_amended(foi_date received)
{
    foi_date from;
    foi_date_from_ymd(&from, 2026, 2, 5);
    return received.serial >= from.serial;
}

const char *foi_sar_band(foi_date received)
{
    return foi_sar_amended(received)
               ? "received from 5 February 2026: UK GDPR Art 12(3) and Art 12A as inserted by the "
                 "Data (Use and Access) Act 2025 s.76 (SI 2026/82), one month beginning with the "
                 "relevant time, with the clarification pause"
               : "received before 5 February 2026: UK GDPR Art 12(3) as it then stood, \"within "
                 "one month of receipt\", counted to the corresponding date as the ICO publishes "
                 "it";
}

const char *foi_le_sar_band(foi_date received)
{
    return le_sar_band(received) == LE_SAR_AMENDED
               ? "received from 5 February 2026: s.54 as amended by the Data (Use and Access) "
                 "Act 2025 s.76 (SI 2026/82), with the extension of s.54(3A) and the "
                 "clarification pause of s.54(3C)"
               : "received before 5 February 2026: s.54 as enacted, one month with no "
                 "extension and no pause for clarification (the Data (Use and Access) Act 2025 "
                 "s.76 applies from that day)";
}

/* Whether asking a subject-access requester for information stops the clock
 * at all, by the day of receipt: law-enforcement access from 5 February 2026
 * (s.54(3C)); UK GDPR access from 21 October 2020, under the ICO's guidance
 * until Art 12A gave the pause in law on 5 February 2026. */
static int subject_access_pauses(const foi_case *c)
{
    if (c->regime == FOI_REGIME_LE_SAR)
        return le_sar_band(c->events[FOI_EVENT_RECEIVED]) == LE_SAR_AMENDED;
    return c->regime == FOI_REGIME_SAR && sar_band(c) != SAR_NO_PAUSE;
}

/* The subject-access pause keeps days out of a period that is still
 * running: DPA 2018 s.54(3C) and UK GDPR Art 12A both discount "the period
 * beginning with the day on which the controller makes the request and
 * ending with the day on which the controller receives the information" from
 * "the applicable time period", and the ICO's guidance stops the clock only
 * while it runs. Information asked for after the time for the response had
 * ended (the month, or the extended period where an extension was claimed
 * in time) stops nothing. */
static int subject_access_clarification_late(const foi_case *c)
{
    if (!c->has[FOI_EVENT_CLARIFICATION_REQUESTED] || !subject_access_pauses(c))
        return 0;
    foi_deadline_options o;
    foi_deadline_options_init(&o);
    o.receipt_rule = c->receipt_rule;
    o.division = c->division;
    memcpy(o.calendars, c->calendars, sizeof o.calendars);
    foi_date received = c->events[FOI_EVENT_RECEIVED],
             asked = c->events[FOI_EVENT_CLARIFICATION_REQUESTED];
    foi_deadline d;
    /* The same deadlines the timeline shows for the case: these cannot fail
     * on a case the validation accepted. */
    if (foi_deadline_compute(&d, foi_rule_of(c->regime, FOI_ROLE_RESPONSE), received, &o))
        return 0;
    int extended = c->pit_extension &&
                   (!c->has_extension_claimed || c->extension_claimed.serial <= d.due.serial);
    if (asked.serial > d.due.serial && extended &&
        foi_deadline_compute(&d, foi_rule_of(c->regime, FOI_ROLE_EXTENDED), received, &o))
        return 0;
    return asked.serial > d.due.serial;
}

int foi_case_pause(const foi_case *c, foi_date *from, foi_date *to)
{
    if (c->has[FOI_EVENT_CLARIFICATION_RECEIVED] && subject_access_pauses(c) &&
        !subject_access_clarification_late(c)) {
        *from = c->events[FOI_EVENT_CLARIFICATION_REQUESTED];
        *to = c->events[FOI_EVENT_CLARIFICATION_RECEIVED];
        return 1;
    }
    /* FOIA s.10(2) disregards the days from the fees notice to the fee's
     * receipt only where "the fee is paid in accordance with section 9(2)",
     * that is within the fee period; a fee paid later stops no clock. EIR
     * reg 8(6) disregards "the period beginning with the day on which the
     * notification of the requirement of an advance payment is made and
     * ending on the day on which that payment is received" with no such
     * condition (a late payment instead frees the authority under reg
     * 8(5)), but only for the notification reg 8(4) requires "no later than
     * 20 working days after the date of receipt". EISR reg 8 is read alike
     * for the pause. */
    int environmental = c->regime == FOI_REGIME_EIR || c->regime == FOI_REGIME_EISR;
    if (c->has[FOI_EVENT_FEE_PAID] &&
        (environmental ? !foi_case_fee_notice_late(c) : !foi_case_fee_late(c))) {
        *from = c->events[FOI_EVENT_FEE_NOTICE];
        *to = c->events[FOI_EVENT_FEE_PAID];
        return 1;
    }
    return 0;
}

struct builder {
    foi_timeline *t;
    const foi_case *c;
    /* The case's response rule, whose period a FOISA review window follows. */
    const foi_rule *response;
};

/* Records which event satisfies entry e, and whether the case has it. */
static void set_done(foi_timeline_entry *e, const foi_case *c, int done_event)
{
    if (done_event < 0)
        return;
    e->has_done_event = 1;
    e->done_event = (foi_event)done_event;
    e->done = c->has[done_event];
    e->done_on = c->events[done_event];
}

/* Adds rule's deadline from anchor, the date of the event from (whose
 * input a failure is then about). */
static foi_timeline_entry *add(struct builder *b, const foi_rule *rule, foi_event from,
                               foi_date anchor, const foi_deadline_options *o, int done_event,
                               int *rc)
{
    foi_timeline_entry *e = &b->t->entries[b->t->n];
    memset(e, 0, sizeof *e);
    if ((*rc = foi_deadline_compute_review(&e->deadline, rule, anchor, o, 0,
                                           rule->anchor == FOI_ANCHOR_RESPONSE_PERIOD ? b->response
                                                                                      : NULL))) {
        foi_error_tag(*rc, event_field(from));
        return NULL;
    }
    b->t->n++;
    set_done(e, b->c, done_event);
    return e;
}

/* An entry whose clock is stopped: it has no date until the awaited event. */
static void add_paused(struct builder *b, const foi_rule *rule, foi_date anchor, int done_event,
                       const char *note)
{
    foi_timeline_entry *e = &b->t->entries[b->t->n++];
    memset(e, 0, sizeof *e);
    e->deadline.rule = rule;
    e->paused = 1;
    e->deadline.calendar = foi_calendar_builtin(e->deadline.rule->calendar);
    e->deadline.anchor = anchor;
    e->deadline.start = anchor;
    e->deadline.due = anchor;
    e->note = note;
    if (rule->regime == FOI_REGIME_LE_SAR)
        e->deadline.band = foi_le_sar_band(anchor);
    if (rule->regime == FOI_REGIME_SAR && rule->unit == FOI_UNIT_MONTHS)
        e->deadline.band = foi_sar_band(anchor);
    set_done(e, b->c, done_event);
}

static const char note_awaiting_clarification[] =
    "The clock is stopped until the requester's clarification arrives; it then starts again "
    "from that day.";
static const char note_awaiting_fee[] =
    "The clock is stopped until the fee arrives; the days from the fees notice to its arrival do "
    "not count.";
static const char note_sar_no_pause[] =
    "Received before 21 October 2020, when the ICO's guidance first let the clock stop for "
    "clarification: asking for clarification did not change the time limit.";
static const char note_sar_guidance[] =
    "The clock stopped for clarification under the ICO's right of access guidance (21 October "
    "2020; advisory: UK GDPR Art 12A gives the pause in law only from 5 February 2026).";
static const char note_sar_art12a[] =
    "The clock stopped for clarification under UK GDPR Art 12A (Data (Use and Access) Act 2025 "
    "s.76, in force 5 February 2026).";
static const char note_sar_awaiting_clarification_guidance[] =
    "The clock is paused until the requester's clarification arrives (ICO guidance, advisory); "
    "the paused days are added to the month.";
static const char note_sar_awaiting_clarification[] =
    "The clock is paused until the requester's clarification arrives (UK GDPR Art 12A); the "
    "paused days are added to the month.";
static const char note_sar_clarification_late[] =
    "The clarification was asked for after the time for the response had ended: UK GDPR Art 12A "
    "keeps days out of a period still running, so it stops nothing and the response is judged "
    "against this date.";
static const char note_sar_guidance_late[] =
    "The clarification was asked for after the time for the response had ended: the ICO's "
    "guidance stops the clock only while it runs (advisory), so asking later cannot revive it and "
    "the response is late after this date.";
static const char note_le_sar_no_pause[] =
    "Received before 5 February 2026: s.54 as enacted has no pause for clarification, so asking "
    "for it did not change the time limit.";
static const char note_le_sar_paused[] =
    "The clock stopped for clarification under DPA 2018 s.54(3C) (Data (Use and Access) Act 2025 "
    "s.76, in force 5 February 2026): the days from asking to receiving the information do not "
    "count.";
static const char note_le_sar_awaiting_clarification[] =
    "The clock is paused until the requester's further information arrives (DPA 2018 s.54(3C)); "
    "the paused days are added to the month.";
static const char note_le_sar_clarification_late[] =
    "The further information was asked for after the time for the response had ended: s.54(3C) "
    "keeps days out of a period still running, so it stops nothing and the response is judged "
    "against this date.";
static const char note_extension_late_le_sar[] =
    "The extension was claimed after this deadline: DPA 2018 s.54(3B)(a) requires the notice "
    "before the end of the period of one month beginning with the relevant time, so it extends "
    "nothing and the response is judged against this date.";
static const char note_extended[] =
    "An extension was claimed: this was the date for the notice saying so; the full response is "
    "due by the extended deadline.";
static const char note_fee_late[] =
    "The fee was paid after the time to pay it ended: the authority is not obliged to answer "
    "(FOIA s.9(2)), and the days waiting for it are not disregarded (s.10(2)).";
static const char note_fee_late_scotland[] =
    "The fee was paid after the time to pay it ended: the authority is not obliged to answer "
    "(FOISA s.9(3)), and the days waiting for it are not disregarded.";
static const char note_fee_late_eir[] =
    "The advance payment arrived after the 60 working days allowed: the authority is not "
    "required to make the information available (EIR reg 8(5)). If it does, the days from the "
    "notification to the payment are still disregarded (reg 8(6)), as here.";
static const char note_fee_late_eisr[] =
    "The fee required in advance arrived after the 60 working days allowed: the authority is "
    "not obliged to make the information available (EISR reg 8). If it does, the days waiting "
    "for the fee are still disregarded, as here.";
static const char note_fee_notice_late[] =
    "The advance payment was notified after the 20 working days regulation 8(4) allows, so the "
    "wait for it stops no clock: the response was due as if no payment had been asked for.";
static const char note_directed_20[] =
    "The Information Commissioner specified a later day (SI 2004/3364): this is no longer the "
    "deadline.";
static const char note_directed[] =
    "Counted to the day the Information Commissioner specified on the authority's application, "
    "which the regulations require within 20 working days of receipt.";
const char foi_note_complained[] =
    "A decision notice was issued, so a complaint was made to the regulator (its date is not "
    "given).";
static const char note_clarification_too_late[] =
    "The clarification was asked for after the 20 working days regulation 9(2) allows, so it "
    "does not restart the clock (reg 9(4)): the response was due 20 working days after the "
    "original receipt.";
static const char note_clarification_late[] =
    "Warning: the clarification was asked for after this response was first due. Section 1(3) "
    "sets no time limit, so the clock restarted, but a late request for clarification is "
    "unusual: check the dates.";
static const char note_extension_late_foia[] =
    "The extension was claimed after this deadline: FOIA s.17(1) requires the notice within the "
    "time for compliance, so it extends nothing and the response is judged against this date.";
static const char note_extension_late_covid[] =
    "The extension was claimed after this deadline: the Coronavirus (Scotland) Act 2020 required "
    "notice to the applicant before the 60 working days expired, so it extends nothing and the "
    "response is judged against this date.";
static const char note_extension_late_eir[] =
    "The extension was claimed after this deadline: regulation 7 requires the notice within 20 "
    "working days of receipt, so it extends nothing and the response is judged against this "
    "date.";
static const char note_extension_late_sar[] =
    "The extension was claimed after this deadline: UK GDPR Art 12(3) requires notice of an "
    "extension within one month of receipt, so it extends nothing and the response is judged "
    "against this date.";
static const char note_covid[] =
    "Answered from 7 April to 26 May 2020, while the Coronavirus (Scotland) Act 2020 allowed 60 "
    "working days instead of 20.";
static const char note_covid_lapsed[] =
    "Received while the Coronavirus (Scotland) Act 2020 allowed 60 working days, but not answered "
    "by 26 May 2020: its repeal took effect at once on 27 May 2020, so the 20 working days apply. "
    "The Commissioner may still find no failure where the delay came from working to the repealed "
    "limit and was reasonable (Coronavirus (Scotland) Act 2020 sch.6 para 6(2)(a)(ii)).";
static const char note_covid_review[] =
    "Review answered from 7 April to 26 May 2020, while the Coronavirus (Scotland) Act 2020 "
    "allowed 60 working days instead of 20.";
static const char note_covid_review_lapsed[] =
    "Review required while the Coronavirus (Scotland) Act 2020 allowed 60 working days, but not "
    "answered by 26 May 2020: from 27 May 2020 the 20 working days apply (sch.6 para 6(2)(a)(ii) "
    "lets the Commissioner take the repealed limit into account).";
static const char note_restarted[] =
    "Counted from the day the clarification arrived: the clock restarted then.";
static const char note_review_period[] =
    "Counted from the end of the review period, as no review outcome has been given.";
static const char note_no_school_calendar[] =
    "No school calendar given: only the 60-working-day backstop applies; with the school days, "
    "20 school days may come earlier.";
static const char note_safe_from_reply[] =
    "Counted from the reply, as the date the request was received is not given: the safe date. "
    "Section 20(5) counts from the end of the 20-working-day response period when the reply came "
    "in time, which can only be later.";
static const char note_safer[] =
    "The response came early: asking within 40 working days of it is the safer course.";

/* The rules a regime's case can have, by role (NULL: none). */
struct regime_rules {
    const foi_rule *response, *extended, *schools, *review_request, *review_response, *review_max,
        *regulator, *fee_period, *appeal, *armed_forces, *outside_uk;
};

static void regime_rules(struct regime_rules *rr, foi_regime regime)
{
    const foi_rule *by_role[FOI_ROLE_COUNT];
    foi_rules_of(by_role, regime);
    rr->response = by_role[FOI_ROLE_RESPONSE];
    rr->extended = by_role[FOI_ROLE_EXTENDED];
    rr->schools = by_role[FOI_ROLE_SCHOOLS];
    rr->review_request = by_role[FOI_ROLE_REVIEW_REQUEST];
    rr->review_response = by_role[FOI_ROLE_REVIEW_RESPONSE];
    rr->review_max = by_role[FOI_ROLE_REVIEW_MAX];
    rr->regulator = by_role[FOI_ROLE_COMPLAINT];
    rr->fee_period = by_role[FOI_ROLE_FEE_PERIOD];
    rr->appeal = by_role[FOI_ROLE_APPEAL];
    rr->armed_forces = by_role[FOI_ROLE_ARMED_FORCES];
    rr->outside_uk = by_role[FOI_ROLE_OUTSIDE_UK];
}

/* An extension adds to the deadline it extends (FOIA s.10(3); for schools
 * SI 2004/3364 reg 3 sets that deadline): it never ends before it. The ICO
 * expects no more than 20 working days beyond the usual deadline (the
 * extension's count less the response's); where the deadline extended comes
 * later than the usual one, as a school's can, those days are counted from
 * it. */
static int extend_from(foi_timeline_entry *e, foi_date extends, const foi_rule *usual)
{
    foi_deadline *d = &e->deadline;
    foi_date from_later;
    int rc = foi_calendar_add(&from_later, d->calendar, extends, d->rule->count - usual->count);
    if (rc) {
        foi_error_tag(rc, FOI_FIELD_SCHOOL);
        return rc;
    }
    if (from_later.serial <= d->due.serial)
        return FOI_OK;
    d->start = extends;
    d->due = from_later;
    d->notes |= FOI_NOTE_EXTENDS_LATER;
    d->notes &= ~(unsigned)(FOI_NOTE_RECEIPT_NON_WORKING | FOI_NOTE_PAUSED);
    d->paused_days = 0;
    foi_calendar_holidays(&d->skipped, &d->n_skipped, d->calendar, foi_mkdate(extends.serial + 1),
                          from_later);
    d->provisional = foi_calendar_is_provisional(d->calendar, from_later, from_later) == 1;
    return FOI_OK;
}

static int build_later(struct builder *b, struct regime_rules *rr, foi_deadline_options *o);

/* A case known from the reply on: no response deadline, and under FOISA
 * the review window counted from the reply itself. s.20(5) counts from the
 * end of the response period when the reply was in time, which is never
 * earlier than the reply, and from a late reply's receipt otherwise: 40
 * working days from the reply is always in time. */
static int build_from_reply(struct builder *b, struct regime_rules *rr, foi_deadline_options *o)
{
    const foi_case *c = b->c;
    int rc = FOI_OK;
    if (c->regime == FOI_REGIME_FOISA) {
        foi_timeline_entry *e =
            add(b, foi_rule_foisa_review_from_reply(), FOI_EVENT_RESPONDED,
                c->events[FOI_EVENT_RESPONDED], o, FOI_EVENT_REVIEW_REQUESTED, &rc);
        if (!e)
            return rc;
        e->note = note_safe_from_reply;
    }
    return build_later(b, rr, o);
}

static int build(struct builder *b)
{
    const foi_case *c = b->c;
    struct regime_rules rules, *rr = &rules;
    regime_rules(rr, c->regime);
    const unsigned char *has = c->has;
    const foi_date *ev = c->events;
    int rc = FOI_OK;
    foi_timeline_entry *e;

    foi_deadline_options o;
    foi_deadline_options_init(&o);
    o.receipt_rule = c->receipt_rule;
    o.division = c->division;
    memcpy(o.calendars, c->calendars, sizeof o.calendars);

    if (!has[FOI_EVENT_RECEIVED])
        return build_from_reply(b, rr, &o);
    /* Both subject-access regimes pause for clarification, where they do
     * at all, rather than restart. */
    int le_sar = c->regime == FOI_REGIME_LE_SAR;
    /* Information asked for after the period ended: no pause under either. */
    int sar_late = subject_access_clarification_late(c);
    int le_sar_pause = le_sar && foi_le_sar_amended(ev[FOI_EVENT_RECEIVED]) && !sar_late;
    int sar = c->regime == FOI_REGIME_SAR || le_sar;
    foi_date anchor = ev[FOI_EVENT_RECEIVED];
    /* A clarification asked for after the response period. EIR reg 9(2):
     * the authority "shall (a) ask the applicant as soon as possible and in
     * any event no later than 20 working days after the date of receipt of
     * the request, to provide more particulars"; reg 9(4): "Where paragraph
     * (2) applies, ... the date on which the further particulars are
     * received by the public authority shall be treated as the date after
     * which the period of 20 working days ... shall be calculated". Only a
     * request for particulars within reg 9(2)'s time restarts the clock (EISR
     * reg 9 likewise). FOIA and FOISA s.1(3) set no limit, so the clock
     * restarts but the case is flagged. */
    int late_clarification = 0;
    if (!sar && has[FOI_EVENT_CLARIFICATION_REQUESTED]) {
        foi_deadline first;
        /* The limit that governed the original request (the Coronavirus
         * (Scotland) Act 2020's 60 working days for an answer in its band). */
        const foi_rule *first_rule =
            case_rule(c, FOI_ROLE_RESPONSE, ev[FOI_EVENT_RECEIVED], FOI_EVENT_RESPONDED);
        if ((rc = foi_deadline_compute_as(&first, first_rule, ev[FOI_EVENT_RECEIVED], &o, 0))) {
            foi_error_tag(rc, FOI_FIELD_RECEIVED);
            return rc;
        }
        late_clarification = ev[FOI_EVENT_CLARIFICATION_REQUESTED].serial > first.due.serial;
    }
    int environmental = c->regime == FOI_REGIME_EIR || c->regime == FOI_REGIME_EISR;
    int clarification_counts = !(late_clarification && environmental);
    int restarted = !sar && clarification_counts && has[FOI_EVENT_CLARIFICATION_RECEIVED];
    foi_event anchor_event = FOI_EVENT_RECEIVED;
    if (restarted) {
        anchor = ev[FOI_EVENT_CLARIFICATION_RECEIVED];
        anchor_event = FOI_EVENT_CLARIFICATION_RECEIVED;
    }
    const char *paused = NULL;
    if (has[FOI_EVENT_CLARIFICATION_REQUESTED] && !has[FOI_EVENT_CLARIFICATION_RECEIVED] &&
        clarification_counts)
        paused = !sar       ? note_awaiting_clarification
                 : le_sar   ? (le_sar_pause ? note_le_sar_awaiting_clarification : NULL)
                 : sar_late ? NULL
                 : sar_band(c) == SAR_ART_12A      ? note_sar_awaiting_clarification
                 : sar_band(c) == SAR_ICO_GUIDANCE ? note_sar_awaiting_clarification_guidance
                                                   : NULL;
    else if (has[FOI_EVENT_FEE_NOTICE] && !has[FOI_EVENT_FEE_PAID] && !foi_case_fee_notice_late(c))
        paused = note_awaiting_fee;
    o.has_pause = foi_case_pause(c, &o.pause_from, &o.pause_to);

    /* Rules in force only for a while are chosen by the date of receipt
     * (the restarted one after a clarification), and a limit repealed at
     * once by the day of the answer. */
    rr->response = case_rule(c, FOI_ROLE_RESPONSE, anchor, FOI_EVENT_RESPONDED);
    rr->extended = case_rule(c, FOI_ROLE_EXTENDED, anchor, FOI_EVENT_RESPONDED);
    rr->schools = case_rule(c, FOI_ROLE_SCHOOLS, anchor, FOI_EVENT_RESPONDED);
    const foi_rule *records = case_rule(c, FOI_ROLE_PUBLIC_RECORDS, anchor, FOI_EVENT_RESPONDED);
    /* Received while the Coronavirus (Scotland) Act 2020 limit was in force
     * but not answered by its repeal: the usual limit applies again. */
    const foi_rule *banded_response = foi_rule_of_date(c->regime, FOI_ROLE_RESPONSE, anchor);
    int covid_lapsed = banded_response && banded_response->in_force_until.serial &&
                       rr->response != banded_response && !c->school && !c->public_records;

    /* The response, or its extension. */
    const foi_rule *response = c->school ? rr->schools : c->public_records ? records : rr->response;
    b->response = response;
    if (c->school) {
        o.school_days = c->school_days;
        o.n_school_days = c->n_school_days;
    }
    int extended = c->pit_extension && rr->extended;
    /* A direction (SI 2004/3364 regs 5 and 6) puts the day the Commissioner
     * specified in place of the twentieth working day. */
    const foi_rule *directed = !has[FOI_EVENT_DIRECTION]                      ? NULL
                               : c->direction_ground == FOI_GROUND_OUTSIDE_UK ? rr->outside_uk
                                                                              : rr->armed_forces;
    if (paused) {
        add_paused(b, directed ? directed : response, anchor, FOI_EVENT_RESPONDED, paused);
        if (extended)
            add_paused(b, rr->extended, anchor, FOI_EVENT_RESPONDED, paused);
    } else {
        if (directed) {
            if (!(e = add(b, response, anchor_event, anchor, &o, FOI_EVENT_RESPONDED, &rc)))
                return rc;
            e->extended = 1;
            e->note = note_directed_20;
            o.directed = c->direction_days;
            e = add(b, directed, anchor_event, anchor, &o, FOI_EVENT_RESPONDED, &rc);
            o.directed = 0;
            if (!e)
                return rc;
            e->note = note_directed;
        } else if (!(e = add(b, response, anchor_event, anchor, &o, FOI_EVENT_RESPONDED, &rc)))
            return rc;
        if (restarted)
            e->note = note_restarted;
        if (response->in_force_until.serial)
            e->note = note_covid;
        else if (covid_lapsed)
            e->note = note_covid_lapsed;
        if (late_clarification)
            e->note = environmental ? note_clarification_too_late : note_clarification_late;
        if (le_sar && has[FOI_EVENT_CLARIFICATION_REQUESTED])
            e->note = sar_late       ? note_le_sar_clarification_late
                      : le_sar_pause ? note_le_sar_paused
                                     : note_le_sar_no_pause;
        else if (sar && has[FOI_EVENT_CLARIFICATION_REQUESTED])
            e->note = sar_late ? (sar_band(c) == SAR_ART_12A ? note_sar_clarification_late
                                                             : note_sar_guidance_late)
                      : sar_band(c) == SAR_NO_PAUSE     ? note_sar_no_pause
                      : sar_band(c) == SAR_ICO_GUIDANCE ? note_sar_guidance
                                                        : note_sar_art12a;
        if (foi_case_fee_late(c))
            e->note = c->regime == FOI_REGIME_FOISA  ? note_fee_late_scotland
                      : c->regime == FOI_REGIME_EIR  ? note_fee_late_eir
                      : c->regime == FOI_REGIME_EISR ? note_fee_late_eisr
                                                     : note_fee_late;
        if (foi_case_fee_notice_late(c))
            e->note = note_fee_notice_late;
        if (e->deadline.notes & FOI_NOTE_NO_SCHOOL_CALENDAR)
            e->note = note_no_school_calendar;
        if (extended && c->has_extension_claimed &&
            c->extension_claimed.serial > e->deadline.due.serial) {
            /* The notice came after the time it was meant to extend. */
            extended = 0;
            e->note = le_sar                          ? note_extension_late_le_sar
                      : c->regime == FOI_REGIME_SAR   ? note_extension_late_sar
                      : c->regime == FOI_REGIME_FOIA  ? note_extension_late_foia
                      : c->regime == FOI_REGIME_FOISA ? note_extension_late_covid
                                                      : note_extension_late_eir;
        }
        if (extended) {
            e->extended = 1;
            e->note = note_extended;
            /* FOISA s.20(5): the time allowed for complying is then the
             * extended one (the Coronavirus (Scotland) Act 2020 extension). */
            b->response = rr->extended;
            foi_date extends = e->deadline.due;
            if (!(e = add(b, rr->extended, anchor_event, anchor, &o, FOI_EVENT_RESPONDED, &rc)))
                return rc;
            if (restarted)
                e->note = note_restarted;
            if ((c->school || c->public_records || directed) &&
                (rc = extend_from(e, extends, rr->response)))
                return rc;
        }
    }
    o.school_days = NULL;
    o.n_school_days = 0;

    /* The fee's own time limit (counted on the case's calendars: EIR and
     * EISR give it in working days). */
    foi_deadline_options fo;
    foi_deadline_options_init(&fo);
    memcpy(fo.calendars, c->calendars, sizeof fo.calendars);
    if (rr->fee_period && has[FOI_EVENT_FEE_NOTICE] &&
        !add(b, rr->fee_period, FOI_EVENT_FEE_NOTICE, ev[FOI_EVENT_FEE_NOTICE], &fo,
             FOI_EVENT_FEE_PAID, &rc))
        return rc;

    /* Reviews. FOISA counts the review window from the end of the response
     * period, so it applies before any response. */
    if (c->regime == FOI_REGIME_FOISA) {
        if (paused) {
            add_paused(b, rr->review_request, anchor, FOI_EVENT_REVIEW_REQUESTED, paused);
        } else {
            o.has_response = has[FOI_EVENT_RESPONDED];
            o.response = ev[FOI_EVENT_RESPONDED];
            /* The time allowed by s.10 is a school's own. */
            if (response->unit == FOI_UNIT_SCHOOL_DAYS) {
                o.school_days = c->school_days;
                o.n_school_days = c->n_school_days;
            }
            if (!(e = add(b, rr->review_request, anchor_event, anchor, &o,
                          FOI_EVENT_REVIEW_REQUESTED, &rc)))
                return rc;
            if (e->deadline.notes & FOI_NOTE_SAFER_EARLIER)
                e->note = note_safer;
            o.has_response = 0;
            o.school_days = NULL;
            o.n_school_days = 0;
        }
    }
    return build_later(b, rr, &o);
}

/* The review and regulator entries, from the response on. */
static int build_later(struct builder *b, struct regime_rules *rr, foi_deadline_options *o)
{
    const foi_case *c = b->c;
    const unsigned char *has = c->has;
    const foi_date *ev = c->events;
    int rc = FOI_OK;
    foi_timeline_entry *e;
    (void)o;
    if (c->regime != FOI_REGIME_FOISA && rr->review_request && has[FOI_EVENT_RESPONDED]) {
        if (!add(b, rr->review_request, FOI_EVENT_RESPONDED, ev[FOI_EVENT_RESPONDED], NULL,
                 FOI_EVENT_REVIEW_REQUESTED, &rc))
            return rc;
    }
    foi_deadline_options ro;
    foi_deadline_options_init(&ro);
    ro.receipt_rule = c->receipt_rule;
    memcpy(ro.calendars, c->calendars, sizeof ro.calendars);
    foi_date review_due = {0};
    if (rr->review_response && has[FOI_EVENT_REVIEW_REQUESTED]) {
        /* A school's or the Keeper's review has its own limit, and the
         * Coronavirus (Scotland) Act 2020 one governed a review answered
         * while it was in force. */
        foi_date rq = ev[FOI_EVENT_REVIEW_REQUESTED];
        const foi_rule *review =
            c->school ? case_rule(c, FOI_ROLE_SCHOOLS_REVIEW, rq, FOI_EVENT_REVIEW_RESPONDED)
            : c->public_records
                ? case_rule(c, FOI_ROLE_PUBLIC_RECORDS_REVIEW, rq, FOI_EVENT_REVIEW_RESPONDED)
                : NULL;
        if (!review)
            review = case_rule(c, FOI_ROLE_REVIEW_RESPONSE, rq, FOI_EVENT_REVIEW_RESPONDED);
        if (review->unit == FOI_UNIT_SCHOOL_DAYS) {
            ro.school_days = c->school_days;
            ro.n_school_days = c->n_school_days;
        }
        if (!(e = add(b, review, FOI_EVENT_REVIEW_REQUESTED, rq, &ro, FOI_EVENT_REVIEW_RESPONDED,
                      &rc)))
            return rc;
        ro.school_days = NULL;
        ro.n_school_days = 0;
        const foi_rule *banded_review = foi_rule_of_date(c->regime, FOI_ROLE_REVIEW_RESPONSE, rq);
        if (review->in_force_until.serial)
            e->note = note_covid_review;
        else if (banded_review && banded_review->in_force_until.serial && review != banded_review &&
                 !c->school && !c->public_records)
            e->note = note_covid_review_lapsed;
        review_due = e->deadline.due;
        if (rr->review_max &&
            !add(b, rr->review_max, FOI_EVENT_REVIEW_REQUESTED, ev[FOI_EVENT_REVIEW_REQUESTED], &ro,
                 FOI_EVENT_REVIEW_RESPONDED, &rc))
            return rc;
    }

    /* The regulator. */
    e = NULL;
    if (rr->regulator && has[FOI_EVENT_REVIEW_RESPONDED]) {
        if (!(e = add(b, rr->regulator, FOI_EVENT_REVIEW_RESPONDED, ev[FOI_EVENT_REVIEW_RESPONDED],
                      &ro, FOI_EVENT_COMPLAINED, &rc)))
            return rc;
    } else if (rr->regulator && has[FOI_EVENT_REVIEW_REQUESTED] &&
               (c->regime == FOI_REGIME_FOISA || c->regime == FOI_REGIME_EISR)) {
        if (!(e = add(b, rr->regulator, FOI_EVENT_REVIEW_REQUESTED, review_due, &ro,
                      FOI_EVENT_COMPLAINED, &rc)))
            return rc;
        e->note = note_review_period;
    }
    /* A decision notice answers a complaint (FOIA s.50(1), applied to EIR by
     * reg 18; FOISA s.47(1) and s.49(3)(b), applied to EISR by reg 17): the
     * complaint was made, so the window is met even without its date. */
    if (e && has[FOI_EVENT_DECISION_NOTICE] && !has[FOI_EVENT_COMPLAINED]) {
        e->note = foi_note_complained;
        e->done = 1;
        e->done_inferred = 1;
    }
    if (has[FOI_EVENT_DECISION_NOTICE] && rr->appeal &&
        !add(b, rr->appeal, FOI_EVENT_DECISION_NOTICE, ev[FOI_EVENT_DECISION_NOTICE], &ro, -1, &rc))
        return rc;
    return FOI_OK;
}

int foi_timeline_compute_into(foi_timeline *t, const foi_case *c)
{
    FOI_REQUIRE_ARG(t);
    FOI_REQUIRE_ARG(c);
    FOI_REQUIRE_VERSION(c, FOI_CASE_VERSION);
    int rc = validate(c);
    if (rc)
        return rc;
    t->n = 0;
    t->regime = c->regime;
    t->audience = c->audience;
    struct builder b = {t, c, NULL};
    if ((rc = build(&b)))
        return rc;
    /* Date order, paused entries last; stable, so ties keep the rule order. */
    for (size_t i = 1; i < t->n; i++) {
        foi_timeline_entry e = t->entries[i];
        size_t j = i;
        while (j > 0) {
            const foi_timeline_entry *p = &t->entries[j - 1];
            int later = p->paused > e.paused ||
                        (p->paused == e.paused && p->deadline.due.serial > e.deadline.due.serial);
            if (!later)
                break;
            t->entries[j] = t->entries[j - 1];
            j--;
        }
        t->entries[j] = e;
    }
    return FOI_OK;
}

int foi_timeline_compute(foi_timeline **out, const foi_case *c)
{
    FOI_REQUIRE_ARG(out);
    FOI_REQUIRE_ARG(c);
    foi_timeline *t = calloc(1, sizeof *t);
    if (!t)
        return foi_fail(FOI_ENOMEM, "out of memory computing a timeline");
    int rc = foi_timeline_compute_into(t, c);
    if (rc) {
        free(t);
        return rc;
    }
    *out = t;
    return FOI_OK;
}

size_t foi_timeline_count(const foi_timeline *t)
{
    return t ? t->n : 0;
}

const foi_timeline_entry *foi_timeline_entry_at(const foi_timeline *t, size_t i)
{
    return t && i < t->n ? &t->entries[i] : NULL;
}

int foi_timeline_status(foi_status *out, const foi_timeline *t, size_t i, foi_date today)
{
    FOI_REQUIRE_ARG(out);
    FOI_REQUIRE_ARG(t);
    const foi_timeline_entry *e = foi_timeline_entry_at(t, i);
    if (!e)
        return foi_fail(FOI_EINVAL, "timeline entry %zu does not exist", i);
    if (e->paused || e->extended || e->done_inferred) {
        memset(out, 0, sizeof *out);
        out->state = e->paused     ? FOI_STATE_PAUSED
                     : e->extended ? FOI_STATE_EXTENDED
                                   : FOI_STATE_MET;
        return FOI_OK;
    }
    int rc = foi_deadline_status(out, &e->deadline, today, e->done ? &e->done_on : NULL);
    foi_date first = {0}, last = {0};
    if (rc == FOI_ERANGE) {
        foi_calendar_coverage(e->deadline.calendar, &first, &last, NULL);
        if (today.serial < first.serial || today.serial > last.serial)
            foi_error_tag(rc, FOI_FIELD_TODAY);
    }
    return rc;
}

void foi_timeline_free(foi_timeline *t)
{
    free(t);
}
