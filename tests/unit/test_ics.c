/* Tests of the iCalendar writer of the core library (<foiclock/ics.h>): the
 * text (escaping, folding on UTF-8 boundaries, control characters, names
 * that are not UTF-8), event identity (authorities, references, repeats,
 * the first UID scheme), updates against a previous export (SEQUENCE,
 * cancelled events, kept events, alarms of met deadlines), calendars
 * without events, and previous exports that are refused. */
#include <stdio.h>
#include <string.h>

#include <foiclock/ics.h>

#include "testutil.h"

/* 2026-11-26T00:00Z: 3,630,240 minutes after 2020-01-01T00:00Z. */
#define STAMP ((int64_t)20783 * 86400)
#define BASE 3630240

/* ---- a small reader of the output, independent of the writer ---- */

struct ev {
    char uid[256], status[16], summary[512];
    long sequence;
    int alarms;
    char start[9];
    char desc[1024];
};

/* Copies src into a field, asserting it fits. */
#define COPY(dst, src)                                                                             \
    do {                                                                                           \
        ck_assert_msg(strlen(src) < sizeof(dst), "field too long: %s", src);                       \
        memcpy(dst, src, strlen(src) + 1);                                                         \
    } while (0)

/* Unfolds text into lines (CR LF endings required, every line at most 75
 * octets, continuation lines start with one space) and checks the whole
 * text is UTF-8. Returns the number of events read into ev. */
static size_t read_events(const char *text, struct ev *ev, size_t max, int *components)
{
    size_t n = 0;
    int depth = 0, in_event = 0, comps = 0;
    char line[4096];
    size_t ll = 0;
    const char *p = text;
    /* UTF-8 and line lengths first */
    for (const unsigned char *u = (const unsigned char *)text; *u;) {
        if (*u < 0x80) {
            u++;
            continue;
        }
        int k = (*u & 0xE0) == 0xC0 ? 2 : (*u & 0xF0) == 0xE0 ? 3 : (*u & 0xF8) == 0xF0 ? 4 : 0;
        ck_assert_msg(k > 0, "not UTF-8 at offset %ld", (long)((const char *)u - text));
        for (int i = 1; i < k; i++)
            ck_assert_msg((u[i] & 0xC0) == 0x80, "not UTF-8 at offset %ld",
                          (long)((const char *)u - text));
        u += k;
    }
    while (*p) {
        const char *e = strstr(p, "\r\n");
        ck_assert_msg(e != NULL, "a line without CR LF");
        size_t len = (size_t)(e - p);
        ck_assert_msg(len <= 75, "a line of %zu octets: %.*s", len, (int)len, p);
        ck_assert_msg(memchr(p, '\n', len) == NULL && memchr(p, '\r', len) == NULL, "bare CR/LF");
        const char *next = e + 2;
        if (*p == ' ') {
            ck_assert(ll + len < sizeof line);
            memcpy(line + ll, p + 1, len - 1);
            ll += len - 1;
        } else {
            ck_assert(len < sizeof line);
            memcpy(line, p, len);
            ll = len;
        }
        line[ll] = '\0';
        p = next;
        if (*p == ' ')
            continue; /* more of this line follows */
        if (strncmp(line, "BEGIN:", 6) == 0) {
            if (depth == 1)
                comps++;
            depth++;
            if (depth == 2 && strcmp(line, "BEGIN:VEVENT") == 0) {
                ck_assert(n < max);
                memset(&ev[n], 0, sizeof ev[n]);
                ev[n].sequence = -1;
                in_event = 1;
            } else if (in_event && strcmp(line, "BEGIN:VALARM") == 0) {
                ev[n].alarms++;
            }
        } else if (strncmp(line, "END:", 4) == 0) {
            depth--;
            if (depth == 1 && in_event) {
                in_event = 0;
                n++;
            }
        } else if (in_event && depth == 2) {
            struct ev *x = &ev[n];
            if (strncmp(line, "UID:", 4) == 0)
                COPY(x->uid, line + 4);
            else if (strncmp(line, "SEQUENCE:", 9) == 0)
                x->sequence = strtol(line + 9, NULL, 10);
            else if (strncmp(line, "STATUS:", 7) == 0)
                COPY(x->status, line + 7);
            else if (strncmp(line, "SUMMARY:", 8) == 0)
                COPY(x->summary, line + 8);
            else if (strncmp(line, "DESCRIPTION:", 12) == 0)
                COPY(x->desc, line + 12);
            else if (strncmp(line, "DTSTART;VALUE=DATE:", 19) == 0)
                COPY(x->start, line + 19);
        } else if (in_event && strncmp(line, "DESCRIPTION:", 12) == 0) {
            /* an alarm's text: it must end with the days and the date */
            ck_assert_msg(strstr(line, " working day") != NULL, "alarm text cut: %s", line);
        }
    }
    ck_assert_int_eq(depth, 0);
    if (components)
        *components = comps;
    return n;
}

static const struct ev *find(const struct ev *ev, size_t n, const char *uid)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(ev[i].uid, uid) == 0)
            return &ev[i];
    return NULL;
}

static foi_ics_options opts(const char *authority, const char *previous)
{
    foi_ics_options o;
    foi_ics_options_init(&o);
    o.stamp = STAMP;
    o.authority = authority;
    o.previous = previous;
    o.previous_name = "case.ics";
    return o;
}

