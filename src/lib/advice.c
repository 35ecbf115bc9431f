/* What a case means for the people in it: the regime's title, each
 * deadline's status in words, and the "what this means" advice, as data
 * with an English rendering. Every front end renders these; none decides
 * them. */
#include <stdio.h>
#include <string.h>

#include <foiclock/timeline.h>

#include "internal.h"
#include "sbuf.h"
#include "timeline_internal.h"

const char *foi_regime_title(foi_regime regime)
{
    static const char *const titles[FOI_REGIME_COUNT] = {
        "FOIA request",           "EIR request",
        "FOISA request",          "EISR request",
        "Subject access request", "Law-enforcement subject access request"};
    return (unsigned)regime < FOI_REGIME_COUNT ? titles[regime] : "";
}

/* "responded", "review requested", ...: an event name for people. */
static void event_words(struct sbuf *sb, foi_event event)
{
    const char *name = foi_event_name(event);
    for (const char *p = name; *p; p++)
        sb_put(sb, *p == '_' ? " " : p, 1);
}

static const char *plural(int n)
{
    return n == 1 ? "" : "s";
}

size_t foi_status_text(char *buf, size_t size, const foi_timeline_entry *e, const foi_status *s)
{
    struct sbuf acc = {0};
    if (e && e->deadline.rule && s)
        foi_status_words(&acc, e, s);
    return sb_finish(&acc, buf, size);
}

void foi_status_words(struct sbuf *sb, const foi_timeline_entry *e, const foi_status *s)
{
    foi_unit u = e->deadline.rule->unit;
    int wd = u == FOI_UNIT_WORKING_DAYS || u == FOI_UNIT_SCHOOL_DAYS;
    const char *unit = wd ? "working day" : "day";
    char day[FOI_DATE_LONG_SIZE];
    switch (s->state) {
    case FOI_STATE_PENDING:
        sb_printf(sb, "open: %d %s%s left", s->remaining, unit, plural(s->remaining));
        break;
    case FOI_STATE_DUE_TODAY:
        sb_puts(sb, "due today");
        break;
    case FOI_STATE_OVERDUE:
        if (!e->has_done_event)
            sb_printf(sb, "passed %d day%s ago", s->overdue_days, plural(s->overdue_days));
        else if (!wd)
            sb_printf(sb, "overdue by %d day%s", s->overdue, plural(s->overdue));
        else
            sb_printf(sb, "overdue by %d %s%s (%d calendar day%s)", s->overdue, unit,
                      plural(s->overdue), s->overdue_days, plural(s->overdue_days));
        break;
    case FOI_STATE_MET:
    case FOI_STATE_MISSED:
        if (e->done_inferred) {
            sb_puts(sb, "met: complained (the decision notice shows it; the date is not given)");
            break;
        }
        sb_puts(sb, s->state == FOI_STATE_MET ? "met: " : "missed: ");
        if (e->has_done_event)
            event_words(sb, e->done_event);
        sb_printf(sb, " %s, ", foi_date_format_long(e->done_on, day));
        if (s->state == FOI_STATE_MISSED)
            sb_printf(sb, "%d %s%s late", s->late, unit, plural(s->late));
        else if (s->early)
            sb_printf(sb, "%d %s%s early", s->early, unit, plural(s->early));
        else
            sb_puts(sb, "on the last day");
        break;
    case FOI_STATE_PAUSED:
        sb_puts(sb, "paused: the clock is stopped");
        break;
    case FOI_STATE_EXTENDED:
        sb_puts(sb, "extended");
        break;
    }
}

/* The advice for entry e with status s, if any: returns 1 and fills *a.
 * fee_lost: the fee period ended without the fee (paid late or not at all),
 * so the authority has no duty to answer (FOIA s.9(2), FOISA s.9(3)) and
 * the response deadlines give no advice of their own. */
