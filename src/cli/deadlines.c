/* The foiclock deadline commands: due, deadline, rules and timeline. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char due_usage[] =
    "usage: foiclock due DATE [--regime foia|eir|foisa|eisr]\n"
    "                [--receipt-rule statutory|next-working-day] [--format text|json|ics]\n"
    "                [--ref TEXT] [--remind 5,1|none] [--authority NAME]\n"
    "\n"
    "The response deadline for a request received on DATE (default regime foia:\n"
    "20 working days, counting a bank holiday in any part of the UK; foisa and\n"
    "eisr count Scottish holidays only). DATE may be a date-time with an offset,\n"
    "converted to the UK date. When DATE is a non-working day the output also\n"
    "gives the date under the other receipt rule. The limit is the one in force\n"
    "for a request received on DATE (foisa: 60 working days for one received\n"
    "from 7 April to 26 May 2020, under the Coronavirus (Scotland) Act 2020).\n"
    "DATE '-' reads dates from standard input.\n";

static const char deadline_usage[] =
    "usage: foiclock deadline RULE DATE [--regime REGIME] [--division ID]\n"
    "                [--receipt-rule statutory|next-working-day] [--responded DATE]\n"
    "                [--school-days FILE] [--format text|json|ics] [--ref TEXT]\n"
    "                [--remind 5,1|none] [--authority NAME]\n"
    "\n"
    "The deadline of any rule (see 'foiclock rules') counted from DATE, the\n"
    "rule's anchor. RULE may leave out the regime: 'review-request' is\n"
    "foia.review-request, or another regime's with --regime. --division\n"
    "(england-and-wales, scotland, northern-ireland) picks the roll-forward\n"
    "calendar for subject access. For\n"
    "foisa.review-request DATE is the date the request was received and\n"
    "--responded the date the response arrived; for foia.schools, foisa.schools\n"
    "and foisa.schools-review\n"
    "--school-days lists the school days. DATE '-' reads standard input.\n";

static const char rules_usage[] =
    "usage: foiclock rules [--format text|json]\n"
    "\n"
    "Every time limit foiclock knows: id, period, calendar, anchor, legal basis\n"
    "and whether it is statutory or advisory.\n";

static const char timeline_usage[] =
    "usage: foiclock timeline --received DATE [--regime foia|eir|foisa|eisr|sar|le-sar]\n"
    "         [--clarification-requested D --clarification-received D]\n"
    "         [--fee-notice D --fee-paid D] [--pit-extension] [--extension-claimed D]\n"
    "         [--responded D] [--review-requested D] [--review-responded D]\n"
    "         [--complained D] [--decision-notice D] [--for requester|authority]\n"
    "         [--division ID] [--ref TEXT] [--school | --school-days FILE]\n"
    "         [--public-records]\n"
    "         [--receipt-rule R] [--today D] [--format text|json|ics]\n"
    "         [--remind 5,1|none] [--authority NAME]\n"
    "         [--direction D --direction-days N --direction-ground G]\n"
    "       foiclock timeline --responded DATE [options as above]\n"
    "\n"
    "Every deadline of a case in date order, with where each stands today\n"
    "(--today, or the FOICLOCK_TODAY environment variable, fixes the day).\n"
    "--pit-extension claims the FOIA public-interest extension (for EIR and\n"
    "EISR the complex-and-voluminous one, for subject access the two-month\n"
    "extension, for FOISA the Coronavirus (Scotland) Act 2020 one, for an answer\n"
    "given from 7 April to 26 May 2020). --school: a school (FOIA; FOISA for a\n"
    "grant-aided or independent special school, from 1 December 2016).\n"
    "--public-records: transferred records (FOIA public records, 30 working\n"
    "days; FOISA records transferred to the Keeper, 30 working days for the\n"
    "request and the review). --extension-claimed D is the day the\n"
    "extension's notice was given (a notice after the time it extends extends\n"
    "nothing). --complained D is the day a complaint reached the regulator (a\n"
    "decision notice implies one). --responded without --received gives the\n"
    "review and complaint windows (FOISA: counted from the reply, the safe\n"
    "date). --for requester|authority words \"What this means\" for one side;\n"
    "without it, for either. --school-days FILE holds one date or one 'FROM TO' range per\n"
    "line ('#' starts a comment); --school alone applies the 60-working-day\n"
    "backstop only. --format ics writes a calendar with an all-day event and\n"
    "reminders (--remind: working days before, at 09:00 UK time) for each\n"
    "deadline; with -o FILE an earlier export in FILE keeps its event ids and\n"
    "sequence numbers, so calendar applications update rather than duplicate.\n"
    "--direction D is the day the Information Commissioner specified a later\n"
    "response day (FOIA; SI 2004/3364): --direction-days N makes it the Nth\n"
    "working day after receipt (21 to 60), --direction-ground armed-forces\n"
    "(reg 5) or outside-uk (reg 6) says why. Under EIR and EISR --fee-notice\n"
    "and --fee-paid give the advance payment's notification and payment\n"
    "(reg 8).\n";

/* ---- shared pieces ---- */

