/* Reading a previous export back: its structure checked line by line
 * (folded lines joined, LF or CR LF endings), and its events indexed by UID
 * with what an update needs (SEQUENCE, content hash, date, title, scope),
 * without keeping a parse tree, so that re-exporting a whole caseload into
 * its file costs about as much memory as the index. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ics_internal.h"
#include "internal.h"

/* ---- strings that live as long as the index ---- */

struct ics_arena_block {
    struct ics_arena_block *next;
    size_t used, size;
    char data[];
};

static const char *arena_copy(struct ics_prev *p, const char *s, size_t n)
{
    struct ics_arena_block *b = p->arena;
    if (!b || b->size - b->used < n + 1) {
        size_t size = n + 1 > (1u << 16) ? n + 1 : (1u << 16);
        struct ics_arena_block *nb = malloc(sizeof *nb + size);
        if (!nb)
            return NULL;
        nb->next = b;
        nb->used = 0;
        nb->size = size;
        p->arena = b = nb;
    }
    char *out = b->data + b->used;
    memcpy(out, s, n);
    out[n] = '\0';
    b->used += n + 1;
    return out;
}

/* ---- the index ---- */

void ics_prev_free(struct ics_prev *p)
{
    for (size_t i = 0; i < p->nblocks; i++)
        free(p->blocks[i]);
    free(p->blocks);
    free(p->slots);
    while (p->arena) {
        struct ics_arena_block *next = p->arena->next;
        free(p->arena);
        p->arena = next;
    }
    free(p->text);
    memset(p, 0, sizeof *p);
}

static uint32_t uid_hash(const char *uid, size_t len)
{
    return (uint32_t)ics_mix(ics_hash(ICS_HASH_INIT, uid, len));
}

struct ics_prev_event *ics_prev_find(const struct ics_prev *p, const char *uid, size_t len)
{
    if (!p->nslots)
        return NULL;
    uint32_t h = uid_hash(uid, len);
    for (size_t i = (size_t)h & (p->nslots - 1);; i = (i + 1) & (p->nslots - 1)) {
        uint32_t s = p->slots[i];
        if (!s)
            return NULL;
        struct ics_prev_event *e = ics_prev_at(p, s - 1);
        if (e->uid_hash == h && strncmp(e->uid, uid, len) == 0 && e->uid[len] == '\0')
            return e;
    }
}

static int grow_slots(struct ics_prev *p)
{
    size_t n = p->nslots ? p->nslots * 2 : 1024;
    uint32_t *slots = calloc(n, sizeof *slots);
    if (!slots)
        return -1;
    for (size_t k = 0; k < p->n; k++) {
        size_t i = (size_t)ics_prev_at(p, k)->uid_hash & (n - 1);
        while (slots[i])
            i = (i + 1) & (n - 1);
        slots[i] = (uint32_t)(k + 1);
    }
    free(p->slots);
    p->slots = slots;
    p->nslots = n;
    return 0;
}

/* ---- scopes ---- */

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int ends_with(const char *s, size_t n, const char *tail)
{
    size_t t = strlen(tail);
    return n >= t && memcmp(s + n - t, tail, t) == 0;
}

uint64_t ics_scope_of(const char *uid, size_t n, const char *case_text)
{
    if (case_text)
        return ics_scope("case", case_text, strlen(case_text));
    if (!ends_with(uid, n, "@foiclock"))
        return 0;
    n -= 9;
    const char *tilde = memchr(uid, '~', n);
    if (tilde) /* RULE~REGIME~AUTHORITY~REF */
        return ics_scope("case", tilde + 1, (size_t)(uid + n - tilde - 1));
    if (n > 9 && is_digit(uid[0]) && uid[8] == '-') { /* YYYYMMDD-name-CALENDAR */
        static const char *const cals[] = {"-england-and-wales", "-northern-ireland", "-scotland",
                                           "-uk"};
        for (size_t i = 0; i < sizeof cals / sizeof *cals; i++)
            if (ends_with(uid, n, cals[i]))
                return ics_scope("holidays", cals[i] + 1, strlen(cals[i]) - 1);
        return 0;
    }
    /* The first scheme: RULE.KEY, where RULE is REGIME.NAME. */
    const char *dot = memchr(uid, '.', n);
    const char *dot2 = dot ? memchr(dot + 1, '.', (size_t)(uid + n - dot - 1)) : NULL;
    if (!dot2)
        return 0;
    char rule[48];
    size_t rl = (size_t)(dot2 - uid);
    const foi_rule *r;
    if (rl >= sizeof rule)
        return 0;
    memcpy(rule, uid, rl);
    rule[rl] = '\0';
    if (foi_rule_find(&r, rule) != FOI_OK)
        return 0;
    return ics_scope("old", dot2 + 1, (size_t)(uid + n - dot2 - 1));
}

