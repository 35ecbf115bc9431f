/* The rules table: every time limit foiclock knows, as data. Adding a rule
 * is adding a row here. */
#include <string.h>

#include <foiclock/rules.h>

#include "internal.h"

#define WD FOI_UNIT_WORKING_DAYS
#define CD FOI_UNIT_CALENDAR_DAYS
#define MO FOI_UNIT_MONTHS
#define SD FOI_UNIT_SCHOOL_DAYS
#define RESP FOI_ROLE_RESPONSE
#define EXT FOI_ROLE_EXTENDED
#define RECORDS FOI_ROLE_PUBLIC_RECORDS
#define SCHOOLS FOI_ROLE_SCHOOLS
#define FEE FOI_ROLE_FEE_PERIOD
#define REVREQ FOI_ROLE_REVIEW_REQUEST
#define REVRESP FOI_ROLE_REVIEW_RESPONSE
#define REVMAX FOI_ROLE_REVIEW_MAX
#define COMPLAINT FOI_ROLE_COMPLAINT
#define APPEAL FOI_ROLE_APPEAL

/* id, regime, count, unit, calendar, division calendar, roll forward, grace,
 * backstop, anchor, anchor text, basis, statutory, summary, description, role,
 * wording of the period, beginning with (1: day 0 is the period's first day) */
