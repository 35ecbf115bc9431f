/* foiclock: command-line entry point, option parsing and line-by-line input. */
#define _POSIX_C_SOURCE 200809L /* mkstemp, dup2, sigaction, fchmod */
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

/* Messages often echo an argument: each is cut to a bounded length and
 * written through text_clean, so that no argument can flood standard error
 * or put control sequences on the user's terminal. */
int fail(const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (n >= (int)sizeof msg)
        memcpy(msg + sizeof msg - 4, "...", 4);
    fputs("foiclock: ", stderr);
    text_clean(stderr, msg);
    fputc('\n', stderr);
    return EXIT_USAGE;
}

static const char main_usage[] =
    "usage: foiclock [OPTIONS] COMMAND [ARGS] [OPTIONS]\n"
    "\n"
    "UK statutory working-day deadlines (FOIA, EIR, FOISA) against the UK's\n"
    "bank-holiday calendars.\n"
    "\n"
    "commands:\n"
    "  due DATE              the response deadline for a request received on DATE\n"
    "  deadline RULE DATE    the deadline of any rule, counted from DATE\n"
    "  timeline --received DATE [EVENTS]\n"
    "                        every deadline of a case, with where each stands today\n"
    "  rules                 the time limits foiclock knows\n"
    "  batch [FILE]          deadlines for every row of a CSV caseload\n"
    "  add DATE N            the Nth working day after DATE (before it if N < 0)\n"
    "  count FROM TO         working days after FROM up to and including TO\n"
    "  is-working-day DATE   exit 0 if DATE is a working day, 1 if not\n"
    "  next DATE             the first working day after DATE\n"
    "  prev DATE             the last working day before DATE\n"
    "  holidays [YEAR | FROM TO]\n"
    "                        the calendar's non-working weekdays\n"
    "  calendars             the calendars, their coverage and published data\n"
    "  install-holidays [DIVISION=]FILE\n"
    "                        check a downloaded GOV.UK holiday file and install\n"
    "                        it where every later run reads it\n"
    "\n"
    "Calendars: uk (FOIA/EIR, the default), scotland (FOISA/EISR),\n"
    "england-and-wales, northern-ireland. DATE may be 2018-10-15, 15/10/2018,\n"
    "15.10.2018, 2018/10/15, '15 October 2018', 'October 15, 2018', today,\n"
    "yesterday, tomorrow, a date-time with an offset (2018-06-01T23:30:00Z),\n"
    "one without (UK local time) or an e-mail Date: header; '-' reads one date\n"
    "per line from standard input.\n"
    "\n"
    "options for every command (before or after it):\n"
    "  --format text|json    output for people (default) or JSON; some commands\n"
    "                        also take ics (batch: csv|json|ics)\n"
    "  -o, --output FILE     write to FILE, replacing it only when all went well\n"
    "  --holidays [DIVISION=]FILE\n"
    "                        newer bank-holiday data from a GOV.UK file\n"
    "                        (bank-holidays.json or a division's .ics)\n"
    "  --no-local-holidays   the built-in holiday data alone: no files from\n"
    "                        FOICLOCK_HOLIDAYS_DIR, ~/.local/share/foiclock/holidays\n"
    "                        or the system directory\n"
    "  --today DATE          the date taken as today (every command but rules\n"
    "                        and calendars)\n"
    "  -h, --help            this help, or a command's with 'help COMMAND'\n"
    "  -V, --version         the version\n"
    "\n"
    "Run 'foiclock help COMMAND' or 'foiclock COMMAND --help' for more. Exit\n"
    "status: 0 success, 1 a negative answer (is-working-day), 2 a usage or\n"
    "input error.\n";

/* A usage error: the message, the command's synopsis line and where to read more. */
static int usage_error(const char *cmd, const char *usage, const char *msg, const char *arg,
                       const char *near)
{
    if (arg && near)
        fail("%s: %s '%.200s%s' (%s)", cmd, msg, arg, strlen(arg) > 200 ? "..." : "", near);
    else if (arg)
        fail("%s: %s '%.200s%s'", cmd, msg, arg, strlen(arg) > 200 ? "..." : "");
    else
        fail("%s: %s", cmd, msg);
    fprintf(stderr, "%.*s(run 'foiclock %s --help' for more)\n", (int)(strcspn(usage, "\n") + 1),
            usage, cmd);
    return EXIT_USAGE;
}