/* YYYYMMDDTHHMMSSZ as seconds since 1970, or ICS_NO_TIME. */
static int64_t parse_utc(const char *v, size_t n)
{
    if (n != 16 || v[8] != 'T' || v[15] != 'Z')
        return ICS_NO_TIME;
    int d[14];
    for (int i = 0, k = 0; i < 15; i++) {
        if (i == 8)
            continue;
        if (!is_digit(v[i]))
            return ICS_NO_TIME;
        d[k++] = v[i] - '0';
    }
    foi_date day;
    int h = d[8] * 10 + d[9], mi = d[10] * 10 + d[11], sec = d[12] * 10 + d[13];
    if (foi_date_from_ymd(&day, d[0] * 1000 + d[1] * 100 + d[2] * 10 + d[3], d[4] * 10 + d[5],
                          d[6] * 10 + d[7]) ||
        h > 23 || mi > 59 || sec > 59)
        return ICS_NO_TIME;
    return (int64_t)day.serial * 86400 + h * 3600 + mi * 60 + sec;
}

/* A name from a UID, _XX escapes undone: 0, 1 when it was hashed (or is
 * not an escaped name), -1 out of memory. */
static int uid_unpart(struct sbuf *out, const char *s, size_t n)
{
    out->len = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '=')
            return 1;
        if (s[i] != '_') {
            sb_put(out, s + i, 1);
            continue;
        }
        if (i + 2 >= n)
            return 1;
        int v = 0;
        for (size_t k = 1; k <= 2; k++) {
            char c = s[i + k];
            v = v * 16 + (c >= '0' && c <= '9'   ? c - '0'
                          : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                 : -1000);
        }
        if (v <= 0)
            return 1;
        char byte = (char)v;
        sb_put(out, &byte, 1);
        i += 2;
    }
    sb_put(out, "", 0);
    return out->failed ? -1 : 0;
}

int ics_derive_summary(struct sbuf *out, const char *uid, size_t n, int provisional)
{
    out->len = 0;
    if (!ends_with(uid, n, "@foiclock"))
        return 1;
    n -= 9;
    const char *t1 = memchr(uid, '~', n);
    const char *t2 = t1 ? memchr(t1 + 1, '~', (size_t)(uid + n - t1 - 1)) : NULL;
    const char *t3 = t2 ? memchr(t2 + 1, '~', (size_t)(uid + n - t2 - 1)) : NULL;
    char rule_id[48];
    const foi_rule *r = NULL;
    if (!t3 || (size_t)(t1 - uid) >= sizeof rule_id)
        return 1;
    memcpy(rule_id, uid, (size_t)(t1 - uid));
    rule_id[t1 - uid] = '\0';
    if (foi_rule_find(&r, rule_id) != FOI_OK)
        return 1;
    struct sbuf a = {0}, ref = {0}, ca = {0}, cr = {0}, sum = {0};
    int rc = 0;
    int has_a = t3 > t2 + 1, has_ref = t3 + 1 < uid + n && t3[1] != '+';
    if (has_a)
        rc = uid_unpart(&a, t2 + 1, (size_t)(t3 - t2 - 1));
    if (!rc && has_ref)
        rc = uid_unpart(&ref, t3 + 1, (size_t)(uid + n - t3 - 1));
    if (!rc && has_a && ics_clean_name(&ca, "authority", a.s, 120))
        rc = ca.failed ? -1 : 1;
    if (!rc && has_ref && ics_clean_name(&cr, "ref", ref.s, 120))
        rc = cr.failed ? -1 : 1;
    if (!rc) {
        ics_summary(&sum, r, has_ref ? cr.s : NULL, has_a ? ca.s : NULL, provisional);
        if (!sum.failed)
            ics_put_text(out, sum.s);
        rc = sum.failed || out->failed ? -1 : 0;
    }
    sb_free(&a);
    sb_free(&ref);
    sb_free(&ca);
    sb_free(&cr);
    sb_free(&sum);
    return rc;
}