static const foi_rule rules[] = {
    {"foia.response", FOI_REGIME_FOIA, 20, WD, FOI_CAL_UK, 0, 0, 0, 0, FOI_ANCHOR_RECEIPT,
     "date of receipt", "FOIA s.10(1)", 1, "FOI response due",
     "The authority must respond within 20 working days of receiving the request.", RESP,
     "\"promptly and in any event not later than the twentieth working day following the date of "
     "receipt\"",
     0},
    {"foia.pit-extension", FOI_REGIME_FOIA, 40, WD, FOI_CAL_UK, 0, 0, 0, 0, FOI_ANCHOR_RECEIPT,
     "date of receipt", "FOIA s.10(3) (\"reasonable\" extension); ICO guidance", 0,
     "FOI public-interest extension ends",
     "When the public-interest test is extended, the ICO expects a full answer within 40 "
     "working days in total.",
     EXT,
     "\"such time as is reasonable in the circumstances\" (s.10(3)); the ICO expects no more than "
     "20 further working days",
     0},
    {"foia.public-records", FOI_REGIME_FOIA, 30, WD, FOI_CAL_UK, 0, 0, 0, 0, FOI_ANCHOR_RECEIPT,
     "date of receipt", "SI 2004/3364 reg 4", 1, "FOI response due (transferred public records)",
     "Requests for transferred public records may take up to 30 working days.", RECORDS,
     "the thirtieth working day, instead of the twentieth, \"following the date of receipt\"", 0},
    {"foia.schools", FOI_REGIME_FOIA, 20, SD, FOI_CAL_UK, 0, 0, 0, 60, FOI_ANCHOR_RECEIPT,
     "date of receipt", "SI 2004/3364 reg 3; SI 2009/1369; SI 2010/2768", 1,
     "FOI response due (school)",
     "Maintained schools, academies and NI schools: the earlier of 20 school days and 60 "
     "working days.",
     SCHOOLS,
     "the twentieth working day following the date of receipt, disregarding working days that are "
     "not school days, or the sixtieth working day, whichever comes first",
     0},
    {"foia.fee-period", FOI_REGIME_FOIA, 3, MO, FOI_CAL_UK, 0, 0, 0, 0, FOI_ANCHOR_FEES_NOTICE,
     "date of the fees notice", "FOIA s.9(2)", 1, "FOI fee to be paid by",
     "If the fee is not paid within three months beginning with the day of the fees notice "
     "(ending the day before the corresponding date), the authority need not comply.",
     FEE,
     "\"within the period of three months beginning with the day on which the fees notice is given "
     "to the applicant\"",
     1},
    {"foia.review-request", FOI_REGIME_FOIA, 40, WD, FOI_CAL_UK, 0, 0, 0, 0, FOI_ANCHOR_RESPONSE,
     "date of the response", "s.45 Code of Practice (2018)", 0, "Last day to ask for an FOI review",
     "The requester should ask for an internal review within 40 working days of the response.",
     REVREQ, "the Code asks for a review request within 40 working days of the response", 0},
    {"foia.review-response", FOI_REGIME_FOIA, 20, WD, FOI_CAL_UK, 0, 0, 0, 0,
     FOI_ANCHOR_REVIEW_REQUEST, "date the review request was received",
     "s.45 Code of Practice (2018); ICO guidance", 0, "FOI internal review due",
     "The authority should complete an internal review within 20 working days.", REVRESP,
     "the Code and the ICO: a review within 20 working days of the request for it", 0},
    {"foia.review-max", FOI_REGIME_FOIA, 40, WD, FOI_CAL_UK, 0, 0, 0, 0, FOI_ANCHOR_REVIEW_REQUEST,
     "date the review request was received", "s.45 Code of Practice (2018); ICO guidance", 0,
     "FOI internal review outer limit",
     "Even a complex internal review should take no more than 40 working days.", REVMAX,
     "the ICO: no review should take longer than 40 working days in total", 0},
    {"foia.ico-complaint", FOI_REGIME_FOIA, 42, CD, FOI_CAL_UK, 0, 0, 0, 0,
     FOI_ANCHOR_FINAL_CONTACT, "date of the final response or last substantive contact",
     "ICO complaints policy under FOIA s.50", 0, "Complain to the ICO by",
     "The ICO normally expects a complaint within six weeks (42 days) of the last contact.",
     COMPLAINT,
     "the ICO normally expects a complaint within six weeks of the last meaningful contact", 0},
    /* GRC Rules r.22(1)(b), and r.12(2): "If the time specified by these
     * Rules, a practice direction or a direction for doing any act ends on a
     * day other than a working day, the act is done in time if it is done on
     * the next working day" (the words of r.12(2) of the tribunal procedure
     * rules). So the last day in time, due, is the rolled day. */
    {"foia.tribunal-appeal", FOI_REGIME_FOIA, 28, CD, FOI_CAL_ENGLAND_WALES, 0, 1, 0, 0,
     FOI_ANCHOR_DECISION_NOTICE, "date the decision notice was sent",
     "GRC Rules 2009 r.22(1)(b) and r.12(2) (FOIA s.57)", 1, "Appeal to the First-tier Tribunal by",
     "A notice of appeal must reach the tribunal within 28 days of the decision notice being "
     "sent; a last day that is not a working day moves to the next working day.",
     APPEAL,
     "\"within 28 days of the date on which notice of the act or decision to which the proceedings "
     "relate was sent\" (r.22(1)(b)); \"If the time ... ends on a day other than a working day, "
     "the act is done in time if it is done on the next working day\" (r.12(2))",
     0},
    {"eir.response", FOI_REGIME_EIR, 20, WD, FOI_CAL_UK, 0, 0, 0, 0, FOI_ANCHOR_RECEIPT,
     "date of receipt", "EIR reg 5(2)", 1, "EIR response due",
     "Environmental information must be provided within 20 working days.", RESP,
     "\"as soon as possible and no later than 20 working days after the date of receipt of the "
     "request\"",
     0},
    {"eir.extended", FOI_REGIME_EIR, 40, WD, FOI_CAL_UK, 0, 0, 0, 0, FOI_ANCHOR_RECEIPT,
     "date of receipt", "EIR reg 7(1)", 1, "EIR response due (extended)",
     "For a complex and voluminous request the authority may take 40 working days.", EXT,
     "the 20 working days may be extended to 40 working days where the complexity and volume of "
     "the information make it impracticable to comply in time",
     0},
    {"eir.review-request", FOI_REGIME_EIR, 40, WD, FOI_CAL_UK, 0, 0, 0, 0, FOI_ANCHOR_RESPONSE,
     "date of the response", "EIR reg 11(2)", 1, "Last day to ask for an EIR reconsideration",
     "Representations must be made within 40 working days of the response.", REVREQ,
     "representations \"no later than 40 working days after the date on which the applicant "
     "believes that the public authority has failed to comply\"",
     0},
    {"eir.review-response", FOI_REGIME_EIR, 40, WD, FOI_CAL_UK, 0, 0, 0, 0,
     FOI_ANCHOR_REVIEW_REQUEST, "date the representations were received", "EIR reg 11(4)", 1,
     "EIR reconsideration due",
     "The authority must reconsider within 40 working days of receiving representations.", REVRESP,
     "\"as soon as possible and no later than 40 working days after the date of receipt of the "
     "representations\"",
     0},
    {"foisa.response", FOI_REGIME_FOISA, 20, WD, FOI_CAL_SCOTLAND, 0, 0, 0, 0, FOI_ANCHOR_RECEIPT,
     "date of receipt", "FOISA s.10(1)", 1, "FOISA response due",
     "A Scottish authority must respond within 20 working days (Scottish bank holidays only).",
     RESP,
     "\"promptly and in any event by not later than the twentieth working day after ... the "
     "receipt by the authority of the request\"",
     0},
    {"foisa.fee-period", FOI_REGIME_FOISA, 3, MO, FOI_CAL_SCOTLAND, 0, 0, 0, 0,
     FOI_ANCHOR_FEES_NOTICE, "date of the fees notice", "FOISA s.9(3)", 1,
     "FOISA fee to be paid by",
     "If the fee is not paid within three months beginning with the day of the fees notice "
     "(ending the day before the corresponding date), the authority need not comply.",
     FEE,
     "the fee must be paid \"within the period of three months beginning with the day on which the "
     "fees notice is given\"",
     1},
    {"foisa.review-request", FOI_REGIME_FOISA, 40, WD, FOI_CAL_SCOTLAND, 0, 0, 0, 0,
     FOI_ANCHOR_RESPONSE_PERIOD,
     "end of the 20-working-day response period, or receipt of a late response", "FOISA s.20(5)", 1,
     "Last day to require a FOISA review",
     "A requirement for review must be made within 40 working days of the end of the response "
     "period, or of receiving a late response.",
     REVREQ,
     "\"not later than the fortieth working day after\" the expiry of the time allowed for a "
     "response or, for a late response, its receipt",
     0},
    {"foisa.review-response", FOI_REGIME_FOISA, 20, WD, FOI_CAL_SCOTLAND, 0, 0, 0, 0,
     FOI_ANCHOR_REVIEW_REQUEST, "date the requirement for review was received", "FOISA s.21(1)", 1,
     "FOISA review response due",
     "The authority must respond to a requirement for review within 20 working days.", REVRESP,
     "\"promptly and in any event by not later than the twentieth working day after receipt by it "
     "of the requirement\"",
     0},
    {"foisa.sic-application", FOI_REGIME_FOISA, 6, MO, FOI_CAL_SCOTLAND, 0, 0, 0, 0,
     FOI_ANCHOR_REVIEW_OUTCOME,
     "date the review outcome was received, or the review period expired", "FOISA s.47(4)", 1,
     "Apply to the Scottish Information Commissioner by",
     "An application to the Commissioner must be made within six months.", COMPLAINT,
     "\"before the expiry of six months after\" the review outcome was received or the time for it "
     "expired",
     0},
    {"eisr.response", FOI_REGIME_EISR, 20, WD, FOI_CAL_SCOTLAND, 0, 0, 0, 0, FOI_ANCHOR_RECEIPT,
     "date of receipt", "EISR reg 5(2)", 1, "EISR response due",
     "Scottish environmental information must be provided within 20 working days.", RESP,
     "\"as soon as possible and in any event no later than 20 working days after the date of "
     "receipt of the request\"",
     0},
    {"eisr.extended", FOI_REGIME_EISR, 40, WD, FOI_CAL_SCOTLAND, 0, 0, 0, 0, FOI_ANCHOR_RECEIPT,
     "date of receipt", "EISR reg 7(1)", 1, "EISR response due (extended)",
     "For a complex and voluminous request the authority may take 40 working days.", EXT,
     "the 20 working days may be extended to 40 working days for a complex and voluminous request",
     0},
    {"eisr.review-request", FOI_REGIME_EISR, 40, WD, FOI_CAL_SCOTLAND, 0, 0, 0, 0,
     FOI_ANCHOR_RESPONSE, "date of the response", "EISR reg 16(2)", 1,
     "Last day to ask for an EISR review",
     "Representations must be made within 40 working days of the response.", REVREQ,
     "representations \"no later than 40 working days after\" the date of the response", 0},
    {"eisr.review-response", FOI_REGIME_EISR, 20, WD, FOI_CAL_SCOTLAND, 0, 0, 0, 0,
     FOI_ANCHOR_REVIEW_REQUEST, "date the representations were received", "EISR reg 16(4)", 1,
     "EISR review response due",
     "The authority must respond to representations within 20 working days.", REVRESP,
     "\"as soon as possible and no later than 20 working days after the date of receipt of the "
     "representations\"",
     0},
    {"sar.response", FOI_REGIME_SAR, 1, MO, FOI_CAL_ENGLAND_WALES, 1, 1, 0, 0, FOI_ANCHOR_RECEIPT,
     "day of receipt: the latest of request, identification and any fee",
     "UK GDPR Art 12(3) (ICO guidance on the roll-forward); from 5 February 2026 Art 12A", 1,
     "Subject access response due",
     "A subject access request must be answered within one calendar month: received before 5 "
     "February 2026, to the corresponding date moved to the next working day (ICO); from then, "
     "by the day before the corresponding date (Art 12A).",
     RESP,
     "before 5 February 2026 \"within one month of receipt of the request\", the ICO moving a "
     "deadline on a weekend or bank holiday to the next working day; from then \"before the end "
     "of the applicable time period (see Article 12A)\", one month beginning with the relevant "
     "time",
     0},
    {"sar.extended", FOI_REGIME_SAR, 3, MO, FOI_CAL_ENGLAND_WALES, 1, 1, 0, 0, FOI_ANCHOR_RECEIPT,
     "day of receipt: the latest of request, identification and any fee",
     "UK GDPR Art 12(3); from 5 February 2026 Art 12A", 1, "Subject access response due (extended)",
     "A complex or numerous subject access request may take three months in all.", EXT,
     "\"by two further months where necessary, taking into account the complexity and number of "
     "the requests\"; from 5 February 2026 the applicable time period extended \"by two further "
     "months\" by notice given within the first month",
     0},
    /* DPA 2018 Part 3: s.45(3)(b) requires access "before the end of the
     * applicable time period", which s.54(2) defines as "one month beginning
     * with the relevant time". No provision moves a last day that is not a
     * working day; the ICO's published method does (the other reading, see
     * foi_deadline.regulator_due). The division's calendar counts only that
     * reading. */
    {"le-sar.response", FOI_REGIME_LE_SAR, 1, MO, FOI_CAL_ENGLAND_WALES, 1, 0, 0, 0,
     FOI_ANCHOR_RECEIPT,
     "relevant time: the latest of receipt of the request, of identity information and of any fee",
     "DPA 2018 s.45(3)(b) and s.54(2)", 1, "Law-enforcement subject access response due",
     "A competent authority must answer a Part 3 subject access request within one month "
     "beginning with the relevant time, ending the day before the corresponding date.",
     RESP,
     "\"the period of one month beginning with the relevant time\"; \"the relevant time\" is "
     "\"the latest of\" receipt of the request, of identity information asked for under "
     "s.52(4), and payment of any fee under s.53",
     1},
    {"le-sar.extended", FOI_REGIME_LE_SAR, 3, MO, FOI_CAL_ENGLAND_WALES, 1, 0, 0, 0,
     FOI_ANCHOR_RECEIPT,
     "relevant time: the latest of receipt of the request, of identity information and of any fee",
     "DPA 2018 s.54(3A) and (3B) (Data (Use and Access) Act 2025 s.76, from 5 February 2026)", 1,
     "Law-enforcement subject access response due (extended)",
     "Where complexity or the number of requests make it necessary, the controller may extend "
     "the period by two further months, by notice given within the first month.",
     EXT,
     "\"extend the applicable time period by two further months where that is necessary by "
     "reason of (a) the complexity of requests made by the data subject, or (b) the number of "
     "such requests\"; the notice must \"be given before the end of the period of one month "
     "beginning with the relevant time\"",
     1},
};

