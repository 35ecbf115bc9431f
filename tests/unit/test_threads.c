/*
 * Thread safety: one custom calendar and the built-in ones shared by several
 * threads computing deadlines, counts, holidays, timelines and parses at
 * once, each result compared with the one computed on a single thread first.
 * Every thread also fails calls of its own and checks that foi_error_last()
 * still names its own input: the message is per thread. Run it in a
 * FOICLOCK_SANITIZE=thread build to have ThreadSanitizer watch for races.
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <foiclock/foiclock.h>

#define THREADS 8
#define QUERIES 3000
#define ROUNDS 4

struct query {
    const foi_calendar *cal;
    const foi_rule *rule;
    foi_date anchor;
    int n;
    char text[32]; /* the anchor written out, for the parser */
};

struct answer {
    int add_rc, count_rc, working, deadline_rc, timeline_rc, parse_rc;
    foi_date added, due, parsed;
    int count;
    size_t nholidays, ntimeline;
    foi_date first_timeline_due;
};

static struct query queries[QUERIES];
static struct answer expected[QUERIES];
static foi_calendar *custom;

static void answer(struct answer *a, const struct query *q)
{
    memset(a, 0, sizeof *a);
    a->add_rc = foi_calendar_add(&a->added, q->cal, q->anchor, q->n);
    foi_date to = {q->anchor.serial + q->n};
    a->count_rc = foi_calendar_count(&a->count, q->cal, q->anchor, to);
    a->working = foi_calendar_is_working_day(q->cal, q->anchor);
    const foi_holiday *h;
    if (foi_calendar_holidays(&h, &a->nholidays, q->cal, q->anchor, to) != FOI_OK)
        a->nholidays = (size_t)-1;
    foi_deadline_options o;
    foi_deadline_options_init(&o);
    o.calendars[foi_calendar_get_id(custom)] = q->cal == custom ? custom : NULL;
    foi_deadline d;
    a->deadline_rc = foi_deadline_compute(&d, q->rule, q->anchor, &o);
    if (a->deadline_rc == FOI_OK)
        a->due = d.due;
    foi_case c;
    foi_case_init(&c, q->rule->regime);
    foi_case_set(&c, FOI_EVENT_RECEIVED, q->anchor);
    if (q->n > 0)
        foi_case_set(&c, FOI_EVENT_RESPONDED, (foi_date){q->anchor.serial + q->n % 60});
    foi_timeline *t;
    a->timeline_rc = foi_timeline_compute(&t, &c);
    if (a->timeline_rc == FOI_OK) {
        a->ntimeline = foi_timeline_count(t);
        a->first_timeline_due = foi_timeline_entry_at(t, 0)->deadline.due;
        foi_timeline_free(t);
    }
    a->parse_rc = foi_date_parse(&a->parsed, q->text, NULL);
}

static int same(const struct answer *a, const struct answer *b)
{
    return a->add_rc == b->add_rc && a->count_rc == b->count_rc && a->working == b->working &&
           a->deadline_rc == b->deadline_rc && a->timeline_rc == b->timeline_rc &&
           a->parse_rc == b->parse_rc && a->added.serial == b->added.serial &&
           a->due.serial == b->due.serial && a->parsed.serial == b->parsed.serial &&
           a->count == b->count && a->nholidays == b->nholidays && a->ntimeline == b->ntimeline &&
           a->first_timeline_due.serial == b->first_timeline_due.serial;
}

struct worker {
    pthread_t thread;
    int id;
    long mismatches;
    long lost_messages;
};

static void *work(void *arg)
{
    struct worker *w = arg;
    char bad[32], want[48];
    snprintf(bad, sizeof bad, "thread %d date", w->id);
    snprintf(want, sizeof want, "'%s' is not a date", bad);
    for (int round = 0; round < ROUNDS; round++) {
        for (int k = 0; k < QUERIES; k++) {
            int i = (k * 7 + w->id * 389 + round * 1009) % QUERIES;
            struct answer got;
            answer(&got, &queries[i]);
            if (!same(&got, &expected[i]))
                w->mismatches++;
            /* This thread's own failure, then its own message. */
            foi_date d;
            if (k % 16 == 0 && (foi_date_parse(&d, bad, NULL) != FOI_EINVAL ||
                                strncmp(foi_error_last(), want, strlen(want)) != 0))
                w->lost_messages++;
        }
    }
    return NULL;
}

