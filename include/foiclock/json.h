/* foiclock answers as JSON: the one rendering every front end emits. */
#ifndef FOICLOCK_JSON_H
#define FOICLOCK_JSON_H

#include <foiclock/date.h>
#include <foiclock/export.h>
#include <foiclock/rules.h>
#include <foiclock/timeline.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The version of the JSON objects described in src/doc/json-schema.md (and
 * the machine-readable src/doc/foiclock.schema.json). Every top-level object
 * carries it as "schema_version". It goes up when a field is removed or
 * renamed or changes its type or meaning; new fields may appear without a
 * change, so a reader ignores fields it does not know.
 */
#define FOI_JSON_SCHEMA_VERSION 1

/* FOI_JSON_SCHEMA_VERSION of the library in use (for callers that load it
 * at run time). */
FOICLOCK_EXPORT int foi_json_schema_version(void);

/*
 * One deadline, as `foiclock due` and `foiclock deadline --format json`
 * print it (without the newline): a "deadline" object. receipt_rule is the
 * one the deadline was computed under. *out is a NUL-terminated UTF-8
 * string the caller frees with foi_json_free.
 */
FOICLOCK_EXPORT int foi_deadline_json(char **out, const foi_deadline *d,
                                      foi_receipt_rule receipt_rule);

/*
 * A case's timeline with each deadline's status on today, as `foiclock
 * timeline --format json` prints it: a "timeline" object. t is the timeline
 * foi_timeline_compute made from c. Fails as foi_timeline_status does
 * (FOI_ERANGE for a today the calendars cannot count to), with *out
 * untouched. The caller frees *out with foi_json_free.
 */
FOICLOCK_EXPORT int foi_timeline_json(char **out, const foi_case *c, const foi_timeline *t,
                                      foi_date today);

/* The rules table, as `foiclock rules --format json` prints it: a "rules"
 * object. The caller frees *out with foi_json_free. */
FOICLOCK_EXPORT int foi_rules_json(char **out);

/* The holidays h[0..n), as the "skipped" and "holidays" arrays of the other
 * objects show them: a JSON array (no schema_version: it is not a top-level
 * object). The caller frees *out with foi_json_free. */
FOICLOCK_EXPORT int foi_holidays_json(char **out, const foi_holiday *h, size_t n);

/* s as a JSON string, quotes included; a byte that does not begin a
 * well-formed UTF-8 character becomes U+FFFD. The caller frees *out with
 * foi_json_free. */
FOICLOCK_EXPORT int foi_json_quote(char **out, const char *s);

/*
 * The len bytes at s as a JSON string, quotes included, into buf: works like
 * snprintf (returns the length of the whole string; at most 6 * len + 2).
 * A byte that does not begin a well-formed UTF-8 character becomes U+FFFD;
 * NUL bytes are escaped. Allocates nothing.
 */
FOICLOCK_EXPORT size_t foi_json_escape(char *buf, size_t size, const char *s, size_t len);

/* The length of the well-formed UTF-8 character at s (1 for ASCII, 2 to 4
 * for a shortest-form character up to U+10FFFF that is not a surrogate)
 * within n bytes, or 0 when the bytes there are not one. */
FOICLOCK_EXPORT size_t foi_utf8_char(const char *s, size_t n);

/* Frees a string from one of the functions above, or any other string
 * foiclock returns through a char ** (foi_timeline_text); NULL is allowed. */
FOICLOCK_EXPORT void foi_json_free(char *s);

#ifdef __cplusplus
}
#endif

#endif