#undef WD
#undef CD
#undef MO
#undef SD
#undef RESP
#undef EXT
#undef RECORDS
#undef SCHOOLS
#undef FEE
#undef REVREQ
#undef REVRESP
#undef REVMAX
#undef COMPLAINT
#undef APPEAL

/* FOISA s.20(5) for a requester who knows only the date of the reply: 40
 * working days from the reply, never later than the statute's date. Not in
 * the table: it is the same limit, counted from the one date known. */
static const foi_rule foisa_review_from_reply = {
    "foisa.review-request",
    FOI_REGIME_FOISA,
    40,
    FOI_UNIT_WORKING_DAYS,
    FOI_CAL_SCOTLAND,
    0,
    0,
    0,
    0,
    FOI_ANCHOR_RESPONSE,
    "date of the reply",
    "FOISA s.20(5)",
    1,
    "Last day to require a FOISA review",
    "A requirement for review made within 40 working days of the reply is always in time.",
    FOI_ROLE_REVIEW_REQUEST,
    "\"not later than the fortieth working day after\" the expiry of the time allowed for a "
    "response or, for a late response, its receipt; counted from the reply, the earliest of these",
    0};

const foi_rule *foi_rule_foisa_review_from_reply(void)
{
    return &foisa_review_from_reply;
}

