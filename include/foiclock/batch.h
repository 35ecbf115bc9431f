/* foiclock batch processing: deadlines and case results over arrays, a
 * streaming CSV reader, caseload statistics, and a CSV caseload processor.
 * Each part has a header of its own; this one includes them all. */
#ifndef FOICLOCK_BATCH_H
#define FOICLOCK_BATCH_H

#include <foiclock/arrays.h>   /* foi_deadline_batch */
#include <foiclock/cases.h>    /* foi_case_evaluate, foi_case_batch */
#include <foiclock/stats.h>    /* foi_stats_* */
#include <foiclock/csv.h>      /* foi_csv_reader_* */
#include <foiclock/caseload.h> /* foi_batch_* */

#endif
