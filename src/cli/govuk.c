/* GOV.UK's bank-holidays.json feed read into a calendar builder: one object
 * per division, {"division": NAME, "events": [{"title", "date", "notes",
 * "bunting"}, ...]}, each division's events then imported with
 * foi_calendar_builder_import, which checks them as it checks an iCalendar
 * file's. The reader is strict JSON (RFC 8259) with line numbers. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* The bounds of the iCalendar import: as many events as FOI_IMPORT_MAX a
 * year over the whole coverage, nesting no deeper than a feed needs. */
enum { MAX_EVENTS = 4580, MAX_DEPTH = 16 };

struct reader {
    const char *p, *end;
    long line;
    const char *name;
    char *err;
    size_t errsize;
};

static int bad(struct reader *r, const char *fmt, ...) FOI_CLI_PRINTF(2, 3);

static int bad(struct reader *r, const char *fmt, ...)
{
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    snprintf(r->err, r->errsize, "%s:%ld: %s", r->name, r->line, msg);
    return -1;
}

static void space(struct reader *r)
{
    while (r->p < r->end && (*r->p == ' ' || *r->p == '\t' || *r->p == '\n' || *r->p == '\r')) {
        if (*r->p == '\n')
            r->line++;
        r->p++;
    }
}

static int expect(struct reader *r, char c)
{
    space(r);
    if (r->p >= r->end || *r->p != c)
        return bad(r, "'%c' expected%s", c, r->p >= r->end ? " before the end of the file" : "");
    r->p++;
    return 0;
}

static int hex4(const char *s, unsigned *out)
{
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        char c = s[i];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= (unsigned)(c - 'A' + 10);
        else
            return -1;
    }
    *out = v;
    return 0;
}

/* A string, decoded into buf (cut at size - 1 bytes; *cut says so) or
 * skipped when buf is NULL. */
static int string(struct reader *r, char *buf, size_t size, int *cut)
{
    size_t n = 0;
    if (cut)
        *cut = 0;
    if (expect(r, '"'))
        return -1;
    for (;;) {
        if (r->p >= r->end)
            return bad(r, "a string is not closed");
        unsigned char c = (unsigned char)*r->p++;
        unsigned cp;
        char tmp[4];
        size_t k = 0;
        if (c == '"')
            break;
        if (c < 0x20)
            return bad(r, "a control character inside a string");
        if (c != '\\') {
            tmp[k++] = (char)c;
        } else {
            if (r->p >= r->end)
                return bad(r, "a string is not closed");
            char e = *r->p++;
            const char *simple = strchr("\"\\/bfnrt", e);
            if (e && simple) {
                static const char map[] = "\"\\/\b\f\n\r\t";
                tmp[k++] = map[simple - "\"\\/bfnrt"];
            } else if (e == 'u') {
                if (r->end - r->p < 4 || hex4(r->p, &cp))
                    return bad(r, "a \\u escape needs four hexadecimal digits");
                r->p += 4;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    unsigned lo;
                    if (r->end - r->p < 6 || r->p[0] != '\\' || r->p[1] != 'u' ||
                        hex4(r->p + 2, &lo) || lo < 0xDC00 || lo > 0xDFFF)
                        return bad(r, "a \\u escape is half a surrogate pair");
                    r->p += 6;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return bad(r, "a \\u escape is half a surrogate pair");
                }
                if (cp == 0)
                    return bad(r, "a string holds a NUL character");
                if (cp < 0x80) {
                    tmp[k++] = (char)cp;
                } else if (cp < 0x800) {
                    tmp[k++] = (char)(0xC0 | (cp >> 6));
                    tmp[k++] = (char)(0x80 | (cp & 0x3F));
                } else if (cp < 0x10000) {
                    tmp[k++] = (char)(0xE0 | (cp >> 12));
                    tmp[k++] = (char)(0x80 | ((cp >> 6) & 0x3F));
                    tmp[k++] = (char)(0x80 | (cp & 0x3F));
                } else {
                    tmp[k++] = (char)(0xF0 | (cp >> 18));
                    tmp[k++] = (char)(0x80 | ((cp >> 12) & 0x3F));
                    tmp[k++] = (char)(0x80 | ((cp >> 6) & 0x3F));
                    tmp[k++] = (char)(0x80 | (cp & 0x3F));
                }
            } else {
                return bad(r, "an unknown escape in a string");
            }
        }
        for (size_t i = 0; i < k && buf; i++) {
            if (n + 1 < size)
                buf[n++] = tmp[i];
            else if (cut)
                *cut = 1;
        }
    }
    if (buf)
        buf[n] = '\0';
    return 0;
}