size_t foi_rules_count(void)
{
    return sizeof rules / sizeof *rules;
}

const foi_rule *foi_rule_at(size_t i)
{
    return i < foi_rules_count() ? &rules[i] : NULL;
}

int foi_rule_find(const foi_rule **out, const char *id)
{
    FOI_REQUIRE_ARG(out);
    FOI_REQUIRE_ARG(id);
    for (size_t i = 0; id && i < foi_rules_count(); i++) {
        if (strcmp(rules[i].id, id) == 0) {
            *out = &rules[i];
            return FOI_OK;
        }
    }
    char q[80];
    return foi_fail_field(FOI_ENOTFOUND, FOI_FIELD_RULE, FOI_FIELD_NONE,
                          "unknown rule '%s' (e.g. foia.response, foisa.review-request, "
                          "sar.response)",
                          id ? foi_quote(q, sizeof q, id, strlen(id)) : "(null)");
}

/* Roles a regime takes from another when it has no rule of its own: EIR
 * complaints go to the ICO and appeals to the tribunal under FOIA's
 * sections 50 and 57 (EIR reg 18); EISR applications go to the Scottish
 * Commissioner under FOISA s.47 (EISR reg 17). */
static const struct {
    foi_regime regime, from;
    foi_role role;
    const char *via; /* the provision that applies the other regime's rule */
} borrowed[] = {
    {FOI_REGIME_EIR, FOI_REGIME_FOIA, FOI_ROLE_COMPLAINT, "EIR reg 18"},
    {FOI_REGIME_EIR, FOI_REGIME_FOIA, FOI_ROLE_APPEAL, "EIR reg 18"},
    {FOI_REGIME_EISR, FOI_REGIME_FOISA, FOI_ROLE_COMPLAINT, "EISR reg 17"},
};

