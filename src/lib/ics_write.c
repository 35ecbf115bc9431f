/* iCalendar output of deadlines and holidays as plain text: RFC 5545 TEXT
 * escaping, lines folded at 75 octets on UTF-8 character boundaries, CR LF
 * endings; event identity, SEQUENCE and cancellation against a previous
 * export (read by ics_read.c). No iCalendar library is needed, so every
 * front end of the core library can write calendars. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <foiclock/foiclock.h>
#include <foiclock/ics.h>

#include "ics_internal.h"
#include "internal.h"

static const int default_remind[] = {5, 1};

void foi_ics_options_init(foi_ics_options *o)
{
    if (!o)
        return;
    memset(o, 0, sizeof *o);
    o->version = FOI_ICS_OPTIONS_VERSION;
    o->remind = default_remind;
    o->n_remind = 2;
}

void foi_ics_free(char *s)
{
    free(s);
}

/* ---- text ---- */

/* Length of the well-formed UTF-8 character at p (at most n bytes), or 0. */
static size_t utf8_len(const unsigned char *p, size_t n)
{
    unsigned c = p[0];
    if (c < 0x80)
        return 1;
    size_t k = c >= 0xF0 && c <= 0xF4   ? 4
               : c >= 0xE0 && c <= 0xEF ? 3
               : c >= 0xC2 && c <= 0xDF ? 2
                                        : 0;
    if (!k || k > n)
        return 0;
    for (size_t i = 1; i < k; i++)
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] > 0x9F) || (c == 0xF0 && p[1] < 0x90) ||
        (c == 0xF4 && p[1] > 0x8F))
        return 0;
    return k;
}

/* A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped,
 * a line break as \n; other control characters, which TEXT cannot hold, are
 * dropped, and bytes that are not UTF-8 become U+FFFD. */
void ics_put_text(struct sbuf *b, const char *text)
{
    const unsigned char *p = (const unsigned char *)text, *end = p + strlen(text);
    while (*p) {
        unsigned c = *p;
        size_t k;
        if (c == '\\' || c == ';' || c == ',') {
            sb_putc(b, '\\');
            sb_putc(b, (char)c);
            p++;
        } else if (c == '\n' || c == '\r') {
            sb_put(b, "\\n", 2);
            p += c == '\r' && p[1] == '\n' ? 2 : 1;
        } else if ((c < 0x20 && c != '\t') || c == 0x7f) {
            p++;
        } else if ((k = utf8_len(p, (size_t)(end - p))) != 0) {
            sb_put(b, (const char *)p, k);
            p += k;
        } else {
            sb_put(b, "\xef\xbf\xbd", 3);
            p++;
        }
    }
}

/* Checks a name given by the user (a reference, an authority) and gives the
 * form used in titles: control characters (C0, DEL, C1) become spaces, and
 * a name longer than max bytes is cut on a character boundary with "...".
 * Text that is not UTF-8 is refused, naming the offending byte. */
int ics_clean_name(struct sbuf *out, const char *what, const char *s, size_t max)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = strlen(s);
    out->len = 0;
    for (size_t i = 0; i < n;) {
        size_t k = utf8_len(p + i, n - i);
        if (!k) {
            char q[80];
            return foi_fail(FOI_EINVAL,
                            "%s '%s' is not UTF-8 text (byte 0x%02X at offset %zu): save the "
                            "input as UTF-8",
                            what, foi_quote(q, sizeof q, s, n), p[i], i);
        }
        if (out->len + k > max) {
            sb_put(out, "\xe2\x80\xa6", 3);
            break;
        }
        unsigned c = p[i];
        int control = c < 0x20 || c == 0x7f || (c == 0xC2 && p[i + 1] < 0xA0);
        if (control)
            sb_putc(out, ' ');
        else
            sb_put(out, (const char *)p + i, k);
        i += k;
    }
    if (!out->s)
        sb_put(out, "", 0);
    return out->failed ? foi_fail(FOI_ENOMEM, "out of memory writing iCalendar") : FOI_OK;
}

/* The form of a name inside a UID: [A-Za-z0-9-] kept, any other byte as
 * _XX; past 64 characters, the first 48 (whole escapes only), '=' and a
 * 64-bit hash of the whole name. '=' and '~' never occur otherwise, so
 * different names give different forms (up to the hash). */
static void uid_part(struct sbuf *b, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t start = b->len;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        unsigned c = *p;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == '-') {
            sb_putc(b, (char)c);
        } else {
            char e[3] = {'_', hex[c >> 4], hex[c & 15]};
            sb_put(b, e, 3);
        }
    }
    if (b->failed || b->len - start <= 64)
        return;
    size_t cut = start;
    while (cut - start < 48) {
        size_t step = b->s[cut] == '_' ? 3 : 1;
        if (cut - start + step > 48)
            break;
        cut += step;
    }
    b->len = cut;
    char tail[20];
    snprintf(tail, sizeof tail, "=%016llx",
             (unsigned long long)ics_mix(ics_hash(ICS_HASH_INIT, s, strlen(s))));
    sb_puts(b, tail);
}

/* The key of the first UID scheme (RULE.KEY@foiclock): letters, digits,
 * '-', '_' and '.', the rest as '-', and a hash when anything changed. */
static void old_key(char *out, size_t size, const char *text)
{
    size_t o = 0;
    int changed = 0;
    unsigned long h = 2166136261u;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        h = (h ^ *p) * 16777619u;
        int ok = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
                 *p == '-' || *p == '_' || *p == '.';
        changed |= !ok;
        if (o + 1 < size && o < 48)
            out[o++] = ok ? (char)*p : '-';
        else
            changed = 1;
    }
    out[o] = '\0';
    if (changed || !*text) {
        size_t len = strlen(out);
        snprintf(out + len, size - len, "-%08lx", h & 0xffffffffUL);
    }
}