static char *export(foi_case *c, const foi_ics_options *o)
{
    foi_timeline *t;
    ck_assert_int_eq(foi_timeline_compute(&t, c), FOI_OK);
    char *out = NULL;
    const foi_case *cs[1] = {c};
    const foi_timeline *ts[1] = {t};
    int rc = foi_ics_timelines(&out, cs, ts, 1, o);
    ck_assert_msg(rc == FOI_OK, "%s", foi_error_last());
    foi_timeline_free(t);
    return out;
}

/* ---- text ---- */

START_TEST(test_text_escaping_and_folding)
{
    /* ;  ,  \ escaped; a line break in a name becomes a space (a title is
     * one line); the other control characters too; a long multi-byte name
     * is cut on a character boundary, and the alarm keeps its days. */
    foi_case c;
    foi_case_init(&c, FOI_REGIME_FOIA);
    c.ref = "R;1,\\x\nnext\x1b[31m";
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2026, 6, 1));
    char authority[400] = "";
    for (int i = 0; i < 100; i++)
        strcat(authority, "\xc3\xa9"); /* é: 200 bytes */
    foi_ics_options o = opts(authority, NULL);
    char *out = export(&c, &o);
    struct ev ev[4];
    ck_assert_uint_eq(read_events(out, ev, 4, NULL), 1);
    ck_assert_ptr_nonnull(strstr(ev[0].summary, "R\\;1\\,\\\\x next [31m - "));
    /* 120 bytes of the authority (60 characters), then an ellipsis */
    ck_assert_ptr_nonnull(strstr(ev[0].summary, "\xc3\xa9\xc3\xa9\xe2\x80\xa6"));
    ck_assert_ptr_null(strstr(out, "\x1b"));
    ck_assert_int_eq(ev[0].alarms, 2);
    /* X-WR-CALNAME is TEXT too */
    ck_assert_ptr_nonnull(strstr(out, "X-WR-CALNAME:FOI deadlines - R\\;1\\,\\\\x next [31m"));
    /* The UID keeps the whole name apart from any other: hashed past 64 */
    ck_assert_msg(strstr(ev[0].uid, "foia.response~foia~_C3_A9") == ev[0].uid, "%s", ev[0].uid);
    ck_assert_ptr_nonnull(strchr(ev[0].uid, '='));
    foi_ics_free(out);
}
END_TEST

START_TEST(test_names_not_utf8)
{
    foi_case c;
    foi_case_init(&c, FOI_REGIME_FOIA);
    c.ref = "Caf\xe9"; /* Windows-1252 */
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2026, 6, 1));
    foi_timeline *t;
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_OK);
    foi_ics_options o = opts(NULL, NULL);
    char *out = NULL;
    const foi_case *cs[1] = {&c};
    const foi_timeline *ts[1] = {t};
    ck_assert_int_eq(foi_ics_timelines(&out, cs, ts, 1, &o), FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "not UTF-8 text (byte 0xE9 at offset 3)"));
    c.ref = "Cafe";
    o.authority = "\xff";
    ck_assert_int_eq(foi_ics_timelines(&out, cs, ts, 1, &o), FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "authority"));
    ck_assert_ptr_null(out);
    foi_timeline_free(t);
}
END_TEST

START_TEST(test_stamp_range)
{
    const foi_rule *r;
    foi_deadline d;
    ck_assert_int_eq(foi_rule_find(&r, "foia.response"), FOI_OK);
    ck_assert_int_eq(foi_deadline_compute(&d, r, D(2026, 6, 1), NULL), FOI_OK);
    foi_ics_options o = opts(NULL, NULL);
    char *out = NULL;
    o.stamp = 253402300800LL; /* 10000-01-01T00:00:00Z */
    ck_assert_int_eq(foi_ics_deadline(&out, &d, "X", &o), FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "0001 to 9999"));
    o.stamp = 253402300799LL;
    ck_assert_int_eq(foi_ics_deadline(&out, &d, "X", &o), FOI_OK);
    ck_assert_ptr_nonnull(strstr(out, "DTSTAMP:99991231T235959Z\r\n"));
    /* SEQUENCE stops at the largest an INTEGER holds */
    ck_assert_ptr_nonnull(strstr(out, "SEQUENCE:2147483647\r\n"));
    foi_ics_free(out);
}
END_TEST

/* ---- identity ---- */