const char *foi_rule_applied_by(foi_regime regime, const foi_rule *rule)
{
    for (size_t i = 0; rule && i < sizeof borrowed / sizeof *borrowed; i++)
        if (borrowed[i].regime == regime && borrowed[i].role == rule->role &&
            borrowed[i].from == rule->regime)
            return borrowed[i].via;
    return NULL;
}

static const foi_rule *own_rule(foi_regime regime, foi_role role)
{
    for (size_t i = 0; i < foi_rules_count(); i++)
        if (rules[i].regime == regime && rules[i].role == role)
            return &rules[i];
    return NULL;
}

const foi_rule *foi_rule_of(foi_regime regime, foi_role role)
{
    const foi_rule *r = own_rule(regime, role);
    for (size_t i = 0; !r && i < sizeof borrowed / sizeof *borrowed; i++)
        if (borrowed[i].regime == regime && borrowed[i].role == role)
            r = own_rule(borrowed[i].from, role);
    return r;
}

void foi_rules_of(const foi_rule *out[FOI_ROLE_COUNT], foi_regime regime)
{
    for (int k = 0; k < FOI_ROLE_COUNT; k++)
        out[k] = NULL;
    /* One pass over the table: the first rule of each role wins, as in
     * own_rule. */
    for (size_t i = 0; i < foi_rules_count(); i++)
        if (rules[i].regime == regime && !out[rules[i].role])
            out[rules[i].role] = &rules[i];
    for (size_t i = 0; i < sizeof borrowed / sizeof *borrowed; i++)
        if (borrowed[i].regime == regime && !out[borrowed[i].role])
            out[borrowed[i].role] = own_rule(borrowed[i].from, borrowed[i].role);
}

