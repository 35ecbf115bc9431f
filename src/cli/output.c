/* Text and JSON output shared by the foiclock commands. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"

/* The length of the well-formed UTF-8 character at p (shortest form, no
 * surrogates, at most U+10FFFF), or 0 if the bytes there are not one. */
static size_t utf8_length(const unsigned char *p)
{
    size_t n = p[0] < 0xc2 ? 0 : p[0] < 0xe0 ? 2 : p[0] < 0xf0 ? 3 : p[0] < 0xf5 ? 4 : 0;
    for (size_t i = 1; i < n; i++)
        if ((p[i] & 0xc0) != 0x80)
            return 0;
    if ((p[0] == 0xe0 && p[1] < 0xa0) || (p[0] == 0xed && p[1] >= 0xa0) ||
        (p[0] == 0xf0 && p[1] < 0x90) || (p[0] == 0xf4 && p[1] >= 0x90))
        return 0;
    return n;
}

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
        size_t n = *p < 0x80 ? (*p >= 0x20 && *p != 0x7f) : utf8_length(p);
        if (n) {
            fwrite(p, 1, n, f);
            p += n - 1;
        } else {
            fprintf(f, "\\x%02x", *p);
        }
    }
}

void json_date(FILE *f, const char *key, foi_date d)
{
    char iso[FOI_DATE_ISO_SIZE];
    fprintf(f, "\"%s\":\"%s\",\"%s_weekday\":\"%s\"", key, foi_date_format_iso(d, iso), key,
            foi_weekday_name(foi_date_weekday(d)));
}

const char *ordinal_suffix(long n)
{
    long t = (n < 0 ? -n : n) % 100;
    if (t >= 11 && t <= 13)
        return "th";
    switch (t % 10) {
    case 1:
        return "st";
    case 2:
        return "nd";
    case 3:
        return "rd";
    default:
        return "th";
    }
}

void text_divisions(FILE *f, unsigned divisions)
{
    if (divisions == FOI_DIV_ALL) {
        fputs("all of the UK", f);
        return;
    }
    if (divisions == 0) {
        fputs("local", f);
        return;
    }
    const char *sep = "";
    for (unsigned bit = 1; bit <= FOI_DIV_NORTHERN_IRELAND; bit <<= 1) {
        if (divisions & bit) {
            fprintf(f, "%s%s", sep, foi_division_title(bit));
            sep = ", ";
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

int today(foi_date *out)
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
