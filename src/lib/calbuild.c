/* Turning holiday rows into an immutable calendar with cumulative tables. */
#include <stdlib.h>
#include <string.h>

#include "calbuild.h"
#include "internal.h"

unsigned foi_calendar_id_divisions(foi_calendar_id id)
{
    switch (id) {
    case FOI_CAL_UK:
        return FOI_DIV_ALL;
    case FOI_CAL_SCOTLAND:
        return FOI_DIV_SCOTLAND;
    case FOI_CAL_ENGLAND_WALES:
        return FOI_DIV_ENGLAND_WALES;
    case FOI_CAL_NORTHERN_IRELAND:
        return FOI_DIV_NORTHERN_IRELAND;
    }
    return 0;
}

static int strcmp_null(const char *a, const char *b)
{
    return strcmp(a ? a : "", b ? b : "");
}

/* Order of holidays within a calendar: by date, then by name, so that output
 * is deterministic whatever order the rows arrived in. Every field takes
 * part, so that entries the order calls equal are identical. */
int foi_holiday_cmp(const foi_holiday *a, const foi_holiday *b)
{
    if (a->date.serial != b->date.serial)
        return a->date.serial < b->date.serial ? -1 : 1;
    int c = strcmp_null(a->name, b->name);
    if (c)
        return c;
    if (a->substitute != b->substitute)
        return a->substitute - b->substitute;
    if (a->basis != b->basis)
        return a->basis - b->basis;
    if (a->provisional != b->provisional)
        return a->provisional - b->provisional;
    c = strcmp_null(a->source, b->source);
    if (c)
        return c;
    return a->divisions < b->divisions ? -1 : a->divisions > b->divisions;
}

static int holiday_qsort_cmp(const void *a, const void *b)
{
    return foi_holiday_cmp(a, b);
}

static int same_except_division(const foi_holiday *a, const foi_holiday *b)
{
    return a->date.serial == b->date.serial && a->substitute == b->substitute &&
           a->basis == b->basis && a->provisional == b->provisional &&
           strcmp_null(a->name, b->name) == 0 && strcmp_null(a->source, b->source) == 0;
}

int foi_row_selected(unsigned mask, int32_t serial, unsigned division)
{
    if (division && !(division & mask))
        return 0;
    if (serial < FOI_COVER_FIRST || serial > FOI_COVER_LAST)
        return 0;
    /* A holiday at a weekend changes no count; the data lists the
     * substitute weekday instead. */
    return foi_serial_weekday(serial) < FOI_SATURDAY;
}

int32_t foi_calendar_published_until(foi_calendar_id id, const int32_t published_until[3])
{
    unsigned mask = foi_calendar_id_divisions(id);
    int32_t pub = FOI_COVER_LAST;
    for (int k = 0; k < 3; k++)
        if ((mask & (1u << k)) && published_until[k] < pub)
            pub = published_until[k];
    return pub;
}

void foi_calendar_assemble(struct foi_calendar *cal, foi_calendar_id id, foi_holiday *hol, size_t n,
                           uint16_t *cum, uint16_t *gap, const int32_t published_until[3])
{
    /* The built-in data usually arrives in order already. */
    size_t sorted = 1;
    while (sorted < n && foi_holiday_cmp(&hol[sorted - 1], &hol[sorted]) <= 0)
        sorted++;
    if (sorted < n)
        qsort(hol, n, sizeof *hol, holiday_qsort_cmp);
    /* Merge entries that differ only in division into one per day and name. */
    size_t nhol = 0;
    for (size_t i = 0; i < n; i++) {
        if (nhol && same_except_division(&hol[nhol - 1], &hol[i]))
            hol[nhol - 1].divisions |= hol[i].divisions;
        else
            hol[nhol++] = hol[i];
    }

    /* The holidays are in date order: walk them beside the days. */
    int32_t nwork = 0;
    size_t h = 0;
    int weekday = foi_serial_weekday(FOI_COVER_FIRST);
    cum[0] = 0;
    for (int32_t i = 0; i < FOI_COVER_DAYS; i++) {
        int32_t z = FOI_COVER_FIRST + i;
        int off = 0;
        while (h < nhol && hol[h].date.serial == z) {
            off = 1;
            h++;
        }
        if (!off && weekday < FOI_SATURDAY) {
            gap[nwork] = (uint16_t)(i - nwork);
            nwork++;
        }
        cum[i + 1] = (uint16_t)nwork;
        weekday = weekday == FOI_SUNDAY ? FOI_MONDAY : weekday + 1;
    }

    *cal = (struct foi_calendar){id,
                                 0,
                                 FOI_COVER_FIRST,
                                 FOI_COVER_DAYS,
                                 foi_calendar_published_until(id, published_until),
                                 nwork,
                                 cum,
                                 gap,
                                 hol,
                                 nhol,
                                 NULL};
}