START_TEST(test_authorities_keep_cases_apart)
{
    /* Two authorities, the same reference and receipt date: different UIDs. */
    foi_case c;
    foi_case_init(&c, FOI_REGIME_FOIA);
    c.ref = "FOI-1";
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2026, 6, 1));
    foi_ics_options o = opts("Anytown Council", NULL);
    char *a = export(&c, &o);
    o.authority = "Othertown Council";
    char *b = export(&c, &o);
    struct ev ea[2], eb[2];
    ck_assert_uint_eq(read_events(a, ea, 2, NULL), 1);
    ck_assert_uint_eq(read_events(b, eb, 2, NULL), 1);
    ck_assert_str_eq(ea[0].uid, "foia.response~foia~Anytown_20Council~FOI-1@foiclock");
    ck_assert_str_eq(eb[0].uid, "foia.response~foia~Othertown_20Council~FOI-1@foiclock");
    /* Without a reference, two cases of one day never share a UID, even
     * with everything else the same, in one export or two. */
    c.ref = NULL;
    o.authority = "Anytown Council";
    char *x = export(&c, &o);
    o.stamp += 60;
    char *y = export(&c, &o);
    struct ev ex[2], ey[2];
    ck_assert_uint_eq(read_events(x, ex, 2, NULL), 1);
    ck_assert_uint_eq(read_events(y, ey, 2, NULL), 1);
    ck_assert_str_ne(ex[0].uid, ey[0].uid);
    foi_timeline *t;
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_OK);
    const foi_case *cs[2] = {&c, &c};
    const foi_timeline *ts[2] = {t, t};
    char *both = NULL;
    ck_assert_int_eq(foi_ics_timelines(&both, cs, ts, 2, &o), FOI_OK);
    struct ev e2[4];
    ck_assert_uint_eq(read_events(both, e2, 4, NULL), 2);
    ck_assert_str_ne(e2[0].uid, e2[1].uid);
    /* The same reference twice in one calendar is refused. */
    c.ref = "FOI-1";
    foi_ics_free(both);
    both = NULL;
    ck_assert_int_eq(foi_ics_timelines(&both, cs, ts, 2, &o), FOI_EINVAL);
    ck_assert_str_eq(foi_error_last(), "ref 'FOI-1' at 'Anytown Council' is already in this "
                                       "calendar: the events of one case come from one row only "
                                       "(give each case its own ref)");
    ck_assert_ptr_null(both);
    foi_timeline_free(t);
    foi_ics_free(a);
    foi_ics_free(b);
    foi_ics_free(x);
    foi_ics_free(y);
}
END_TEST

START_TEST(test_writer_repeats)
{
    foi_ics_options o = opts(NULL, NULL);
    foi_ics_writer *w;
    char *head, *ev;
    ck_assert_int_eq(foi_ics_writer_new(&w, &head, NULL, &o), FOI_OK);
    foi_ics_free(head);
    const foi_rule *resp, *rev;
    ck_assert_int_eq(foi_rule_find(&resp, "foia.response"), FOI_OK);
    ck_assert_int_eq(foi_rule_find(&rev, "foia.review-request"), FOI_OK);
    foi_deadline d1, d2;
    ck_assert_int_eq(foi_deadline_compute(&d1, resp, D(2026, 6, 1), NULL), FOI_OK);
    ck_assert_int_eq(foi_deadline_compute(&d2, rev, D(2026, 6, 1), NULL), FOI_OK);
    /* one ref may carry several rules */
    ck_assert_int_eq(foi_ics_writer_deadline(w, &ev, &d1, "R1", "A", 2), FOI_OK);
    foi_ics_free(ev);
    ck_assert_int_eq(foi_ics_writer_deadline(w, &ev, &d2, "R1", "A", 3), FOI_OK);
    foi_ics_free(ev);
    /* ... each once */
    ck_assert_int_eq(foi_ics_writer_deadline(w, &ev, &d2, "R1", "A", 4), FOI_EINVAL);
    ck_assert_str_eq(foi_error_last(),
                     "line 4: ref 'R1' at 'A' already has the rule foia.review-request on line 3: "
                     "the events of one case come from one row only (give each case its own ref)");
    ck_assert_ptr_null(ev);
    /* another authority is another case */
    ck_assert_int_eq(foi_ics_writer_deadline(w, &ev, &d2, "R1", "B", 5), FOI_OK);
    foi_ics_free(ev);
    /* a case with the ref of rule rows, and a case twice */
    foi_case c;
    foi_case_init(&c, FOI_REGIME_FOIA);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2026, 6, 1));
    foi_timeline *t;
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_OK);
    c.ref = "R1";
    ck_assert_int_eq(foi_ics_writer_case(w, &ev, &c, t, "A", 6), FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "line 6: ref 'R1' at 'A' is already the ref "
                                                   "of the rule row on line 2"));
    c.ref = "R2";
    ck_assert_int_eq(foi_ics_writer_case(w, &ev, &c, t, "A", 7), FOI_OK);
    foi_ics_free(ev);
    ck_assert_int_eq(foi_ics_writer_case(w, &ev, &c, t, "A", 8), FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(
        foi_error_last(), "line 8: ref 'R2' at 'A' is already the ref of the case on line 7"));
    ck_assert_int_eq(foi_ics_writer_deadline(w, &ev, &d1, "R2", "A", 9), FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "is already the ref of the case on line 7"));
    foi_ics_counts n;
    foi_ics_writer_counts(w, &n);
    ck_assert_uint_eq(n.written, 4);
    ck_assert_int_eq(foi_ics_writer_finish(w, &ev), FOI_OK);
    ck_assert_str_eq(ev, "END:VCALENDAR\r\n");
    foi_ics_free(ev);
    foi_timeline_free(t);
    foi_ics_writer_free(w);
}
END_TEST

/* ---- updates ---- */