/* The spec in extra whose name matches the option name a[0..n), or NULL. */
static const struct optspec *find_spec(const struct optspec *extra, const char *a, size_t n)
{
    for (; extra && extra->name; extra++)
        if (strlen(extra->name) == n && strncmp(extra->name, a, n) == 0)
            return extra;
    return NULL;
}

int parse_opts(struct opts *o, int argc, char **argv, const char *usage, int minpos, int maxpos,
               int flags, const struct optspec *extra)
{
    int takes_calendar = flags & OPT_CALENDAR;
    memset(o, 0, sizeof *o);
    o->format = FORMAT_TEXT;
    o->cal = cli_calendar(FOI_CAL_UK);
    o->cal_name = "uk";
    int only_positional = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *val = NULL;
        int is_opt =
            !only_positional && a[0] == '-' && a[1] != '\0' && !(a[1] >= '0' && a[1] <= '9');
        if (!is_opt) {
            if (o->npos >= maxpos) {
                /* "due 15 Oct 2018": a date in words needs quoting. */
                char joined[160];
                foi_date d;
                /* Any two or three words in a row that make a date,
                 * wherever they stand ("add 15 Oct 2018 5"). */
                for (int w = 3; w >= 2; w--)
                    for (int j = 1; j + w <= argc; j++) {
                        size_t len = 0;
                        int words = 1;
                        joined[0] = '\0';
                        for (int k = j; k < j + w && words; k++) {
                            words = argv[k][0] != '-' && strlen(argv[k]) < 40;
                            len += (size_t)snprintf(joined + len, sizeof joined - len, "%s%s",
                                                    k > j ? " " : "", argv[k]);
                        }
                        if (words && cli_date_parse(&d, joined, len, 1) == 0) {
                            char hint[200];
                            snprintf(hint, sizeof hint, "quote a date with spaces: '%s'", joined);
                            return usage_error(argv[0], usage, "unexpected argument", a, hint);
                        }
                    }
                return usage_error(argv[0], usage, "unexpected argument", a, NULL);
            }
            o->pos[o->npos++] = a;
            continue;
        }
        if (strcmp(a, "--") == 0) {
            only_positional = 1;
            continue;
        }
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(usage, stdout);
            return -1;
        }
        size_t nlen = strcspn(a, "=");
        int is_format = strncmp(a, "--format", nlen) == 0 && nlen == 8;
        int is_cal = strncmp(a, "--calendar", nlen) == 0 && nlen == 10;
        const struct optspec *spec = find_spec(extra, a, nlen);
        if (!is_format && !(is_cal && takes_calendar) && !spec) {
            const char *names[40];
            size_t nn = 0;
            names[nn++] = "--format";
            names[nn++] = "--help";
            if (takes_calendar)
                names[nn++] = "--calendar";
            for (const struct optspec *e = extra; e && e->name && nn < 40; e++)
                names[nn++] = e->name;
            char word[64];
            snprintf(word, sizeof word, "%.*s", (int)(nlen < 63 ? nlen : 63), a);
            const char *near = nearest_name(word, names, nn);
            char hint[96] = "";
            if (near)
                snprintf(hint, sizeof hint, "did you mean %s?", near);
            else if (is_cal)
                snprintf(hint, sizeof hint, "the regime picks the calendar");
            return usage_error(argv[0], usage, "unknown option", a, *hint ? hint : NULL);
        }
        if (spec && spec->flag) {
            if (a[nlen] == '=')
                return fail("%s: option %.*s takes no value", argv[0], (int)nlen, a);
            *spec->flag = 1;
            continue;
        }
        if (a[nlen] == '=') {
            val = a + nlen + 1;
        } else if (i + 1 < argc) {
            val = argv[++i];
        } else {
            return fail("%s: option %.*s needs a value", argv[0], (int)nlen, a);
        }
        if (spec) {
            /* Values that are names are taken in any case. */
            static const char *const named[] = {"--regime", "--receipt-rule", "--division",
                                                "--rule", "--for"};
            for (size_t k = 0; k < sizeof named / sizeof *named; k++)
                if (strcmp(spec->name, named[k]) == 0)
                    val = lower_value(val);
            *spec->value = val;
        } else if (is_format) {
            val = lower_value(val);
            if (strcmp(val, "text") == 0)
                o->format = FORMAT_TEXT;
            else if (strcmp(val, "json") == 0)
                o->format = FORMAT_JSON;
            else if (strcmp(val, "ics") == 0 && (flags & OPT_ICS))
                o->format = FORMAT_ICS;
            else {
                static const char *const names[] = {"text", "json", "ics"};
                return fail("%s: unknown format '%s': expected text%s json%s%s", argv[0], val,
                            (flags & OPT_ICS) ? "," : " or", (flags & OPT_ICS) ? " or ics" : "",
                            did_you_mean(val, names, (flags & OPT_ICS) ? 3 : 2));
            }
        } else {
            foi_calendar_id id;
            if (foi_calendar_id_from_name(&id, lower_value(val))) {
                const char *names[FOI_CAL_COUNT];
                for (int c = 0; c < FOI_CAL_COUNT; c++)
                    names[c] = foi_calendar_name(foi_calendar_builtin((foi_calendar_id)c));
                const char *near = nearest_name(val, names, FOI_CAL_COUNT);
                if (near)
                    return fail("%s: %s (did you mean %s?)", argv[0], foi_error_last(), near);
                return fail("%s: %s", argv[0], foi_error_last());
            }
            o->cal = cli_calendar(id);
            o->cal_name = foi_calendar_name(o->cal);
            o->cal_given = 1;
        }
    }
    if (o->npos < minpos)
        return usage_error(argv[0], usage, "missing argument", NULL, NULL);
    return 0;
}

