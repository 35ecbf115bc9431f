/* The exports of foiclock's WebAssembly module (foiclock_web.c), which
 * foiclock.mjs wraps. Strings are NUL-terminated UTF-8 in the module's
 * memory; a char * result is JSON (or ISO text) the caller frees with
 * fw_free, NULL on failure, with the message in fw_error() and the input at
 * fault in fw_error_field(). */
#ifndef FOICLOCK_WEB_H
#define FOICLOCK_WEB_H

#include <stddef.h>
#include <stdint.h>

const char *fw_error(void);
const char *fw_error_field(void);
const char *fw_error_other_field(void);
const char *fw_field_name(int i);
char *fw_error_describe(const char *const *names);
void *fw_alloc(size_t n);
void fw_free(void *p);
char *fw_today(double unix_seconds);
char *fw_parse_date(const char *text);
char *fw_deadline(const char *rule_id, const char *anchor, const char *division,
                  const char *receipt_rule, const char *responded);
char *fw_due(const char *received, const char *regime_name, const char *receipt_rule);
char *fw_timeline(const char *const *fields);
char *fw_holidays(const char *calendar, const char *from, const char *to);
char *fw_calendars(void);
int fw_add_many(int32_t *out, const int32_t *anchors, size_t n, int days, int calendar,
                size_t *failed);
int fw_calendar_id(const char *name);
const char *fw_version(void);

#endif