START_TEST(test_case_life)
{
    /* Received Mon 1 June 2026 (response due Tue 30 June); a clarification
     * asked for on 3 June stops the clock: the response event is cancelled,
     * with a higher SEQUENCE; the clarification on 10 June restarts it
     * (due 20 WD after 10 June: Thu 9 July, 15 June skipped... counted by
     * the library) and the event comes back with a higher SEQUENCE still;
     * the response on 2 July meets it: no alarm, SEQUENCE up. */
    foi_case c;
    foi_case_init(&c, FOI_REGIME_FOIA);
    c.ref = "FOI-9";
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2026, 6, 1));
    foi_ics_options o = opts(NULL, NULL);
    char *f1 = export(&c, &o);
    struct ev e[8];
    ck_assert_uint_eq(read_events(f1, e, 8, NULL), 1);
    ck_assert_int_eq(e[0].sequence, BASE);
    ck_assert_str_eq(e[0].status, "CONFIRMED");
    ck_assert_int_eq(e[0].alarms, 2);
    const char *uid = "foia.response~foia~~FOI-9@foiclock";
    ck_assert_str_eq(e[0].uid, uid);

    /* the same again: nothing changes, byte for byte */
    o.previous = f1;
    char *same = export(&c, &o);
    ck_assert_str_eq(same, f1);
    foi_ics_free(same);

    foi_case_set(&c, FOI_EVENT_CLARIFICATION_REQUESTED, D(2026, 6, 3));
    char *f2 = export(&c, &o);
    int comps;
    ck_assert_uint_eq(read_events(f2, e, 8, &comps), 1);
    ck_assert_int_ge(comps, 1);
    ck_assert_str_eq(e[0].uid, uid);
    ck_assert_str_eq(e[0].status, "CANCELLED");
    ck_assert_int_eq(e[0].sequence, BASE + 1);
    ck_assert_int_eq(e[0].alarms, 0);
    ck_assert_str_eq(e[0].start, "20260630");

    o.previous = f2;
    o.stamp = STAMP - 86400; /* a clock set back: SEQUENCE still rises */
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_RECEIVED, D(2026, 6, 10));
    char *f3 = export(&c, &o);
    ck_assert_uint_eq(read_events(f3, e, 8, NULL), 1);
    ck_assert_str_eq(e[0].status, "CONFIRMED");
    ck_assert_int_eq(e[0].sequence, BASE + 2);
    ck_assert_int_eq(e[0].alarms, 2);

    o.previous = f3;
    o.stamp = STAMP + 3600; /* an hour later: 60 minutes on */
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2026, 7, 2));
    char *f4 = export(&c, &o);
    size_t n = read_events(f4, e, 8, NULL);
    ck_assert_uint_eq(n, 2);
    const struct ev *r = find(e, n, uid);
    ck_assert_ptr_nonnull(r);
    ck_assert_int_eq(r->alarms, 0);
    ck_assert_int_eq(r->sequence, BASE + 60);
    const struct ev *rr = find(e, n, "foia.review-request~foia~~FOI-9@foiclock");
    ck_assert_ptr_nonnull(rr);
    ck_assert_int_eq(rr->sequence, BASE + 60);
    ck_assert_int_eq(rr->alarms, 2);
    foi_ics_free(f1);
    foi_ics_free(f2);
    foi_ics_free(f3);
    foi_ics_free(f4);
}
END_TEST

START_TEST(test_merge_and_replace)
{
    /* A second case into the file of the first: both kept (merged). */
    foi_case a, b;
    foi_case_init(&a, FOI_REGIME_FOIA);
    a.ref = "A-1";
    foi_case_set(&a, FOI_EVENT_RECEIVED, D(2026, 6, 1));
    foi_case_init(&b, FOI_REGIME_EIR);
    b.ref = "B-1";
    foi_case_set(&b, FOI_EVENT_RECEIVED, D(2026, 6, 2));
    foi_ics_options o = opts(NULL, NULL);
    char *f1 = export(&a, &o);
    o.previous = f1;
    char *f2 = export(&b, &o);
    struct ev e[8];
    size_t n = read_events(f2, e, 8, NULL);
    ck_assert_uint_eq(n, 2);
    ck_assert_ptr_nonnull(find(e, n, "foia.response~foia~~A-1@foiclock"));
    ck_assert_ptr_nonnull(find(e, n, "eir.response~eir~~B-1@foiclock"));
    /* the title no longer names one case */
    ck_assert_ptr_nonnull(strstr(f2, "X-WR-CALNAME:FOI deadlines\r\n"));
    /* The case kept as it was: its text is the first file's */
    const char *ev1 = strstr(f1, "BEGIN:VEVENT");
    ck_assert_ptr_nonnull(strstr(f2, ev1 ? ev1 : "?") ? "ok" : NULL);

    /* Replacing: a file that owns its events cancels the case gone. */
    foi_ics_writer *w;
    char *head, *body, *tail;
    o.previous = f2;
    o.flags = FOI_ICS_REPLACE;
    ck_assert_int_eq(foi_ics_writer_new(&w, &head, "FOI deadlines", &o), FOI_OK);
    foi_timeline *t;
    ck_assert_int_eq(foi_timeline_compute(&t, &b), FOI_OK);
    ck_assert_int_eq(foi_ics_writer_case(w, &body, &b, t, NULL, 2), FOI_OK);
    ck_assert_int_eq(foi_ics_writer_finish(w, &tail), FOI_OK);
    foi_ics_counts k;
    foi_ics_writer_counts(w, &k);
    ck_assert_uint_eq(k.written, 1);
    ck_assert_uint_eq(k.cancelled, 1);
    ck_assert_uint_eq(k.kept, 0);
    size_t len = strlen(head) + strlen(body) + strlen(tail) + 1;
    char *all = malloc(len);
    snprintf(all, len, "%s%s%s", head, body, tail);
    n = read_events(all, e, 8, NULL);
    ck_assert_uint_eq(n, 2);
    const struct ev *gone = find(e, n, "foia.response~foia~~A-1@foiclock");
    ck_assert_ptr_nonnull(gone);
    ck_assert_str_eq(gone->status, "CANCELLED");
    ck_assert_int_eq(gone->sequence, BASE + 1);
    ck_assert_str_eq(gone->summary, "FOI response due - A-1");
    ck_assert_str_eq(find(e, n, "eir.response~eir~~B-1@foiclock")->status, "CONFIRMED");
    ck_assert_int_eq(find(e, n, "eir.response~eir~~B-1@foiclock")->sequence, BASE);
    foi_ics_writer_free(w);

    /* and once cancelled, it stays so, unchanged, on the next export */
    foi_ics_free(head);
    o.previous = all;
    ck_assert_int_eq(foi_ics_writer_new(&w, &head, "FOI deadlines", &o), FOI_OK);
    char *body2, *tail2;
    ck_assert_int_eq(foi_ics_writer_case(w, &body2, &b, t, NULL, 2), FOI_OK);
    ck_assert_int_eq(foi_ics_writer_finish(w, &tail2), FOI_OK);
    ck_assert_str_eq(tail2, tail);
    ck_assert_str_eq(body2, body);
    foi_ics_writer_free(w);
    foi_ics_free(head);
    foi_ics_free(body);
    foi_ics_free(tail);
    foi_ics_free(body2);
    foi_ics_free(tail2);
    free(all);
    foi_timeline_free(t);
    foi_ics_free(f1);
    foi_ics_free(f2);
}
END_TEST