/* Reads one line of any length up to a cap; returns its length (without the
 * line ending), -1 at end of input or -2 when out of memory. *toolong is set
 * when it was cut. */
static long read_line(FILE *in, char **buf, size_t *cap, int *toolong)
{
    enum { MAX_LINE = 1 << 20 };
    size_t len = 0;
    int c, any = 0;
    *toolong = 0;
    /* Room for the terminator even when the first line is empty. */
    if (*cap == 0) {
        if (!(*buf = malloc(256)))
            return -2;
        *cap = 256;
    }
    while ((c = getc(in)) != EOF) {
        any = 1;
        if (c == '\n')
            break;
        if (len + 1 >= *cap) {
            if (*cap >= MAX_LINE) {
                *toolong = 1;
                continue;
            }
            size_t ncap = *cap ? *cap * 2 : 256;
            char *nb = realloc(*buf, ncap);
            if (!nb) {
                *toolong = 1;
                continue;
            }
            *buf = nb;
            *cap = ncap;
        }
        (*buf)[len++] = (char)c;
    }
    if (!any)
        return -1;
    if (len && (*buf)[len - 1] == '\r')
        len--;
    (*buf)[len] = '\0';
    return (long)len;
}

static void error_record(const struct opts *o, long line, const char *input, size_t len,
                         const char *msg)
{
    if (o->format == FORMAT_JSON) {
        printf("{\"schema_version\":%d,\"line\":%ld,\"input\":", FOI_JSON_SCHEMA_VERSION, line);
        /* Keep the record valid JSON even for binary input. */
        char *copy = malloc(len + 1);
        if (copy) {
            size_t k = 0;
            for (size_t i = 0; i < len; i++)
                copy[k++] = input[i] ? input[i] : '?';
            copy[k] = '\0';
            json_string(stdout, copy);
            free(copy);
        } else {
            fputs("\"\"", stdout);
        }
        fputs(",\"error\":", stdout);
        json_string(stdout, msg);
        fputs("}\n", stdout);
    } else {
        printf("error: line %ld: %s\n", line, msg);
    }
}

int cli_answer_shows_dates;