struct dl_opts {
    const char *regime, *receipt, *division, *responded, *school_file;
    const char *ref, *remind, *authority;
    foi_deadline_options o;
    foi_date *school_days;
};

static int parse_receipt(foi_receipt_rule *out, const char *s)
{
    if (!s) {
        *out = FOI_RECEIPT_STATUTORY;
        return 0;
    }
    if (foi_receipt_rule_from_name(out, s)) {
        static const char *const names[] = {"statutory", "next-working-day"};
        return fail("--receipt-rule: %s%s", foi_error_last(), did_you_mean(s, names, 2));
    }
    return 0;
}

static int parse_division(unsigned *out, const char *s)
{
    *out = 0;
    if (s && foi_division_from_name(out, s)) {
        const char *names[3] = {foi_division_name(FOI_DIV_ENGLAND_WALES),
                                foi_division_name(FOI_DIV_SCOTLAND),
                                foi_division_name(FOI_DIV_NORTHERN_IRELAND)};
        return fail("--division: %s%s", foi_error_last(), did_you_mean(s, names, 3));
    }
    return 0;
}

/* --regime NAME, with a hint for a slip. */
static int parse_regime(foi_regime *out, const char *cmd, const char *s)
{
    *out = FOI_REGIME_FOIA;
    if (s && foi_regime_from_name(out, s)) {
        const char *names[FOI_REGIME_COUNT];
        for (int i = 0; i < FOI_REGIME_COUNT; i++)
            names[i] = foi_regime_name((foi_regime)i);
        return fail("%s: %s%s", cmd, foi_error_last(), did_you_mean(s, names, FOI_REGIME_COUNT));
    }
    return 0;
}

static int parse_date_opt(foi_date *out, const char *name, const char *s)
{
    if (cli_date_parse(out, s, strlen(s), 0))
        return fail("%s: %s", name, foi_error_last());
    return 0;
}