/* A readable slug of a holiday's name: lower-case ASCII letters and digits,
 * anything else folded to single hyphens ("New Year’s Day" -> new-year-s-day). */
static void slug(char *out, size_t size, const char *text)
{
    size_t o = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p && o + 2 < size; p++) {
        int c = *p >= 'A' && *p <= 'Z' ? *p + 32 : *p;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out[o++] = (char)c;
        else if (o && out[o - 1] != '-')
            out[o++] = '-';
    }
    while (o && out[o - 1] == '-')
        o--;
    out[o] = '\0';
}

/* Folds one content line (n bytes at s, without its line end) into out:
 * lines of at most 75 octets, never broken inside a UTF-8 character. It
 * breaks where libical does (after ';', ':' or a space when there is one,
 * counting the line end as part of the text), so that files written before
 * stay byte-for-byte the same. */
static void fold(struct sbuf *out, const char *s, size_t n)
{
    enum { MAX = 75 };
    size_t total = n + 2, pos = 0;
#define AT(i) ((i) < n ? (unsigned char)s[i] : (i) == n ? (unsigned char)'\r' : (unsigned char)'\n')
    while (pos < total) {
        size_t left = total - pos, take = left;
        if (left >= MAX) {
            take = 0;
            for (size_t i = MAX - 2; i > 0 && !take; i--) {
                unsigned c = AT(pos + i);
                if (c == ';' || c == ':' || c == ' ')
                    take = i + 1;
            }
            for (size_t i = MAX - 1; i > 0 && !take; i--) {
                unsigned c = AT(pos + i);
                if (!(c & 0x80) || (c & 0xC0) == 0xC0)
                    take = i;
            }
            if (!take)
                take = MAX - 1;
            if (AT(pos + take - 1) == '\r')
                take--; /* never between CR and LF */
            if (left - take == 2)
                take = left; /* no line holding only a space */
        }
        if (pos)
            sb_put(out, "\r\n ", 3);
        size_t text = pos + take <= n ? take : n - pos;
        sb_put(out, s + pos, text);
        pos += take;
    }
#undef AT
    sb_put(out, "\r\n", 2);
}

/* ---- the writer ---- */

struct keyslot {
    uint64_t hash;
    uint64_t line_kind; /* line << 2 | kind */
};

enum { KEY_CASE = 1, KEY_RULES = 2, KEY_RULE = 3 };

struct foi_ics_writer {
    foi_ics_options o;
    char stamp[17];
    int32_t base_seq;
    struct ics_prev prev;
    /* identities written (duplicate keys), and the scopes written (merge) */
    struct keyslot *keys;
    size_t nkeys, keycap;
    uint64_t *scopes;
    size_t nscopes, scopecap;
    uint64_t holiday_scope;
    int32_t holiday_from, holiday_to;
    foi_ics_counts counts;
    uint64_t ordinal;
    /* scratch, reused for every event */
    struct sbuf line, body, out, summary, desc, ref, authority, row_authority, uid, scope;
};

static int oom(void)
{
    return foi_fail(FOI_ENOMEM, "out of memory writing iCalendar");
}

/* One content line NAME:VALUE (value already in its written form) into the
 * event body, counted in the event's content hash. */
static void body_line(struct foi_ics_writer *w, uint64_t *content, const char *name,
                      const char *value, int text)
{
    struct sbuf *l = &w->line;
    l->len = 0;
    sb_puts(l, name);
    sb_putc(l, ':');
    if (text)
        ics_put_text(l, value);
    else
        sb_puts(l, value);
    if (l->failed)
        return;
    *content = ics_hash(ics_hash(*content, l->s, l->len), "\n", 1);
    fold(&w->body, l->s, l->len);
}

static void put_line(struct sbuf *out, struct sbuf *scratch, const char *name, const char *value,
                     int text)
{
    scratch->len = 0;
    sb_puts(scratch, name);
    sb_putc(scratch, ':');
    if (text)
        ics_put_text(scratch, value);
    else
        sb_puts(scratch, value);
    if (!scratch->failed)
        fold(out, scratch->s, scratch->len);
    else
        out->failed = 1;
}

void ics_format_utc(char out[17], int64_t t)
{
    int64_t days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
    int64_t secs = t - days * 86400;
    int y, m, d;
    char tmp[64];
    foi_date_to_ymd(foi_mkdate((int32_t)days), &y, &m, &d);
    snprintf(tmp, sizeof tmp, "%04d%02d%02dT%02d%02d%02dZ", y, m, d, (int)(secs / 3600),
             (int)(secs / 60 % 60), (int)(secs % 60));
    memcpy(out, tmp, 16);
    out[16] = '\0';
}

static void format_date(char out[9], foi_date d)
{
    int y, m, dd;
    char tmp[40];
    foi_date_to_ymd(d, &y, &m, &dd);
    snprintf(tmp, sizeof tmp, "%04d%02d%02d", y, m, dd);
    memcpy(out, tmp, 8);
    out[8] = '\0';
}

/* Writes a whole VEVENT: UID, the stamps and SEQUENCE, then the body in
 * w->body whose content hash (UID line included) is content. An event the
 * previous export had keeps its SEQUENCE and LAST-MODIFIED while its
 * content is the same; otherwise SEQUENCE rises, and never falls. */