int for_each_date(const struct opts *o, const char *arg, date_fn fn)
{
    foi_date d;
    if (strcmp(arg, "-") != 0) {
        if (cli_date_parse(&d, arg, strlen(arg), cli_answer_shows_dates))
            return fail("%s", foi_error_last());
        int rc = fn(o, d, arg);
        if (rc == EXIT_REPORTED)
            return EXIT_USAGE;
        if (rc == EXIT_USAGE)
            return fail("%s", foi_error_last());
        return rc;
    }
    char *buf = NULL;
    size_t cap = 0;
    long line = 0, failed = 0, blank = 0, len;
    int toolong;
    while ((len = read_line(stdin, &buf, &cap, &toolong)) >= 0) {
        line++;
        /* A blank line is skipped, as batch skips one; line numbers still
         * count it. */
        size_t k = 0;
        while (!toolong && k < (size_t)len && (buf[k] == ' ' || buf[k] == '\t'))
            k++;
        if (!toolong && k == (size_t)len) {
            blank++;
            continue;
        }
        const char *msg = NULL;
        if (toolong)
            msg = "line is too long to be a date";
        else if (cli_date_parse(&d, buf, (size_t)len, 1))
            msg = foi_error_last();
        else if (fn(o, d, buf) == EXIT_USAGE)
            msg = foi_error_last();
        if (msg) {
            failed++;
            error_record(o, line, buf, toolong ? 0 : (size_t)len, msg);
        }
    }
    free(buf);
    if (len == -2)
        return fail("out of memory reading standard input");
    if (fflush(stdout) || ferror(stdin))
        return fail("error reading standard input or writing standard output");
    if (failed)
        return fail("%ld of %ld input lines had errors", failed, line);
    if (blank == line)
        return fail("no dates on standard input: %s", line ? "every line is empty" : "it is empty");
    return 0;
}

struct command {
    const char *name;
    int (*fn)(int, char **);
};

static const struct command commands[] = {
    {"due", cmd_due},
    {"deadline", cmd_deadline},
    {"timeline", cmd_timeline},
    {"rules", cmd_rules},
    {"batch", cmd_batch},
    {"add", cmd_add},
    {"count", cmd_count},
    {"is-working-day", cmd_is_working_day},
    {"next", cmd_next},
    {"prev", cmd_prev},
    {"holidays", cmd_holidays},
    {"calendars", cmd_calendars},
    {"install-holidays", cmd_install_holidays},
};

/* Options that every command takes, wherever they stand: -o FILE and
 * --holidays [DIVISION=]FILE (repeatable). They are taken out of argv. */
static int is_command(const char *a)
{
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (strcmp(a, commands[i].name) == 0)
            return 1;
    return 0;
}

/* Options given before the command ("foiclock --format json due ...") move
 * after it, where every command looks for them. An option not joined to its
 * value with '=' takes the next word as its value unless that word is the
 * command (so flags such as --pit-extension may lead too). */
static void lead_options(int argc, char **argv)
{
    int i = 1;
    while (i < argc && argv[i][0] == '-' && argv[i][1] != '\0' && strcmp(argv[i], "--") != 0) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0 || strcmp(a, "--version") == 0 ||
            strcmp(a, "-V") == 0)
            return;
        i++;
        if (strcmp(a, "--no-local-holidays") != 0 && !strchr(a, '=') && i < argc &&
            !is_command(argv[i]))
            i++;
    }
    if (i == 1 || i >= argc || !is_command(argv[i]))
        return;
    /* argv[1..i) are the options, argv[i] the command: rotate it in front. */
    char *cmd = argv[i];
    memmove(argv + 2, argv + 1, (size_t)(i - 1) * sizeof *argv);
    argv[1] = cmd;
}

/* The command's help, as 'foiclock COMMAND --help' prints it. */
static int command_help(const struct command *c)
{
    char name[32], help[] = "--help";
    snprintf(name, sizeof name, "%s", c->name);
    char *args[] = {name, help, NULL};
    return c->fn(2, args);
}