/* An export of the first UID scheme (foiclock 0.1), as it was written. */
static const char old_file[] =
    "BEGIN:VCALENDAR\r\nPRODID:-//foiclock//foiclock 0.1.0//EN\r\nVERSION:2.0\r\n"
    "BEGIN:VEVENT\r\nUID:foia.response.FOI-7@foiclock\r\nDTSTAMP:20260601T000000Z\r\n"
    "LAST-MODIFIED:20260601T000000Z\r\nSEQUENCE:0\r\nDTSTART;VALUE=DATE:20260630\r\n"
    "DTEND;VALUE=DATE:20260701\r\nSUMMARY:FOI response due - FOI-7\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:foia.fee-period.FOI-7@foiclock\r\nDTSTAMP:20260601T000000Z\r\n"
    "SEQUENCE:2\r\nDTSTART;VALUE=DATE:20260903\r\nSUMMARY:Fees notice lapses - "
    "FOI-7\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:foia.response.OTHER@foiclock\r\nDTSTAMP:20260601T000000Z\r\n"
    "SEQUENCE:0\r\nDTSTART;VALUE=DATE:20260701\r\nSUMMARY:FOI response due - "
    "OTHER\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

START_TEST(test_first_scheme_carried_over)
{
    /* FOI-7's response event goes on under its old UID (calendars update
     * it), marked with the case it now belongs to; its fee-period event,
     * no longer in the case, is cancelled under its old UID; OTHER's event
     * is kept as it was. */
    foi_case c;
    foi_case_init(&c, FOI_REGIME_FOIA);
    c.ref = "FOI-7";
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2026, 6, 1));
    foi_ics_options o = opts("Anytown Council", old_file);
    char *out = export(&c, &o);
    struct ev e[8];
    size_t n = read_events(out, e, 8, NULL);
    ck_assert_uint_eq(n, 3);
    const struct ev *r = find(e, n, "foia.response.FOI-7@foiclock");
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(r->status, "CONFIRMED");
    ck_assert_int_eq(r->sequence, BASE); /* changed (new lines), so up */
    ck_assert_ptr_nonnull(strstr(out, "X-FOICLOCK-CASE:foia~Anytown_20Council~FOI-7\r\n"));
    const struct ev *fee = find(e, n, "foia.fee-period.FOI-7@foiclock");
    ck_assert_ptr_nonnull(fee);
    ck_assert_str_eq(fee->status, "CANCELLED");
    ck_assert_ptr_nonnull(find(e, n, "foia.response.OTHER@foiclock"));
    ck_assert_str_eq(find(e, n, "foia.response.OTHER@foiclock")->status, "");
    ck_assert_ptr_null(find(e, n, "foia.response~foia~Anytown_20Council~FOI-7@foiclock"));
    /* Again: the carried event stays put, and another authority's FOI-7
     * cannot take it over. */
    o.previous = out;
    char *again = export(&c, &o);
    ck_assert_str_eq(again, out);
    o.authority = "Othertown Council";
    char *other = export(&c, &o);
    n = read_events(other, e, 8, NULL);
    ck_assert_ptr_nonnull(find(e, n, "foia.response~foia~Othertown_20Council~FOI-7@foiclock"));
    ck_assert_str_eq(find(e, n, "foia.response.FOI-7@foiclock")->status, "CONFIRMED");
    foi_ics_free(out);
    foi_ics_free(again);
    foi_ics_free(other);
}
END_TEST

