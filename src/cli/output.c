/* Text and JSON output shared by the foiclock commands. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"

void json_string(FILE *f, const char *s)
{
    char *q = NULL;
    if (foi_json_quote(&q, s) == 0)
        fputs(q, f);
    else
        fputs("\"\"", f);
    foi_json_free(q);
}

void text_clean(FILE *f, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        size_t n = *p < 0x80 ? (*p >= 0x20 && *p != 0x7f) : foi_utf8_char((const char *)p, 4);
        if (n) {
            fwrite(p, 1, n, f);
            p += n - 1;
        } else {
            fprintf(f, "\\x%02x", *p);
        }
    }
}

void json_divisions(FILE *f, unsigned divisions)
{
    const char *sep = "";
    fputc('[', f);
    for (unsigned bit = 1; bit <= FOI_DIV_NORTHERN_IRELAND; bit <<= 1) {
        if (divisions & bit) {
            fprintf(f, "%s\"%s\"", sep, foi_division_name(bit));
            sep = ",";
        }
    }
    fputc(']', f);
}

void text_holidays(FILE *f, const foi_holiday *h, size_t n, const char *sep, int with_date)
{
    char small[1024];
    size_t len = foi_holidays_text(small, sizeof small, h, n, sep, with_date);
    if (len < sizeof small) {
        fputs(small, f);
        return;
    }
    char *big = malloc(len + 1);
    if (big) {
        foi_holidays_text(big, len + 1, h, n, sep, with_date);
        fputs(big, f);
        free(big);
    }
}

void json_holidays(FILE *f, const foi_holiday *h, size_t n)
{
    char *json = NULL;
    if (foi_holidays_json(&json, h, n) == 0)
        fputs(json, f);
    else
        fputs("[]", f);
    foi_json_free(json);
}

void json_put_data(const char *json)
{
    size_t n = strlen(json);
    while (n && json[n - 1] != '}')
        n--;
    if (!n) {
        puts(json);
        return;
    }
    fwrite(json, 1, n - 1, stdout);
    holiday_data_json(stdout);
    fputs("}\n", stdout);
}

int json_emit(int rc, char *json, const char *context)
{
    if (rc)
        return fail("%s: %s", context, foi_error_last());
    puts(json);
    foi_json_free(json);
    return 0;
}

const char *cli_today;

static int system_today(foi_date *out);

int today(foi_date *out)
{
    if (cli_today) {
        /* Any form a date argument takes; today, yesterday and tomorrow
         * count from the system date (or FOICLOCK_TODAY). */
        foi_date now;
        struct date_how how;
        if (system_today(&now))
            return EXIT_USAGE;
        if (cli_date_read(out, cli_today, strlen(cli_today), &now, &how))
            return fail("--today: %s", foi_error_last());
        return 0;
    }
    return system_today(out);
}

static int system_today(foi_date *out)
{
    const char *env = getenv("FOICLOCK_TODAY");
    if (env && *env) {
        if (foi_date_parse(out, env, NULL))
            return fail("FOICLOCK_TODAY: %s", foi_error_last());
        return 0;
    }
    time_t now = time(NULL);
    if (foi_date_from_utc(out, (int64_t)now))
        return fail("cannot tell today's date: %s", foi_error_last());
    return 0;
}

/* Edit distance between a and b, letters compared without case, capped at
 * 64 characters (longer names are never suggested). */
static size_t distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 64 || lb > 64)
        return (size_t)-1;
    size_t row[65];
    for (size_t j = 0; j <= lb; j++)
        row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t up = row[j];
            int same = tolower((unsigned char)a[i - 1]) == tolower((unsigned char)b[j - 1]);
            size_t best = diag + (same ? 0 : 1);
            if (row[j] + 1 < best)
                best = row[j] + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

const char *nearest_name(const char *s, const char *const *cands, size_t n)
{
    const char *best = NULL;
    size_t best_d = (size_t)-1;
    for (size_t i = 0; i < n; i++) {
        size_t d = distance(s, cands[i]);
        if (d < best_d) {
            best_d = d;
            best = cands[i];
        }
    }
    /* Close enough to be a slip: a third of the name, at least two edits. */
    size_t limit = best ? strlen(best) / 3 : 0;
    if (limit < 2)
        limit = 2;
    return best && best_d <= limit ? best : NULL;
}

const char *did_you_mean(const char *s, const char *const *cands, size_t n)
{
    static char buf[160];
    const char *near = s ? nearest_name(s, cands, n) : NULL;
    if (!near)
        return "";
    /* A slip as close to two names names both ("fois": foia or foisa). */
    size_t d = distance(s, near);
    const char *other = NULL;
    for (size_t i = 0; i < n && !other; i++)
        if (cands[i] != near && strcmp(cands[i], near) != 0 && distance(s, cands[i]) == d)
            other = cands[i];
    if (other)
        snprintf(buf, sizeof buf, " (did you mean %s or %s?)", near, other);
    else
        snprintf(buf, sizeof buf, " (did you mean %s?)", near);
    return buf;
}