/* Reads a school calendar: one date or "FROM TO" range per line. */
static int read_school_days(foi_date **out, size_t *n, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return fail("--school-days: cannot open '%s': %s", path, strerror(errno));
    size_t cap = 256, len = 0;
    foi_date *v = malloc(cap * sizeof *v);
    char line[512];
    long lineno = 0;
    int rc = 0;
    while (v && fgets(line, sizeof line, f)) {
        lineno++;
        if (!strchr(line, '\n') && !feof(f)) {
            rc = fail("%s:%ld: line too long", path, lineno);
            break;
        }
        line[strcspn(line, "#\r\n")] = '\0';
        char *p = line + strspn(line, " \t");
        if (!*p)
            continue;
        /* A range is two dates separated by " to ", "..", or blanks after an
         * ISO date; try the separators in turn. */
        foi_date a, b;
        char *sep = strstr(p, "..");
        size_t seplen = 2;
        if (!sep && (sep = strstr(p, " to ")))
            seplen = 4;
        if (!sep && strlen(p) > 10 && (p[10] == ' ' || p[10] == '\t') && p[4] == '-') {
            sep = p + 10;
            seplen = 1;
        }
        if (sep) {
            *sep = '\0';
            if (foi_date_parse(&a, p, NULL) || foi_date_parse(&b, sep + seplen, NULL)) {
                rc = fail("%s:%ld: %s", path, lineno, foi_error_last());
                break;
            }
        } else {
            if (foi_date_parse(&a, p, NULL)) {
                rc = fail("%s:%ld: %s", path, lineno, foi_error_last());
                break;
            }
            b = a;
        }
        if (b.serial < a.serial || b.serial - a.serial > 3660) {
            rc = fail("%s:%ld: a range must run forwards and span at most ten years", path, lineno);
            break;
        }
        for (int32_t z = a.serial; z <= b.serial; z++) {
            if (len == cap) {
                foi_date *nv = realloc(v, 2 * cap * sizeof *v);
                if (!nv) {
                    free(v);
                    v = NULL;
                    break;
                }
                v = nv;
                cap *= 2;
            }
            if (v)
                v[len++].serial = z;
        }
    }
    int err = ferror(f) ? errno : 0;
    fclose(f);
    if (!v)
        return fail("out of memory reading '%s'", path);
    if (err && !rc) {
        free(v);
        return fail("--school-days: cannot read '%s': %s", path, strerror(err));
    }
    if (rc) {
        free(v);
        return rc;
    }
    if (len == 0) {
        free(v);
        return fail("%s: no school days in the file", path);
    }
    *out = v;
    *n = len;
    return 0;
}

/* ---- output of one deadline ---- */

/* The working of a deadline, for people, each line indented by ind. */
static void text_working(const foi_deadline *d, foi_receipt_rule receipt, const char *ind)
{
    char small[1024];
    size_t n = foi_deadline_text(small, sizeof small, d, receipt, ind);
    if (n < sizeof small) {
        fputs(small, stdout);
        return;
    }
    char *big = malloc(n + 1);
    if (big) {
        foi_deadline_text(big, n + 1, d, receipt, ind);
        fputs(big, stdout);
        free(big);
    }
}

/* ---- due and deadline ---- */

static const foi_rule *one_rule;
static struct dl_opts one_opts;
/* due: the response rule of this regime in force on each date. */
static int one_by_date;
static foi_regime one_regime;

