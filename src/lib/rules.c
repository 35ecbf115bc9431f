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
#define RECREV FOI_ROLE_PUBLIC_RECORDS_REVIEW
#define SCHREV FOI_ROLE_SCHOOLS_REVIEW
/* A date as a constant (days from 1970-01-01, for years after 0), for the
 * bands of the table. */
#define YEAR_M(y, m) ((y) - ((m) <= 2))
#define DAYS(y, m, d)                                                                              \
    ((YEAR_M(y, m) / 400) * 146097 + (YEAR_M(y, m) % 400) * 365 + (YEAR_M(y, m) % 400) / 4 -       \
     (YEAR_M(y, m) % 400) / 100 + (153 * ((m) > 2 ? (m)-3 : (m) + 9) + 2) / 5 + (d)-1 - 719468)
#define YMD(y, m, d)                                                                               \
    {                                                                                              \
        (int32_t) DAYS(y, m, d)                                                                    \
    }
#define OPEN                                                                                       \
    {                                                                                              \
        0                                                                                          \
    }
/* The Coronavirus (Scotland) Act 2020 limits: from the day after Royal
 * Assent (6 April 2020) until their repeal took effect on 27 May 2020. */
#define COVID_BAND                                                                                 \
    YMD(2020, 4, 7), YMD(2020, 5, 26),                                                             \
        "received from 7 April to 26 May 2020: the Coronavirus (Scotland) Act 2020 (Royal Assent " \
        "6 April 2020) took effect on 7 April 2020, and its repeal by the Coronavirus (Scotland) " \
        "(No.2) Act 2020 sch.4 para 11 took effect at once on 27 May 2020; the limit governs an "  \
        "answer given in that period, to a request pending on 7 April too, and one unanswered on " \
        "27 May 2020 had the usual limit again"
#define SCOTTISH_SCHOOLS_BAND                                                                      \
    YMD(2016, 12, 1), OPEN,                                                                        \
        "received from 1 December 2016, when the Freedom of Information (Scotland) Act 2002 "      \
        "(Time for Compliance) Regulations 2016 came into force"
#define ARMED FOI_ROLE_ARMED_FORCES
#define OUTSIDE FOI_ROLE_OUTSIDE_UK

/* id, regime, count, unit, calendar, division calendar, roll forward, grace,
 * backstop, anchor, anchor text, basis, statutory, summary, description, role,
 * wording of the period, beginning with (1: day 0 is the period's first day),
 * and for a rule in force only for a while its band: from, until, why */
