/* Fuzz target: the command line, run in-process. The CLI's sources are
 * compiled into this target with main renamed to foiclock_cli_main (see
 * CMakeLists.txt), and standard input, output and error are swapped for
 * memory streams around each run.
 *
 * Input: the arguments after the program name, separated by NUL bytes; a
 * byte 0x01 ends them and what follows is standard input. The working
 * directory holds a few files the arguments can name (school.txt, empty.txt,
 * binary.txt, a directory dir). Each input is run twice, then a fixed
 * command, and every run must give the same output: the CLI keeps some
 * per-command state in static variables, and none of it may leak from one
 * run into the next.
 *
 * Checks: exit status 0, 1 or 2; anything on standard error starts with
 * "foiclock: ", and status 2 always says something there; with status 2 and
 * no '-' argument (no line-by-line input), nothing at all on standard output,
 * so that no answer can be read from a failed run; every line of output that
 * starts with '{' is one valid JSON value in valid UTF-8. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fuzz.h"

int foiclock_cli_main(int argc, char **argv);

#define MAX_ARGS 24

struct run {
    int status;
    char *out, *err;
    size_t nout, nerr;
};

/* ---- a strict JSON checker (RFC 8259) ---- */

typedef struct json {
    const unsigned char *p, *e;
    int depth;
} json;

static void ws(json *j)
{
    while (j->p < j->e && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r'))
        j->p++;
}

static int lit(json *j, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(j->e - j->p) < n || memcmp(j->p, w, n) != 0)
        return 0;
    j->p += n;
    return 1;
}

/* One UTF-8 character, shortest form, no surrogates, at most U+10FFFF. */
static int utf8_char(json *j)
{
    unsigned c = *j->p;
    size_t n = c < 0x80             ? 1
               : (c & 0xe0) == 0xc0 ? 2
               : (c & 0xf0) == 0xe0 ? 3
               : (c & 0xf8) == 0xf0 ? 4
                                    : 0;
    if (!n || (size_t)(j->e - j->p) < n)
        return 0;
    unsigned long v = n == 1 ? c : n == 2 ? c & 0x1f : n == 3 ? c & 0x0f : c & 0x07;
    for (size_t i = 1; i < n; i++) {
        if ((j->p[i] & 0xc0) != 0x80)
            return 0;
        v = v << 6 | (j->p[i] & 0x3f);
    }
    static const unsigned long min[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (v < min[n] || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))
        return 0;
    j->p += n;
    return 1;
}

static int string(json *j)
{
    if (!lit(j, "\""))
        return 0;
    while (j->p < j->e && *j->p != '"') {
        if (*j->p < 0x20)
            return 0;
        if (*j->p == '\\') {
            j->p++;
            if (j->p >= j->e)
                return 0;
            if (*j->p == 'u') {
                for (int i = 1; i <= 4; i++)
                    if (j->p + i >= j->e || !strchr("0123456789abcdefABCDEF", j->p[i]) || !j->p[i])
                        return 0;
                j->p += 5;
            } else if (strchr("\"\\/bfnrt", *j->p) && *j->p) {
                j->p++;
            } else {
                return 0;
            }
        } else if (!utf8_char(j)) {
            return 0;
        }
    }
    return lit(j, "\"");
}

static int digits(json *j)
{
    const unsigned char *s = j->p;
    while (j->p < j->e && *j->p >= '0' && *j->p <= '9')
        j->p++;
    return j->p > s;
}

static int number(json *j)
{
    lit(j, "-");
    if (lit(j, "0")) {
        /* no leading zeros */
    } else if (!digits(j)) {
        return 0;
    }
    if (lit(j, ".") && !digits(j))
        return 0;
    if (j->p < j->e && (*j->p == 'e' || *j->p == 'E')) {
        j->p++;
        if (!lit(j, "+"))
            lit(j, "-");
        if (!digits(j))
            return 0;
    }
    return 1;
}

static int value(json *j);