static ptrdiff_t read_chunks(void *ctx, char *buf, size_t size)
{
    /* three bytes at a time: lines and folds straddle every read */
    const char **p = ctx;
    size_t n = strlen(*p);
    if (n > 3)
        n = 3;
    if (n > size)
        n = size;
    memcpy(buf, *p, n);
    *p += n;
    return (ptrdiff_t)n;
}

START_TEST(test_previous_through_reader)
{
    foi_case c;
    foi_case_init(&c, FOI_REGIME_FOIA);
    c.ref = "FOI-7";
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2026, 6, 1));
    foi_ics_options o = opts("Anytown Council", old_file);
    char *from_text = export(&c, &o);
    const char *cursor = old_file;
    o.previous = NULL;
    o.previous_read = read_chunks;
    o.previous_ctx = &cursor;
    char *from_reader = export(&c, &o);
    ck_assert_str_eq(from_reader, from_text);
    foi_ics_free(from_text);
    foi_ics_free(from_reader);
}
END_TEST

START_TEST(test_never_empty)
{
    /* No holidays in a week of July: the calendar still has a component. */
    foi_ics_options o = opts(NULL, NULL);
    char *out = NULL;
    ck_assert_int_eq(
        foi_ics_holidays(&out, foi_calendar_builtin(FOI_CAL_UK), D(2026, 7, 6), D(2026, 7, 10), &o),
        FOI_OK);
    int comps;
    ck_assert_uint_eq(read_events(out, NULL, 0, &comps), 0);
    ck_assert_int_eq(comps, 1);
    ck_assert_ptr_nonnull(strstr(out, "BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n"));
    foi_ics_free(out);
    /* A case whose clock is stopped from the start has no dated deadline. */
    foi_case c;
    foi_case_init(&c, FOI_REGIME_FOIA);
    c.ref = "P";
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2026, 6, 1));
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_REQUESTED, D(2026, 6, 1));
    out = export(&c, &o);
    ck_assert_uint_eq(read_events(out, NULL, 0, &comps), 0);
    ck_assert_int_eq(comps, 1);
    foi_ics_free(out);
}
END_TEST

static const struct bad_previous {
    const char *text, *message;
} bad_previous[] = {
    {"BEGIN:VCALENDAR\r\nPRODID:-//foiclock//x//EN\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
     "case.ics:3: END:VEVENT where END:VCALENDAR was expected"},
    {"END:VEVENT\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
     "case.ics:1: END without a matching BEGIN"},
    {"BEGIN:VCALENDAR\r\nPRODID:-//foiclock//x//EN\r\nBEGIN:VEVENT\r\n",
     "case.ics: the file ends before its VCALENDAR is closed"},
    {"BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nEND:VCALENDAR\r\n",
     "case.ics: not a calendar foiclock wrote (its PRODID is '-//Google Inc//Google Calendar "
     "70.9054//EN')"},
    {"BEGIN:VCALENDAR\r\nPRODID:-//foiclock//x//EN\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\n"
     "END:VCALENDAR\r\n",
     "case.ics:3: an event without a date"},
    {"BEGIN:VCALENDAR\r\nPRODID:-//foiclock//x//EN\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE="
     "DATE:20260230\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
     "case.ics:5: DTSTART '20260230' is not a date"},
    {"BEGIN:VCALENDAR\r\nPRODID:-//foiclock//x//EN\r\nBEGIN:VEVENT\r\nUID:x\r\nSEQUENCE:1x\r\n"
     "DTSTART;VALUE=DATE:20260630\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
     "case.ics:5: SEQUENCE '1x' is not a number"},
    {"Date,Title\n", "case.ics:1: not an iCalendar file"},
};

START_TEST(test_bad_previous)
{
    const struct bad_previous *b = &bad_previous[_i];
    foi_case c;
    foi_case_init(&c, FOI_REGIME_FOIA);
    c.ref = "X";
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2026, 6, 1));
    foi_timeline *t;
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_OK);
    foi_ics_options o = opts(NULL, b->text);
    char *out = NULL;
    const foi_case *cs[1] = {&c};
    const foi_timeline *ts[1] = {t};
    ck_assert_int_eq(foi_ics_timelines(&out, cs, ts, 1, &o), FOI_EINVAL);
    ck_assert_msg(strstr(foi_error_last(), b->message) != NULL, "%s", foi_error_last());
    ck_assert_ptr_null(out);
    foi_ics_writer *w = NULL;
    char *head = NULL;
    o.flags = FOI_ICS_REPLACE;
    ck_assert_int_eq(foi_ics_writer_new(&w, &head, NULL, &o), FOI_EINVAL);
    ck_assert_ptr_null(w);
    foi_timeline_free(t);
}
END_TEST

