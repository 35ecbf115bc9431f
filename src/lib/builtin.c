/*
 * The built-in calendars, made ready the first time each is asked for.
 *
 * The compiled-in data holds offsets, not pointers (see builtin.h), while a
 * calendar hands out foi_holiday structs whose names are pointers. So each
 * calendar is finished once, on first use: with tables, by setting it up
 * over them and unpacking its holidays chunk by chunk as they are asked
 * for; in a compact build, by deriving its holidays and cumulative tables
 * from the published data and the rules for later years. Either way into
 * storage reserved at build time, so that it cannot fail.
 *
 * This is the library's only mutable global state, and callers never see it
 * change: each calendar and each chunk is published once, complete, through
 * an atomic state that every reader checks with acquire ordering. A thread
 * that finds another finishing the same one waits for it (microseconds, once
 * per process). No locks and no threads library, so that single-threaded
 * targets (WebAssembly) build it as they are.
 */
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "builtin.h"
#include "internal.h"

enum { LAZY_NEW, LAZY_FILLING, LAZY_READY };

static atomic_int foi_lazy_state[FOI_CAL_COUNT];
static struct foi_calendar foi_lazy_calendars[FOI_CAL_COUNT];

static const char rules_source[] = "rules";

static foi_holiday unpack(const foi_packed_holiday *p)
{
    return (foi_holiday){foi_mkdate(p->serial),
                         foi_builtin_strings + p->name,
                         foi_builtin_strings + p->source,
                         p->divisions,
                         p->basis,
                         p->substitute,
                         p->provisional};
}

#ifdef FOICLOCK_COMPACT

/* The year of a serial. */
static int year_of(int32_t serial)
{
    int y;
    foi_civil_from_days(serial, &y, NULL, NULL);
    return y;
}

/* Puts the sorted runs hol[run[r] .. run[r + 1]) in order by merging them
 * through an index: perm (room for n) holds, for each place, the entry that
 * goes there, and the entries then move along the permutation's cycles. No
 * scratch copy of the holidays is needed. */
static void merge_runs(foi_holiday *hol, size_t n, const size_t *run, int nrun, uint16_t *perm)
{
    size_t head[4];
    for (int r = 0; r < nrun; r++)
        head[r] = run[r];
    for (size_t out = 0; out < n; out++) {
        int best = -1;
        for (int r = 0; r < nrun; r++)
            if (head[r] < run[r + 1] &&
                (best < 0 || foi_holiday_cmp(&hol[head[r]], &hol[head[best]]) < 0))
                best = r;
        perm[out] = (uint16_t)head[best]++;
    }
    for (size_t i = 0; i < n; i++) {
        if (perm[i] == i)
            continue;
        foi_holiday first = hol[i];
        size_t j = i;
        for (;;) {
            size_t k = perm[j];
            perm[j] = (uint16_t)j;
            if (k == i) {
                hol[j] = first;
                break;
            }
            hol[j] = hol[k];
            j = k;
        }
    }
}

/* Derives calendar id as the generator would: for each of its divisions,
 * the published rows and then the projected years after them (a run in date
 * order), the runs merged, then counted. */
static void fill(foi_calendar_id id)
{
    const foi_builtin_desc *d = &foi_builtin_descs[id];
    unsigned mask = foi_calendar_id_divisions(id);
    foi_holiday *hol = foi_lazy_holidays + d->holidays;
    uint16_t *gap = foi_lazy_gap + d->gap;
    size_t n = 0, run[4];
    int nrun = 0;
    for (int k = 0; k < 3; k++) {
        unsigned bit = 1u << k;
        if (!(mask & bit))
            continue;
        run[nrun++] = n;
        for (size_t i = 0; i < foi_builtin_nrows && n < d->nholidays; i++) {
            const foi_packed_holiday *r = &foi_builtin_rows[i];
            if (r->divisions == bit && foi_row_selected(mask, r->serial, r->divisions))
                hol[n++] = unpack(r);
        }
        for (int y = year_of(foi_builtin_published_until[k]) + 1; y <= FOI_COVER_LAST_YEAR; y++) {
            foi_row buf[32];
            int np = foi_project_year(buf, 32, bit, y);
            for (int i = 0; i < np && n < d->nholidays; i++)
                if (foi_row_selected(mask, buf[i].serial, buf[i].division))
                    hol[n++] =
                        (foi_holiday){foi_mkdate(buf[i].serial), buf[i].name,  rules_source,
                                      buf[i].division,           buf[i].basis, buf[i].substitute,
                                      buf[i].provisional};
        }
    }
    run[nrun] = n;
    /* gap is room for every working day, far more than the holidays; the
     * assembly sorts whatever the merge leaves out of order. */
    if (nrun > 1 && n <= (size_t)d->nworking && n <= UINT16_MAX)
        merge_runs(hol, n, run, nrun, gap);
    foi_calendar_assemble(&foi_lazy_calendars[id], id, hol, n,
                          foi_lazy_cum + (size_t)id * (FOI_COVER_DAYS + 1), gap,
                          foi_builtin_published_until);
}

#else

/* Sets calendar id up over its compiled-in tables; its holidays are
 * unpacked chunk by chunk as they are asked for (foi_builtin_unpack). */