const char *lower_value(const char *s)
{
    /* Enumerated values are short ASCII words; a few of them per run. */
    static char bufs[16][64];
    static size_t next;
    size_t n = strlen(s);
    if (n >= sizeof bufs[0])
        return s;
    char *b = bufs[next++ % 16];
    for (size_t i = 0; i <= n; i++)
        b[i] = (char)tolower((unsigned char)s[i]);
    return b;
}

/* ---- dates as people type them ---- */

static int ascii_ieq(const char *a, size_t n, const char *b)
{
    if (strlen(b) != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (tolower((unsigned char)a[i]) != b[i])
            return 0;
    return 1;
}

/* Digits at s[0..n): their value, or -1. */
static long digits(const char *s, size_t n)
{
    long v = 0;
    if (n == 0 || n > 4)
        return -1;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* Rewrites forms the library does not take into one it does, in buf:
 * 15.10.2018 and 15-10-2018 (day first) -> 15/10/2018; 2018/10/15 ->
 * 2018-10-15; "October 15, 2018" -> "15 October 2018"; a date followed by
 * a time without an offset ("02/11/2026 09:15") -> the date, with *local
 * set. Returns 0 when nothing applies. */
static int rewrite_date(char *buf, size_t size, const char *s, size_t n, int *local)
{
    /* A trailing time without offset: HH:MM or HH:MM:SS after a space. */
    const char *sp = NULL;
    for (size_t i = n; i-- > 0;)
        if (s[i] == ' ' || s[i] == 'T') {
            sp = s + i;
            break;
        }
    if (sp) {
        const char *t = sp + 1;
        size_t tl = (size_t)(s + n - t);
        int is_time = (tl == 5 || tl == 8) && digits(t, 2) >= 0 && digits(t, 2) < 24 &&
                      t[2] == ':' && digits(t + 3, 2) >= 0 && digits(t + 3, 2) < 60 &&
                      (tl == 5 || (t[5] == ':' && digits(t + 6, 2) >= 0 && digits(t + 6, 2) < 60));
        if (is_time && sp > s) {
            *local = 1;
            size_t dl = (size_t)(sp - s);
            char inner[64];
            if (dl >= sizeof inner)
                return 0;
            memcpy(inner, s, dl);
            inner[dl] = '\0';
            int dummy = 0;
            if (!rewrite_date(buf, size, inner, dl, &dummy))
                snprintf(buf, size, "%s", inner);
            return 1;
        }
    }
    /* D.M.YYYY, D-M-YYYY */
    size_t a = 0;
    while (a < n && s[a] >= '0' && s[a] <= '9')
        a++;
    if ((a == 1 || a == 2) && a < n && (s[a] == '.' || s[a] == '-')) {
        char sep = s[a];
        size_t b = a + 1;
        while (b < n && s[b] >= '0' && s[b] <= '9')
            b++;
        /* A two-digit year goes through too, for the library to refuse
         * it with its reason. */
        size_t ny = n - b - 1;
        if (b - a - 1 >= 1 && b - a - 1 <= 2 && b < n && s[b] == sep && (ny == 4 || ny == 2) &&
            digits(s + b + 1, ny) >= 0) {
            snprintf(buf, size, "%.*s/%.*s/%.*s", (int)a, s, (int)(b - a - 1), s + a + 1, (int)ny,
                     s + b + 1);
            return 1;
        }
    }
    /* YYYY/MM/DD */
    if (a == 4 && n == 10 && s[4] == '/' && s[7] == '/' && digits(s + 5, 2) >= 0 &&
        digits(s + 8, 2) >= 0) {
        snprintf(buf, size, "%.4s-%.2s-%.2s", s, s + 5, s + 8);
        return 1;
    }
    /* Month D, YYYY or Month D YYYY */
    size_t m = 0;
    while (m < n && isalpha((unsigned char)s[m]))
        m++;
    if (m >= 3 && m < n && s[m] == ' ') {
        size_t d0 = m + 1, d1 = d0;
        while (d1 < n && s[d1] >= '0' && s[d1] <= '9')
            d1++;
        size_t y0 = d1;
        if (y0 < n && s[y0] == ',')
            y0++;
        if (d1 > d0 && d1 - d0 <= 2 && y0 < n && s[y0] == ' ' && n - y0 - 1 == 4 &&
            digits(s + y0 + 1, 4) >= 0) {
            snprintf(buf, size, "%.*s %.*s %.4s", (int)(d1 - d0), s + d0, (int)m, s, s + y0 + 1);
            return 1;
        }
    }
    return 0;
}

/* Says how a date-time became a UK date: "23:30 UTC = 00:30 BST on
 * Saturday 11 July 2026". */
static void describe_instant(struct date_how *how, int64_t utc, foi_date d)
{
    int off = 0;
    char day[FOI_DATE_LONG_SIZE];
    foi_uk_utc_offset(&off, utc);
    int64_t u = ((utc % 86400) + 86400) % 86400, l = (((utc + off) % 86400) + 86400) % 86400;
    snprintf(how->text, sizeof how->text, "%02d:%02d UTC = %02d:%02d %s on %s", (int)(u / 3600),
             (int)(u / 60 % 60), (int)(l / 3600), (int)(l / 60 % 60), off ? "BST" : "GMT",
             foi_date_format_long(d, day));
}

int cli_date_read(foi_date *out, const char *text, size_t len, const foi_date *now,
                  struct date_how *how)
{
    const char *s = text;
    size_t n = len;
    how->kind = DATE_PLAIN;
    how->text[0] = '\0';
    while (n && (*s == ' ' || *s == '\t'))
        s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    int shift = ascii_ieq(s, n, "today")       ? 0
                : ascii_ieq(s, n, "yesterday") ? -1
                : ascii_ieq(s, n, "tomorrow")  ? 1
                                               : 2;
    if (shift != 2) {
        foi_date t;
        if (now)
            t = *now;
        else if (today(&t))
            return -1;
        return foi_date_add_days(out, t, shift) ? -1 : 0;
    }
    int had_time = 0;
    if (foi_date_parse_n(out, text, len, &had_time) == 0) {
        int64_t utc;
        if (had_time && foi_date_parse_instant(&utc, text, len) == 0) {
            how->kind = DATE_CONVERTED;
            describe_instant(how, utc, *out);
        }
        return 0;
    }
    char buf[128];
    int local = 0;
    if (n < 100 && memchr(s, '\0', n) == NULL && rewrite_date(buf, sizeof buf, s, n, &local)) {
        if (foi_date_parse(out, buf, NULL) == 0) {
            if (local) {
                char day[FOI_DATE_LONG_SIZE];
                const char *t = s + n;
                while (t > s && t[-1] != ' ' && t[-1] != 'T')
                    t--;
                how->kind = DATE_LOCAL;
                snprintf(how->text, sizeof how->text,
                         "%.5s UK time on %s (no offset from UTC given: taken as UK local time)", t,
                         foi_date_format_long(*out, day));
            }
            return 0;
        }
        /* The form was understood but the date is impossible: say why,
         * naming the input as given. */
        char why[512];
        snprintf(why, sizeof why, "%s", foi_error_last());
        size_t skip = strlen(buf) + 2;
        if (strncmp(why, "'", 1) == 0 && strlen(why) > skip && strncmp(why + 1, buf, skip - 2) == 0)
            foi_error_set(FOI_EINVAL, "'%.*s'%s", (int)n, s, why + skip);
        return -1;
    }
    /* Keep the library's message about the text as given. */
    foi_date_parse_n(out, text, len, NULL);
    return -1;
}

int cli_date_parse(foi_date *out, const char *text, size_t len, int quiet)
{
    struct date_how how;
    if (cli_date_read(out, text, len, NULL, &how))
        return -1;
    if (how.kind != DATE_PLAIN && !quiet)
        fprintf(stderr, "foiclock: note: %.*s is %s\n", (int)(len < 100 ? len : 100), text,
                how.text);
    return 0;
}

void date_notes_text(FILE *f, const struct date_note *notes, size_t n, const char *indent)
{
    for (size_t i = 0; i < n; i++) {
        if (notes[i].how.kind == DATE_PLAIN)
            continue;
        char label[48];
        snprintf(label, sizeof label, "%s", notes[i].field);
        for (char *p = label; *p; p++)
            if (*p == '_')
                *p = ' ';
        if (label[0] >= 'a' && label[0] <= 'z')
            label[0] = (char)(label[0] - 'a' + 'A');
        fprintf(f, "%s%s %s.\n", indent, label, notes[i].how.text);
    }
}

void json_with_date_notes(FILE *f, const char *json, const struct date_note *notes, size_t n)
{
    size_t len = strlen(json), shown = 0;
    for (size_t i = 0; i < n; i++)
        shown += notes[i].how.kind != DATE_PLAIN;
    if (len < 2 || json[len - 1] != '}') {
        fprintf(f, "%s\n", json);
        return;
    }
    fwrite(json, 1, len - 1, f);
    if (shown) {
        fputs(",\"converted\":[", f);
        for (size_t i = 0, k = 0; i < n; i++) {
            if (notes[i].how.kind == DATE_PLAIN)
                continue;
            char iso[FOI_DATE_ISO_SIZE];
            fputs(k++ ? ",{\"field\":" : "{\"field\":", f);
            json_string(f, notes[i].field);
            fputs(",\"input\":", f);
            json_string(f, notes[i].input);
            fprintf(f, ",\"date\":\"%s\",\"local_time\":%s,\"text\":",
                    foi_date_format_iso(notes[i].date, iso),
                    notes[i].how.kind == DATE_LOCAL ? "true" : "false");
            json_string(f, notes[i].how.text);
            fputc('}', f);
        }
        fputc(']', f);
    }
    /* Which holiday data made the answer, when not the built-in alone. */
    holiday_data_json(f);
    fputs("}\n", f);
}