START_TEST(test_previous_empty_or_lf)
{
    /* An empty previous file is no previous export; LF line endings and
     * folded lines read as CR LF ones do. */
    foi_case c;
    foi_case_init(&c, FOI_REGIME_FOIA);
    c.ref = "X";
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2026, 6, 1));
    foi_ics_options o = opts(NULL, "");
    char *a = export(&c, &o);
    o.previous = NULL;
    char *b = export(&c, &o);
    ck_assert_str_eq(a, b);
    /* the same file with LF endings: still unchanged, so the same SEQUENCE */
    char *lf = malloc(strlen(a) + 1);
    size_t k = 0;
    for (const char *p = a; *p; p++)
        if (*p != '\r')
            lf[k++] = *p;
    lf[k] = '\0';
    o.previous = lf;
    o.stamp = STAMP + 600;
    char *c2 = export(&c, &o);
    struct ev e[2];
    ck_assert_uint_eq(read_events(c2, e, 2, NULL), 1);
    ck_assert_int_eq(e[0].sequence, BASE);
    free(lf);
    foi_ics_free(a);
    foi_ics_free(b);
    foi_ics_free(c2);
}
END_TEST

START_TEST(test_holidays_merged)
{
    /* A holiday proclaimed for Monday 12 October 2026 (by a builder) is in
     * the first export of October; the built-in calendar has no such day,
     * so the next export of October cancels it, while the events of other
     * months, outside the range exported, are kept. */
    foi_calendar_builder *b;
    ck_assert_int_eq(foi_calendar_builder_new(&b), FOI_OK);
    ck_assert_int_eq(foi_calendar_builder_add(b, D(2026, 10, 12), FOI_DIV_SCOTLAND, "Test day"),
                     FOI_OK);
    foi_calendar *sc;
    ck_assert_int_eq(foi_calendar_builder_build(&sc, b, FOI_CAL_SCOTLAND), FOI_OK);
    foi_ics_options o = opts(NULL, NULL);
    char *aug = NULL, *oct = NULL, *again = NULL;
    ck_assert_int_eq(foi_ics_holidays(&aug, sc, D(2026, 8, 1), D(2026, 8, 31), &o), FOI_OK);
    o.previous = aug;
    ck_assert_int_eq(foi_ics_holidays(&oct, sc, D(2026, 10, 1), D(2026, 10, 31), &o), FOI_OK);
    struct ev e[8];
    size_t n = read_events(oct, e, 8, NULL);
    ck_assert_uint_eq(n, 2);
    ck_assert_ptr_nonnull(find(e, n, "20261012-test-day-scotland@foiclock"));
    o.previous = oct;
    ck_assert_int_eq(foi_ics_holidays(&again, foi_calendar_builtin(FOI_CAL_SCOTLAND),
                                      D(2026, 10, 1), D(2026, 10, 31), &o),
                     FOI_OK);
    n = read_events(again, e, 8, NULL);
    ck_assert_uint_eq(n, 2);
    ck_assert_str_eq(find(e, n, "20261012-test-day-scotland@foiclock")->status, "CANCELLED");
    ck_assert_str_eq(find(e, n, "20261012-test-day-scotland@foiclock")->summary, "Test day");
    ck_assert_str_eq(find(e, n, "20260803-summer-bank-holiday-scotland@foiclock")->status,
                     "CONFIRMED");
    foi_ics_free(aug);
    foi_ics_free(oct);
    foi_ics_free(again);
    foi_calendar_free(sc);
    foi_calendar_builder_free(b);
}
END_TEST

START_TEST(test_long_names_cancelled)
{
    /* A reference too long to stand whole in a UID: its events, once
     * cancelled, keep the title they had (it cannot be read off the UID). */
    char ref[200];
    memset(ref, 'x', sizeof ref - 1);
    ref[sizeof ref - 1] = '\0';
    foi_case c;
    foi_case_init(&c, FOI_REGIME_FOIA);
    c.ref = ref;
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2026, 6, 1));
    foi_ics_options o = opts(NULL, NULL);
    char *a = export(&c, &o);
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_REQUESTED, D(2026, 6, 2));
    o.previous = a;
    char *b = export(&c, &o);
    struct ev e[2];
    ck_assert_uint_eq(read_events(b, e, 2, NULL), 1);
    ck_assert_str_eq(e[0].status, "CANCELLED");
    ck_assert_ptr_nonnull(strstr(e[0].summary, "FOI response due - xxxxxxxx"));
    ck_assert_ptr_nonnull(strstr(e[0].summary, "\xe2\x80\xa6"));
    ck_assert_ptr_nonnull(strchr(e[0].uid, '='));
    foi_ics_free(a);
    foi_ics_free(b);
}
END_TEST

static ptrdiff_t read_fails(void *ctx, char *buf, size_t size)
{
    (void)ctx;
    (void)buf;
    (void)size;
    return -1;
}