static void emit_event(struct foi_ics_writer *w, struct sbuf *out, const char *uid,
                       struct ics_prev_event *old, uint64_t content)
{
    int32_t seq = w->base_seq;
    const char *modified = w->stamp;
    char mod[17];
    if (old) {
        old->used = 1;
        if (old->content == content) {
            seq = old->sequence;
            if (old->modified != ICS_NO_TIME) {
                ics_format_utc(mod, old->modified);
                modified = mod;
            }
        } else if (old->sequence >= seq) {
            seq = old->sequence == INT32_MAX ? INT32_MAX : old->sequence + 1;
        }
    }
    char num[16];
    snprintf(num, sizeof num, "%ld", (long)seq);
    sb_put(out, "BEGIN:VEVENT\r\n", 14);
    put_line(out, &w->line, "UID", uid, 0); /* as uid_content says */
    put_line(out, &w->line, "DTSTAMP", w->stamp, 0);
    put_line(out, &w->line, "LAST-MODIFIED", modified, 0);
    put_line(out, &w->line, "SEQUENCE", num, 0);
    if (w->body.len)
        sb_put(out, w->body.s, w->body.len);
    sb_put(out, "END:VEVENT\r\n", 12);
}

/* UIDs are written as they are: foiclock's own need no escaping (letters,
 * digits and -_.~+=@ only), and one read from a previous export is kept
 * exactly as it was written there, escapes and all, so that it stays the
 * same UID. */
static uint64_t uid_content(struct foi_ics_writer *w, const char *uid)
{
    w->line.len = 0;
    sb_puts(&w->line, "UID:");
    sb_puts(&w->line, uid);
    return ics_hash(ics_hash(ICS_HASH_INIT, w->line.s, w->line.len), "\n", 1);
}

/* The common part of a one-day event's body, after STATUS. */
static void day_lines(struct foi_ics_writer *w, uint64_t *content, foi_date day)
{
    char d[9];
    format_date(d, day);
    body_line(w, content, "DTSTART;VALUE=DATE", d, 0);
    format_date(d, foi_mkdate(day.serial + 1));
    body_line(w, content, "DTEND;VALUE=DATE", d, 0);
}

/* Alarms a number of working days before the day, at 09:00 UK time. */
static void alarms(struct foi_ics_writer *w, uint64_t *content, const foi_calendar *cal,
                   foi_date due, const char *summary)
{
    char when[FOI_DATE_LONG_SIZE], trig[17];
    foi_date_format_long(due, when);
    for (size_t i = 0; i < w->o.n_remind; i++) {
        int k = w->o.remind[i];
        foi_date day;
        int offset;
        if (k <= 0 || foi_calendar_add(&day, cal, due, -k))
            continue;
        /* A working day is never a Sunday, when the clocks change, so the
         * offset at midday holds for the whole day. */
        int64_t midnight = (int64_t)day.serial * 86400;
        if (foi_uk_utc_offset(&offset, midnight + 12 * 3600))
            continue;
        ics_format_utc(trig, midnight + 9 * 3600 - offset);
        w->desc.len = 0;
        sb_puts(&w->desc, summary);
        char tail[96];
        snprintf(tail, sizeof tail, " in %d working day%s (%s)", k, k == 1 ? "" : "s", when);
        sb_puts(&w->desc, tail);
        body_line(w, content, "BEGIN", "VALARM", 0);
        body_line(w, content, "ACTION", "DISPLAY", 0);
        body_line(w, content, "TRIGGER;VALUE=DATE-TIME", trig, 0);
        body_line(w, content, "DESCRIPTION", w->desc.failed ? "" : w->desc.s, 1);
        body_line(w, content, "END", "VALARM", 0);
    }
}

/* ---- sets: identities and scopes ---- */

static uint64_t key_hash(const char *kind, const char *a, const char *b, const char *c)
{
    uint64_t h = ICS_HASH_INIT;
    const char *parts[4] = {kind, a, b, c};
    for (int i = 0; i < 4; i++) {
        if (parts[i])
            h = ics_hash(h, parts[i], strlen(parts[i]));
        h = ics_hash(h, "\x1f", 1);
    }
    return ics_mix(h);
}

/* The slot of hash in the key table (empty or matching). */
static struct keyslot *key_slot(struct foi_ics_writer *w, uint64_t h)
{
    for (size_t i = (size_t)h & (w->keycap - 1);; i = (i + 1) & (w->keycap - 1))
        if (!w->keys[i].hash || w->keys[i].hash == h)
            return &w->keys[i];
}

static int key_room(struct foi_ics_writer *w)
{
    if ((w->nkeys + 2) * 2 <= w->keycap)
        return 0;
    size_t cap = w->keycap ? w->keycap * 2 : 256;
    struct keyslot *old = w->keys;
    size_t oldcap = w->keycap;
    if (!(w->keys = calloc(cap, sizeof *w->keys))) {
        w->keys = old;
        return -1;
    }
    w->keycap = cap;
    for (size_t i = 0; i < oldcap; i++)
        if (old[i].hash)
            *key_slot(w, old[i].hash) = old[i];
    free(old);
    return 0;
}

static int add_scope(struct foi_ics_writer *w, uint64_t s)
{
    if ((w->nscopes + 1) * 2 > w->scopecap) {
        size_t cap = w->scopecap ? w->scopecap * 2 : 64;
        uint64_t *n = calloc(cap, sizeof *n);
        if (!n)
            return -1;
        for (size_t i = 0; i < w->scopecap; i++) {
            if (!w->scopes[i])
                continue;
            size_t j = (size_t)w->scopes[i] & (cap - 1);
            while (n[j])
                j = (j + 1) & (cap - 1);
            n[j] = w->scopes[i];
        }
        free(w->scopes);
        w->scopes = n;
        w->scopecap = cap;
    }
    size_t j = (size_t)s & (w->scopecap - 1);
    while (w->scopes[j] && w->scopes[j] != s)
        j = (j + 1) & (w->scopecap - 1);
    if (!w->scopes[j]) {
        w->scopes[j] = s;
        w->nscopes++;
    }
    return 0;
}

static int has_scope(const struct foi_ics_writer *w, uint64_t s)
{
    if (!w->scopecap || !s)
        return 0;
    for (size_t j = (size_t)s & (w->scopecap - 1); w->scopes[j]; j = (j + 1) & (w->scopecap - 1))
        if (w->scopes[j] == s)
            return 1;
    return 0;
}

