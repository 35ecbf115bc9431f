/* The timeline object, shared with the batch module so that it can reuse one
 * timeline for every row instead of allocating per case. */
#ifndef FOICLOCK_TIMELINE_INTERNAL_H
#define FOICLOCK_TIMELINE_INTERNAL_H

#include <foiclock/timeline.h>

#include "sbuf.h"

/* More than any regime produces: response, extension, fee period, review
 * request, review response, review limit, regulator, tribunal. */
#define FOI_TIMELINE_MAX_ENTRIES 12

struct foi_timeline {
    foi_regime regime;     /* the case's */
    foi_audience audience; /* the case's */
    size_t n;
    foi_timeline_entry entries[FOI_TIMELINE_MAX_ENTRIES];
};

/* The stretch a stopped clock disregards: a subject-access clarification
 * (from its request to its arrival) or a fee (from the notice to payment).
 * Returns 1 and sets [*from, *to] when the case has one, else 0. A case
 * still awaiting the clarification or fee has no end yet: its entries are
 * paused instead. */
int foi_case_pause(const foi_case *c, foi_date *from, foi_date *to);

/* 1 when the case's fee was paid after its fee period ended (FOIA s.9(2),
 * FOISA s.9(3)): the authority need not answer, and nothing is paused. */
int foi_case_fee_late(const foi_case *c);

/* 1 when an EIR advance payment was notified after the 20 working days
 * reg 8(4) allows: it stops no clock. */
int foi_case_fee_notice_late(const foi_case *c);

/* The note on a complaint entry when a decision notice shows the complaint
 * was made: its window needs no advice. */
extern const char foi_note_complained[];

/* foi_status_text and foi_advice_text, appending to a growing string. */
void foi_status_words(struct sbuf *sb, const foi_timeline_entry *e, const foi_status *s);
void foi_advice_words(struct sbuf *sb, const foi_advice *a);

/* foi_case_evaluate, computing the timeline into t (overwritten). */
struct foi_case_result;
int foi_case_evaluate_into(struct foi_case_result *out, foi_timeline *t, const foi_case *c,
                           foi_date today);

/* foi_timeline_compute into a timeline the caller provides (t is
 * overwritten; nothing is allocated). */
int foi_timeline_compute_into(foi_timeline *t, const foi_case *c);

#endif