static int deadline_one(const struct opts *o, foi_date d, const char *input)
{
    foi_deadline dl;
    if (one_by_date && foi_rule_for_date(&one_rule, one_regime, FOI_ROLE_RESPONSE, d))
        return EXIT_USAGE;
    /* How the date was read, for the answer to say. */
    const char *what = "date";
    switch (one_rule->anchor) {
    case FOI_ANCHOR_RECEIPT:
    case FOI_ANCHOR_RESPONSE_PERIOD:
        what = "received";
        break;
    case FOI_ANCHOR_RESPONSE:
        what = "responded";
        break;
    case FOI_ANCHOR_REVIEW_REQUEST:
        what = "review_requested";
        break;
    case FOI_ANCHOR_REVIEW_OUTCOME:
        what = "review_responded";
        break;
    case FOI_ANCHOR_DECISION_NOTICE:
        what = "decision_notice";
        break;
    case FOI_ANCHOR_FEES_NOTICE:
        what = "fee_notice";
        break;
    default:
        break;
    }
    struct date_note note = {what, input, d, {DATE_PLAIN, ""}};
    foi_date again;
    if (cli_date_read(&again, input, strlen(input), NULL, &note.how))
        note.how.kind = DATE_PLAIN;
    if (foi_deadline_compute(&dl, one_rule, d, &one_opts.o))
        return EXIT_USAGE;
    if (o->format == FORMAT_ICS) {
        foi_ics_options io;
        FILE *previous = NULL;
        char *text = NULL;
        struct ics_flags fl = {one_opts.remind, one_opts.authority, NULL, 0};
        if (ics_options(&io, &previous, &fl)) {
            ics_close(previous);
            return EXIT_REPORTED;
        }
        int rc = foi_ics_deadline(&text, &dl, one_opts.ref, &io);
        ics_close(previous);
        if (ics_emit(rc, text))
            return EXIT_REPORTED;
        ics_warn_unnamed(one_opts.ref && *one_opts.ref ? 0 : 1, "give --ref");
        return 0;
    }
    if (o->format == FORMAT_JSON) {
        char *json = NULL;
        if (foi_deadline_json(&json, &dl, one_opts.o.receipt_rule))
            return EXIT_USAGE;
        json_with_date_notes(stdout, json, &note, 1);
        foi_json_free(json);
        return 0;
    }
    char buf[FOI_DATE_LONG_SIZE];
    printf("%s: %s\n", one_rule->summary, foi_date_format_long(dl.due, buf));
    date_notes_text(stdout, &note, 1, "  ");
    text_working(&dl, one_opts.o.receipt_rule, "  ");
    holiday_data_line("  ");
    return 0;
}

int cmd_due(int argc, char **argv)
{
    struct opts o;
    struct dl_opts *d = &one_opts;
    memset(d, 0, sizeof *d);
    const struct optspec extra[] = {{"--regime", &d->regime, NULL},
                                    {"--receipt-rule", &d->receipt, NULL},
                                    {"--ref", &d->ref, NULL},
                                    {"--remind", &d->remind, NULL},
                                    {"--authority", &d->authority, NULL},
                                    {NULL, NULL, NULL}};
    int rc = parse_opts(&o, argc, argv, due_usage, 1, 1, OPT_ICS, extra);
    if (rc)
        return rc < 0 ? 0 : rc;
    foi_regime regime;
    if (parse_regime(&regime, "due", d->regime))
        return EXIT_USAGE;
    if (regime == FOI_REGIME_SAR)
        return fail("due: for subject access use 'foiclock deadline sar.response DATE "
                    "[--division ID]'");
    if (regime == FOI_REGIME_LE_SAR)
        return fail("due: for law-enforcement subject access use 'foiclock deadline "
                    "le-sar.response DATE [--division ID]'");
    foi_deadline_options_init(&d->o);
    if (parse_receipt(&d->o.receipt_rule, d->receipt))
        return EXIT_USAGE;
    if (foi_rule_for(&one_rule, regime, FOI_ROLE_RESPONSE))
        return fail("due: %s", foi_error_last());
    one_by_date = 1;
    one_regime = regime;
    memcpy(d->o.calendars, cli_calendars, sizeof d->o.calendars);
    if (o.format == FORMAT_ICS && strcmp(o.pos[0], "-") == 0)
        return fail("due: --format ics takes one date, not '-'; for many, use foiclock batch");
    cli_answer_shows_dates = o.format != FORMAT_ICS;
    return for_each_date(&o, o.pos[0], deadline_one);
}

/* A rule by its id, or by the part after the regime ("review-request")
 * within --regime (default foia); a miss names the nearest id. */
