/* iCalendar for every command: --format ics output (written by the core
 * library) with the previous -o file read back, and the plugin that links
 * libical, loaded on demand to read holiday files (localdata.c). */
#define _POSIX_C_SOURCE 200809L /* dlopen, readlink */
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <foiclock/ical.h>

#include "cli.h"

#ifndef FOICLOCK_PLUGIN_DIR
#define FOICLOCK_PLUGIN_DIR "/usr/local/lib/foiclock"
#endif
/* Where the plugin lies relative to the directory of the executable once
 * installed (bin -> lib/foiclock), so that an installed tree works at any
 * prefix and after a DESTDIR staging install. */
#ifndef FOICLOCK_PLUGIN_RELDIR
#define FOICLOCK_PLUGIN_RELDIR "../lib/foiclock"
#endif

#define PLUGIN_NAME "foiclock-ical-plugin.so"

static struct ics_api api;
static int api_loaded;

static int load_symbols(void *h)
{
    /* dlsym returns object pointers; copying through memcpy keeps ISO C happy. */
#define SYM(field, name)                                                                           \
    do {                                                                                           \
        void *p_ = dlsym(h, name);                                                                 \
        if (!p_)                                                                                   \
            return -1;                                                                             \
        memcpy(&api.field, &p_, sizeof p_);                                                        \
    } while (0)
    SYM(import_holidays, "foi_ics_import_holidays");
    SYM(import_holidays_text, "foi_ics_import_holidays_text");
#undef SYM
    return 0;
}

/* Tries one candidate; on failure keeps the loader's reason in why. */
static void *try_open(const char *path, char *why, size_t size)
{
    void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        const char *e = dlerror();
        snprintf(why, size, "%s", e ? e : path);
    } else if (load_symbols(h)) {
        snprintf(why, size, "%s: not a foiclock iCalendar plugin", path);
        dlclose(h);
        h = NULL;
    }
    return h;
}

const struct ics_api *ics_api(void)
{
    if (api_loaded)
        return &api;
    char why[PATH_MAX + 256] = "";
    void *h = NULL;
    /* FOICLOCK_PLUGIN names the plugin outright, and then nothing else is
     * tried: a wrong override must not quietly load another copy. */
    const char *env = getenv("FOICLOCK_PLUGIN");
    if (env && *env) {
        h = try_open(env, why, sizeof why);
        if (!h) {
            fail("iCalendar support is not available: cannot load FOICLOCK_PLUGIN=%s (%s)", env,
                 why);
            return NULL;
        }
    }
    /* Otherwise beside the executable (a build tree), then where the
     * install puts it relative to the executable, then the configured
     * directory. */
    char dir[PATH_MAX];
    ssize_t len = readlink("/proc/self/exe", dir, sizeof dir - 1);
    char *slash = NULL;
    if (len > 0) {
        dir[len] = '\0';
        slash = strrchr(dir, '/');
    }
    if (slash) {
        *slash = '\0';
        char path[2 * PATH_MAX];
        snprintf(path, sizeof path, "%s/%s", dir, PLUGIN_NAME);
        if (!h && access(path, F_OK) == 0)
            h = try_open(path, why, sizeof why);
        snprintf(path, sizeof path, "%s/%s/%s", dir, FOICLOCK_PLUGIN_RELDIR, PLUGIN_NAME);
        if (!h && access(path, F_OK) == 0)
            h = try_open(path, why, sizeof why);
    }
    if (!h)
        h = try_open(FOICLOCK_PLUGIN_DIR "/" PLUGIN_NAME, why, sizeof why);
    if (!h) {
        fail("iCalendar support is not available: cannot load %s (%s); set FOICLOCK_PLUGIN to "
             "its path",
             PLUGIN_NAME, why);
        return NULL;
    }
    api_loaded = 1;
    return &api;
}

/* ---- iCalendar output options ---- */

const char *ics_output_path;

static int parse_remind(int *v, size_t *n, const char *s)
{
    *n = 0;
    if (strcmp(s, "none") == 0)
        return 0;
    const char *p = s;
    while (*p) {
        char *end;
        long k = strtol(p, &end, 10);
        if (end == p || k < 1 || k > 60 || *n >= 8 || (*end && *end != ','))
            return fail("--remind: '%s' is not a list of 1 to 8 working-day counts (1..60), "
                        "such as 5,1, or 'none'",
                        s);
        v[(*n)++] = (int)k;
        p = *end ? end + 1 : end;
    }
    return 0;
}

static ptrdiff_t read_file(void *ctx, char *buf, size_t size)
{
    FILE *f = ctx;
    size_t n = fread(buf, 1, size, f);
    if (n == 0 && ferror(f))
        return -1;
    return (ptrdiff_t)n;
}

int ics_options(foi_ics_options *o, FILE **previous, const struct ics_flags *flags)
{
    foi_ics_options_init(o);
    *previous = NULL;
    static int remind[8];
    if (flags->remind) {
        if (parse_remind(remind, &o->n_remind, flags->remind))
            return EXIT_USAGE;
        o->remind = remind;
    }
    o->authority = flags->authority;
    o->flags = flags->replace ? FOI_ICS_REPLACE : 0;
    /* The export time: SOURCE_DATE_EPOCH, else the start of a day given with
     * --today or FOICLOCK_TODAY (so that the same inputs give the same
     * bytes), else now. SEQUENCE grows with it. */
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    const char *env_today = getenv("FOICLOCK_TODAY");
    if (sde && *sde) {
        char *end;
        errno = 0;
        long long t = strtoll(sde, &end, 10);
        if (*end || end == sde || t < 0 || errno)
            return fail("SOURCE_DATE_EPOCH must be a number of seconds, not '%s'", sde);
        if (t > 253402300799LL)
            return fail("SOURCE_DATE_EPOCH '%s' is after 9999-12-31T23:59:59Z, the last time an "
                        "iCalendar DTSTAMP can hold",
                        sde);
        o->stamp = (int64_t)t;
    } else if (flags->today || cli_today || (env_today && *env_today)) {
        foi_date now;
        if (flags->today)
            now = *flags->today;
        else if (today(&now))
            return EXIT_USAGE;
        o->stamp = (int64_t)now.serial * 86400;
    } else {
        o->stamp = (int64_t)time(NULL);
    }
    /* The previous -o file, read back so that its events are updated,
     * cancelled or kept rather than lost. */
    if (ics_output_path) {
        FILE *f = fopen(ics_output_path, "rb");
        if (!f && errno != ENOENT)
            return fail("-o: cannot read '%s' (%s): foiclock updates an earlier export in place "
                        "and will not overwrite one it cannot read",
                        ics_output_path, strerror(errno));
        if (f) {
            *previous = f;
            o->previous_read = read_file;
            o->previous_ctx = f;
            o->previous_name = ics_output_path;
        }
    }
    return 0;
}

void ics_close(FILE *previous)
{
    if (previous)
        fclose(previous);
}

void ics_warn_unnamed(size_t n, const char *how)
{
    if (!n)
        return;
    fprintf(stderr,
            "foiclock: warning: %zu %s without a reference: %s events get new ids at every "
            "export, so calendar applications cannot update or cancel them; %s for ids that "
            "stay the same\n",
            n, n == 1 ? "case or deadline" : "cases and deadlines", n == 1 ? "its" : "their", how);
}

int ics_emit(int rc, char *text)
{
    if (rc)
        return fail("%s", foi_error_last());
    fputs(text, stdout);
    foi_ics_free(text);
    /* A calendar has no place for it: which data made it goes to standard error. */
    holiday_data_note();
    return 0;
}