/* Skips any value (for members foiclock does not use). */
static int skip_value(struct reader *r, int depth)
{
    if (depth > MAX_DEPTH)
        return bad(r, "nested too deeply to be a holiday feed");
    space(r);
    if (r->p >= r->end)
        return bad(r, "a value expected before the end of the file");
    char c = *r->p;
    if (c == '"')
        return string(r, NULL, 0, NULL);
    if (c == '{' || c == '[') {
        char close = c == '{' ? '}' : ']';
        r->p++;
        space(r);
        if (r->p < r->end && *r->p == close) {
            r->p++;
            return 0;
        }
        for (;;) {
            if (c == '{' && (string(r, NULL, 0, NULL) || expect(r, ':')))
                return -1;
            if (skip_value(r, depth + 1))
                return -1;
            space(r);
            if (r->p < r->end && *r->p == ',') {
                r->p++;
                continue;
            }
            return expect(r, close);
        }
    }
    static const char *const words[] = {"true", "false", "null"};
    for (size_t i = 0; i < 3; i++) {
        size_t n = strlen(words[i]);
        if ((size_t)(r->end - r->p) >= n && memcmp(r->p, words[i], n) == 0) {
            r->p += n;
            return 0;
        }
    }
    /* A number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
    const char *s = r->p;
    if (s < r->end && *s == '-')
        s++;
    if (s >= r->end || *s < '0' || *s > '9')
        return bad(r, "not a JSON value");
    if (*s == '0')
        s++;
    else
        while (s < r->end && *s >= '0' && *s <= '9')
            s++;
    if (s < r->end && *s == '.') {
        s++;
        if (s >= r->end || *s < '0' || *s > '9')
            return bad(r, "not a JSON number");
        while (s < r->end && *s >= '0' && *s <= '9')
            s++;
    }
    if (s < r->end && (*s == 'e' || *s == 'E')) {
        s++;
        if (s < r->end && (*s == '+' || *s == '-'))
            s++;
        if (s >= r->end || *s < '0' || *s > '9')
            return bad(r, "not a JSON number");
        while (s < r->end && *s >= '0' && *s <= '9')
            s++;
    }
    r->p = s;
    return 0;
}

/* Calls member(r, key, ctx) at each member's value of an object. */
static int object(struct reader *r, int (*member)(struct reader *, const char *, void *), void *ctx)
{
    if (expect(r, '{'))
        return -1;
    space(r);
    if (r->p < r->end && *r->p == '}') {
        r->p++;
        return 0;
    }
    for (;;) {
        char key[64];
        int cut;
        if (string(r, key, sizeof key, &cut) || expect(r, ':'))
            return -1;
        if (cut)
            key[0] = '\0'; /* no key foiclock reads is that long */
        if (member(r, key, ctx))
            return -1;
        space(r);
        if (r->p < r->end && *r->p == ',') {
            r->p++;
            continue;
        }
        return expect(r, '}');
    }
}

/* One division's events, as rows for the import. */
struct division {
    unsigned bit;
    int seen_division, seen_events;
    foi_holiday_row *rows;
    char **names;
    size_t n;
    long line; /* where the division's object starts */
};

struct event {
    struct division *d;
    char title[256];
    int has_title, has_date, substitute;
    foi_date date;
    long date_line;
};

static int event_member(struct reader *r, const char *key, void *ctx)
{
    struct event *e = ctx;
    if (strcmp(key, "title") == 0) {
        int cut;
        space(r);
        if (r->p >= r->end || *r->p != '"')
            return bad(r, "an event's \"title\" must be a string");
        if (string(r, e->title, sizeof e->title, &cut))
            return -1;
        if (cut)
            return bad(r, "an event's title is longer than %zu bytes", sizeof e->title - 1);
        e->has_title = 1;
        return 0;
    }
    if (strcmp(key, "date") == 0) {
        char text[32];
        int cut, y, m, d;
        space(r);
        e->date_line = r->line;
        if (r->p >= r->end || *r->p != '"')
            return bad(r, "an event's \"date\" must be a string");
        if (string(r, text, sizeof text, &cut))
            return -1;
        char tail;
        if (cut || strlen(text) != 10 || sscanf(text, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 ||
            text[4] != '-' || text[7] != '-')
            return bad(r, "the date '%s' is not YYYY-MM-DD", text);
        if (foi_date_from_ymd(&e->date, y, m, d))
            return bad(r, "%s", foi_error_last());
        e->has_date = 1;
        return 0;
    }
    if (strcmp(key, "notes") == 0) {
        char notes[128];
        int cut;
        space(r);
        if (r->p >= r->end || *r->p != '"')
            return bad(r, "an event's \"notes\" must be a string");
        if (string(r, notes, sizeof notes, &cut))
            return -1;
        /* GOV.UK marks a weekday that replaces a weekend holiday so. */
        e->substitute = strcmp(notes, "Substitute day") == 0;
        return 0;
    }
    return skip_value(r, 2);
}

static int add_event(struct reader *r, struct division *d, struct event *e)
{
    if (!e->has_title || !*e->title)
        return bad(r, "an event without a \"title\"");
    if (!e->has_date)
        return bad(r, "an event without a \"date\"");
    if (d->n >= MAX_EVENTS)
        return bad(r, "more than %d events for one division: not bank-holiday data", MAX_EVENTS);
    foi_holiday_row *rows = realloc(d->rows, (d->n + 1) * sizeof *rows);
    if (!rows)
        return bad(r, "out of memory");
    d->rows = rows;
    char **names = realloc(d->names, (d->n + 1) * sizeof *names);
    if (!names)
        return bad(r, "out of memory");
    d->names = names;
    size_t len = strlen(e->title);
    if (!(d->names[d->n] = malloc(len + 1)))
        return bad(r, "out of memory");
    memcpy(d->names[d->n], e->title, len + 1);
    foi_holiday_row *row = &d->rows[d->n];
    row->date = e->date;
    row->name = d->names[d->n];
    row->basis = -1;
    row->substitute = e->substitute;
    d->n++;
    /* A weekend date is refused by the import too, but here the line is known. */
    if (foi_date_weekday(e->date) >= FOI_SATURDAY) {
        char day[FOI_DATE_ISO_SIZE];
        r->line = e->date_line;
        return bad(r,
                   "%s is a %s: a holiday file gives the weekday that replaces a holiday "
                   "falling at a weekend (a weekend is never a working day)",
                   foi_date_format_iso(e->date, day), foi_weekday_name(foi_date_weekday(e->date)));
    }
    return 0;
}

static int division_member(struct reader *r, const char *key, void *ctx)
{
    struct division *d = ctx;
    if (strcmp(key, "division") == 0) {
        char name[64];
        int cut;
        unsigned bit;
        space(r);
        if (r->p >= r->end || *r->p != '"')
            return bad(r, "\"division\" must be a string");
        if (string(r, name, sizeof name, &cut))
            return -1;
        if (cut || foi_division_from_name(&bit, name) || bit != d->bit)
            return bad(r, "\"division\": \"%s\" inside the object for %s", name,
                       foi_division_name(d->bit));
        d->seen_division = 1;
        return 0;
    }
    if (strcmp(key, "events") == 0) {
        if (d->seen_events)
            return bad(r, "\"events\" given twice for %s", foi_division_name(d->bit));
        d->seen_events = 1;
        if (expect(r, '['))
            return -1;
        space(r);
        if (r->p < r->end && *r->p == ']') {
            r->p++;
            return 0;
        }
        for (;;) {
            struct event e;
            memset(&e, 0, sizeof e);
            e.d = d;
            space(r);
            if (object(r, event_member, &e) || add_event(r, d, &e))
                return -1;
            space(r);
            if (r->p < r->end && *r->p == ',') {
                r->p++;
                continue;
            }
            return expect(r, ']');
        }
    }
    return skip_value(r, 1);
}

struct feed {
    struct division div[3];
};

static int feed_member(struct reader *r, const char *key, void *ctx)
{
    struct feed *f = ctx;
    unsigned bit;
    if (foi_division_from_name(&bit, key))
        return bad(r,
                   "\"%s\" is not a division of the feed (england-and-wales, scotland, "
                   "northern-ireland)",
                   key);
    struct division *d = &f->div[bit == FOI_DIV_ENGLAND_WALES ? 0
                                 : bit == FOI_DIV_SCOTLAND    ? 1
                                                              : 2];
    if (d->line)
        return bad(r, "%s is given twice", key);
    space(r);
    d->line = r->line;
    if (object(r, division_member, d))
        return -1;
    if (!d->seen_events)
        return bad(r, "the object for %s has no \"events\"", key);
    return 0;
}

int govuk_json_import(foi_calendar_builder *b, const char *text, size_t len, const char *name,
                      foi_import_report *report, char *err, size_t errsize)
{
    struct reader r = {text, text + len, 1, name, err, errsize};
    struct feed f;
    memset(&f, 0, sizeof f);
    f.div[0].bit = FOI_DIV_ENGLAND_WALES;
    f.div[1].bit = FOI_DIV_SCOTLAND;
    f.div[2].bit = FOI_DIV_NORTHERN_IRELAND;
    int rc = 0;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        r.p += 3; /* a byte-order mark, as some downloads carry */
    space(&r);
    if (r.p >= r.end || *r.p != '{') {
        bad(&r, "not a GOV.UK bank-holidays.json feed (a JSON object of divisions)");
        rc = -1;
    }
    if (!rc && object(&r, feed_member, &f))
        rc = -1;
    if (!rc) {
        space(&r);
        if (r.p != r.end)
            rc = bad(&r, "text after the end of the JSON object");
    }
    size_t any = 0;
    for (int k = 0; k < 3; k++)
        any += f.div[k].n;
    if (!rc && !any) {
        r.line = 1;
        rc = bad(&r, "holds no holidays");
    }
    /* Each division replaces the years its events cover; a failure leaves
     * what earlier divisions did, which is why callers import into a
     * builder of their own first. */
    for (int k = 0; k < 3 && !rc; k++) {
        if (!f.div[k].n)
            continue;
        if (foi_calendar_builder_import(b, f.div[k].bit, f.div[k].rows, f.div[k].n, name, report)) {
            snprintf(err, errsize, "%s: %s: %s", name, foi_division_title(f.div[k].bit),
                     foi_error_last());
            rc = -1;
        }
    }
    for (int k = 0; k < 3; k++) {
        for (size_t i = 0; i < f.div[k].n; i++)
            free(f.div[k].names[i]);
        free(f.div[k].names);
        free(f.div[k].rows);
    }
    return rc;
}