/* ---- opening and closing ---- */

static int writer_open(struct foi_ics_writer *w, const foi_ics_options *o)
{
    memset(w, 0, sizeof *w);
    if (o)
        FOI_REQUIRE_VERSION(o, FOI_ICS_OPTIONS_VERSION);
    if (o)
        w->o = *o;
    else
        foi_ics_options_init(&w->o);
    if (w->o.n_remind && !w->o.remind)
        return foi_fail(FOI_EINVAL, "foi_ics_options: n_remind is %zu but remind is NULL",
                        w->o.n_remind);
    /* 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z. */
    if (w->o.stamp < -62135596800LL || w->o.stamp > 253402300799LL)
        return foi_fail(FOI_EINVAL,
                        "the export time %lld is outside the years 0001 to 9999 that DTSTAMP "
                        "can hold",
                        (long long)w->o.stamp);
    ics_format_utc(w->stamp, w->o.stamp);
    int64_t minutes = (w->o.stamp - 1577836800LL) / 60; /* since 2020-01-01T00:00Z */
    w->base_seq = minutes < 0 ? 0 : minutes > INT32_MAX ? INT32_MAX : (int32_t)minutes;
    if (w->o.authority) {
        int rc = ics_clean_name(&w->authority, "authority", w->o.authority, 120);
        if (rc)
            return rc;
    }
    return ics_prev_load(&w->prev, &w->o, !(w->o.flags & FOI_ICS_REPLACE));
}

static void writer_close(struct foi_ics_writer *w)
{
    ics_prev_free(&w->prev);
    free(w->keys);
    free(w->scopes);
    sb_free(&w->line);
    sb_free(&w->body);
    sb_free(&w->out);
    sb_free(&w->summary);
    sb_free(&w->desc);
    sb_free(&w->ref);
    sb_free(&w->authority);
    sb_free(&w->row_authority);
    sb_free(&w->uid);
    sb_free(&w->scope);
}

static void header(struct foi_ics_writer *w, struct sbuf *out, const char *title)
{
    char prodid[64];
    snprintf(prodid, sizeof prodid, "-//foiclock//foiclock %s//EN", foi_version_string());
    sb_put(out, "BEGIN:VCALENDAR\r\n", 17);
    put_line(out, &w->line, "PRODID", prodid, 0);
    sb_puts(out, "VERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n");
    put_line(out, &w->line, "X-WR-CALNAME", title, 1);
}

/* A calendar needs at least one component (RFC 5545 3.6): when nothing else
 * is written, it holds the UK's time zone, the zone of the reminders. */
static const char london[] = "BEGIN:VTIMEZONE\r\n"
                             "TZID:Europe/London\r\n"
                             "BEGIN:DAYLIGHT\r\n"
                             "TZOFFSETFROM:+0000\r\n"
                             "TZOFFSETTO:+0100\r\n"
                             "TZNAME:BST\r\n"
                             "DTSTART:19960331T010000\r\n"
                             "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
                             "END:DAYLIGHT\r\n"
                             "BEGIN:STANDARD\r\n"
                             "TZOFFSETFROM:+0100\r\n"
                             "TZOFFSETTO:+0000\r\n"
                             "TZNAME:GMT\r\n"
                             "DTSTART:19961027T020000\r\n"
                             "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
                             "END:STANDARD\r\n"
                             "END:VTIMEZONE\r\n";

static const char cancelled_note[] =
    "Cancelled: the latest export of this calendar no longer has this deadline.";

/* A previous event written again as cancelled (no alarm, the same title). */
static void cancel_event(struct foi_ics_writer *w, struct sbuf *out, struct ics_prev_event *e)
{
    uint64_t content = uid_content(w, e->uid);
    w->body.len = 0;
    body_line(w, &content, "STATUS", "CANCELLED", 0);
    day_lines(w, &content, foi_mkdate(e->start));
    if (e->summary) {
        body_line(w, &content, "SUMMARY", e->summary, 0);
    } else {
        struct sbuf sum = {0};
        if (ics_derive_summary(&sum, e->uid, strlen(e->uid), e->provisional))
            w->out.failed = 1;
        body_line(w, &content, "SUMMARY", sum.s ? sum.s : "", 0);
        sb_free(&sum);
    }
    body_line(w, &content, "DESCRIPTION", cancelled_note, 1);
    body_line(w, &content, "TRANSP", "TRANSPARENT", 0);
    if (e->scope_text)
        body_line(w, &content, "X-FOICLOCK-CASE", e->scope_text, 0);
    emit_event(w, out, e->uid, e, content);
    w->counts.cancelled++;
}

/* Copies a previous event as it was, with CR LF line endings. */
static void keep_event(struct foi_ics_writer *w, struct sbuf *out, const struct ics_prev_event *e)
{
    const char *p = w->prev.text + e->off, *end = p + e->len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *e2 = nl ? nl : end;
        size_t n = (size_t)(e2 - p);
        if (n && p[n - 1] == '\r')
            n--;
        if (n) {
            sb_put(out, p, n);
            sb_put(out, "\r\n", 2);
        }
        p = nl ? nl + 1 : end;
    }
    w->counts.kept++;
}

static int writer_tail(struct foi_ics_writer *w, struct sbuf *out)
{
    int replace = (w->o.flags & FOI_ICS_REPLACE) != 0;
    for (size_t i = 0; i < w->prev.n && !out->failed; i++) {
        struct ics_prev_event *e = ics_prev_at(&w->prev, i);
        if (e->used)
            continue;
        int in_scope = replace || has_scope(w, e->scope) ||
                       (w->holiday_scope && e->scope == w->holiday_scope &&
                        e->start >= w->holiday_from && e->start <= w->holiday_to);
        if (in_scope)
            cancel_event(w, out, e);
        else
            keep_event(w, out, e);
    }
    if (!w->counts.written && !w->counts.cancelled && !w->counts.kept)
        sb_put(out, london, sizeof london - 1);
    sb_put(out, "END:VCALENDAR\r\n", 15);
    return out->failed ? oom() : FOI_OK;
}