/* ---- reading lines ---- */

enum { MAX_LINE = 1 << 20 };

struct src {
    foi_read_fn read;
    void *ctx;
    char *buf; /* the text, or a window on the stream */
    size_t blen, bstart, bcap;
    size_t consumed; /* bytes before buf[0] */
    int eof, own;
};

/* The next physical line without its ending: 1, 0 at the end, or a code. */
static int phys_line(struct src *s, const char **line, size_t *len, size_t *off, size_t *next)
{
    for (;;) {
        /* buf is NULL until the first read: no arithmetic on it before. */
        char *start = s->buf ? s->buf + s->bstart : NULL;
        char *nl = s->blen > s->bstart ? memchr(start, '\n', s->blen - s->bstart) : NULL;
        if (nl || (s->eof && s->bstart < s->blen)) {
            size_t n = nl ? (size_t)(nl - start) : s->blen - s->bstart;
            *line = start;
            *off = s->consumed + s->bstart;
            s->bstart += n + (nl != NULL);
            *next = s->consumed + s->bstart;
            if (n && start[n - 1] == '\r')
                n--;
            *len = n;
            return 1;
        }
        if (s->eof)
            return 0;
        if (s->bstart) {
            memmove(s->buf, s->buf + s->bstart, s->blen - s->bstart);
            s->blen -= s->bstart;
            s->consumed += s->bstart;
            s->bstart = 0;
        }
        if (s->blen == s->bcap) {
            if (s->bcap >= MAX_LINE)
                return FOI_ERANGE;
            size_t cap = s->bcap ? s->bcap * 2 : 1 << 16;
            char *nb = realloc(s->buf, cap);
            if (!nb)
                return FOI_ENOMEM;
            s->buf = nb;
            s->bcap = cap;
        }
        ptrdiff_t got = s->read(s->ctx, s->buf + s->blen, s->bcap - s->blen);
        if (got < 0)
            return FOI_EIO;
        if (got == 0)
            s->eof = 1;
        else
            s->blen += (size_t)got;
    }
}

/* ---- the structure and the events ---- */

enum { DEPTH = 8, NAME = 32 };

struct rd {
    struct ics_prev *p;
    const char *name;
    int depth, calendars, prodid_ok;
    char stack[DEPTH][NAME];
    char prodid[64];
    /* the event being read */
    int in_event;
    long ev_line;
    size_t ev_off;
    struct sbuf uid, summary, case_text;
    int has_start, has_case, has_summary, cancelled;
    int32_t start, sequence;
    int64_t modified;
    uint64_t content;
    struct sbuf derived; /* scratch for the title a UID gives */
};

static int fail_at(const struct rd *r, long line, const char *msg)
{
    char q[80];
    if (line > 0)
        return foi_fail(FOI_EINVAL, "%s:%ld: %s", r->name, line, msg);
    (void)q;
    return foi_fail(FOI_EINVAL, "%s: %s", r->name, msg);
}

static int upper_eq(const char *s, size_t n, const char *word)
{
    size_t i = 0;
    for (; i < n && word[i]; i++) {
        char c = s[i] >= 'a' && s[i] <= 'z' ? (char)(s[i] - 32) : s[i];
        if (c != word[i])
            return 0;
    }
    return i == n && word[i] == '\0';
}