static int find_rule(const foi_rule **out, const char *id, const char *regime)
{
    char full[96];
    const char *want = id;
    if (*id && strlen(id) < 64 && !strchr(id, '.')) {
        snprintf(full, sizeof full, "%s.%s", regime ? regime : "foia", id);
        want = full;
    } else if (regime && (strncmp(id, regime, strlen(regime)) != 0 || id[strlen(regime)] != '.'))
        return fail("deadline: rule '%s' is not a %s rule", id, regime);
    if (foi_rule_find(out, lower_value(want)) == 0)
        return 0;
    const char *names[256];
    size_t n = foi_rules_count();
    if (n > 256)
        n = 256;
    for (size_t i = 0; i < n; i++)
        names[i] = foi_rule_at(i)->id;
    const char *near = nearest_name(want, names, n);
    if (near)
        return fail("deadline: unknown rule '%s' (did you mean %s?)", want, near);
    foi_rule_find(out, id);
    return fail("deadline: %s; run 'foiclock rules' for the list", foi_error_last());
}

int cmd_deadline(int argc, char **argv)
{
    struct opts o;
    struct dl_opts *d = &one_opts;
    memset(d, 0, sizeof *d);
    one_by_date = 0;
    const struct optspec extra[] = {{"--receipt-rule", &d->receipt, NULL},
                                    {"--regime", &d->regime, NULL},
                                    {"--division", &d->division, NULL},
                                    {"--responded", &d->responded, NULL},
                                    {"--school-days", &d->school_file, NULL},
                                    {"--ref", &d->ref, NULL},
                                    {"--remind", &d->remind, NULL},
                                    {"--authority", &d->authority, NULL},
                                    {NULL, NULL, NULL}};
    int rc = parse_opts(&o, argc, argv, deadline_usage, 2, 2, OPT_ICS, extra);
    if (rc)
        return rc < 0 ? 0 : rc;
    if (find_rule(&one_rule, o.pos[0], d->regime))
        return EXIT_USAGE;
    foi_deadline_options_init(&d->o);
    if (parse_receipt(&d->o.receipt_rule, d->receipt) ||
        parse_division(&d->o.division, d->division))
        return EXIT_USAGE;
    memcpy(d->o.calendars, cli_calendars, sizeof d->o.calendars);
    if (o.format == FORMAT_ICS && strcmp(o.pos[1], "-") == 0)
        return fail("deadline: --format ics takes one date, not '-'; for many, use foiclock "
                    "batch");
    if (d->responded) {
        if (one_rule->anchor != FOI_ANCHOR_RESPONSE_PERIOD)
            return fail("deadline: --responded applies to foisa.review-request only");
        if (parse_date_opt(&d->o.response, "--responded", d->responded))
            return EXIT_USAGE;
        d->o.has_response = 1;
    }
    if (d->school_file) {
        if (one_rule->unit != FOI_UNIT_SCHOOL_DAYS)
            return fail("deadline: --school-days applies to the school rules only (foia.schools, "
                        "foisa.schools, foisa.schools-review)");
        if (read_school_days(&d->school_days, &d->o.n_school_days, d->school_file))
            return EXIT_USAGE;
        d->o.school_days = d->school_days;
    }
    cli_answer_shows_dates = o.format != FORMAT_ICS;
    rc = for_each_date(&o, o.pos[1], deadline_one);
    free(d->school_days);
    return rc;
}

/* ---- rules ---- */