static void fill(foi_calendar_id id)
{
    const foi_builtin_desc *d = &foi_builtin_descs[id];
    foi_holiday *hol = foi_lazy_holidays + d->holidays;
    foi_lazy_calendars[id] =
        (struct foi_calendar){id,
                              0,
                              FOI_COVER_FIRST,
                              FOI_COVER_DAYS,
                              foi_calendar_published_until(id, foi_builtin_published_until),
                              d->nworking,
                              foi_builtin_cum + (size_t)id * (FOI_COVER_DAYS + 1),
                              foi_builtin_gap + d->gap,
                              hol,
                              d->nholidays,
                              NULL};
}

#endif

/* Runs fill_fn(arg) once for the state at *state; every caller returns only
 * once it has run, and then sees everything it wrote. */
static void once(atomic_int *state, void (*fill_fn)(size_t), size_t arg)
{
    for (;;) {
        int s = atomic_load_explicit(state, memory_order_acquire);
        if (s == LAZY_READY)
            return;
        if (s == LAZY_NEW &&
            atomic_compare_exchange_strong_explicit(state, &s, LAZY_FILLING, memory_order_acquire,
                                                    memory_order_acquire)) {
            fill_fn(arg);
            atomic_store_explicit(state, LAZY_READY, memory_order_release);
            return;
        }
        /* Another thread is filling it: a few microseconds, once. */
    }
}

static void fill_calendar(size_t id)
{
    fill((foi_calendar_id)id);
}

const struct foi_calendar *foi_builtin_calendar(foi_calendar_id id)
{
    once(&foi_lazy_state[id], fill_calendar, (size_t)id);
    return &foi_lazy_calendars[id];
}

#ifdef FOICLOCK_COMPACT

void foi_builtin_unpack(const struct foi_calendar *cal, size_t lo, size_t hi)
{
    (void)cal;
    (void)lo;
    (void)hi;
}

size_t foi_calendar_lower_bound(const struct foi_calendar *cal, int32_t serial)
{
    size_t lo = 0, hi = cal->nholidays;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cal->holidays[mid].date.serial < serial)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

#else

static void fill_chunk(size_t c)
{
    size_t end = (c + 1) * FOI_BUILTIN_CHUNK;
    if (end > foi_builtin_nholidays_total)
        end = foi_builtin_nholidays_total;
    for (size_t i = c * FOI_BUILTIN_CHUNK; i < end; i++)
        foi_lazy_holidays[i] = unpack(&foi_builtin_holidays[i]);
}

/* A built-in calendar owns nothing; a built one owns its block. */
static const foi_builtin_desc *builtin_desc(const struct foi_calendar *cal)
{
    return cal->owned ? NULL : &foi_builtin_descs[cal->id];
}

void foi_builtin_unpack(const struct foi_calendar *cal, size_t lo, size_t hi)
{
    const foi_builtin_desc *d = builtin_desc(cal);
    if (!d || lo >= hi)
        return;
    size_t first = d->holidays + lo, last = d->holidays + hi - 1;
    for (size_t c = first / FOI_BUILTIN_CHUNK; c <= last / FOI_BUILTIN_CHUNK; c++)
        once(&foi_lazy_chunks[c], fill_chunk, c);
}

/* On a built-in calendar the search reads the packed dates, which are always
 * there, so that it unpacks nothing. */
size_t foi_calendar_lower_bound(const struct foi_calendar *cal, int32_t serial)
{
    const foi_builtin_desc *d = builtin_desc(cal);
    size_t lo = 0, hi = cal->nholidays;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int32_t z =
            d ? foi_builtin_holidays[d->holidays + mid].serial : cal->holidays[mid].date.serial;
        if (z < serial)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

#endif

int foi_builtin_rows_expand(foi_row **out, size_t *count)
{
    size_t cap = foi_builtin_nrows;
    if (!foi_builtin_rows_projected)
        for (int k = 0; k < 3; k++)
            cap += 16 * (size_t)(FOI_COVER_LAST - foi_builtin_published_until[k]) / 365 + 16;
    foi_row *rows = malloc(cap * sizeof *rows);
    if (!rows)
        return foi_fail(FOI_ENOMEM, "out of memory copying the built-in holidays");
    size_t n = 0;
    for (size_t i = 0; i < foi_builtin_nrows; i++) {
        foi_holiday h = unpack(&foi_builtin_rows[i]);
        rows[n++] = (foi_row){
            h.date.serial, (unsigned char)h.divisions, h.basis, h.substitute, h.provisional, h.name,
            h.source};
    }
    for (int k = 0; k < 3 && !foi_builtin_rows_projected; k++) {
        int y0;
        foi_civil_from_days(foi_builtin_published_until[k], &y0, NULL, NULL);
        for (int y = y0 + 1; y <= FOI_COVER_LAST_YEAR; y++) {
            int np = foi_project_year(rows + n, cap - n, 1u << k, y);
            if (np < 0) {
                free(rows);
                return np;
            }
            for (int i = 0; i < np; i++)
                rows[n + (size_t)i].source = rules_source;
            n += (size_t)np;
        }
    }
    *out = rows;
    *count = n;
    return FOI_OK;
}