static int add_event(struct rd *r, long line, size_t end)
{
    struct ics_prev *p = r->p;
    if (r->uid.failed || r->summary.failed || r->case_text.failed)
        return foi_fail(FOI_ENOMEM, "out of memory reading %s", r->name);
    if (!r->uid.len)
        return fail_at(r, r->ev_line, "an event without a UID");
    if (!r->has_start)
        return fail_at(r, r->ev_line, "an event without a date (no DTSTART)");
    (void)line;
    struct ics_prev_event *old = ics_prev_find(p, r->uid.s, r->uid.len);
    if (old) {
        /* The same UID twice (an earlier version could write that): one
         * event, whose SEQUENCE must pass both. */
        if (r->sequence > old->sequence)
            old->sequence = r->sequence;
        return FOI_OK;
    }
    if ((p->n + 1) * 2 > p->nslots && grow_slots(p))
        return foi_fail(FOI_ENOMEM, "out of memory reading %s", r->name);
    if (p->n == p->nblocks * ICS_BLOCK) {
        struct ics_prev_event **nb = realloc(p->blocks, (p->nblocks + 1) * sizeof *nb);
        if (!nb)
            return foi_fail(FOI_ENOMEM, "out of memory reading %s", r->name);
        p->blocks = nb;
        if (!(p->blocks[p->nblocks] = malloc(ICS_BLOCK * sizeof **nb)))
            return foi_fail(FOI_ENOMEM, "out of memory reading %s", r->name);
        p->nblocks++;
    }
    struct ics_prev_event *e = ics_prev_at(p, p->n);
    memset(e, 0, sizeof *e);
    e->uid = arena_copy(p, r->uid.s, r->uid.len);
    /* Most titles are what the UID says: those are not stored. */
    int derived = 0;
    if (r->has_summary) {
        for (int prov = 0; prov < 2 && !derived; prov++) {
            int d = ics_derive_summary(&r->derived, r->uid.s, r->uid.len, prov);
            if (d < 0)
                return foi_fail(FOI_ENOMEM, "out of memory reading %s", r->name);
            derived = d == 0 && r->derived.len == r->summary.len &&
                      memcmp(r->derived.s, r->summary.s, r->summary.len) == 0;
            if (derived)
                e->provisional = (unsigned char)prov;
            if (d > 0)
                break;
        }
        if (!derived && !(e->summary = arena_copy(p, r->summary.s, r->summary.len)))
            return foi_fail(FOI_ENOMEM, "out of memory reading %s", r->name);
    } else {
        e->summary = "";
    }
    e->scope_text = r->has_case ? arena_copy(p, r->case_text.s, r->case_text.len) : NULL;
    if (!e->uid || (!e->summary && !derived) || (r->has_case && !e->scope_text) ||
        r->derived.failed)
        return foi_fail(FOI_ENOMEM, "out of memory reading %s", r->name);
    e->uid_hash = uid_hash(r->uid.s, r->uid.len);
    e->content = r->content;
    e->scope = ics_scope_of(r->uid.s, r->uid.len, e->scope_text);
    e->off = r->ev_off;
    e->len = (uint32_t)(end - r->ev_off);
    e->start = r->start;
    e->sequence = r->sequence;
    e->modified = r->modified;
    e->cancelled = (unsigned char)r->cancelled;
    size_t i = (size_t)e->uid_hash & (p->nslots - 1);
    while (p->slots[i])
        i = (i + 1) & (p->nslots - 1);
    p->slots[i] = (uint32_t)(p->n + 1);
    p->n++;
    return FOI_OK;
}

/* Where the value of a content line starts: after the first ':' that is not
 * inside a quoted parameter value. */
static size_t value_at(const char *s, size_t n)
{
    int quoted = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"')
            quoted = !quoted;
        else if (s[i] == ':' && !quoted)
            return i + 1;
    }
    return n;
}

