/* Plain-English accounts of holidays and deadlines: what the CLI prints and
 * what calendar events describe. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <foiclock/rules.h>

#include "internal.h"
#include "sbuf.h"
#include "timeline_internal.h"

static void divisions_text(struct sbuf *sb, unsigned divisions)
{
    if (divisions == FOI_DIV_ALL) {
        sb_printf(sb, "all of the UK");
        return;
    }
    if (divisions == 0) {
        sb_printf(sb, "local");
        return;
    }
    const char *sep = "";
    for (unsigned bit = 1; bit <= FOI_DIV_NORTHERN_IRELAND; bit <<= 1) {
        if (divisions & bit) {
            sb_printf(sb, "%s%s", sep, foi_division_title(bit));
            sep = ", ";
        }
    }
}

/* Entries for the same day and name (they differ only in legal basis between
 * divisions, e.g. Good Friday) are shown once, with their divisions joined;
 * a source other than the built-in data is named. */
static void holidays_text(struct sbuf *sb, const foi_holiday *h, size_t n, const char *sep,
                          int with_date)
{
    for (size_t i = 0; i < n;) {
        unsigned div = 0;
        int prov = 0;
        size_t j = i;
        while (j < n && h[j].date.serial == h[i].date.serial && strcmp(h[j].name, h[i].name) == 0 &&
               h[j].substitute == h[i].substitute) {
            div |= h[j].divisions;
            prov |= h[j].provisional;
            j++;
        }
        char day[FOI_DATE_LONG_SIZE];
        sb_printf(sb, "%s%s%s%s%s (", i ? sep : "",
                  with_date ? foi_date_format_long(h[i].date, day) : "", with_date ? " " : "",
                  h[i].name, h[i].substitute ? " (substitute day)" : "");
        divisions_text(sb, div);
        if (strcmp(h[i].source, "built-in") != 0 && strcmp(h[i].source, "rules") != 0)
            sb_printf(sb, "; from %s", h[i].source);
        sb_printf(sb, prov ? "; provisional)" : ")");
        i = j;
    }
}

size_t foi_holidays_text(char *buf, size_t size, const foi_holiday *h, size_t n, const char *sep,
                         int with_dates)
{
    struct sbuf sb = {0};
    holidays_text(&sb, h, h ? n : 0, sep ? sep : ", ", with_dates);
    return sb_finish(&sb, buf, size);
}