/* First use from all threads at once: each built-in calendar is finished,
 * and its holidays unpacked, the first time any thread asks; the threads
 * start together and read the calendars year by year in different orders,
 * so that they race for the same calendars and chunks. */
static pthread_barrier_t start_line;

struct first_use {
    pthread_t thread;
    int id;
    unsigned long sum;
};

static void *use_first(void *arg)
{
    struct first_use *f = arg;
    pthread_barrier_wait(&start_line);
    for (int k = 0; k < FOI_CAL_COUNT; k++) {
        const foi_calendar *cal = foi_calendar_builtin((foi_calendar_id)((k + f->id) % 4));
        for (int j = 0; j < 229; j++) {
            int y = 1971 + (j * 37 + f->id * 53) % 229;
            foi_date from, to;
            const foi_holiday *h;
            size_t n;
            if (foi_date_from_ymd(&from, y, 1, 1) || foi_date_from_ymd(&to, y, 12, 31) ||
                foi_calendar_holidays(&h, &n, cal, from, to))
                return NULL;
            for (size_t i = 0; i < n; i++)
                f->sum += (unsigned long)h[i].date.serial * 31 + strlen(h[i].name) +
                          strlen(h[i].source) + h[i].divisions + h[i].basis;
        }
    }
    return NULL;
}

static int race_first_use(void)
{
    struct first_use f[THREADS];
    pthread_barrier_init(&start_line, NULL, THREADS);
    for (int t = 0; t < THREADS; t++) {
        f[t] = (struct first_use){.id = t};
        if (pthread_create(&f[t].thread, NULL, use_first, &f[t])) {
            fprintf(stderr, "cannot start thread %d\n", t);
            return 1;
        }
    }
    int differ = 0;
    for (int t = 0; t < THREADS; t++) {
        pthread_join(f[t].thread, NULL);
        differ += f[t].sum == 0 || f[t].sum != f[0].sum;
    }
    pthread_barrier_destroy(&start_line);
    printf("%d threads using the built-in calendars first at once: %d saw other holidays\n",
           THREADS, differ);
    return differ != 0;
}

int main(void)
{
    if (race_first_use())
        return 1;

    foi_calendar_builder *b;
    foi_date extra, gone;
    if (foi_calendar_builder_new(&b) || foi_date_from_ymd(&extra, 2026, 6, 16) ||
        foi_date_from_ymd(&gone, 2026, 6, 15) ||
        foi_calendar_builder_add(b, extra, FOI_DIV_SCOTLAND, "Extra day") ||
        foi_calendar_builder_remove(b, gone, FOI_DIV_ALL) ||
        foi_calendar_builder_build(&custom, b, FOI_CAL_UK)) {
        fprintf(stderr, "building the calendar: %s\n", foi_error_last());
        return 1;
    }
    foi_calendar_builder_free(b);

    /* Anchors across the coverage and a little beyond it, so that errors
     * are shared work too; a fixed generator keeps runs reproducible. */
    unsigned long seed = 12345;
    for (int i = 0; i < QUERIES; i++) {
        struct query *q = &queries[i];
        seed = seed * 6364136223846793005u + 1442695040888963407u;
        unsigned r = (unsigned)(seed >> 33);
        q->cal = r % 5 == 4 ? custom : foi_calendar_builtin((foi_calendar_id)(r % 4));
        q->rule = foi_rule_at((r >> 3) % foi_rules_count());
        q->anchor.serial = 300 + (int32_t)((r >> 8) % 83800);
        q->n = (int)((r >> 4) % 200) - 50;
        char iso[FOI_DATE_ISO_SIZE];
        snprintf(q->text, sizeof q->text, "%s", foi_date_format_iso(q->anchor, iso));
        answer(&expected[i], q);
    }

    struct worker workers[THREADS];
    for (int t = 0; t < THREADS; t++) {
        workers[t] = (struct worker){.id = t};
        if (pthread_create(&workers[t].thread, NULL, work, &workers[t])) {
            fprintf(stderr, "cannot start thread %d\n", t);
            return 1;
        }
    }
    long mismatches = 0, lost = 0;
    for (int t = 0; t < THREADS; t++) {
        pthread_join(workers[t].thread, NULL);
        mismatches += workers[t].mismatches;
        lost += workers[t].lost_messages;
    }
    foi_calendar_free(custom);
    printf("%d threads x %d rounds x %d queries: %ld results differed from the single-threaded "
           "ones, %ld error messages were not the thread's own\n",
           THREADS, ROUNDS, QUERIES, mismatches, lost);
    return mismatches || lost ? 1 : 0;
}