/* A row that stops before the band is in force throughout: its band fields
 * are left zero, which the compiler would otherwise flag. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
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
    {"foisa.covid-response", FOI_REGIME_FOISA, 60, WD, FOI_CAL_SCOTLAND, 0, 0, 0, 0,
     FOI_ANCHOR_RECEIPT, "date of receipt",
     "Coronavirus (Scotland) Act 2020 sch.6 Part 2 (modifying FOISA s.10(1))", 1,
     "FOISA response due (Coronavirus (Scotland) Act 2020)",
     "An answer given from 7 April to 26 May 2020 had 60 working days instead of 20; a request "
     "still unanswered on 27 May 2020 fell back to 20.",
     RESP,
     "the Act put the sixtieth working day in place of the twentieth of s.10(1); the Commissioner: "
     "a request responded to from 7 April to 26 May 2020 \"will be judged ... in accordance with "
     "the 60 working day limit that was in force at the time\"",
     0, COVID_BAND},
    {"foisa.covid-extension", FOI_REGIME_FOISA, 100, WD, FOI_CAL_SCOTLAND, 0, 0, 0, 0,
     FOI_ANCHOR_RECEIPT, "date of receipt",
     "Coronavirus (Scotland) Act 2020 sch.6 Part 2 (extension under a direction of the Scottish "
     "Ministers)",
     1, "FOISA extended response due (Coronavirus (Scotland) Act 2020)",
     "Where a direction of the Scottish Ministers allowed it, an authority other than the "
     "Ministers could extend the 60 working days by up to 40 more, by notice before they ended.",
     EXT,
     "a direction set \"the maximum period by which the relevant period may be extended, which may "
     "not exceed 40 working days\", with notice to the applicant \"no later than before the "
     "relevant period expires\" (the Bill as amended at Stage 2)",
     0, COVID_BAND},
    {"foisa.covid-review", FOI_REGIME_FOISA, 60, WD, FOI_CAL_SCOTLAND, 0, 0, 0, 0,
     FOI_ANCHOR_REVIEW_REQUEST, "date the requirement for review was received",
     "Coronavirus (Scotland) Act 2020 sch.6 Part 2 (modifying FOISA s.21(1))", 1,
     "FOISA review response due (Coronavirus (Scotland) Act 2020)",
     "A review answered from 7 April to 26 May 2020 had 60 working days instead of 20; one still "
     "unanswered on 27 May 2020 fell back to 20.",
     REVRESP,
     "the Act put the sixtieth working day in place of the twentieth of s.21(1) for requirements "
     "for review, as of s.10(1) for requests",
     0, COVID_BAND},
    {"foisa.keeper",
     FOI_REGIME_FOISA,
     30,
     WD,
     FOI_CAL_SCOTLAND,
     0,
     0,
     0,
     0,
     FOI_ANCHOR_RECEIPT,
     "date of receipt",
     "FOISA s.22 (modifying s.10(1))",
     1,
     "FOISA response due (records transferred to the Keeper)",
     "A request to the Keeper of the Records of Scotland for information in a record transferred "
     "by another authority, not designated open, may take up to 30 working days.",
     RECORDS,
     "the thirtieth working day, instead of the twentieth, after receipt, because the Keeper must "
     "consult the transferring authority (National Records of Scotland: \"Because of the need to "
     "consult the transferring authority NRS is given 30 working days\")",
     0,
     OPEN,
     OPEN,
     NULL},
    {"foisa.keeper-review",
     FOI_REGIME_FOISA,
     30,
     WD,
     FOI_CAL_SCOTLAND,
     0,
     0,
     0,
     0,
     FOI_ANCHOR_REVIEW_REQUEST,
     "date the requirement for review was received",
     "FOISA s.22 (modifying s.21(1))",
     1,
     "FOISA review response due (records transferred to the Keeper)",
     "A requirement for review of such a request may take up to 30 working days.",
     RECREV,
     "the thirtieth working day, instead of the twentieth, after receipt of the requirement for "
     "review",
     0,
     OPEN,
     OPEN,
     NULL},
    {"foisa.schools", FOI_REGIME_FOISA, 20, SD, FOI_CAL_SCOTLAND, 0, 0, 0, 60, FOI_ANCHOR_RECEIPT,
     "date of receipt",
     "FOISA (Time for Compliance) Regulations 2016 (under s.10(4)): grant-aided and independent "
     "special schools",
     1, "FOISA response due (school)",
     "Scottish grant-aided and independent special schools: the earlier of 20 school days and 60 "
     "working days.",
     SCHOOLS,
     "\"within 20 working days but disregarding any working day which is not also a school day\", "
     "and \"no later than the 60th working day following the date of receipt\"",
     0, SCOTTISH_SCHOOLS_BAND},
    {"foisa.schools-review", FOI_REGIME_FOISA, 20, SD, FOI_CAL_SCOTLAND, 0, 0, 0, 60,
     FOI_ANCHOR_REVIEW_REQUEST, "date the requirement for review was received",
     "FOISA (Time for Compliance) Regulations 2016 (under s.21(6)): grant-aided and independent "
     "special schools",
     1, "FOISA review response due (school)",
     "A school's review: the earlier of 20 school days and 60 working days.", SCHREV,
     "a review \"within 20 working days but disregarding any working day which is not also a "
     "school day\", and no later than the 60th working day after receipt of the requirement",
     0, SCOTTISH_SCHOOLS_BAND},
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
    {"eir.fee-period", FOI_REGIME_EIR, 60, WD, FOI_CAL_UK, 0, 0, 0, 0, FOI_ANCHOR_FEES_NOTICE,
     "date the advance payment was notified", "EIR reg 8(5)", 1,
     "EIR advance payment to be made by",
     "Where the authority requires advance payment, it need not make the information available "
     "unless the charge is paid within 60 working days of the notification; the days waiting "
     "for it do not count towards the 20 (or 40) working days (reg 8(6)).",
     FEE,
     "\"unless the charge is paid no later than 60 working days after the date on which it gave "
     "the notification\"",
     0},
    {"eisr.fee-period", FOI_REGIME_EISR, 60, WD, FOI_CAL_SCOTLAND, 0, 0, 0, 0,
     FOI_ANCHOR_FEES_NOTICE, "date the fee required in advance was notified", "EISR reg 8", 1,
     "EISR advance fee to be paid by",
     "Where the authority requires a fee in advance, the applicant has 60 working days from "
     "the notice to pay it; the clock for the response stops while the fee is awaited.",
     FEE,
     "a fee required in advance is to be paid within 60 working days of the notice, the time "
     "for compliance stopping meanwhile (reg 8, as Scottish authorities' published schedules "
     "apply it)",
     0},
    {"foia.armed-forces", FOI_REGIME_FOIA, 60, WD, FOI_CAL_UK, 0, 0, 0, 0, FOI_ANCHOR_RECEIPT,
     "date of receipt", "SI 2004/3364 reg 5", 1,
     "FOI response due (Commissioner's direction: armed forces operations)",
     "Where the answer needs information from people involved in an armed forces operation, the "
     "Information Commissioner may specify a later day, at most the 60th working day, on the "
     "authority's application within 20 working days of receipt.",
     ARMED,
     "\"such other day, not being later than the sixtieth working day following the date of "
     "receipt, as the Information Commissioner may specify\" (reg 5(2)), on an application "
     "\"made within twenty working days following the date of receipt of the request\" (reg 5(3))",
     0},
    {"foia.outside-uk", FOI_REGIME_FOIA, 60, WD, FOI_CAL_UK, 0, 0, 0, 0, FOI_ANCHOR_RECEIPT,
     "date of receipt", "SI 2004/3364 reg 6", 1,
     "FOI response due (Commissioner's direction: information held outside the UK)",
     "Where the answer needs information held outside the United Kingdom, the Information "
     "Commissioner may specify a later day, at most the 60th working day, on the authority's "
     "application within 20 working days of receipt.",
     OUTSIDE,
     "as reg 5: \"such other day, not being later than the sixtieth working day following the "
     "date of receipt, as the Information Commissioner may specify\", on an application made "
     "within twenty working days following the date of receipt",
     0},
};
#pragma GCC diagnostic pop

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
#undef RECREV
#undef SCHREV
#undef YEAR_M
#undef DAYS
#undef YMD
#undef OPEN
#undef COVID_BAND
#undef SCOTTISH_SCHOOLS_BAND
#undef ARMED
#undef OUTSIDE

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
    0,
    {0},
    {0},
    NULL};

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

/* A rule of the table with a band (in force only for a while) is chosen by
 * date, by foi_rule_for_date; without a date, a regime's rule for a role is
 * the one always in force. */