static int members(json *j, char close, int keyed)
{
    ws(j);
    if (j->p < j->e && *j->p == close) {
        j->p++;
        return 1;
    }
    for (;;) {
        ws(j);
        if (keyed) {
            if (!string(j))
                return 0;
            ws(j);
            if (!lit(j, ":"))
                return 0;
        }
        if (!value(j))
            return 0;
        ws(j);
        if (lit(j, ","))
            continue;
        char c[2] = {close, '\0'};
        return lit(j, c);
    }
}

static int value(json *j)
{
    ws(j);
    if (j->p >= j->e || ++j->depth > 64)
        return 0;
    int ok;
    switch (*j->p) {
    case '{':
        j->p++;
        ok = members(j, '}', 1);
        break;
    case '[':
        j->p++;
        ok = members(j, ']', 0);
        break;
    case '"':
        ok = string(j);
        break;
    case 't':
        ok = lit(j, "true");
        break;
    case 'f':
        ok = lit(j, "false");
        break;
    case 'n':
        ok = lit(j, "null");
        break;
    default:
        ok = number(j);
    }
    j->depth--;
    return ok;
}

static int json_line_ok(const char *s, size_t n)
{
    json j = {(const unsigned char *)s, (const unsigned char *)s + n, 0};
    if (!value(&j))
        return 0;
    ws(&j);
    return j.p == j.e;
}

/* ---- running the CLI ---- */

static char workdir[] = "/tmp/foiclock-fuzz-cli-XXXXXX";

static void write_file(const char *name, const char *text, size_t n)
{
    FILE *f = fopen(name, "wb");
    if (!f || fwrite(text, 1, n, f) != n || fclose(f))
        abort();
}

static void remove_workdir(void)
{
    static const char *const names[] = {"school.txt", "empty.txt", "binary.txt", "dir"};
    if (chdir(workdir) == 0)
        for (size_t i = 0; i < sizeof names / sizeof *names; i++)
            remove(names[i]);
    if (chdir("/") == 0)
        remove(workdir);
}

static void setup(void)
{
    if (!mkdtemp(workdir) || chdir(workdir) != 0)
        abort();
    static const char school[] = "# autumn term\n2018-09-03 to 2018-10-19\n2018-10-29..2018-12-"
                                 "20\n2019-01-07\n";
    write_file("school.txt", school, sizeof school - 1);
    write_file("empty.txt", "", 0);
    write_file("binary.txt", "\0\xff\xfe\n\x01", 5);
    if (mkdir("dir", 0700))
        abort();
    atexit(remove_workdir);
    /* Status depends on "today": fix it, as the golden tests do. */
    setenv("FOICLOCK_TODAY", "2026-11-26", 1);
    /* Holiday files from the work directory only (a directory that is never
     * made, so install-holidays cannot write), never the machine's own. */
    setenv("FOICLOCK_HOLIDAYS_DIR", "holidays", 1);
}

/* Runs the CLI on argv with the given standard input, capturing its output.
 * The CLI owns what it is given, as a real main does: it takes -o and
 * --holidays out of argv, shortening it, and -o points file descriptor 1 at
 * the output file. So it gets a copy of the pointer array, leaving the
 * caller's argc and argv as they were for the checks and the second run, and
 * descriptor 1 is put back afterwards. */
static void run_cli(struct run *r, int argc, char *const *argv, const char *in, size_t nin)
{
    char *args[MAX_ARGS + 2];
    FUZZ_REQUIRE(argc >= 1 && argc <= MAX_ARGS + 1, "argc %d", argc);
    memcpy(args, argv, (size_t)argc * sizeof *args);
    args[argc] = NULL;
    int saved_fd = dup(STDOUT_FILENO);
    FUZZ_REQUIRE(saved_fd >= 0, "cannot save standard output");
    FILE *saved_in = stdin, *saved_out = stdout, *saved_err = stderr;
    char *copy = malloc(nin ? nin : 1);
    if (!copy)
        abort();
    memcpy(copy, in, nin);
    /* Memory streams only (an empty one for no input): nothing outside the
     * process, such as /dev/null, can change what a run sees. */
    FILE *fin = fmemopen(copy, nin, "r");
    FILE *fout = open_memstream(&r->out, &r->nout);
    FILE *ferr = open_memstream(&r->err, &r->nerr);
    FUZZ_REQUIRE(fin && fout && ferr, "cannot open the memory streams");
    stdin = fin;
    stdout = fout;
    stderr = ferr;
    r->status = foiclock_cli_main(argc, args);
    stdin = saved_in;
    stdout = saved_out;
    stderr = saved_err;
    FUZZ_REQUIRE(dup2(saved_fd, STDOUT_FILENO) == STDOUT_FILENO, "cannot restore standard output");
    close(saved_fd);
    fclose(fin);
    free(copy);
    fclose(fout);
    fclose(ferr);
}

