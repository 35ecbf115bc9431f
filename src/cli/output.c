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

int json_emit(int rc, char *json, const char *context)
{
    if (rc)
        return fail("%s: %s", context, foi_error_last());
    puts(json);
    foi_json_free(json);
    return 0;
}

const char *cli_today;

int today(foi_date *out)
{
    if (cli_today) {
        if (foi_date_parse(out, cli_today, NULL))
            return fail("--today: %s", foi_error_last());
        return 0;
    }
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