int cmd_rules(int argc, char **argv)
{
    struct opts o;
    int rc = parse_opts(&o, argc, argv, rules_usage, 0, 0, 0, NULL);
    if (rc)
        return rc < 0 ? 0 : rc;
    if (o.format == FORMAT_JSON) {
        char *json = NULL;
        rc = foi_rules_json(&json);
        return json_emit(rc, json, "rules");
    }
    for (size_t i = 0; i < foi_rules_count(); i++) {
        const foi_rule *r = foi_rule_at(i);
        {
            char period[48];
            if (r->unit == FOI_UNIT_SCHOOL_DAYS)
                snprintf(period, sizeof period, "%d school days / %d WD", r->count, r->backstop);
            else
                snprintf(period, sizeof period, "%d %s", r->count,
                         r->count == 1 ? foi_unit_singular(r->unit) : foi_unit_name(r->unit));
            printf("%-22s %-22s %-18s %s\n", r->id, period,
                   r->division_calendar ? "division"
                                        : foi_calendar_name(foi_calendar_builtin(r->calendar)),
                   r->statutory ? "statutory" : "advisory");
            printf("%-22s from the %s; %s\n%-22s %s\n", "", r->anchor_text, r->basis, "",
                   r->description);
            if (r->wording && *r->wording)
                printf("%-22s Wording: %s\n", "", r->wording);
            if (r->band)
                printf("%-22s In force for %s %s\n", "",
                       r->anchor == FOI_ANCHOR_REVIEW_REQUEST ? "requirements for review"
                                                              : "requests",
                       r->band);
            if (r->unit != FOI_UNIT_WORKING_DAYS && r->unit != FOI_UNIT_SCHOOL_DAYS)
                printf("%-22s Counted: %s; %s\n", "",
                       r->beginning_with ? "day 0 is the first day of the period, so it ends "
                                           "the day before the corresponding date"
                                         : "from the day after day 0, to the corresponding date",
                       r->roll_forward ? "a last day that is not a working day moves to the "
                                         "next working day"
                                       : "a last day that is not a working day does not move");
            /* UK GDPR subject access changed its period on 5 February 2026. */
            if (r->regime == FOI_REGIME_SAR && r->unit == FOI_UNIT_MONTHS)
                printf("%-22s Counted from 5 February 2026 (Art 12A): day 0 is the first day of "
                       "the period, so it ends the day before the corresponding date, and does "
                       "not move; the ICO's date is shown as the other reading\n",
                       "");
        }
    }
    return 0;
}

/* ---- timeline ---- */

static const struct {
    const char *opt;
    foi_event event;
} event_opts[] = {
    {"--received", FOI_EVENT_RECEIVED},
    {"--clarification-requested", FOI_EVENT_CLARIFICATION_REQUESTED},
    {"--clarification-received", FOI_EVENT_CLARIFICATION_RECEIVED},
    {"--fee-notice", FOI_EVENT_FEE_NOTICE},
    {"--fee-paid", FOI_EVENT_FEE_PAID},
    {"--responded", FOI_EVENT_RESPONDED},
    {"--review-requested", FOI_EVENT_REVIEW_REQUESTED},
    {"--review-responded", FOI_EVENT_REVIEW_RESPONDED},
    {"--decision-notice", FOI_EVENT_DECISION_NOTICE},
    {"--complained", FOI_EVENT_COMPLAINED},
    {"--direction", FOI_EVENT_DIRECTION},
};

#define N_EVENT_OPTS (sizeof event_opts / sizeof *event_opts)

/* The timeline option that gives a case's field (ctx: two ints, 1 when the
 * school days came from --school-days and when an extension notice date was
 * given). */
static const char *field_option(foi_field field, void *ctx)
{
    for (size_t i = 0; i < N_EVENT_OPTS; i++)
        if (field == foi_event_field(event_opts[i].event))
            return event_opts[i].opt;
    switch (field) {
    case FOI_FIELD_REGIME:
        return "--regime";
    case FOI_FIELD_DIVISION:
        return "--division";
    case FOI_FIELD_SCHOOL:
        return ((const int *)ctx)[0] ? "--school-days" : "--school";
    case FOI_FIELD_PIT_EXTENSION:
        return ((const int *)ctx)[1] ? "--extension-claimed" : "--pit-extension";
    case FOI_FIELD_PUBLIC_RECORDS:
        return "--public-records";
    case FOI_FIELD_RECEIPT_RULE:
        return "--receipt-rule";
    case FOI_FIELD_TODAY:
        return "--today";
    default:
        return NULL;
    }
}

/* The library's last error about the case, in the words of the options:
 * "--fee-paid is given without --fee-notice"; a message that does not name
 * its input is prefixed by the option. */