static int event_property(struct rd *r, const char *s, size_t n, long line)
{
    size_t nl = 0;
    while (nl < n && s[nl] != ';' && s[nl] != ':')
        nl++;
    size_t v = value_at(s, n);
    const char *val = s + v;
    size_t vl = n - v;
    char msg[160], q[64];
    if (upper_eq(s, nl, "DTSTAMP"))
        return FOI_OK;
    if (upper_eq(s, nl, "SEQUENCE")) {
        long long k = 0;
        size_t i = 0;
        int neg = vl && val[0] == '-';
        if (vl && (val[0] == '-' || val[0] == '+'))
            i++;
        if (i == vl || vl - i > 10) {
            snprintf(msg, sizeof msg, "SEQUENCE '%s' is not a number",
                     foi_quote(q, sizeof q, val, vl));
            return fail_at(r, line, msg);
        }
        for (; i < vl; i++) {
            if (!is_digit(val[i])) {
                snprintf(msg, sizeof msg, "SEQUENCE '%s' is not a number",
                         foi_quote(q, sizeof q, val, vl));
                return fail_at(r, line, msg);
            }
            k = k * 10 + (val[i] - '0');
        }
        if (k > INT32_MAX)
            k = INT32_MAX;
        r->sequence = neg ? 0 : (int32_t)k;
        return FOI_OK;
    }
    if (upper_eq(s, nl, "LAST-MODIFIED")) {
        r->modified = parse_utc(val, vl);
        return FOI_OK;
    }
    /* Everything else is content. */
    r->content = ics_hash(ics_hash(r->content, s, n), "\n", 1);
    if (upper_eq(s, nl, "UID")) {
        r->uid.len = 0;
        sb_put(&r->uid, val, vl);
    } else if (upper_eq(s, nl, "SUMMARY")) {
        r->summary.len = 0;
        sb_put(&r->summary, val, vl);
        r->has_summary = 1;
    } else if (upper_eq(s, nl, "X-FOICLOCK-CASE")) {
        r->case_text.len = 0;
        sb_put(&r->case_text, val, vl);
        r->has_case = 1;
    } else if (upper_eq(s, nl, "STATUS")) {
        r->cancelled = upper_eq(val, vl, "CANCELLED");
    } else if (upper_eq(s, nl, "DTSTART")) {
        foi_date d;
        int ok = vl >= 8;
        for (size_t i = 0; ok && i < 8; i++)
            ok = is_digit(val[i]);
        if (ok)
            ok = (vl == 8 || val[8] == 'T') &&
                 foi_date_from_ymd(&d,
                                   (val[0] - '0') * 1000 + (val[1] - '0') * 100 +
                                       (val[2] - '0') * 10 + (val[3] - '0'),
                                   (val[4] - '0') * 10 + (val[5] - '0'),
                                   (val[6] - '0') * 10 + (val[7] - '0')) == FOI_OK;
        if (!ok) {
            snprintf(msg, sizeof msg, "DTSTART '%s' is not a date",
                     foi_quote(q, sizeof q, val, vl));
            return fail_at(r, line, msg);
        }
        r->start = d.serial;
        r->has_start = 1;
    }
    return FOI_OK;
}

