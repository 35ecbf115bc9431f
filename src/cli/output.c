/* Text and JSON output shared by the foiclock commands. */
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