/* ---- events of deadlines ---- */

void ics_summary(struct sbuf *out, const foi_rule *r, const char *ref, const char *authority,
                 int provisional)
{
    out->len = 0;
    sb_puts(out, r->summary);
    if (ref) {
        sb_puts(out, " - ");
        sb_puts(out, ref);
    }
    if (authority) {
        sb_puts(out, " - ");
        sb_puts(out, authority);
    }
    if (provisional)
        sb_puts(out, " (provisional)");
}

static const char *regime_title(foi_regime r)
{
    static const char *const t[FOI_REGIME_COUNT] = {
        "FOIA", "EIR", "FOISA", "EISR", "subject access", "law-enforcement subject access"};
    return (unsigned)r < FOI_REGIME_COUNT ? t[r] : "";
}

/* What names one case (or one deadline) in its events. */
struct ident {
    foi_regime regime;
    const char *ref;           /* cleaned for titles, or NULL */
    const char *authority;     /* cleaned for titles, or NULL */
    const char *raw_ref;       /* as given: UIDs and keys */
    const char *raw_authority; /* as given, or NULL */
    foi_date day0;             /* for events without a reference */
    uint64_t nonce;            /* ditto */
};

/* The scope of id's events, REGIME~AUTHORITY~REF, into w->scope. */
static void make_scope(struct foi_ics_writer *w, const struct ident *id)
{
    struct sbuf *s = &w->scope;
    s->len = 0;
    sb_puts(s, foi_regime_name(id->regime));
    sb_putc(s, '~');
    if (id->raw_authority)
        uid_part(s, id->raw_authority);
    sb_putc(s, '~');
    if (id->ref) {
        uid_part(s, id->raw_ref);
    } else {
        char d[9], tail[32];
        format_date(d, id->day0);
        snprintf(tail, sizeof tail, "+%s-%016llx", d, (unsigned long long)id->nonce);
        sb_puts(s, tail);
    }
}

/* The UID of rule r's event for id (into w->uid, with w->scope), and the
 * UID of the first scheme (into old, "" when there is none to carry). */
static void make_uid(struct foi_ics_writer *w, const struct ident *id, const foi_rule *r, char *old,
                     size_t old_size)
{
    struct sbuf *s = &w->scope;
    make_scope(w, id);
    w->uid.len = 0;
    sb_puts(&w->uid, r->id);
    sb_putc(&w->uid, '~');
    if (s->len)
        sb_put(&w->uid, s->s, s->len);
    sb_puts(&w->uid, "@foiclock");
    old[0] = '\0';
    if (id->ref) {
        char key[96];
        old_key(key, sizeof key, id->raw_ref);
        snprintf(old, old_size, "%s.%s@foiclock", r->id, key);
    }
}

static void deadline_event(struct foi_ics_writer *w, const foi_deadline *d, const struct ident *id,
                           foi_receipt_rule receipt, const char *note, int ring)
{
    const foi_rule *r = d->rule;
    char old[200], day[FOI_DATE_LONG_SIZE];
    make_uid(w, id, r, old, sizeof old);
    if (w->uid.failed || w->scope.failed) {
        w->out.failed = 1;
        return;
    }
    struct ics_prev_event *prev = ics_prev_find(&w->prev, w->uid.s, w->uid.len);
    const char *uid = w->uid.s;
    int carried = 0;
    if (prev && prev->used)
        prev = NULL; /* cannot happen with distinct keys; never write a UID twice */
    if (!prev && old[0]) {
        /* An event of the first scheme, not yet claimed by another case:
         * it goes on under its old UID, so that calendars update it. */
        struct ics_prev_event *o = ics_prev_find(&w->prev, old, strlen(old));
        if (o && !o->used && (!o->scope_text || strcmp(o->scope_text, w->scope.s) == 0)) {
            prev = o;
            uid = o->uid;
            carried = 1;
        }
    }
    struct sbuf *sum = &w->summary;
    ics_summary(sum, r, id->ref, id->authority, d->provisional);

    struct sbuf *desc = &w->desc;
    desc->len = 0;
    sb_puts(desc, r->summary);
    sb_puts(desc, ": ");
    sb_puts(desc, foi_date_format_long(d->due, day));
    sb_putc(desc, '\n');
    if (id->ref) {
        sb_puts(desc, "Case ");
        sb_puts(desc, id->ref);
        sb_puts(desc, ", ");
    }
    sb_puts(desc, regime_title(id->regime));
    sb_puts(desc, " rule ");
    sb_puts(desc, r->id);
    sb_puts(desc, r->statutory ? " (statutory).\n" : " (advisory).\n");
    /* foi_deadline_text measures, then writes; 0 means memory ran out */
    size_t n = foi_deadline_text(NULL, 0, d, receipt, NULL);
    char *text = n ? malloc(n + 1) : NULL;
    if (!text || sum->failed || desc->failed ||
        foi_deadline_text(text, n + 1, d, receipt, NULL) != n) {
        free(text);
        w->out.failed = 1;
        return;
    }
    sb_puts(desc, text);
    free(text);
    if (note) {
        sb_puts(desc, note);
        sb_putc(desc, '\n');
    }
    uint64_t content = uid_content(w, uid);
    w->body.len = 0;
    body_line(w, &content, "STATUS", "CONFIRMED", 0);
    day_lines(w, &content, d->due);
    body_line(w, &content, "SUMMARY", sum->s, 1);
    body_line(w, &content, "DESCRIPTION", desc->s, 1); /* before alarms reuse w->desc */
    body_line(w, &content, "CATEGORIES", r->statutory ? "FOI deadline" : "FOI deadline (advisory)",
              1);
    body_line(w, &content, "TRANSP", "TRANSPARENT", 0);
    if (carried)
        body_line(w, &content, "X-FOICLOCK-CASE", w->scope.s, 0);
    if (ring)
        alarms(w, &content, d->calendar, d->due, sum->s);
    if (w->body.failed || w->line.failed) {
        w->out.failed = 1;
        return;
    }
    emit_event(w, &w->out, uid, prev, content);
    w->counts.written++;
}

