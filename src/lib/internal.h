/* Library-private helpers shared by the foiclock modules and build-time tools. */
#ifndef FOICLOCK_INTERNAL_H
#define FOICLOCK_INTERNAL_H

#include <stdint.h>
#include <string.h>

#include <foiclock/error.h>
#include <foiclock/date.h>

#if defined(__GNUC__)
#define FOI_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define FOI_PRINTF(f, a)
#endif

#include <foiclock/rules.h>

/* foi_rule_for without the error contract: the rule, or NULL when the
 * regime has none for role (regime and role must be in range). */
const foi_rule *foi_rule_of(foi_regime regime, foi_role role);
/* foi_rule_of for every role of a regime at once (one pass of the table). */
void foi_rules_of(const foi_rule *out[FOI_ROLE_COUNT], foi_regime regime);
/* foi_deadline_compute, with check_band 0 for a caller that chose the rule
 * for the case itself (a timeline): day 0 is then not held to the band. */
int foi_deadline_compute_as(foi_deadline *out, const foi_rule *rule, foi_date anchor,
                            const foi_deadline_options *opts, int check_band);
/* foi_deadline_compute_as, where a FOISA s.20(5) review window counts from
 * the end of response_rule's period ("the time allowed by section 10": the
 * Keeper's 30 working days, a school's), NULL for the rule that governs by
 * date. */
int foi_deadline_compute_review(foi_deadline *out, const foi_rule *rule, foi_date anchor,
                                const foi_deadline_options *opts, int check_band,
                                const foi_rule *response_rule);
/* foi_rule_for_date without the error: the rule in force on received, a
 * banded one before one always in force; NULL when none is. */
const foi_rule *foi_rule_of_date(foi_regime regime, foi_role role, foi_date received);
/* Bit (1u << role) set for each role of regime that has a rule with a
 * band in the table. */
unsigned foi_rules_banded_roles(foi_regime regime);
/* The rule that governs role in a case whose day 0 was received on
 * received, answered (if has_answer) on answer: as foi_rule_of_date, except
 * that a rule repealed at once (a band with an end, the Coronavirus
 * (Scotland) Act 2020 limits) governs only an answer given within its band,
 * to a request received by its end, pending ones received earlier included. */
const foi_rule *foi_rule_governing(foi_regime regime, foi_role role, foi_date received,
                                   int has_answer, foi_date answer);
/* FOISA s.20(5) counted from the reply, for a case without the date received. */
const foi_rule *foi_rule_foisa_review_from_reply(void);

/* Law-enforcement subject access (DPA 2018 Part 3): 1 when a request
 * received on received falls under s.54 as amended by the Data (Use and
 * Access) Act 2025 s.76 (from 5 February 2026: the s.54(3A) extension and
 * the s.54(3C) clarification pause), 0 under s.54 as enacted; and that band
 * in words, as deadlines and timelines label it. */
int foi_le_sar_amended(foi_date received);
const char *foi_le_sar_band(foi_date received);
/* Subject access under the UK GDPR likewise: 1 when a request received on
 * received has the period of Art 12A (one month beginning with the relevant
 * time, from 5 February 2026), 0 for Art 12(3) as it stood before; and the
 * band in words. */
int foi_sar_amended(foi_date received);
const char *foi_sar_band(foi_date received);

/* Flags of foi_status_judge. */
enum {
    FOI_JUDGE_WORKING_DAYS = 1u << 0, /* count working days whatever the rule's unit */
    FOI_JUDGE_NO_MARGIN = 1u << 1     /* met or missed: leave early and late at 0 */
};

/* The one judgement of where a deadline stands (foi_deadline_status, the
 * timeline and the caseload columns all use it), for a deadline with a rule
 * and a calendar and valid dates. */
int foi_status_judge(foi_status *out, const foi_deadline *d, foi_date today, const foi_date *done,
                     unsigned flags);

/* Records a formatted message as the calling thread's last error and returns code. */
int foi_fail(int code, const char *fmt, ...) FOI_PRINTF(2, 3);

/* foi_fail for a failure about field (and other, or FOI_FIELD_NONE): where
 * the message names them, pass FOI_FIELD_MARK and FOI_OTHER_MARK for "%s",
 * and foi_error_last() shows foi_field_name of each while
 * foi_error_describe() shows the caller's names. */
#define FOI_FIELD_MARK "\x01"
#define FOI_OTHER_MARK "\x02"
int foi_fail_field(int code, foi_field field, foi_field other, const char *fmt, ...)
    FOI_PRINTF(4, 5);

/* Marks the last failure, if it names no input yet, as about field (whose
 * name its message does not contain). Returns code. */
int foi_error_tag(int code, foi_field field);

/* Prefixes the last error message with where it happened ("cases[3]: ..."),
 * keeping the input it is about. Returns rc. */
int foi_fail_at_index(int rc, const char *what, size_t i);

/* Fails the calling function with FOI_EINVAL when a pointer argument it
 * needs is NULL: a message naming both beats a crash in the caller's server. */
#define FOI_REQUIRE_ARG(p)                                                                         \
    do {                                                                                           \
        if (!(p))                                                                                  \
            return foi_fail(FOI_EINVAL, "%s: %s is NULL", __func__, #p);                           \
    } while (0)

/* The version field of a public options struct or case: 0 (a zeroed
 * struct, read as version 1) up to current are accepted; a newer one means
 * the caller was built against a later foiclock: FOI_EINVAL. */
#define FOI_REQUIRE_VERSION(p, current)                                                            \
    do {                                                                                           \
        if ((p)->version > (current))                                                              \
            return foi_fail(FOI_EINVAL, "%s: %s->version is %u; this foiclock knows up to %u",     \
                            __func__, #p, (p)->version, (unsigned)(current));                      \
    } while (0)

/* 1 if serial is a date of 0001..9999, the only ones the date functions
 * construct; a caller can still write any serial into a foi_date. */
static inline int foi_serial_valid(int32_t serial)
{
    return serial >= FOI_DATE_MIN_SERIAL && serial <= FOI_DATE_MAX_SERIAL;
}

/* Quotes untrusted text for a message: printable ASCII kept (backslash and
 * apostrophe escaped), every other byte as \xNN, cut with "..." so that the
 * result fits out_size. Returns out. */
char *foi_quote(char *out, size_t out_size, const char *text, size_t len);

/* The index of name in names[0..n), or -1 (also for a NULL name): the one
 * lookup behind every foi_*_from_name. */
static inline int foi_name_index(const char *const *names, int n, const char *name)
{
    for (int i = 0; name && i < n; i++)
        if (strcmp(name, names[i]) == 0)
            return i;
    return -1;
}

/* Serial day number of a proleptic Gregorian date (no validation). */
int32_t foi_days_from_civil(int y, int m, int d);
void foi_civil_from_days(int32_t z, int *y, int *m, int *d);

static inline foi_date foi_mkdate(int32_t serial)
{
    foi_date d = {serial};
    return d;
}

/* The ISO weekday of a serial (1 = Monday). */
static inline int foi_serial_weekday(int32_t z)
{
    /* 1970-01-01 was a Thursday (4). z % 7 is in -6..6, so nothing can
     * overflow whatever serial a caller passes. */
    return (int)((z % 7 + 10) % 7) + 1;
}

#endif
