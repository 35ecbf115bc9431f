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
 * is deterministic whatever order the rows arrived in. */
static int row_cmp(const void *pa, const void *pb)
{
    const foi_row *a = pa, *b = pb;
    if (a->serial != b->serial)
        return a->serial < b->serial ? -1 : 1;
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
    return a->division - b->division;
}

static int same_except_division(const foi_row *a, const foi_row *b)
{
    return a->serial == b->serial && a->substitute == b->substitute && a->basis == b->basis &&
           a->provisional == b->provisional && strcmp_null(a->name, b->name) == 0 &&
           strcmp_null(a->source, b->source) == 0;
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

    foi_row *sel = malloc((nrows ? nrows : 1) * sizeof *sel);
    if (!sel)
        return foi_fail(FOI_ENOMEM, "out of memory building a calendar");
    size_t nsel = 0, strbytes = 0;
    for (size_t i = 0; i < nrows; i++) {
        const foi_row *r = &rows[i];
        if (r->division && !(r->division & mask))
            continue;
        if (r->serial < FOI_COVER_FIRST || r->serial > FOI_COVER_LAST)
            continue;
        /* A holiday at a weekend changes no count; the data lists the
         * substitute weekday instead. */
        if (foi_serial_weekday(r->serial) >= FOI_SATURDAY)
            continue;
        sel[nsel++] = *r;
        strbytes += strlen(r->name ? r->name : "") + strlen(r->source ? r->source : "") + 2;
    }
    qsort(sel, nsel, sizeof *sel, row_cmp);

    /* Merge rows that differ only in division into one entry per day and name. */
    size_t nhol = 0;
    for (size_t i = 0; i < nsel; i++) {
        if (nhol && same_except_division(&sel[nhol - 1], &sel[i]))
            sel[nhol - 1].division |= sel[i].division;
        else
            sel[nhol++] = sel[i];
    }

    unsigned char *off = calloc(FOI_COVER_DAYS, 1);
    size_t nslots = 16;
    while (nslots < 2 * (2 * nhol + 1))
        nslots *= 2;
    const char **slots = calloc(nslots, sizeof *slots);
    size_t cum_bytes = (FOI_COVER_DAYS + 1) * sizeof(uint16_t);
    size_t gap_bytes = FOI_COVER_DAYS * sizeof(uint16_t);
    size_t hol_bytes = (nhol ? nhol : 1) * sizeof(foi_holiday);
    /* One block: the calendar, its holidays, its tables, then the strings. */
    size_t total = sizeof(struct foi_calendar) + hol_bytes + cum_bytes + gap_bytes + strbytes + 1;
    unsigned char *block = malloc(total);
    if (!off || !slots || !block) {
        free(sel);
        free(off);
        free(slots);
        free(block);
        return foi_fail(FOI_ENOMEM, "out of memory building a calendar");
    }

    struct foi_calendar *cal = (struct foi_calendar *)block;
    foi_holiday *hol = (foi_holiday *)(block + sizeof *cal);
    uint16_t *cum = (uint16_t *)((unsigned char *)hol + hol_bytes);
    uint16_t *gap = (uint16_t *)((unsigned char *)cum + cum_bytes);
    struct pool pool = {(char *)gap + gap_bytes, 0, slots, nslots};

    for (size_t i = 0; i < nhol; i++) {
        const foi_row *r = &sel[i];
        hol[i] = (foi_holiday){foi_mkdate(r->serial),
                               pool_intern(&pool, r->name),
                               pool_intern(&pool, r->source),
                               r->division,
                               r->basis,
                               r->substitute,
                               r->provisional};
        off[r->serial - FOI_COVER_FIRST] = 1;
    }
    free(sel);
    free(slots);

    int32_t nwork = 0;
    cum[0] = 0;
    for (int32_t i = 0; i < FOI_COVER_DAYS; i++) {
        int32_t z = FOI_COVER_FIRST + i;
        if (!off[i] && foi_serial_weekday(z) < FOI_SATURDAY) {
            gap[nwork] = (uint16_t)(i - nwork);
            nwork++;
        }
        cum[i + 1] = (uint16_t)nwork;
    }
    free(off);

    int32_t pub = FOI_COVER_LAST;
    for (int k = 0; k < 3; k++)
        if ((mask & (1u << k)) && published_until[k] < pub)
            pub = published_until[k];

    *cal = (struct foi_calendar){
        id, 1, FOI_COVER_FIRST, FOI_COVER_DAYS, pub, nwork, cum, gap, hol, nhol, block};
    *out = cal;
    return FOI_OK;
}