/* Registers a case's identity (rule NULL) or a deadline's; FOI_EINVAL,
 * naming the earlier line, when an earlier one had it. A case and the rule
 * rows of one authority and ref cannot mix: their events would share UIDs. */
static int claim(struct foi_ics_writer *w, const struct ident *id, const foi_rule *rule,
                 uint64_t line)
{
    if (!id->ref)
        return FOI_OK;
    if (key_room(w))
        return oom();
    const char *a = id->raw_authority ? id->raw_authority : "";
    uint64_t hc = key_hash("case", a, id->raw_ref, NULL);
    struct keyslot *c = key_slot(w, hc);
    unsigned kind = c->hash ? (unsigned)(c->line_kind & 3) : 0;
    uint64_t first = c->line_kind >> 2;
    const char *what = NULL;
    if (!rule && kind == KEY_CASE)
        what = "is already the ref of the case";
    else if (!rule && kind)
        what = "is already the ref of the rule row";
    else if (kind == KEY_CASE)
        what = "is already the ref of the case";
    if (!what && !rule) {
        c->hash = hc;
        c->line_kind = line << 2 | KEY_CASE;
        w->nkeys++;
        return FOI_OK;
    }
    char also[64] = "";
    if (!what) {
        uint64_t hr = key_hash("rule", a, id->raw_ref, rule->id);
        struct keyslot *k = key_slot(w, hr);
        if (!k->hash) {
            k->hash = hr;
            k->line_kind = line << 2 | KEY_RULE;
            w->nkeys++;
            if (!kind) {
                c = key_slot(w, hc);
                c->hash = hc;
                c->line_kind = line << 2 | KEY_RULES;
                w->nkeys++;
            }
            return FOI_OK;
        }
        first = k->line_kind >> 2;
        what = "already has the rule";
        snprintf(also, sizeof also, " %s", rule->id);
    }
    char q[80], qa[80], at[120] = "", pre[40] = "", where[48] = "";
    if (id->raw_authority)
        snprintf(at, sizeof at, " at '%s'", foi_quote(qa, sizeof qa, a, strlen(a)));
    foi_quote(q, sizeof q, id->raw_ref, strlen(id->raw_ref));
    if (line)
        snprintf(pre, sizeof pre, "line %llu: ", (unsigned long long)line);
    if (line && first)
        snprintf(where, sizeof where, " on line %llu", (unsigned long long)first);
    else
        what = "is already in this calendar", also[0] = '\0';
    return foi_fail(FOI_EINVAL,
                    "%sref '%s'%s %s%s%s: the events of one case come from one row only (give "
                    "each case its own ref)",
                    pre, q, at, what, also, where);
}

static int set_ident(struct foi_ics_writer *w, struct ident *id, foi_regime regime, const char *ref,
                     const char *authority)
{
    memset(id, 0, sizeof *id);
    id->regime = regime;
    int rc;
    /* a row's own authority replaces the option's for this case */
    const char *a = authority && *authority ? authority : w->o.authority;
    if (a && *a) {
        if (a != w->o.authority && (rc = ics_clean_name(&w->row_authority, "authority", a, 120)))
            return rc;
        id->authority = a == w->o.authority ? w->authority.s : w->row_authority.s;
        id->raw_authority = a;
    }
    if (ref && *ref) {
        if ((rc = ics_clean_name(&w->ref, "ref", ref, 120)))
            return rc;
        id->ref = w->ref.s;
        id->raw_ref = ref;
    }
    return FOI_OK;
}

/* The hash that keeps the events of cases without a reference apart. */
static uint64_t nonce(struct foi_ics_writer *w, const struct ident *id, const void *what, size_t n)
{
    uint64_t h = ICS_HASH_INIT;
    h = ics_hash(h, &w->o.stamp, sizeof w->o.stamp);
    h = ics_hash(h, &w->ordinal, sizeof w->ordinal);
    h = ics_hash(h, &id->regime, sizeof id->regime);
    if (id->raw_authority)
        h = ics_hash(h, id->raw_authority, strlen(id->raw_authority));
    return ics_mix(ics_hash(h, what, n));
}

/* An allocation failed in a scratch buffer: what was written is incomplete.
 * (A buffer's failure sticks until it is freed.) */
static int scratch_failed(const struct foi_ics_writer *w)
{
    return w->line.failed || w->body.failed || w->out.failed || w->summary.failed ||
           w->desc.failed || w->ref.failed || w->authority.failed || w->row_authority.failed ||
           w->uid.failed || w->scope.failed;
}

static int take_out(struct foi_ics_writer *w, char **events)
{
    if (scratch_failed(w))
        return oom();
    if (!w->out.s)
        sb_put(&w->out, "", 0);
    if (w->out.failed)
        return oom();
    *events = w->out.s;
    memset(&w->out, 0, sizeof w->out);
    return FOI_OK;
}

/* Puts "line N: " before the last message. */
static int at_line(int rc, uint64_t line)
{
    if (!line || rc != FOI_EINVAL)
        return rc;
    char msg[512];
    snprintf(msg, sizeof msg, "%s", foi_error_last());
    return foi_fail(rc, "line %llu: %s", (unsigned long long)line, msg);
}

