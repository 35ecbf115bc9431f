/* What an embedder (a Python import, a database backend) pays to load
 * libfoiclock and get its first answer: in each of RUNS fresh child
 * processes, the wall time of dlopen(LIB) followed by the FOIA response
 * deadline for a request received on 1 June 2026, with its working. Prints
 * the median and the fastest run in microseconds, after checking the answer
 * (Tuesday 30 June 2026, skipping Scotland's 15 June holiday: README).
 *
 *   foiclock_dlopen LIB RUNS
 */
#define _POSIX_C_SOURCE 200809L
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <foiclock/foiclock.h>

static double now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* dlsym returns an object pointer; memcpy turns it into a function pointer
 * without a cast ISO C forbids. */
#define SYM(var, name)                                                                             \
    do {                                                                                           \
        void *p_ = dlsym(h, name);                                                                 \
        if (!p_)                                                                                   \
            return -1;                                                                             \
        memcpy(&var, &p_, sizeof p_);                                                              \
    } while (0)

/* One load and answer; the time in microseconds, or -1 on failure. */
static double load_and_answer(const char *lib, char *text, size_t size)
{
    int (*rule_find)(const foi_rule **, const char *);
    int (*date_from_ymd)(foi_date *, int, int, int);
    int (*deadline_compute)(foi_deadline *, const foi_rule *, foi_date,
                            const foi_deadline_options *);
    size_t (*deadline_text)(char *, size_t, const foi_deadline *, foi_receipt_rule, const char *);
    double t0 = now_us();
    void *h = dlopen(lib, RTLD_NOW | RTLD_LOCAL);
    if (!h)
        return -1;
    SYM(rule_find, "foi_rule_find");
    SYM(date_from_ymd, "foi_date_from_ymd");
    SYM(deadline_compute, "foi_deadline_compute");
    SYM(deadline_text, "foi_deadline_text");
    const foi_rule *rule;
    foi_date received, expect;
    foi_deadline d;
    if (rule_find(&rule, "foia.response") || date_from_ymd(&received, 2026, 6, 1) ||
        deadline_compute(&d, rule, received, NULL) || date_from_ymd(&expect, 2026, 6, 30) ||
        d.due.serial != expect.serial)
        return -1;
    deadline_text(text, size, &d, FOI_RECEIPT_STATUTORY, NULL);
    return now_us() - t0;
}

int main(int argc, char **argv)
{
    if (argc != 3 || atoi(argv[2]) < 1) {
        fputs("usage: foiclock_dlopen LIB RUNS\n", stderr);
        return 2;
    }
    int runs = atoi(argv[2]);
    double *t = malloc((size_t)runs * sizeof *t);
    if (!t)
        return 1;
    for (int i = 0; i < runs; i++) {
        int fd[2];
        if (pipe(fd))
            return 1;
        pid_t pid = fork();
        if (pid < 0)
            return 1;
        if (pid == 0) {
            char text[4096] = "";
            double us = load_and_answer(argv[1], text, sizeof text);
            if (us < 0 || !strstr(text, "Skipped: Monday 15 June 2026 World Cup")) {
                fprintf(stderr, "foiclock_dlopen: %s: %s\n", argv[1],
                        us < 0 ? (dlerror() ? dlerror() : "no answer") : text);
                _exit(1);
            }
            _exit(write(fd[1], &us, sizeof us) == (ssize_t)sizeof us ? 0 : 1);
        }
        close(fd[1]);
        int status;
        ssize_t got = read(fd[0], &t[i], sizeof t[i]);
        close(fd[0]);
        if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0 ||
            got != (ssize_t)sizeof t[i])
            return 1;
    }
    qsort(t, (size_t)runs, sizeof *t, cmp_double);
    printf("%.1f %.1f\n", t[runs / 2], t[0]);
    free(t);
    return 0;
}