static void free_run(struct run *r)
{
    free(r->out);
    free(r->err);
}

static int same_run(const struct run *a, const struct run *b)
{
    return a->status == b->status && a->nout == b->nout && a->nerr == b->nerr &&
           memcmp(a->out, b->out, a->nout) == 0 && memcmp(a->err, b->err, a->nerr) == 0;
}

static void check_run(const struct run *r, int argc, char *const *argv)
{
    int line_input = 0;
    for (int i = 1; i < argc; i++)
        line_input |= strcmp(argv[i], "-") == 0;
    FUZZ_REQUIRE(r->status >= 0 && r->status <= 2, "exit status %d", r->status);
    if (r->nerr)
        FUZZ_REQUIRE(r->nerr >= 10 && memcmp(r->err, "foiclock: ", 10) == 0,
                     "standard error does not start with 'foiclock: ': %.*s", (int)r->nerr, r->err);
    if (r->status == 2) {
        FUZZ_REQUIRE(r->nerr > 0, "status 2 with nothing on standard error");
        FUZZ_REQUIRE(line_input || r->nout == 0,
                     "status 2 but standard output has: %.*s (error: %.*s)", (int)r->nout, r->out,
                     (int)r->nerr, r->err);
    }
    for (size_t i = 0; i < r->nout;) {
        const char *nl = memchr(r->out + i, '\n', r->nout - i);
        size_t end = nl ? (size_t)(nl - r->out) : r->nout;
        if (r->out[i] == '{')
            FUZZ_REQUIRE(json_line_ok(r->out + i, end - i), "invalid JSON line: %.*s",
                         (int)(end - i), r->out + i);
        i = end + 1;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int ready;
    if (!ready) {
        setup();
        ready = 1;
    }
    const char *sep = memchr(data, 0x01, size);
    size_t nargs_bytes = sep ? (size_t)(sep - (const char *)data) : size;
    const char *in = sep ? sep + 1 : "";
    size_t nin = sep ? size - nargs_bytes - 1 : 0;

    /* argv strings need their own NUL-terminated copy. */
    char *args = malloc(nargs_bytes + 1);
    if (!args)
        return 0;
    memcpy(args, data, nargs_bytes);
    args[nargs_bytes] = '\0';
    char *argv[MAX_ARGS + 2];
    int argc = 0;
    static char prog[] = "foiclock";
    argv[argc++] = prog;
    for (size_t i = 0; nargs_bytes && argc <= MAX_ARGS && i <= nargs_bytes;) {
        argv[argc++] = args + i;
        i += strlen(args + i) + 1;
    }
    argv[argc] = NULL;

    struct run first, again;
    run_cli(&first, argc, argv, in, nin);
    check_run(&first, argc, argv);
    run_cli(&again, argc, argv, in, nin);
    FUZZ_REQUIRE(same_run(&first, &again), "a second run of the same input differs");
    free_run(&first);
    free_run(&again);

    /* A fixed command after it must be unaffected by whatever ran before. */
    static struct run reference;
    static char a0[] = "foiclock", a1[] = "deadline", a2[] = "foia.schools", a3[] = "2018-10-15",
                a4[] = "--school-days", a5[] = "school.txt", a6[] = "--format", a7[] = "json";
    char *ref_argv[] = {a0, a1, a2, a3, a4, a5, a6, a7, NULL};
    struct run now;
    run_cli(&now, 8, ref_argv, "", 0);
    if (!reference.out)
        reference = now;
    else {
        FUZZ_REQUIRE(same_run(&reference, &now), "the reference command changed: %.*s",
                     (int)now.nout, now.out);
        free_run(&now);
    }
    free(args);
    return 0;
}
