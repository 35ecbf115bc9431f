/* foiclock deadlines over arrays: one rule, many anchor dates, with a table-only
 * fast path.
 * Part of <foiclock/batch.h>. */
#ifndef FOICLOCK_ARRAYS_H
#define FOICLOCK_ARRAYS_H

#include <stddef.h>

#include <foiclock/date.h>
#include <foiclock/export.h>
#include <foiclock/rules.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * due[i] = the deadline of rule counted from anchors[i], i < n, exactly as
 * foi_deadline_compute gives it (opts as there; NULL for the defaults).
 * Working-day rules without a pause or school calendar take a fast path of
 * two table reads per anchor.
 *
 * With status NULL the first failing anchor stops the call and its code is
 * returned, with a message that names the index. Otherwise every anchor is
 * tried: status[i] gets 0 or the anchor's error code (due[i] is then left
 * as anchors[i]), *failed (when not NULL) the number that failed, the
 * message of the last failure is in foi_error_last(), and the call returns
 * FOI_OK. FOI_EINVAL for a NULL rule, or NULL arrays with n > 0.
 */
FOICLOCK_EXPORT int foi_deadline_batch(foi_date *due, int *status, const foi_rule *rule,
                                       const foi_date *anchors, size_t n,
                                       const foi_deadline_options *opts, size_t *failed);

#ifdef __cplusplus
}
#endif

#endif