static int unknown_command(const char *cmd)
{
    const char *names[sizeof commands / sizeof *commands];
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        names[i] = commands[i].name;
    const char *near = nearest_name(cmd, names, sizeof commands / sizeof *commands);
    if (near)
        return fail("unknown command '%s' (did you mean %s? run 'foiclock --help' for the list)",
                    cmd, near);
    if (cmd[0] == '-')
        return fail("no command given, or '%s' is not an option (run 'foiclock --help' for the "
                    "commands and options)",
                    cmd);
    return fail("unknown command '%s' (run 'foiclock --help' for the list)", cmd);
}

static int global_options(int *argc, char **argv, const char **out, const char **holidays,
                          size_t *nholidays, int *no_local)
{
    int k = 1;
    for (int i = 1; i < *argc; i++) {
        const char *a = argv[i], *val = NULL;
        int is_out = strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0;
        int is_hol = strcmp(a, "--holidays") == 0;
        int is_today = strcmp(a, "--today") == 0;
        if (strcmp(a, "--") == 0) {
            while (i < *argc)
                argv[k++] = argv[i++];
            break;
        }
        if (strcmp(a, "--no-local-holidays") == 0) {
            *no_local = 1;
            continue;
        }
        if (strncmp(a, "--output=", 9) == 0)
            val = a + 9, is_out = 1;
        else if (strncmp(a, "--holidays=", 11) == 0)
            val = a + 11, is_hol = 1;
        else if (strncmp(a, "--today=", 8) == 0)
            val = a + 8, is_today = 1;
        else if (is_out || is_hol || is_today) {
            if (i + 1 >= *argc)
                return fail("option %s needs a value", a);
            val = argv[++i];
        }
        if (is_today) {
            cli_today = val;
        } else if (is_out) {
            if (!*val)
                return fail("-o needs a file name");
            *out = val;
        } else if (is_hol) {
            if (*nholidays >= 16)
                return fail("--holidays: at most 16 files");
            holidays[(*nholidays)++] = val;
        } else {
            argv[k++] = argv[i];
        }
    }
    argv[k] = NULL;
    *argc = k;
    return 0;
}

/* Output for -o goes to a temporary file beside the target, which replaces
 * the target only once something was written, so that a failed command never
 * clobbers an earlier file. The temporary file gets the target's mode when
 * there is one, else what the umask gives a new file (0644 under the usual
 * 022), and is removed when SIGINT, SIGTERM or SIGHUP stops the command. */
static char *temp_path;
static volatile sig_atomic_t temp_live;
static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
static struct sigaction old_actions[sizeof sigs / sizeof *sigs];

static void restore_signals(void)
{
    /* back to what they were: the CLI may run in-process (fuzz_cli) */
    for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++)
        sigaction(sigs[i], &old_actions[i], NULL);
}

static void drop_temp(int sig)
{
    if (temp_live)
        unlink(temp_path);
    signal(sig, SIG_DFL);
    raise(sig);
}

static int open_output(const char *path)
{
    size_t len = strlen(path);
    temp_path = malloc(len + 16);
    if (!temp_path)
        return fail("out of memory");
    memcpy(temp_path, path, len);
    memcpy(temp_path + len, ".tmp-XXXXXX", 12);
    for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = drop_temp;
        sigemptyset(&sa.sa_mask);
        sigaction(sigs[i], &sa, &old_actions[i]);
    }
    /* Signals wait until temp_live says whether there is a file to remove. */
    sigset_t block, old;
    sigemptyset(&block);
    for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++)
        sigaddset(&block, sigs[i]);
    sigprocmask(SIG_BLOCK, &block, &old);
    int fd = mkstemp(temp_path);
    temp_live = fd >= 0;
    sigprocmask(SIG_SETMASK, &old, NULL);
    if (fd < 0) {
        int err = errno;
        restore_signals();
        free(temp_path);
        temp_path = NULL;
        return fail("-o: cannot create '%s': %s", path, strerror(err));
    }
    struct stat st;
    mode_t mode;
    if (stat(path, &st) == 0) {
        mode = st.st_mode & 07777;
    } else {
        mode_t mask = umask(0);
        umask(mask);
        mode = 0666 & ~mask;
    }
    fchmod(fd, mode);
    fflush(stdout);
    if (dup2(fd, STDOUT_FILENO) < 0) {
        int err = errno;
        close(fd);
        temp_live = 0;
        unlink(temp_path);
        restore_signals();
        free(temp_path);
        temp_path = NULL;
        return fail("-o: cannot write to '%s': %s", path, strerror(err));
    }
    close(fd);
    return 0;
}