/* The working of a deadline, for people, each line indented by ind. */
static void working(struct sbuf *sb, const foi_deadline *d, foi_receipt_rule receipt,
                    const char *ind, const char *via)
{
    const foi_rule *r = d->rule;
    char a[FOI_DATE_LONG_SIZE], b[FOI_DATE_LONG_SIZE];
    if (r->unit == FOI_UNIT_SCHOOL_DAYS) {
        sb_printf(sb,
                  "%sThe earlier of %d school days and %d working days after %s (day 0: the %s)",
                  ind, r->count, r->backstop, foi_date_format_long(d->start, a), r->anchor_text);
    } else if (r->anchor == FOI_ANCHOR_RESPONSE_PERIOD) {
        sb_printf(sb, "%s%d working days after %s (%s)", ind, r->count,
                  foi_date_format_long(d->start, a),
                  (d->notes & FOI_NOTE_LATE_RESPONSE) ? "the day the late response was received"
                                                      : "the day the response period ended");
    } else if (d->notes & FOI_NOTE_EXTENDS_LATER) {
        int n = 0;
        foi_calendar_count(&n, d->calendar, d->start, d->due); /* counted when computed */
        sb_printf(sb,
                  "%s%d working days after %s, the deadline it extends: an extension adds to "
                  "that deadline and never ends before it (ICO: no more than 20 working days "
                  "more)",
                  ind, n, foi_date_format_long(d->start, a));
    } else if (d->notes & FOI_NOTE_DIRECTED) {
        sb_printf(sb,
                  "%s%d working days after %s (day 0: the %s), the day the Information "
                  "Commissioner specified (at most the %dth)",
                  ind, d->directed, foi_date_format_long(d->start, a), r->anchor_text, r->count);
    } else if (d->notes & FOI_NOTE_BEGINNING_WITH) {
        sb_printf(sb, "%s%d %s%s beginning with %s (the %s)", ind, r->count,
                  foi_unit_singular(r->unit), r->count == 1 ? "" : "s",
                  foi_date_format_long(d->start, a), r->anchor_text);
    } else {
        sb_printf(sb, "%s%d %s%s after %s (day 0: the %s)", ind, r->count,
                  foi_unit_singular(r->unit), r->count == 1 ? "" : "s",
                  foi_date_format_long(d->start, a), r->anchor_text);
    }
    if (r->unit == FOI_UNIT_WORKING_DAYS || r->unit == FOI_UNIT_SCHOOL_DAYS || r->roll_forward ||
        r->grace)
        sb_printf(sb, ", on the %s calendar", foi_calendar_name(d->calendar));
    sb_printf(sb, ".\n");
    if (d->notes & FOI_NOTE_RECEIPT_NON_WORKING) {
        int stat = receipt == FOI_RECEIPT_STATUTORY;
        sb_printf(sb, "%s%s was not a working day. %s\n", ind, foi_date_format_long(d->anchor, a),
                  stat ? "By statute the day of arrival is still day 0;"
                       : "Under the next-working-day rule (s.45 Code of Practice) the next working "
                         "day is day 0;");
        sb_printf(sb, "%sunder the %s rule the deadline would be %s.\n", ind,
                  stat ? "next-working-day" : "statutory", foi_date_format_long(d->other_due, b));
    }
    if ((d->notes & FOI_NOTE_REGULATOR_READING) && d->rule->regime == FOI_REGIME_SAR)
        sb_printf(sb,
                  "%sUK GDPR Art 12A (from 5 February 2026): the period begins with that day, so "
                  "it ends the day before the corresponding date, and no provision moves a last "
                  "day that is not a working day. The ICO's guidance counts from the day of "
                  "receipt to its corresponding date, moved to the next working day on the %s "
                  "calendar: %s.\n",
                  ind, foi_calendar_name(d->calendar), foi_date_format_long(d->regulator_due, a));
    else if (d->notes & FOI_NOTE_REGULATOR_READING)
        sb_printf(sb,
                  "%sA period beginning with a day counts that day as its first, so it ends the "
                  "day before the corresponding date, and no provision moves a last day that is "
                  "not a working day. The ICO's guidance counts from the day after to that day's "
                  "corresponding date, moved to the next working day on the %s calendar: %s.\n",
                  ind, foi_calendar_name(d->calendar), foi_date_format_long(d->regulator_due, a));
    else if ((d->notes & FOI_NOTE_BEGINNING_WITH) && d->corresponding.serial != d->due.serial)
        sb_printf(sb,
                  "%sA period beginning with a day counts that day as its first, so it ends the "
                  "day before the corresponding date; read as running from the day after, it "
                  "would end on %s.\n",
                  ind, foi_date_format_long(d->corresponding, a));
    if (d->notes & FOI_NOTE_PAUSED)
        sb_printf(sb, "%s%d %s%s disregarded while the clock was stopped.\n", ind, d->paused_days,
                  r->unit == FOI_UNIT_MONTHS ? "calendar day" : "working day",
                  d->paused_days == 1 ? " was" : "s were");
    if (d->notes & FOI_NOTE_ROLLED)
        sb_printf(sb,
                  "%s%s is not a working day, so the last day in time is the next working day.\n",
                  ind, foi_date_format_long(d->unrolled, a));
    if (d->notes & FOI_NOTE_GRACE)
        sb_printf(sb,
                  "%s%s is not a working day: an appeal on %s is still in time (tribunal rules, "
                  "r.12).\n",
                  ind, foi_date_format_long(d->due, a), foi_date_format_long(d->grace, b));
    if (d->notes & FOI_NOTE_SAFER_EARLIER)
        sb_printf(sb,
                  "%sThe response came before the period ended: acting by %s (40 working days "
                  "after it) is safer.\n",
                  ind, foi_date_format_long(d->safer, a));
    if (r->unit == FOI_UNIT_SCHOOL_DAYS) {
        if (d->notes & FOI_NOTE_NO_SCHOOL_CALENDAR)
            sb_printf(sb,
                      "%sNo school calendar was given, so only the %d-working-day backstop is "
                      "shown; 20 school days may come earlier.\n",
                      ind, r->backstop);
        else if (d->notes & FOI_NOTE_SCHOOL_BACKSTOP)
            sb_printf(sb, "%sFewer than %d school days fall before the %d-working-day backstop.\n",
                      ind, r->count, r->backstop);
        else
            sb_printf(sb, "%sThe %d-working-day backstop would be %s.\n", ind, r->backstop,
                      foi_date_format_long(d->backstop_due, a));
    }
    int counted = r->unit == FOI_UNIT_WORKING_DAYS || r->unit == FOI_UNIT_SCHOOL_DAYS ||
                  (d->notes & FOI_NOTE_ROLLED);
    if (counted) {
        sb_printf(sb, "%sSkipped: ", ind);
        if (d->n_skipped)
            holidays_text(sb, d->skipped, d->n_skipped, "; ", 1);
        else
            sb_printf(sb, "no bank holidays");
        sb_printf(sb, ".\n");
    }
    if (d->band)
        sb_printf(sb, "%sVersion of the law: %s.\n", ind, d->band);
    sb_printf(sb, "%sBasis: %s%s%s%s (%s).\n", ind, r->basis, via ? " (applied by " : "",
              via ? via : "", via ? ")" : "",
              r->statutory ? "statutory" : "advisory: guidance, not statute");
    if (d->provisional) {
        foi_date pub;
        foi_calendar_coverage(d->calendar, NULL, NULL, &pub);
        sb_printf(sb,
                  "%sPROVISIONAL: this depends on bank holidays after %s, which are projected by "
                  "rule and may change.\n",
                  ind, foi_date_format_long(pub, a));
    }
}

