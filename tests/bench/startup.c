/* Wall time of starting programs: runs each command many times, in turn so
 * that a change in the machine's load touches them all alike, standard
 * output to /dev/null, and prints per command the median and the fastest
 * run in microseconds.
 *
 *   foiclock_startup RUNS COMMAND [ARGS...] [-- COMMAND [ARGS...]]...
 */
#define _POSIX_C_SOURCE 200809L
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

enum { MAX_COMMANDS = 16 };

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

int main(int argc, char **argv)
{
    if (argc < 3) {
        fputs("usage: foiclock_startup RUNS COMMAND [ARGS...] [-- COMMAND [ARGS...]]...\n", stderr);
        return 2;
    }
    int runs = atoi(argv[1]);
    if (runs < 1)
        runs = 1;
    char **cmd[MAX_COMMANDS];
    int ncmd = 0;
    cmd[ncmd++] = argv + 2;
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0 && i + 1 < argc && ncmd < MAX_COMMANDS) {
            argv[i] = NULL;
            cmd[ncmd++] = argv + i + 1;
        }
    }
    double *t = malloc((size_t)runs * (size_t)ncmd * sizeof *t);
    if (!t)
        return 1;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    for (int i = 0; i < runs; i++) {
        for (int c = 0; c < ncmd; c++) {
            pid_t pid;
            int status;
            double t0 = now_us();
            if (posix_spawn(&pid, cmd[c][0], &fa, NULL, cmd[c], environ) != 0) {
                perror(cmd[c][0]);
                return 1;
            }
            if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
                fprintf(stderr, "%s failed\n", cmd[c][0]);
                return 1;
            }
            t[c * runs + i] = now_us() - t0;
        }
    }
    for (int c = 0; c < ncmd; c++) {
        double *v = t + c * runs;
        qsort(v, (size_t)runs, sizeof *v, cmp_double);
        printf("%.1f %.1f\n", v[runs / 2], v[0]);
    }
    free(t);
    posix_spawn_file_actions_destroy(&fa);
    return 0;
}