static int write_case(struct foi_ics_writer *w, const foi_case *c, const foi_timeline *t,
                      const char *authority, uint64_t line)
{
    struct ident id;
    int rc = set_ident(w, &id, c->regime, c->ref, authority);
    if (rc)
        return at_line(rc, line);
    id.day0 = c->events[FOI_EVENT_RECEIVED];
    if (!id.ref) {
        id.nonce = nonce(w, &id, c, 0);
        uint64_t h = id.nonce;
        for (int e = 0; e < FOI_EVENT_COUNT; e++)
            if (c->has[e])
                h = ics_hash(h, &c->events[e].serial, sizeof c->events[e].serial);
        id.nonce = ics_mix(h);
        w->counts.unnamed++;
    }
    if ((rc = claim(w, &id, NULL, line)))
        return rc;
    w->ordinal++;
    if (id.ref && !(w->o.flags & FOI_ICS_REPLACE)) {
        /* Merged into a previous export: this case's events there that are
         * not written now are cancelled, under either scheme's UIDs. */
        char key[96];
        make_scope(w, &id);
        old_key(key, sizeof key, id.raw_ref);
        if (w->scope.failed || add_scope(w, ics_scope("case", w->scope.s, w->scope.len)) ||
            add_scope(w, ics_scope("old", key, strlen(key))))
            return oom();
    }
    for (size_t k = 0; k < foi_timeline_count(t) && !w->out.failed; k++) {
        const foi_timeline_entry *e = foi_timeline_entry_at(t, k);
        if (e->paused)
            continue;
        /* A deadline that was met (or answered late, or superseded by an
         * extension) keeps its event but rings no more. */
        int ring = !e->done && !e->extended;
        deadline_event(w, &e->deadline, &id, c->receipt_rule, e->note, ring);
    }
    return w->out.failed ? oom() : FOI_OK;
}

static int write_deadline(struct foi_ics_writer *w, const foi_deadline *d, const char *ref,
                          const char *authority, uint64_t line)
{
    struct ident id;
    int rc = set_ident(w, &id, d->rule->regime, ref, authority);
    if (rc)
        return at_line(rc, line);
    id.day0 = d->anchor;
    if (!id.ref) {
        id.nonce = nonce(w, &id, &d->anchor.serial, sizeof d->anchor.serial);
        w->counts.unnamed++;
    }
    if ((rc = claim(w, &id, d->rule, line)))
        return rc;
    w->ordinal++;
    deadline_event(w, d, &id, FOI_RECEIPT_STATUTORY, NULL, 1);
    return w->out.failed ? oom() : FOI_OK;
}

/* ---- the public functions ---- */

int foi_ics_writer_new(foi_ics_writer **out, char **head, const char *title,
                       const foi_ics_options *o)
{
    FOI_REQUIRE_ARG(out);
    FOI_REQUIRE_ARG(head);
    foi_ics_writer *w = malloc(sizeof *w);
    if (!w)
        return oom();
    int rc = writer_open(w, o);
    if (rc) {
        writer_close(w);
        free(w);
        return rc;
    }
    struct sbuf h = {0};
    header(w, &h, title ? title : "FOI deadlines");
    if (h.failed || w->line.failed) {
        sb_free(&h);
        writer_close(w);
        free(w);
        return oom();
    }
    *head = h.s;
    *out = w;
    return FOI_OK;
}

int foi_ics_writer_case(foi_ics_writer *w, char **events, const foi_case *c, const foi_timeline *t,
                        const char *authority, uint64_t line)
{
    FOI_REQUIRE_ARG(w);
    FOI_REQUIRE_ARG(events);
    FOI_REQUIRE_ARG(c);
    FOI_REQUIRE_ARG(t);
    *events = NULL;
    w->out.len = 0;
    int rc = write_case(w, c, t, authority, line);
    return rc ? rc : take_out(w, events);
}

int foi_ics_writer_deadline(foi_ics_writer *w, char **events, const foi_deadline *d,
                            const char *ref, const char *authority, uint64_t line)
{
    FOI_REQUIRE_ARG(w);
    FOI_REQUIRE_ARG(events);
    FOI_REQUIRE_ARG(d);
    FOI_REQUIRE_ARG(d->rule);
    *events = NULL;
    w->out.len = 0;
    int rc = write_deadline(w, d, ref, authority, line);
    return rc ? rc : take_out(w, events);
}

int foi_ics_writer_finish(foi_ics_writer *w, char **tail)
{
    FOI_REQUIRE_ARG(w);
    FOI_REQUIRE_ARG(tail);
    *tail = NULL;
    w->out.len = 0;
    int rc = writer_tail(w, &w->out);
    return rc ? rc : take_out(w, tail);
}

void foi_ics_writer_free(foi_ics_writer *w)
{
    if (!w)
        return;
    writer_close(w);
    free(w);
}

void foi_ics_writer_counts(const foi_ics_writer *w, foi_ics_counts *out)
{
    if (!out)
        return;
    if (!w)
        memset(out, 0, sizeof *out);
    else
        *out = w->counts;
}

/* A whole calendar at once: the body first, so that the title can say
 * whether the file holds other cases as well. */
static int one_shot(char **out, struct foi_ics_writer *w, const char *title)
{
    struct sbuf body = w->out;
    memset(&w->out, 0, sizeof w->out);
    struct sbuf all = {0};
    int rc = writer_tail(w, &body);
    if (!rc && (scratch_failed(w) || body.failed))
        rc = oom();
    if (!rc) {
        header(w, &all, w->counts.kept ? "FOI deadlines" : title);
        if (body.len)
            sb_put(&all, body.s, body.len);
        if (all.failed || w->line.failed)
            rc = oom();
    }
    sb_free(&body);
    writer_close(w);
    if (rc) {
        sb_free(&all);
        return rc;
    }
    *out = all.s;
    return FOI_OK;
}