static int banded(const foi_rule *r)
{
    return r->in_force_from.serial || r->in_force_until.serial;
}

static const foi_rule *own_rule(foi_regime regime, foi_role role)
{
    for (size_t i = 0; i < foi_rules_count(); i++)
        if (rules[i].regime == regime && rules[i].role == role && !banded(&rules[i]))
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
        if (rules[i].regime == regime && !out[rules[i].role] && !banded(&rules[i]))
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

int foi_rule_in_force(const foi_rule *rule, foi_date received)
{
    if (!rule)
        return 0;
    if (rule->in_force_from.serial && received.serial < rule->in_force_from.serial)
        return 0;
    if (rule->in_force_until.serial && received.serial > rule->in_force_until.serial)
        return 0;
    return 1;
}

/* The roles, by regime, that have a rule in force only for a while, so that
 * choosing by date costs nothing more where there is none (the SQL and
 * array functions choose per row). tests/unit/test_bands.c checks it
 * against the table. */
#define BIT(role) (1u << (role))
static const unsigned banded_roles[FOI_REGIME_COUNT] = {
    [FOI_REGIME_FOISA] = BIT(FOI_ROLE_RESPONSE) | BIT(FOI_ROLE_EXTENDED) |
                         BIT(FOI_ROLE_REVIEW_RESPONSE) | BIT(FOI_ROLE_SCHOOLS) |
                         BIT(FOI_ROLE_SCHOOLS_REVIEW),
};

unsigned foi_rules_banded_roles(foi_regime regime)
{
    return (unsigned)regime < FOI_REGIME_COUNT ? banded_roles[regime] : 0;
}

const foi_rule *foi_rule_of_date(foi_regime regime, foi_role role, foi_date received)
{
    if (!(foi_rules_banded_roles(regime) & BIT(role)))
        return foi_rule_of(regime, role);
    for (size_t i = 0; i < foi_rules_count(); i++)
        if (rules[i].regime == regime && rules[i].role == role && banded(&rules[i]) &&
            foi_rule_in_force(&rules[i], received))
            return &rules[i];
    return foi_rule_of(regime, role);
}

const foi_rule *foi_rule_governing(foi_regime regime, foi_role role, foi_date received,
                                   int has_answer, foi_date answer)
{
    for (size_t i = 0; i < foi_rules_count(); i++) {
        const foi_rule *r = &rules[i];
        if (r->regime != regime || r->role != role || !r->in_force_until.serial)
            continue;
        /* A limit repealed at once governs an answer given while it was in
         * force, to a request received by then; a request unanswered when
         * it went falls back to the limit that is always in force. */
        if (received.serial <= r->in_force_until.serial && has_answer &&
            answer.serial >= r->in_force_from.serial && answer.serial <= r->in_force_until.serial)
            return r;
    }
    const foi_rule *r = foi_rule_of_date(regime, role, received);
    return r && r->in_force_until.serial ? foi_rule_of(regime, role) : r;
}

#undef BIT

int foi_rule_for_date(const foi_rule **out, foi_regime regime, foi_role role, foi_date received)
{
    FOI_REQUIRE_ARG(out);
    if ((unsigned)regime >= FOI_REGIME_COUNT)
        return foi_fail(FOI_EINVAL, "unknown regime %d", (int)regime);
    if (role <= FOI_ROLE_NONE || role >= FOI_ROLE_COUNT)
        return foi_fail(FOI_EINVAL, "unknown rule role %d", (int)role);
    if (!foi_serial_valid(received.serial))
        return foi_fail(FOI_EINVAL, "the date received (serial %ld) is not a valid date",
                        (long)received.serial);
    const foi_rule *r = foi_rule_of_date(regime, role, received);
    if (r) {
        *out = r;
        return FOI_OK;
    }
    char iso[FOI_DATE_ISO_SIZE];
    for (size_t i = 0; i < foi_rules_count(); i++)
        if (rules[i].regime == regime && rules[i].role == role)
            return foi_fail(FOI_ENOTFOUND, "%s has no %s time limit in force on %s: %s (%s)",
                            foi_regime_name(regime), foi_role_name(role),
                            foi_date_format_iso(received, iso), rules[i].id, rules[i].band);
    return foi_fail(FOI_ENOTFOUND, "%s has no %s time limit", foi_regime_name(regime),
                    foi_role_name(role));
}

const char *foi_role_name(foi_role role)
{
    static const char *const names[FOI_ROLE_COUNT] = {"",
                                                      "response",
                                                      "extended",
                                                      "public-records",
                                                      "schools",
                                                      "fee-period",
                                                      "review-request",
                                                      "review-response",
                                                      "review-max",
                                                      "complaint",
                                                      "appeal",
                                                      "public-records-review",
                                                      "schools-review",
                                                      "armed-forces",
                                                      "outside-uk"};
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