static int close_output(const char *path, int rc)
{
    if (!temp_path)
        return rc;
    int bad = fflush(stdout) != 0 || ferror(stdout);
    FILE *t = fopen(temp_path, "rb");
    int empty = !t || fgetc(t) == EOF;
    if (t)
        fclose(t);
    if (bad || empty) {
        unlink(temp_path);
        if (bad)
            rc = fail("-o: cannot write to '%s'", path);
    } else if (rename(temp_path, path) != 0) {
        int err = errno;
        unlink(temp_path);
        rc = fail("-o: cannot replace '%s': %s", path, strerror(err));
    }
    temp_live = 0;
    restore_signals();
    free(temp_path);
    temp_path = NULL;
    return rc;
}

int main(int argc, char **argv)
{
    const char *holidays[16], *out = NULL;
    size_t nholidays = 0;
    int no_local = 0;
    cli_today = NULL; /* main may run more than once in a process (the fuzz harness) */
    cli_answer_shows_dates = 0;
    lead_options(argc, argv);
    if (global_options(&argc, argv, &out, holidays, &nholidays, &no_local))
        return EXIT_USAGE;
    if (argc < 2)
        return fail("no command given (run 'foiclock --help' for the list)");
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        if (argc > 2 && strcmp(cmd, "help") == 0 && strcmp(argv[2], "help") != 0) {
            for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
                if (strcmp(argv[2], commands[i].name) == 0)
                    return command_help(&commands[i]);
            return unknown_command(argv[2]);
        }
        fputs(main_usage, stdout);
        return 0;
    }
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "-V") == 0) {
        printf("foiclock %s\n", foi_version_string());
        return 0;
    }
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++) {
        if (strcmp(cmd, commands[i].name) == 0) {
            /* Every command that reads a date depends on today: its DATE may
             * be today, yesterday or tomorrow. */
            static const char *const undated[] = {"rules", "calendars"};
            int uses_today = 1;
            for (size_t k = 0; k < sizeof undated / sizeof *undated; k++)
                uses_today &= strcmp(cmd, undated[k]) != 0;
            if (cli_today && !uses_today)
                return fail("%s: --today does not apply: its answer does not depend on today", cmd);
            if (cli_today) {
                foi_date d;
                if (today(&d))
                    return EXIT_USAGE;
            }
            /* Notes on imported holidays follow the command's --format. */
            int json = 0;
            for (int k = 2; k < argc; k++)
                json = (strcmp(argv[k], "--format") == 0 && k + 1 < argc)
                           ? strcmp(argv[k + 1], "json") == 0
                       : strncmp(argv[k], "--format=", 9) == 0 ? strcmp(argv[k] + 9, "json") == 0
                                                               : json;
            /* install-holidays checks its file against the built-in data
             * alone, and writes where it says rather than to -o. */
            int install = commands[i].fn == cmd_install_holidays;
            if (install && (nholidays || out || no_local))
                return fail("install-holidays: %s does not apply", nholidays ? "--holidays"
                                                                   : out     ? "-o"
                                                                         : "--no-local-holidays");
            if (!install && load_holiday_files(holidays, nholidays, json, !no_local)) {
                free_holiday_calendars();
                return EXIT_USAGE;
            }
            ics_output_path = out;
            if (out && open_output(out)) {
                free_holiday_calendars();
                return EXIT_USAGE;
            }
            int rc = commands[i].fn(argc - 1, argv + 1);
            if (!out && fflush(stdout) != 0)
                rc = fail("cannot write to standard output");
            rc = close_output(out, rc);
            free_holiday_calendars();
            return rc;
        }
    }
    return unknown_command(cmd);
}