/* A string pool that stores each distinct string once. */
struct pool {
    char *base;
    size_t used;
    const char **slots; /* open addressing on the strings already stored */
    size_t nslots;
};

static size_t hash_str(const char *s)
{
    /* 64-bit FNV-1a, cut to size_t, so that 32-bit targets (WebAssembly) hash alike. */
    uint64_t h = 1469598103934665603u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return (size_t)h;
}

static const char *pool_intern(struct pool *p, const char *s)
{
    if (!s)
        s = "";
    size_t i = hash_str(s) & (p->nslots - 1);
    while (p->slots[i]) {
        if (strcmp(p->slots[i], s) == 0)
            return p->slots[i];
        i = (i + 1) & (p->nslots - 1);
    }
    size_t len = strlen(s) + 1;
    char *dst = p->base + p->used;
    memcpy(dst, s, len);
    p->used += len;
    p->slots[i] = dst;
    return dst;
}

int foi_calbuild(struct foi_calendar **out, const foi_row *rows, size_t nrows, foi_calendar_id id,
                 const int32_t published_until[3])
{
    unsigned mask = foi_calendar_id_divisions(id);
    if (!mask)
        return foi_fail(FOI_EINVAL, "unknown calendar id %d", (int)id);

    size_t nsel = 0, strbytes = 0;
    for (size_t i = 0; i < nrows; i++) {
        const foi_row *r = &rows[i];
        if (!foi_row_selected(mask, r->serial, r->division))
            continue;
        nsel++;
        strbytes += strlen(r->name ? r->name : "") + strlen(r->source ? r->source : "") + 2;
    }
    size_t nslots = 16;
    while (nslots < 2 * (2 * nsel + 1))
        nslots *= 2;
    const char **slots = calloc(nslots, sizeof *slots);
    size_t cum_bytes = (FOI_COVER_DAYS + 1) * sizeof(uint16_t);
    size_t gap_bytes = FOI_COVER_DAYS * sizeof(uint16_t);
    size_t hol_bytes = (nsel ? nsel : 1) * sizeof(foi_holiday);
    /* One block: the calendar, its holidays, its tables, then the strings. */
    size_t total = sizeof(struct foi_calendar) + hol_bytes + cum_bytes + gap_bytes + strbytes + 1;
    unsigned char *block = malloc(total);
    if (!slots || !block) {
        free(slots);
        free(block);
        return foi_fail(FOI_ENOMEM, "out of memory building a calendar");
    }

    struct foi_calendar *cal = (struct foi_calendar *)block;
    foi_holiday *hol = (foi_holiday *)(block + sizeof *cal);
    uint16_t *cum = (uint16_t *)((unsigned char *)hol + hol_bytes);
    uint16_t *gap = (uint16_t *)((unsigned char *)cum + cum_bytes);
    struct pool pool = {(char *)gap + gap_bytes, 0, slots, nslots};

    size_t n = 0;
    for (size_t i = 0; i < nrows; i++) {
        const foi_row *r = &rows[i];
        if (foi_row_selected(mask, r->serial, r->division))
            hol[n++] = (foi_holiday){foi_mkdate(r->serial),
                                     pool_intern(&pool, r->name),
                                     pool_intern(&pool, r->source),
                                     r->division,
                                     r->basis,
                                     r->substitute,
                                     r->provisional};
    }
    free(slots);
    foi_calendar_assemble(cal, id, hol, n, cum, gap, published_until);
    cal->owned = 1;
    cal->storage = block;
    *out = cal;
    return FOI_OK;
}