static int advise(foi_advice *a, const foi_timeline_entry *e, const foi_status *s, int fee_lost)
{
    foi_role role = e->deadline.rule->role;
    if (fee_lost && (role == FOI_ROLE_RESPONSE || role == FOI_ROLE_EXTENDED ||
                     role == FOI_ROLE_SCHOOLS || role == FOI_ROLE_PUBLIC_RECORDS ||
                     role == FOI_ROLE_ARMED_FORCES || role == FOI_ROLE_OUTSIDE_UK))
        return 0;
    if (role == FOI_ROLE_FEE_PERIOD &&
        (s->state == FOI_STATE_MISSED || s->state == FOI_STATE_OVERDUE)) {
        a->date = e->deadline.due;
        a->kind = s->state == FOI_STATE_MISSED ? FOI_ADVICE_FEE_LATE : FOI_ADVICE_FEE_EXPIRED;
        return 1;
    }
    /* A requester's own window (to ask for a review, to complain, to
     * appeal) that has closed unused needs no advice: it cannot be met now. */
    int requester_window = !e->has_done_event || role == FOI_ROLE_REVIEW_REQUEST ||
                           role == FOI_ROLE_COMPLAINT || role == FOI_ROLE_APPEAL;
    if (s->state == FOI_STATE_OVERDUE && requester_window)
        return 0;
    a->date = e->deadline.due;
    if (e->paused) {
        a->kind = FOI_ADVICE_ON_HOLD;
        a->note = e->note;
        return 1;
    }
    int late = s->state == FOI_STATE_OVERDUE;
    switch (role) {
    case FOI_ROLE_RESPONSE:
    case FOI_ROLE_EXTENDED:
    case FOI_ROLE_SCHOOLS:
    case FOI_ROLE_PUBLIC_RECORDS:
    case FOI_ROLE_ARMED_FORCES:
    case FOI_ROLE_OUTSIDE_UK:
        if (e->extended)
            return 0;
        a->kind = !e->done ? (late ? FOI_ADVICE_ANSWER_LATE : FOI_ADVICE_EXPECT_ANSWER)
                  : s->state == FOI_STATE_MISSED ? FOI_ADVICE_ANSWERED_LATE
                                                 : FOI_ADVICE_ANSWERED_IN_TIME;
        return 1;
    case FOI_ROLE_REVIEW_REQUEST:
        a->kind = FOI_ADVICE_ASK_REVIEW;
        return !e->done;
    case FOI_ROLE_REVIEW_RESPONSE:
    case FOI_ROLE_SCHOOLS_REVIEW:
    case FOI_ROLE_PUBLIC_RECORDS_REVIEW:
        a->kind = late ? FOI_ADVICE_REVIEW_LATE : FOI_ADVICE_REVIEW_EXPECTED;
        return !e->done;
    case FOI_ROLE_COMPLAINT:
        /* Made (or shown made by a decision notice): nothing left to do. */
        a->kind = FOI_ADVICE_COMPLAIN;
        return !e->done;
    case FOI_ROLE_APPEAL:
        a->kind = FOI_ADVICE_APPEAL;
        return 1;
    case FOI_ROLE_FEE_PERIOD:
        a->kind = FOI_ADVICE_PAY_FEE;
        return !e->done;
    default:
        return 0;
    }
}

int foi_timeline_advice(foi_advice *out, size_t cap, size_t *n, const foi_timeline *t,
                        foi_date today)
{
    FOI_REQUIRE_ARG(n);
    FOI_REQUIRE_ARG(t);
    if (cap)
        FOI_REQUIRE_ARG(out);
    size_t k = 0;
    foi_status st[FOI_TIMELINE_MAX_ENTRIES];
    int fee_lost = 0;
    for (size_t i = 0; i < t->n; i++) {
        int rc = foi_timeline_status(&st[i], t, i, today);
        if (rc)
            return rc;
        if (t->entries[i].deadline.rule->role == FOI_ROLE_FEE_PERIOD &&
            (st[i].state == FOI_STATE_MISSED || st[i].state == FOI_STATE_OVERDUE))
            fee_lost = 1;
    }
    for (size_t i = 0; i < t->n; i++) {
        const foi_timeline_entry *e = &t->entries[i];
        const foi_status s = st[i];
        foi_advice a;
        memset(&a, 0, sizeof a);
        a.audience = t->audience;
        a.entry = i;
        a.rule = e->deadline.rule;
        a.regime = t->regime;
        if (!advise(&a, e, &s, fee_lost))
            continue;
        if (k < cap)
            out[k] = a;
        k++;
    }
    *n = k;
    return FOI_OK;
}

size_t foi_advice_text(char *buf, size_t size, const foi_advice *a)
{
    struct sbuf acc = {0};
    if (a && a->rule)
        foi_advice_words(&acc, a);
    return sb_finish(&acc, buf, size);
}

/* Each kind in the words of the advice's audience: the requester is "you";
 * the authority is told what to do; neutral words name both sides. */