/* Finishes a one-calendar export titled "FOI deadlines", followed by the
 * reference last written (w->ref) when the calendar is about one case. */
static int titled_shot(char **out, struct foi_ics_writer *w, int with_ref)
{
    struct sbuf title = {0};
    sb_puts(&title, "FOI deadlines");
    if (with_ref) {
        sb_puts(&title, " - ");
        sb_puts(&title, w->ref.s);
    }
    if (title.failed) {
        sb_free(&title);
        writer_close(w);
        return oom();
    }
    int rc = one_shot(out, w, title.s);
    sb_free(&title);
    return rc;
}

int foi_ics_timelines(char **out, const foi_case *const *cases,
                      const foi_timeline *const *timelines, size_t n, const foi_ics_options *o)
{
    FOI_REQUIRE_ARG(out);
    if (n && (!cases || !timelines))
        return foi_fail(FOI_EINVAL, "foi_ics_timelines: no cases or no timelines");
    struct foi_ics_writer w;
    int rc = writer_open(&w, o);
    for (size_t i = 0; i < n && !rc; i++) {
        if (!cases[i] || !timelines[i])
            rc = foi_fail(FOI_EINVAL, "foi_ics_timelines: case %zu is NULL", i);
        else
            rc = write_case(&w, cases[i], timelines[i], NULL, 0);
    }
    if (rc) {
        writer_close(&w);
        return rc;
    }
    return titled_shot(out, &w, n == 1 && cases[0]->ref && *cases[0]->ref);
}

int foi_ics_deadline(char **out, const foi_deadline *d, const char *ref, const foi_ics_options *o)
{
    FOI_REQUIRE_ARG(out);
    FOI_REQUIRE_ARG(d);
    FOI_REQUIRE_ARG(d->rule);
    struct foi_ics_writer w;
    int rc = writer_open(&w, o);
    if (!rc)
        rc = write_deadline(&w, d, ref, NULL, 0);
    if (rc) {
        writer_close(&w);
        return rc;
    }
    return titled_shot(out, &w, ref && *ref);
}

int foi_ics_holidays(char **out, const foi_calendar *cal, foi_date from, foi_date to,
                     const foi_ics_options *o)
{
    FOI_REQUIRE_ARG(out);
    FOI_REQUIRE_ARG(cal);
    const foi_holiday *h;
    size_t n;
    int rc = foi_calendar_holidays(&h, &n, cal, from, to);
    if (rc)
        return rc;
    struct foi_ics_writer w;
    if ((rc = writer_open(&w, o))) {
        writer_close(&w);
        return rc;
    }
    const char *cname = foi_calendar_name(cal);
    w.holiday_scope = ics_scope("holidays", cname, strlen(cname));
    w.holiday_from = from.serial;
    w.holiday_to = to.serial;
    for (size_t i = 0; i < n && !w.out.failed;) {
        size_t j = i + 1;
        while (j < n && h[j].date.serial == h[i].date.serial && strcmp(h[j].name, h[i].name) == 0 &&
               h[j].substitute == h[i].substitute)
            j++;
        size_t dn = foi_holidays_text(NULL, 0, h + i, j - i, NULL, 1);
        char *desc = dn ? malloc(dn + 64) : NULL;
        if (!desc || foi_holidays_text(desc, dn + 1, h + i, j - i, NULL, 1) != dn) {
            free(desc);
            w.out.failed = 1;
            break;
        }
        snprintf(desc + dn, 64, "\nBasis: %s.", foi_basis_name(h[i].basis));
        char name_slug[64], uid[160], d[9];
        slug(name_slug, sizeof name_slug, h[i].name);
        format_date(d, h[i].date);
        snprintf(uid, sizeof uid, "%s-%s%s-%s@foiclock", d, name_slug,
                 h[i].substitute ? "-substitute" : "", cname);
        w.summary.len = 0;
        sb_puts(&w.summary, h[i].name);
        if (h[i].substitute)
            sb_puts(&w.summary, " (substitute day)");
        /* Where the calendar counts more than one part of the UK, the title
         * says which part the day is a holiday in ("2nd January (Scotland)"). */
        unsigned divs = 0, all = foi_calendar_divisions(cal);
        for (size_t k = i; k < j; k++)
            divs |= h[k].divisions;
        if (divs && divs != all && (all & (all - 1))) {
            int first = 1;
            for (unsigned bit = 1; bit <= FOI_DIV_NORTHERN_IRELAND; bit <<= 1)
                if (divs & bit) {
                    sb_puts(&w.summary, first ? " (" : ", ");
                    sb_puts(&w.summary, foi_division_title(bit));
                    first = 0;
                }
            sb_puts(&w.summary, ")");
        }
        if (h[i].provisional)
            sb_puts(&w.summary, " (provisional)");
        struct ics_prev_event *prev = ics_prev_find(&w.prev, uid, strlen(uid));
        uint64_t content = uid_content(&w, uid);
        w.body.len = 0;
        body_line(&w, &content, "STATUS", "CONFIRMED", 0);
        day_lines(&w, &content, h[i].date);
        body_line(&w, &content, "SUMMARY", w.summary.failed ? "" : w.summary.s, 1);
        body_line(&w, &content, "DESCRIPTION", desc, 1);
        body_line(&w, &content, "CATEGORIES", "Bank holiday", 1);
        body_line(&w, &content, "TRANSP", "TRANSPARENT", 0);
        free(desc);
        if (w.body.failed || w.summary.failed)
            w.out.failed = 1;
        else if (!(prev && prev->used))
            emit_event(&w, &w.out, uid, prev, content);
        w.counts.written++;
        i = j;
    }
    char title[96];
    snprintf(title, sizeof title, "Non-working days (%s calendar)", cname);
    return one_shot(out, &w, title);
}