static int logical_line(struct rd *r, const char *s, size_t n, long line, size_t off, size_t end)
{
    /* Events may be copied into the next export as they are: the text must
     * be what foiclock writes, UTF-8 without control characters. */
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        size_t k = foi_utf8_char(s + i, n - i);
        if (!k || (c < 0x20 && c != '\t') || c == 0x7f) {
            char msg[96];
            snprintf(msg, sizeof msg, "byte 0x%02X at column %zu is not %s", c, i + 1,
                     k ? "text (a control character)" : "UTF-8 text");
            return fail_at(r, line, msg);
        }
        i += k;
    }
    int begin = n >= 6 && upper_eq(s, 6, "BEGIN:");
    int finish = !begin && n >= 4 && upper_eq(s, 4, "END:");
    char msg[120];
    if (begin || finish) {
        const char *name = s + (begin ? 6 : 4);
        size_t nl = n - (begin ? 6 : 4);
        char up[NAME];
        if (nl == 0)
            return fail_at(r, line,
                           begin ? "a BEGIN line without a component name"
                                 : "an END line without a component name");
        if (nl >= NAME)
            return fail_at(r, line, "a component name longer than 31 characters");
        for (size_t i = 0; i < nl; i++)
            up[i] = name[i] >= 'a' && name[i] <= 'z' ? (char)(name[i] - 32) : name[i];
        up[nl] = '\0';
        if (begin) {
            if (r->depth == 0 && (r->calendars++ || strcmp(up, "VCALENDAR") != 0))
                return fail_at(r, line, "everything must lie inside one VCALENDAR");
            if (r->depth == DEPTH)
                return fail_at(r, line, "components nested too deeply");
            if (r->in_event)
                r->content = ics_hash(ics_hash(r->content, s, n), "\n", 1);
            if (r->depth == 1 && strcmp(up, "VEVENT") == 0) {
                r->in_event = 1;
                r->ev_line = line;
                r->ev_off = off;
                r->uid.len = r->summary.len = r->case_text.len = 0;
                r->has_start = r->has_case = r->has_summary = r->cancelled = 0;
                r->sequence = 0;
                r->modified = ICS_NO_TIME;
                r->content = ICS_HASH_INIT;
            }
            memcpy(r->stack[r->depth++], up, nl + 1);
            return FOI_OK;
        }
        if (r->depth == 0)
            return fail_at(r, line, "END without a matching BEGIN");
        if (strcmp(up, r->stack[r->depth - 1]) != 0) {
            char q1[48], q2[48];
            snprintf(
                msg, sizeof msg, "END:%s where END:%s was expected",
                foi_quote(q1, sizeof q1, up, strlen(up)),
                foi_quote(q2, sizeof q2, r->stack[r->depth - 1], strlen(r->stack[r->depth - 1])));
            return fail_at(r, line, msg);
        }
        r->depth--;
        if (r->in_event && r->depth == 1) {
            r->in_event = 0;
            return add_event(r, line, end);
        }
        if (r->in_event)
            r->content = ics_hash(ics_hash(r->content, s, n), "\n", 1);
        return FOI_OK;
    }
    if (r->depth == 0)
        return fail_at(r, line,
                       r->calendars ? "text after the VCALENDAR"
                                    : "not an iCalendar file (it does not start with "
                                      "BEGIN:VCALENDAR)");
    if (r->depth == 1) {
        size_t nl = 0;
        while (nl < n && s[nl] != ';' && s[nl] != ':')
            nl++;
        if (upper_eq(s, nl, "PRODID")) {
            size_t v = value_at(s, n);
            snprintf(r->prodid, sizeof r->prodid, "%.*s", (int)(n - v), s + v);
            r->prodid_ok = n - v >= 13 && memcmp(s + v, "-//foiclock//", 13) == 0;
        }
        return FOI_OK;
    }
    if (r->in_event && r->depth == 2)
        return event_property(r, s, n, line);
    if (r->in_event)
        r->content = ics_hash(ics_hash(r->content, s, n), "\n", 1);
    return FOI_OK;
}

static ptrdiff_t read_all(struct src *s, const foi_ics_options *o, struct ics_prev *p)
{
    /* The whole text, for events to be copied from it. */
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (!buf)
            return FOI_ENOMEM;
        if (len + 1 == cap) {
            char *nb = cap > SIZE_MAX / 2 ? NULL : realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                return FOI_ENOMEM;
            }
            buf = nb;
            cap *= 2;
        }
        ptrdiff_t got = o->previous_read(o->previous_ctx, buf + len, cap - len - 1);
        if (got < 0) {
            free(buf);
            return FOI_EIO;
        }
        if (got == 0)
            break;
        len += (size_t)got;
    }
    buf[len] = '\0';
    p->text = buf;
    p->text_len = len;
    s->buf = buf;
    s->blen = len;
    s->eof = 1;
    return 0;
}