static int case_error(int from_file, int claimed)
{
    char msg[640];
    int ctx[2] = {from_file, claimed};
    foi_error_describe(msg, sizeof msg, field_option, ctx);
    const char *opt = field_option(foi_error_field(), ctx);
    if (opt && strcmp(msg, foi_error_last()) == 0)
        return fail("timeline: %s: %s", opt, msg);
    return fail("timeline: %s", msg);
}

int cmd_timeline(int argc, char **argv)
{
    struct opts o;
    const char *ev[N_EVENT_OPTS] = {0};
    const char *regime_s = NULL, *division_s = NULL, *ref = NULL, *school_file = NULL,
               *receipt_s = NULL, *today_s = NULL, *remind = NULL, *authority = NULL,
               *claimed_s = NULL, *for_s = NULL, *direction_days = NULL, *direction_ground = NULL;
    int pit = 0, school = 0, records = 0;
    struct optspec extra[N_EVENT_OPTS + 17];
    size_t k = 0;
    for (size_t i = 0; i < N_EVENT_OPTS; i++)
        extra[k++] = (struct optspec){event_opts[i].opt, &ev[i], NULL};
    extra[k++] = (struct optspec){"--regime", &regime_s, NULL};
    extra[k++] = (struct optspec){"--division", &division_s, NULL};
    extra[k++] = (struct optspec){"--ref", &ref, NULL};
    extra[k++] = (struct optspec){"--school-days", &school_file, NULL};
    extra[k++] = (struct optspec){"--school", NULL, &school};
    extra[k++] = (struct optspec){"--pit-extension", NULL, &pit};
    extra[k++] = (struct optspec){"--public-records", NULL, &records};
    extra[k++] = (struct optspec){"--receipt-rule", &receipt_s, NULL};
    extra[k++] = (struct optspec){"--today", &today_s, NULL};
    extra[k++] = (struct optspec){"--remind", &remind, NULL};
    extra[k++] = (struct optspec){"--authority", &authority, NULL};
    extra[k++] = (struct optspec){"--extension-claimed", &claimed_s, NULL};
    extra[k++] = (struct optspec){"--for", &for_s, NULL};
    extra[k++] = (struct optspec){"--direction-days", &direction_days, NULL};
    extra[k++] = (struct optspec){"--direction-ground", &direction_ground, NULL};
    extra[k] = (struct optspec){NULL, NULL, NULL};
    int rc = parse_opts(&o, argc, argv, timeline_usage, 0, 0, OPT_ICS, extra);
    if (rc)
        return rc < 0 ? 0 : rc;

    foi_case c;
    foi_regime regime;
    if (parse_regime(&regime, "timeline", regime_s))
        return EXIT_USAGE;
    foi_case_init(&c, regime);
    if (!ev[0] && !ev[5])
        return fail("timeline: --received DATE is required (or --responded DATE alone, for the "
                    "review and complaint windows)");
    /* The answer says how each date-time was read. */
    struct date_note notes[N_EVENT_OPTS];
    size_t nnotes = 0;
    for (size_t i = 0; i < N_EVENT_OPTS; i++) {
        foi_date d;
        if (ev[i]) {
            struct date_note *n = &notes[nnotes++];
            if (cli_date_read(&d, ev[i], strlen(ev[i]), NULL, &n->how))
                return fail("%s: %s", event_opts[i].opt, foi_error_last());
            n->field = foi_event_name(event_opts[i].event);
            n->input = ev[i];
            n->date = d;
            if (o.format == FORMAT_ICS && n->how.kind != DATE_PLAIN)
                fprintf(stderr, "foiclock: note: %s %s\n", event_opts[i].opt, n->how.text);
            foi_case_set(&c, event_opts[i].event, d);
        }
    }
    if (parse_division(&c.division, division_s) || parse_receipt(&c.receipt_rule, receipt_s))
        return EXIT_USAGE;
    c.ref = ref;
    c.pit_extension = pit;
    if (claimed_s) {
        if (parse_date_opt(&c.extension_claimed, "--extension-claimed", claimed_s))
            return EXIT_USAGE;
        c.has_extension_claimed = 1;
        /* The notice is the claim: the date alone claims the extension. */
        c.pit_extension = 1;
    }
    if (for_s) {
        foi_audience who;
        if (foi_audience_from_name(&who, for_s) || who == FOI_AUDIENCE_NEUTRAL)
            return fail("timeline: --for: unknown audience '%s': expected requester or authority",
                        for_s);
        c.audience = who;
    }
    c.public_records = records;
    if (direction_days) {
        char *end;
        errno = 0;
        long n = strtol(direction_days, &end, 10);
        if (end == direction_days || *end || errno || n < 0 || n > 1000)
            return fail("timeline: --direction-days: '%s' is not a number of working days",
                        direction_days);
        c.direction_days = (int)n;
    }
    if (direction_ground && foi_direction_ground_from_name(&c.direction_ground, direction_ground))
        return fail("timeline: --direction-ground: %s", foi_error_last());
    memcpy(c.calendars, cli_calendars, sizeof c.calendars);
    c.school = school || school_file;
    foi_date *school_days = NULL;
    if (school_file && read_school_days(&school_days, &c.n_school_days, school_file))
        return EXIT_USAGE;
    c.school_days = school_days;
    foi_date now;
    if (today_s ? parse_date_opt(&now, "--today", today_s) : today(&now)) {
        free(school_days);
        return EXIT_USAGE;
    }

    foi_timeline *t;
    int from_file = school_file != NULL;
    if (foi_timeline_compute(&t, &c)) {
        free(school_days);
        return case_error(from_file, claimed_s != NULL);
    }
    free(school_days);
    c.school_days = NULL;
    if (o.format == FORMAT_ICS && !c.has[FOI_EVENT_RECEIVED]) {
        foi_timeline_free(t);
        return fail("timeline: --format ics needs --received: a calendar's events are keyed by "
                    "the case");
    }
    if (o.format == FORMAT_ICS) {
        foi_ics_options io;
        FILE *previous = NULL;
        char *text = NULL;
        struct ics_flags fl = {remind, authority, today_s ? &now : NULL, 0};
        rc = ics_options(&io, &previous, &fl);
        if (!rc) {
            const foi_case *cases[1] = {&c};
            const foi_timeline *tls[1] = {t};
            rc = foi_ics_timelines(&text, cases, tls, 1, &io);
            rc = ics_emit(rc, text);
            if (!rc)
                ics_warn_unnamed(ref && *ref ? 0 : 1, "give --ref");
        }
        ics_close(previous);
        foi_timeline_free(t);
        return rc;
    }

    char *text = NULL;
    if (o.format != FORMAT_JSON) {
        /* Computed as given, but a date after today is flagged. */
        const char *warn[4];
        size_t nwarn = foi_case_warnings(warn, 4, &c, now);
        for (size_t i = 0; i < nwarn && i < 4; i++)
            fprintf(stderr, "foiclock: warning: %s\n", warn[i]);
    }
    rc = o.format == FORMAT_JSON ? foi_timeline_json(&text, &c, t, now)
                                 : foi_timeline_text(&text, &c, t, now);
    foi_timeline_free(t);
    if (rc)
        return case_error(from_file, claimed_s != NULL);
    if (o.format == FORMAT_JSON) {
        json_with_date_notes(stdout, text, notes, nnotes);
    } else {
        /* The case's first line, then how its dates were read. */
        const char *nl = strchr(text, '\n');
        size_t first = nl ? (size_t)(nl + 1 - text) : strlen(text);
        fwrite(text, 1, first, stdout);
        date_notes_text(stdout, notes, nnotes, "");
        fputs(text + first, stdout);
        holiday_data_line("");
    }
    foi_json_free(text);
    return 0;
}