START_TEST(test_previous_unreadable)
{
    foi_case c;
    foi_case_init(&c, FOI_REGIME_FOIA);
    c.ref = "X";
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2026, 6, 1));
    foi_timeline *t;
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_OK);
    foi_ics_options o = opts(NULL, NULL);
    o.previous_read = read_fails;
    const foi_case *cs[1] = {&c};
    const foi_timeline *ts[1] = {t};
    char *out = NULL;
    for (unsigned flags = 0; flags <= FOI_ICS_REPLACE; flags += FOI_ICS_REPLACE) {
        o.flags = flags;
        if (flags) {
            foi_ics_writer *w = NULL;
            ck_assert_int_eq(foi_ics_writer_new(&w, &out, NULL, &o), FOI_EIO);
        } else {
            ck_assert_int_eq(foi_ics_timelines(&out, cs, ts, 1, &o), FOI_EIO);
        }
        ck_assert_str_eq(foi_error_last(), "case.ics: cannot read it");
        ck_assert_ptr_null(out);
    }
    /* arguments checked, not trusted */
    o = opts(NULL, NULL);
    ck_assert_int_eq(foi_ics_timelines(NULL, cs, ts, 1, &o), FOI_EINVAL);
    ck_assert_int_eq(foi_ics_timelines(&out, NULL, ts, 1, &o), FOI_EINVAL);
    ck_assert_int_eq(foi_ics_deadline(&out, NULL, "X", &o), FOI_EINVAL);
    ck_assert_int_eq(foi_ics_holidays(&out, NULL, D(2026, 1, 1), D(2026, 1, 2), &o), FOI_EINVAL);
    o.remind = NULL;
    ck_assert_int_eq(foi_ics_timelines(&out, cs, ts, 1, &o), FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "remind is NULL"));
    foi_ics_counts k;
    foi_ics_writer_counts(NULL, &k);
    ck_assert_uint_eq(k.written + k.kept + k.cancelled + k.unnamed, 0);
    foi_ics_writer_free(NULL);
    foi_ics_free(NULL);
    foi_timeline_free(t);
}
END_TEST

static const struct bad_text {
    const char *text, *message;
} bad_text[] = {
    {"BEGIN:VCALENDAR\r\nPRODID:-//foiclock//x//EN\r\nX-A:"
     "0123456789012345678901234567890123456789012345678901234567890123456789012345\r\n"
     "END:VCALENDAR\r\n",
     "case.ics:3: a line of 80 octets, longer than the 75 iCalendar allows"},
    {"BEGIN:VCALENDAR\r\nPRODID:-//foiclock//x//EN\r\nX-A:caf\xe9\r\nEND:VCALENDAR\r\n",
     "case.ics:3: byte 0xE9 at column 8 is not UTF-8 text"},
    {"BEGIN:VCALENDAR\r\nPRODID:-//foiclock//x//EN\r\nX-A:a\x1b\r\nEND:VCALENDAR\r\n",
     "case.ics:3: byte 0x1B at column 6 is not text (a control character)"},
    {"BEGIN:VCALENDAR\r\nPRODID:-//foiclock//x//EN\r\nBEGIN:\r\nEND:VCALENDAR\r\n",
     "case.ics:3: a BEGIN line without a component name"},
    {"BEGIN:VCALENDAR\r\nPRODID:-//foiclock//x//EN\r\nEND:VCALENDAR\r\nX-A:b\r\n",
     "case.ics:4: text after the VCALENDAR"},
    {"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "(it has no PRODID)"},
    {"BEGIN:VCALENDAR\r\nPRODID:-//foiclock//x//EN\r\nBEGIN:VEVENT\r\nDTSTART:20260101\r\n"
     "END:VEVENT\r\nEND:VCALENDAR\r\n",
     "case.ics:3: an event without a UID"},
};

START_TEST(test_previous_not_foiclock_text)
{
    const struct bad_text *b = &bad_text[_i];
    const foi_rule *r;
    foi_deadline d;
    ck_assert_int_eq(foi_rule_find(&r, "foia.response"), FOI_OK);
    ck_assert_int_eq(foi_deadline_compute(&d, r, D(2026, 6, 1), NULL), FOI_OK);
    foi_ics_options o = opts(NULL, b->text);
    char *out = NULL;
    ck_assert_int_eq(foi_ics_deadline(&out, &d, "X", &o), FOI_EINVAL);
    ck_assert_msg(strstr(foi_error_last(), b->message) != NULL, "%s", foi_error_last());
}
END_TEST

int main(void)
{
    Suite *s = suite_create("ics");
    TCase *tc = tcase_create("text");
    tcase_add_test(tc, test_text_escaping_and_folding);
    tcase_add_test(tc, test_names_not_utf8);
    tcase_add_test(tc, test_stamp_range);
    suite_add_tcase(s, tc);
    tc = tcase_create("identity");
    tcase_add_test(tc, test_authorities_keep_cases_apart);
    tcase_add_test(tc, test_writer_repeats);
    suite_add_tcase(s, tc);
    tc = tcase_create("updates");
    tcase_add_test(tc, test_case_life);
    tcase_add_test(tc, test_merge_and_replace);
    tcase_add_test(tc, test_first_scheme_carried_over);
    tcase_add_test(tc, test_previous_through_reader);
    tcase_add_test(tc, test_never_empty);
    tcase_add_loop_test(tc, test_bad_previous, 0,
                        (int)(sizeof bad_previous / sizeof *bad_previous));
    tcase_add_test(tc, test_previous_empty_or_lf);
    tcase_add_test(tc, test_holidays_merged);
    tcase_add_test(tc, test_long_names_cancelled);
    tcase_add_test(tc, test_previous_unreadable);
    tcase_add_loop_test(tc, test_previous_not_foiclock_text, 0,
                        (int)(sizeof bad_text / sizeof *bad_text));
    suite_add_tcase(s, tc);
    return run_suites(&s, 1);
}
