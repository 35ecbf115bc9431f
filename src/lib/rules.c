/* The rules table: every time limit foiclock knows, as data. Adding a rule
 * is adding a row here. */
#include <string.h>

#include <foiclock/rules.h>

#include "internal.h"

#define WD FOI_UNIT_WORKING_DAYS
#define CD FOI_UNIT_CALENDAR_DAYS
#define MO FOI_UNIT_MONTHS
#define SD FOI_UNIT_SCHOOL_DAYS

/* id, regime, count, unit, calendar, division calendar, roll forward, grace,
 * backstop, anchor, anchor text, basis, statutory, summary, description */
static const foi_rule rules[] = {
    {"foia.response", FOI_REGIME_FOIA, 20, WD, FOI_CAL_UK, 0, 0, 0, 0, FOI_ANCHOR_RECEIPT,
     "date of receipt", "FOIA s.10(1)", 1, "FOI response due",
     "The authority must respond within 20 working days of receiving the request."},
    {"foia.pit-extension", FOI_REGIME_FOIA, 40, WD, FOI_CAL_UK, 0, 0, 0, 0, FOI_ANCHOR_RECEIPT,
     "date of receipt", "FOIA s.10(3) (\"reasonable\" extension); ICO guidance", 0,
     "FOI public-interest extension ends",
     "When the public-interest test is extended, the ICO expects a full answer within 40 "
     "working days in total."},
    {"foia.public-records", FOI_REGIME_FOIA, 30, WD, FOI_CAL_UK, 0, 0, 0, 0, FOI_ANCHOR_RECEIPT,
     "date of receipt", "SI 2004/3364 reg 4", 1, "FOI response due (transferred public records)",
     "Requests for transferred public records may take up to 30 working days."},
    {"foia.schools", FOI_REGIME_FOIA, 20, SD, FOI_CAL_UK, 0, 0, 0, 60, FOI_ANCHOR_RECEIPT,
     "date of receipt", "SI 2004/3364 reg 3; SI 2009/1369; SI 2010/2768", 1,
     "FOI response due (school)",
     "Maintained schools, academies and NI schools: the earlier of 20 school days and 60 "
     "working days."},
    {"foia.fee-period", FOI_REGIME_FOIA, 3, MO, FOI_CAL_UK, 0, 0, 0, 0, FOI_ANCHOR_FEES_NOTICE,
     "date of the fees notice", "FOIA s.9(2)", 1, "FOI fee to be paid by",
     "If the fee is not paid within three months of the fees notice, the authority need not "
     "comply."},
    {"foia.review-request", FOI_REGIME_FOIA, 40, WD, FOI_CAL_UK, 0, 0, 0, 0, FOI_ANCHOR_RESPONSE,
     "date of the response", "s.45 Code of Practice (2018)", 0, "Last day to ask for an FOI review",
     "The requester should ask for an internal review within 40 working days of the response."},
    {"foia.review-response", FOI_REGIME_FOIA, 20, WD, FOI_CAL_UK, 0, 0, 0, 0,
     FOI_ANCHOR_REVIEW_REQUEST, "date the review request was received",
     "s.45 Code of Practice (2018); ICO guidance", 0, "FOI internal review due",
     "The authority should complete an internal review within 20 working days."},
    {"foia.review-max", FOI_REGIME_FOIA, 40, WD, FOI_CAL_UK, 0, 0, 0, 0, FOI_ANCHOR_REVIEW_REQUEST,
     "date the review request was received", "s.45 Code of Practice (2018); ICO guidance", 0,
     "FOI internal review outer limit",
     "Even a complex internal review should take no more than 40 working days."},
    {"foia.ico-complaint", FOI_REGIME_FOIA, 42, CD, FOI_CAL_UK, 0, 0, 0, 0,
     FOI_ANCHOR_FINAL_CONTACT, "date of the final response or last substantive contact",
     "ICO complaints policy under FOIA s.50", 0, "Complain to the ICO by",
     "The ICO normally expects a complaint within six weeks (42 days) of the last contact."},
    {"foia.tribunal-appeal", FOI_REGIME_FOIA, 28, CD, FOI_CAL_ENGLAND_WALES, 0, 0, 1, 0,
     FOI_ANCHOR_DECISION_NOTICE, "date the decision notice was sent",
     "GRC Rules 2009 r.22(1)(b) (FOIA s.57)", 1, "Appeal to the First-tier Tribunal by",
     "A notice of appeal must reach the tribunal within 28 days of the decision notice being "
     "sent."},
    {"eir.response", FOI_REGIME_EIR, 20, WD, FOI_CAL_UK, 0, 0, 0, 0, FOI_ANCHOR_RECEIPT,
     "date of receipt", "EIR reg 5(2)", 1, "EIR response due",
     "Environmental information must be provided within 20 working days."},
    {"eir.extended", FOI_REGIME_EIR, 40, WD, FOI_CAL_UK, 0, 0, 0, 0, FOI_ANCHOR_RECEIPT,
     "date of receipt", "EIR reg 7(1)", 1, "EIR response due (extended)",
     "For a complex and voluminous request the authority may take 40 working days."},
    {"eir.review-request", FOI_REGIME_EIR, 40, WD, FOI_CAL_UK, 0, 0, 0, 0, FOI_ANCHOR_RESPONSE,
     "date of the response", "EIR reg 11(2)", 1, "Last day to ask for an EIR reconsideration",
     "Representations must be made within 40 working days of the response."},
    {"eir.review-response", FOI_REGIME_EIR, 40, WD, FOI_CAL_UK, 0, 0, 0, 0,
     FOI_ANCHOR_REVIEW_REQUEST, "date the representations were received", "EIR reg 11(4)", 1,
     "EIR reconsideration due",
     "The authority must reconsider within 40 working days of receiving representations."},
    {"foisa.response", FOI_REGIME_FOISA, 20, WD, FOI_CAL_SCOTLAND, 0, 0, 0, 0, FOI_ANCHOR_RECEIPT,
     "date of receipt", "FOISA s.10(1)", 1, "FOISA response due",
     "A Scottish authority must respond within 20 working days (Scottish bank holidays only)."},
    {"foisa.fee-period", FOI_REGIME_FOISA, 3, MO, FOI_CAL_SCOTLAND, 0, 0, 0, 0,
     FOI_ANCHOR_FEES_NOTICE, "date of the fees notice", "FOISA s.9(4)", 1,
     "FOISA fee to be paid by",
     "If the fee is not paid within three months of the fees notice, the authority need not "
     "comply."},
    {"foisa.review-request", FOI_REGIME_FOISA, 40, WD, FOI_CAL_SCOTLAND, 0, 0, 0, 0,
     FOI_ANCHOR_RESPONSE_PERIOD,
     "end of the 20-working-day response period, or receipt of a late response", "FOISA s.20(5)", 1,
     "Last day to require a FOISA review",
     "A requirement for review must be made within 40 working days of the end of the response "
     "period, or of receiving a late response."},
    {"foisa.review-response", FOI_REGIME_FOISA, 20, WD, FOI_CAL_SCOTLAND, 0, 0, 0, 0,
     FOI_ANCHOR_REVIEW_REQUEST, "date the requirement for review was received", "FOISA s.21(1)", 1,
     "FOISA review response due",
     "The authority must respond to a requirement for review within 20 working days."},
    {"foisa.sic-application", FOI_REGIME_FOISA, 6, MO, FOI_CAL_SCOTLAND, 0, 0, 0, 0,
     FOI_ANCHOR_REVIEW_OUTCOME,
     "date the review outcome was received, or the review period expired", "FOISA s.47(4)", 1,
     "Apply to the Scottish Information Commissioner by",
     "An application to the Commissioner must be made within six months."},
    {"eisr.response", FOI_REGIME_EISR, 20, WD, FOI_CAL_SCOTLAND, 0, 0, 0, 0, FOI_ANCHOR_RECEIPT,
     "date of receipt", "EISR reg 5(2)", 1, "EISR response due",
     "Scottish environmental information must be provided within 20 working days."},
    {"eisr.extended", FOI_REGIME_EISR, 40, WD, FOI_CAL_SCOTLAND, 0, 0, 0, 0, FOI_ANCHOR_RECEIPT,
     "date of receipt", "EISR reg 7(1)", 1, "EISR response due (extended)",
     "For a complex and voluminous request the authority may take 40 working days."},
    {"eisr.review-request", FOI_REGIME_EISR, 40, WD, FOI_CAL_SCOTLAND, 0, 0, 0, 0,
     FOI_ANCHOR_RESPONSE, "date of the response", "EISR reg 16(2)", 1,
     "Last day to ask for an EISR review",
     "Representations must be made within 40 working days of the response."},
    {"eisr.review-response", FOI_REGIME_EISR, 20, WD, FOI_CAL_SCOTLAND, 0, 0, 0, 0,
     FOI_ANCHOR_REVIEW_REQUEST, "date the representations were received", "EISR reg 16(4)", 1,
     "EISR review response due",
     "The authority must respond to representations within 20 working days."},
    {"sar.response", FOI_REGIME_SAR, 1, MO, FOI_CAL_ENGLAND_WALES, 1, 1, 0, 0, FOI_ANCHOR_RECEIPT,
     "day of receipt: the latest of request, identification and any fee",
     "UK GDPR Art 12(3); ICO guidance on the roll-forward", 1, "Subject access response due",
     "A subject access request must be answered within one calendar month, moved to the next "
     "working day when that day is not one."},
    {"sar.extended", FOI_REGIME_SAR, 3, MO, FOI_CAL_ENGLAND_WALES, 1, 1, 0, 0, FOI_ANCHOR_RECEIPT,
     "day of receipt: the latest of request, identification and any fee", "UK GDPR Art 12(3)", 1,
     "Subject access response due (extended)",
     "A complex or numerous subject access request may take three months in all."},
};