size_t foi_deadline_text(char *buf, size_t size, const foi_deadline *d,
                         foi_receipt_rule receipt_rule, const char *indent)
{
    struct sbuf sb = {0};
    if (d && d->rule && d->calendar)
        working(&sb, d, receipt_rule, indent ? indent : "", NULL);
    return sb_finish(&sb, buf, size);
}

int foi_timeline_text(char **out, const foi_case *c, const foi_timeline *t, foi_date today)
{
    FOI_REQUIRE_ARG(out);
    FOI_REQUIRE_ARG(c);
    FOI_REQUIRE_ARG(t);
    if (!foi_serial_valid(today.serial))
        return foi_fail(FOI_EINVAL, "today is not a valid date");
    /* Every status and the advice before any text: a day the calendars
     * cannot count to fails here. */
    foi_status status[FOI_TIMELINE_MAX_ENTRIES];
    foi_advice advice[FOI_ADVICE_MAX];
    size_t nadvice;
    int rc;
    for (size_t i = 0; i < t->n; i++)
        if ((rc = foi_timeline_status(&status[i], t, i, today)))
            return rc;
    if ((rc = foi_timeline_advice(advice, FOI_ADVICE_MAX, &nadvice, t, today)))
        return rc;
    struct sbuf sb = {0};
    char a[FOI_DATE_LONG_SIZE], b[FOI_DATE_LONG_SIZE];
    foi_event first = c->has[FOI_EVENT_RECEIVED] ? FOI_EVENT_RECEIVED : FOI_EVENT_RESPONDED;
    sb_printf(&sb, "%s%s%s, %s %s; today is %s.\n", foi_regime_title(c->regime), c->ref ? " " : "",
              c->ref ? c->ref : "", first == FOI_EVENT_RECEIVED ? "received" : "responded",
              foi_date_format_long(c->events[first], a), foi_date_format_long(today, b));
    for (size_t i = 0; i < t->n; i++) {
        const foi_timeline_entry *e = &t->entries[i];
        const foi_rule *r = e->deadline.rule;
        if (e->paused) {
            sb_printf(&sb, "\n(on hold)  %s [%s]\n  %s\n", r->summary, r->id, e->note);
            continue;
        }
        sb_printf(&sb, "\n%s  %s [%s]\n  Status: ", foi_date_format_long(e->deadline.due, a),
                  r->summary, r->id);
        foi_status_words(&sb, e, &status[i]);
        sb_puts(&sb, ".\n");
        /* The working below says itself that no school calendar was given:
         * the entry's note would say it twice. */
        int school_note = (e->deadline.notes & FOI_NOTE_NO_SCHOOL_CALENDAR) && !e->extended;
        if (e->note && !school_note)
            sb_printf(&sb, "  %s\n", e->note);
        working(&sb, &e->deadline, c->receipt_rule, "  ",
                foi_rule_applied_by(c->regime, e->deadline.rule));
    }
    for (size_t i = 0; i < nadvice && i < FOI_ADVICE_MAX; i++) {
        sb_puts(&sb, i ? "- " : "\nWhat this means:\n- ");
        foi_advice_words(&sb, &advice[i]);
        sb_puts(&sb, "\n");
    }
    return sb_take(&sb, out);
}