int ics_prev_load(struct ics_prev *p, const foi_ics_options *o, int keep_text)
{
    memset(p, 0, sizeof *p);
    if (!o->previous && !o->previous_read)
        return FOI_OK;
    struct src s;
    memset(&s, 0, sizeof s);
    struct rd r;
    memset(&r, 0, sizeof r);
    r.p = p;
    r.name = o->previous_name ? o->previous_name : "the previous export";
    int rc = FOI_OK;
    if (o->previous) {
        size_t len = strlen(o->previous);
        if (keep_text) {
            if (!(p->text = malloc(len + 1)))
                return foi_fail(FOI_ENOMEM, "out of memory reading %s", r.name);
            memcpy(p->text, o->previous, len + 1);
            p->text_len = len;
        }
        s.buf = keep_text ? p->text : (char *)(uintptr_t)o->previous;
        s.blen = len;
        s.eof = 1;
    } else if (keep_text) {
        ptrdiff_t e = read_all(&s, o, p);
        if (e)
            return foi_fail((int)e, "%s: %s", r.name,
                            e == FOI_EIO ? "cannot read it" : "out of memory reading it");
    } else {
        s.read = o->previous_read;
        s.ctx = o->previous_ctx;
        s.own = 1;
    }
    struct sbuf cur = {0};
    long phys = 0, cur_line = 0;
    size_t cur_off = 0, cur_end = 0;
    int have = 0, any = 0;
    const char *line;
    size_t len, off, next;
    while ((rc = phys_line(&s, &line, &len, &off, &next)) > 0) {
        phys++;
        if (phys == 1 && len >= 3 && memcmp(line, "\xef\xbb\xbf", 3) == 0) {
            line += 3;
            len -= 3;
        }
        if (len > 75) {
            /* foiclock folds every line; a longer one was written by hand or
             * by another program, and could not be copied as it is */
            char msg[96];
            snprintf(msg, sizeof msg, "a line of %zu octets, longer than the 75 iCalendar allows",
                     len);
            rc = fail_at(&r, phys, msg);
            break;
        }
        if (have && len && (line[0] == ' ' || line[0] == '\t')) {
            if (cur.len + len > MAX_LINE) {
                rc = FOI_ERANGE;
                break;
            }
            sb_put(&cur, line + 1, len - 1);
            cur_end = next;
            continue;
        }
        if (have && cur.failed) {
            rc = FOI_ENOMEM;
            break;
        }
        if (have && (rc = logical_line(&r, cur.s, cur.len, cur_line, cur_off, cur_end)))
            break;
        have = 0;
        int blank = 1;
        for (size_t i = 0; i < len && blank; i++)
            blank = line[i] == ' ' || line[i] == '\t';
        if (blank && r.depth) {
            /* foiclock never writes one, and copying the event around it
             * could join the lines either side */
            rc = fail_at(&r, phys, "an empty line inside the calendar");
            break;
        }
        if (blank)
            continue;
        any = 1;
        cur.len = 0;
        sb_put(&cur, line, len);
        if (cur.failed) {
            rc = FOI_ENOMEM;
            break;
        }
        cur_line = phys;
        cur_off = off;
        cur_end = next;
        have = 1;
    }
    if (rc == 0 && have)
        rc = cur.failed ? FOI_ENOMEM : logical_line(&r, cur.s, cur.len, cur_line, cur_off, cur_end);
    if (rc == FOI_EINVAL)
        ; /* the message is set */
    else if (rc == FOI_ERANGE)
        rc = foi_fail(FOI_EINVAL, "%s:%ld: a line longer than 1 MiB: not a calendar foiclock wrote",
                      r.name, phys + 1);
    else if (rc == FOI_EIO)
        rc = foi_fail(FOI_EIO, "%s: cannot read it", r.name);
    else if (rc == FOI_ENOMEM || cur.failed)
        rc = foi_fail(FOI_ENOMEM, "out of memory reading %s", r.name);
    else if (rc == 0 && any && r.depth)
        rc = fail_at(&r, 0, "the file ends before its VCALENDAR is closed");
    else if (rc == 0 && any && !r.prodid_ok) {
        char q[80], msg[200];
        snprintf(msg, sizeof msg,
                 r.prodid[0] ? "not a calendar foiclock wrote (its PRODID is '%s'); foiclock "
                               "updates only its own exports"
                             : "not a calendar foiclock wrote (it has no PRODID%s); foiclock "
                               "updates only its own exports",
                 r.prodid[0] ? foi_quote(q, sizeof q, r.prodid, strlen(r.prodid)) : "");
        rc = fail_at(&r, 0, msg);
    }
    sb_free(&cur);
    sb_free(&r.uid);
    sb_free(&r.summary);
    sb_free(&r.case_text);
    sb_free(&r.derived);
    if (s.own)
        free(s.buf);
    if (rc)
        ics_prev_free(p);
    return rc;
}