#undef WD
#undef CD
#undef MO
#undef SD

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
    return foi_fail(FOI_ENOTFOUND,
                    "unknown rule '%s': run 'foiclock rules' for the list (e.g. foia.response, "
                    "foisa.review-request, sar.response)",
                    id ? foi_quote(q, sizeof q, id, strlen(id)) : "(null)");
}

static const char *const regime_names[FOI_REGIME_COUNT] = {"foia", "eir", "foisa", "eisr", "sar"};

const char *foi_regime_name(foi_regime regime)
{
    return (unsigned)regime < FOI_REGIME_COUNT ? regime_names[regime] : "";
}

int foi_regime_from_name(foi_regime *out, const char *name)
{
    FOI_REQUIRE_ARG(out);
    FOI_REQUIRE_ARG(name);
    for (int i = 0; name && i < FOI_REGIME_COUNT; i++) {
        if (strcmp(name, regime_names[i]) == 0) {
            *out = (foi_regime)i;
            return FOI_OK;
        }
    }
    char q[80];
    return foi_fail(FOI_ENOTFOUND, "unknown regime '%s': expected foia, eir, foisa, eisr or sar",
                    name ? foi_quote(q, sizeof q, name, strlen(name)) : "(null)");
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

const char *foi_receipt_rule_name(foi_receipt_rule rule)
{
    switch (rule) {
    case FOI_RECEIPT_STATUTORY:
        return "statutory";
    case FOI_RECEIPT_NEXT_WORKING_DAY:
        return "next-working-day";
    }
    return "";
}

int foi_receipt_rule_from_name(foi_receipt_rule *out, const char *name)
{
    FOI_REQUIRE_ARG(out);
    FOI_REQUIRE_ARG(name);
    if (name && strcmp(name, "statutory") == 0) {
        *out = FOI_RECEIPT_STATUTORY;
        return FOI_OK;
    }
    if (name && strcmp(name, "next-working-day") == 0) {
        *out = FOI_RECEIPT_NEXT_WORKING_DAY;
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