void foi_advice_words(struct sbuf *sb, const foi_advice *a)
{
    char d[FOI_DATE_LONG_SIZE];
    foi_date_format_long(a->date, d);
    int scot = a->regime == FOI_REGIME_FOISA || a->regime == FOI_REGIME_EISR;
    int sar = a->regime == FOI_REGIME_SAR || a->regime == FOI_REGIME_LE_SAR;
    const char *regulator = scot ? "the Scottish Information Commissioner" : "the ICO";
    const char *body = sar ? "controller" : "authority";
    int who = a->audience == FOI_AUDIENCE_REQUESTER   ? 1
              : a->audience == FOI_AUDIENCE_AUTHORITY ? 2
                                                      : 0;
    /* What the requester can do next about a late or missing answer. */
    const char *next = sar ? (who == 2 ? "complain to you" : "complain to the controller")
                           : (who == 1 ? "ask it for a review" : "ask for a review");
    switch (a->kind) {
    case FOI_ADVICE_ON_HOLD:
        sb_printf(sb, "On hold (%s): %s", a->rule->summary, a->note ? a->note : "");
        break;
    case FOI_ADVICE_ANSWER_LATE:
        if (who == 1)
            sb_printf(sb, "The answer is late: it was due by %s. You can %s and then go to %s.", d,
                      next, regulator);
        else
            sb_printf(sb,
                      "The answer is late: it was due by %s.%s The requester can %s and then go "
                      "to %s.",
                      d, who == 2 ? " Send it without further delay." : "", next, regulator);
        break;
    case FOI_ADVICE_EXPECT_ANSWER:
        if (who == 1)
            sb_printf(sb,
                      "Expect an answer by %s. If none has come by then, the %s is late: you can "
                      "%s and then go to %s.",
                      d, body, next, regulator);
        else if (who == 2)
            sb_printf(sb,
                      "Answer by %s. After that the answer is late, and the requester can %s and "
                      "then go to %s.",
                      d, next, regulator);
        else
            sb_printf(sb,
                      "The answer is due by %s. If none has come by then, it is late: the "
                      "requester can %s and then go to %s.",
                      d, next, regulator);
        break;
    case FOI_ADVICE_ANSWERED_LATE:
        sb_printf(
            sb, who == 2 ? "The answer was sent late (due %s)." : "The answer came late (due %s).",
            d);
        break;
    case FOI_ADVICE_ANSWERED_IN_TIME:
        sb_printf(sb,
                  who == 2 ? "The answer was sent in time (due %s)."
                           : "The answer came in time (due %s).",
                  d);
        break;
    case FOI_ADVICE_ASK_REVIEW:
        if (who == 1)
            sb_printf(sb, "To challenge the outcome, ask for a review by %s.", d);
        else
            sb_printf(sb, "The requester can ask for a review of the outcome until %s.", d);
        break;
    case FOI_ADVICE_REVIEW_LATE:
        if (who == 1)
            sb_printf(sb, "The review answer is late: it was due by %s. You can go to %s.", d,
                      regulator);
        else
            sb_printf(sb,
                      "The review answer is late: it was due by %s. The requester can go to %s.", d,
                      regulator);
        break;
    case FOI_ADVICE_REVIEW_EXPECTED:
        sb_printf(
            sb, who == 2 ? "Answer the review by %s." : "The review should be answered by %s.", d);
        break;
    case FOI_ADVICE_COMPLAIN:
        if (who == 1)
            sb_printf(sb, "If you are still unhappy, apply to %s by %s.", regulator, d);
        else
            sb_printf(sb, "The requester can apply to %s until %s.", regulator, d);
        break;
    case FOI_ADVICE_APPEAL:
        sb_printf(sb,
                  "To appeal the decision notice, the First-tier Tribunal must receive %s appeal "
                  "by %s.",
                  who == 1 ? "your" : "the", d);
        break;
    case FOI_ADVICE_PAY_FEE:
        if (who == 1)
            sb_printf(sb, "Pay the fee by %s or the authority need not answer.", d);
        else if (who == 2)
            sb_printf(sb, "The fee must be paid by %s; if it is not, you need not answer.", d);
        else
            sb_printf(sb, "The fee must be paid by %s, or the authority need not answer.", d);
        break;
    case FOI_ADVICE_FEE_LATE:
        if (a->regime == FOI_REGIME_EIR || a->regime == FOI_REGIME_EISR)
            /* EIR reg 8(6) disregards the wait whenever the payment came. */
            sb_printf(sb,
                      "The fee was paid after the time to pay it ended on %s, so the authority "
                      "is not obliged to make the information available (%s).",
                      d, a->rule->basis);
        else
            sb_printf(sb,
                      "The fee was paid after the time to pay it ended on %s, so the authority "
                      "is not obliged to answer (%s), and no days are added to its time.",
                      d, a->rule->basis);
        break;
    case FOI_ADVICE_FEE_EXPIRED:
        sb_printf(sb,
                  "The time to pay the fee ended on %s without payment, so the authority is not "
                  "obliged to answer this request (%s).",
                  d, a->rule->basis);
        break;
    default:
        break;
    }
}

const char *foi_advice_kind_name(foi_advice_kind kind)
{
    static const char *const names[FOI_ADVICE_KIND_COUNT] = {
        "on-hold",    "expect-answer",   "answer-late", "answered-late", "answered-in-time",
        "ask-review", "review-expected", "review-late", "complain",      "appeal",
        "pay-fee",    "fee-late",        "fee-expired"};
    return (unsigned)kind < FOI_ADVICE_KIND_COUNT ? names[kind] : "";
}

static const char *const audience_names[3] = {"neutral", "requester", "authority"};

const char *foi_audience_name(foi_audience audience)
{
    return (unsigned)audience <= FOI_AUDIENCE_AUTHORITY ? audience_names[audience] : "";
}

int foi_audience_from_name(foi_audience *out, const char *name)
{
    FOI_REQUIRE_ARG(out);
    FOI_REQUIRE_ARG(name);
    int i = foi_name_index(audience_names, 3, name);
    if (i >= 0) {
        *out = (foi_audience)i;
        return FOI_OK;
    }
    char q[80];
    return foi_fail(FOI_ENOTFOUND,
                    "unknown audience '%s': expected neutral, requester or authority",
                    name ? foi_quote(q, sizeof q, name, strlen(name)) : "(null)");
}
