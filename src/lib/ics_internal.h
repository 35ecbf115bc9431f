/* Shared by the iCalendar writer (ics_write.c) and the reader of a previous
 * export (ics_read.c): a growable text buffer, hashing, and the index of
 * the previous export's events. */
#ifndef FOICLOCK_ICS_INTERNAL_H
#define FOICLOCK_ICS_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <foiclock/ics.h>

#include "sbuf.h"

/* ---- text ---- */

static inline void sb_putc(struct sbuf *b, char c)
{
    sb_put(b, &c, 1);
}

static inline void sb_free(struct sbuf *b)
{
    free(b->s);
    b->s = NULL;
    b->len = b->cap = 0;
    b->failed = 0;
}

/* ---- hashing (FNV-1a, 64 bits, with a final mix) ---- */

#define ICS_HASH_INIT 14695981039346656037ull

static inline uint64_t ics_hash(uint64_t h, const void *p, size_t n)
{
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ s[i]) * 1099511628211ull;
    return h;
}

static inline uint64_t ics_mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return h ? h : 1; /* 0 means "none" */
}

/* The scope of an event: which export is answerable for it. "case" scopes
 * are the REGIME~AUTHORITY~REF part of a UID; "old" ones the key of a UID of
 * the first scheme (RULE.KEY@foiclock); "holidays" ones a calendar name. */
static inline uint64_t ics_scope(const char *kind, const char *text, size_t len)
{
    uint64_t h = ICS_HASH_INIT;
    while (*kind)
        h = ics_hash(h, kind++, 1);
    h = ics_hash(h, ":", 1);
    return ics_mix(ics_hash(h, text, len));
}

/* ---- the previous export ---- */

/* One event of the previous export. Kept small: a caseload export's file
 * holds hundreds of thousands. */
struct ics_prev_event {
    const char *uid; /* as written */
    /* The SUMMARY value as written (escaped), or NULL when it is the one
     * ics_derive_summary gives from the UID (with provisional). */
    const char *summary;
    const char *scope_text; /* the X-FOICLOCK-CASE value, or NULL */
    uint64_t content;       /* hash of its lines but DTSTAMP, LAST-MODIFIED and SEQUENCE */
    uint64_t scope;         /* 0: none known */
    size_t off;             /* its text (BEGIN to END line) in ics_prev.text, when kept */
    int64_t modified;       /* LAST-MODIFIED, or ICS_NO_TIME */
    uint32_t uid_hash, len;
    int32_t start; /* DTSTART */
    int32_t sequence;
    unsigned char cancelled, used, provisional;
};

#define ICS_NO_TIME INT64_MIN

struct ics_arena_block;

struct ics_prev {
    struct ics_prev_event **blocks;
    size_t n, nblocks;
    uint32_t *slots; /* open addressing on uid_hash: index + 1, 0 empty */
    size_t nslots;
    struct ics_arena_block *arena;
    char *text; /* the whole previous text, when events may be kept verbatim */
    size_t text_len;
};

enum { ICS_BLOCK = 4096 };

static inline struct ics_prev_event *ics_prev_at(const struct ics_prev *p, size_t i)
{
    return &p->blocks[i / ICS_BLOCK][i % ICS_BLOCK];
}

/* Reads and indexes the previous export named by o (nothing when there is
 * none); keep_text keeps its whole text for copying events verbatim. */
int ics_prev_load(struct ics_prev *p, const foi_ics_options *o, int keep_text);
void ics_prev_free(struct ics_prev *p);
struct ics_prev_event *ics_prev_find(const struct ics_prev *p, const char *uid, size_t len);

/* From the writer: TEXT escaping, names checked and cleaned for titles, an
 * event's title (unescaped), and a UTC time as YYYYMMDDTHHMMSSZ. */
void ics_put_text(struct sbuf *b, const char *text);
int ics_clean_name(struct sbuf *out, const char *what, const char *s, size_t max);
void ics_summary(struct sbuf *out, const foi_rule *r, const char *ref, const char *authority,
                 int provisional);
void ics_format_utc(char out[17], int64_t t);

/* The escaped SUMMARY the writer gives the event with this UID (of the
 * RULE~REGIME~AUTHORITY~REF scheme); nonzero when the UID does not say. */
int ics_derive_summary(struct sbuf *out, const char *uid, size_t len, int provisional);

/* The scope of an event from its UID and X-FOICLOCK-CASE value (or NULL). */
uint64_t ics_scope_of(const char *uid, size_t uid_len, const char *case_text);

#endif