int foi_rule_for(const foi_rule **out, foi_regime regime, foi_role role)
{
    FOI_REQUIRE_ARG(out);
    if ((unsigned)regime >= FOI_REGIME_COUNT)
        return foi_fail(FOI_EINVAL, "unknown regime %d", (int)regime);
    if (role <= FOI_ROLE_NONE || role >= FOI_ROLE_COUNT)
        return foi_fail(FOI_EINVAL, "unknown rule role %d", (int)role);
    const foi_rule *r = foi_rule_of(regime, role);
    if (!r)
        return foi_fail(FOI_ENOTFOUND, "%s has no %s time limit", foi_regime_name(regime),
                        foi_role_name(role));
    *out = r;
    return FOI_OK;
}

const char *foi_role_name(foi_role role)
{
    static const char *const names[FOI_ROLE_COUNT] = {
        "",           "response",   "extended",       "public-records",
        "schools",    "fee-period", "review-request", "review-response",
        "review-max", "complaint",  "appeal"};
    return (unsigned)role < FOI_ROLE_COUNT ? names[role] : "";
}

static const char *const regime_names[FOI_REGIME_COUNT] = {"foia", "eir", "foisa",
                                                           "eisr", "sar", "le-sar"};

const char *foi_regime_name(foi_regime regime)
{
    return (unsigned)regime < FOI_REGIME_COUNT ? regime_names[regime] : "";
}

int foi_regime_from_name(foi_regime *out, const char *name)
{
    FOI_REQUIRE_ARG(out);
    FOI_REQUIRE_ARG(name);
    int i = foi_name_index(regime_names, FOI_REGIME_COUNT, name);
    if (i >= 0) {
        *out = (foi_regime)i;
        return FOI_OK;
    }
    char q[80];
    return foi_fail(FOI_ENOTFOUND,
                    "unknown regime '%s': expected foia, eir, foisa, eisr, sar or le-sar",
                    name ? foi_quote(q, sizeof q, name, strlen(name)) : "(null)");
}

const char *foi_unit_singular(foi_unit unit)
{
    switch (unit) {
    case FOI_UNIT_WORKING_DAYS:
        return "working day";
    case FOI_UNIT_CALENDAR_DAYS:
        return "calendar day";
    case FOI_UNIT_MONTHS:
        return "month";
    case FOI_UNIT_SCHOOL_DAYS:
        return "school day";
    }
    return "";
}

const char *foi_unit_name(foi_unit unit)
{
    switch (unit) {
    case FOI_UNIT_WORKING_DAYS:
        return "working days";
    case FOI_UNIT_CALENDAR_DAYS:
        return "calendar days";
    case FOI_UNIT_MONTHS:
        return "months";
    case FOI_UNIT_SCHOOL_DAYS:
        return "school days";
    }
    return "";
}

static const char *const receipt_names[2] = {"statutory", "next-working-day"};

const char *foi_receipt_rule_name(foi_receipt_rule rule)
{
    return (unsigned)rule <= FOI_RECEIPT_NEXT_WORKING_DAY ? receipt_names[rule] : "";
}

int foi_receipt_rule_from_name(foi_receipt_rule *out, const char *name)
{
    FOI_REQUIRE_ARG(out);
    FOI_REQUIRE_ARG(name);
    int i = foi_name_index(receipt_names, 2, name);
    if (i >= 0) {
        *out = i ? FOI_RECEIPT_NEXT_WORKING_DAY : FOI_RECEIPT_STATUTORY;
        return FOI_OK;
    }
    char q[80];
    return foi_fail(FOI_ENOTFOUND,
                    "unknown receipt rule '%s': expected statutory or next-working-day",
                    name ? foi_quote(q, sizeof q, name, strlen(name)) : "(null)");
}

const char *foi_state_name(foi_state state)
{
    static const char *const names[] = {"pending", "due-today", "overdue", "met",
                                        "missed",  "paused",    "extended"};
    return (unsigned)state <= FOI_STATE_EXTENDED ? names[state] : "";
}
