"""UK statutory information-rights deadlines: FOIA, EIR, FOISA, EISR, subject access.

foiclock counts working days the way the law does: FOIA and the EIR count a
bank holiday in any part of the UK as a non-working day (FOIA s.10(6)), the
Scottish Acts count only Scotland's. The bank-holiday data covers 1971-2028
as published and later years to 2199 by rule (marked provisional).

    >>> import foiclock
    >>> foiclock.due("2018-10-15")
    datetime.date(2018, 11, 12)
    >>> d = foiclock.deadline("foia.response", "2026-06-01")
    >>> d.due, [h.name for h in d.skipped]
    (datetime.date(2026, 6, 30), ['World Cup bank holiday'])

Dates may be given as datetime.date, as an aware datetime (converted to the
UK civil date), or as text: '2018-10-15', '15/10/2018' (day first),
'15 October 2018', 'Mon 15 Oct 2018', '2018-06-01T23:30:00Z' or an e-mail
Date: header. Dates come back as datetime.date. Every failure of the
library raises foiclock.Error, a ValueError whose message names the input.

Functions: due, deadline, timeline, add, count, is_working_day,
next_working_day, previous_working_day, holidays, calendars, rules,
parse_date; over NumPy arrays (GIL released): add_many, due_many.
"""

from foiclock._foiclock import (
    Error,
    add,
    add_many,
    count,
    due,
    due_many,
    is_working_day,
    json_schema_version,
    library_version,
    next_working_day,
    parse_date,
    previous_working_day,
)
from foiclock import _foiclock

__version__ = library_version
__all__ = [
    "Advice", "Calendar", "Deadline", "Entry", "Error", "Holiday", "Rule", "Timeline",
    "add", "add_many", "calendars", "count", "deadline", "due", "due_many",
    "holidays", "is_working_day", "next_working_day", "parse_date",
    "previous_working_day", "rules", "timeline",
]

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class _Record:
    """Fields in __slots__, compared and shown by value."""

    __slots__ = ()

    def __init__(self, *values):
        for name, value in zip(self.__slots__, values):
            object.__setattr__(self, name, value)

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is read-only")

    def _values(self):
        return tuple(getattr(self, f) for f in self.__slots__ if f[0] != "_")

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self):
        return hash(tuple(_hashable(v) for v in self._values()))

    def __repr__(self):
        shown = getattr(self, "_repr_fields", self.__slots__)
        args = ", ".join(f"{f}={getattr(self, f)!r}" for f in shown)
        return f"{type(self).__name__}({args})"


def _hashable(v):
    if isinstance(v, list):
        return tuple(_hashable(x) for x in v)
    if isinstance(v, dict):
        return tuple(sorted(v.items()))
    return v


class Holiday(_Record):
    """A non-working weekday of a calendar.

    date: datetime.date; name: its title ("Good Friday", without any
    "(substitute day)"); divisions: the divisions whose holiday it is
    ('england-and-wales', 'scotland', 'northern-ireland'); basis: 'statute',
    'common-law', 'proclamation', 'one-off' or 'local'; substitute: True for a
    substitute day for a weekend holiday; provisional: True when projected by
    rule rather than published; source: where the data came from.
    """

    __slots__ = ("date", "name", "divisions", "basis", "substitute", "provisional", "source")

    def __str__(self):
        where = "all of the UK" if len(self.divisions) == 3 else ", ".join(
            {"england-and-wales": "England and Wales", "scotland": "Scotland",
             "northern-ireland": "Northern Ireland"}.get(x, x) for x in self.divisions)
        sub = " (substitute day)" if self.substitute else ""
        return f"{self.date.isoformat()} {self.name}{sub} ({where})"

    def as_dict(self):
        """The holiday as in the CLI's JSON output."""
        return {"date": self.date.isoformat(), "weekday": _WEEKDAYS[self.date.weekday()],
                "name": self.name, "division": list(self.divisions), "basis": self.basis,
                "substitute": self.substitute, "provisional": self.provisional,
                "source": self.source}


class Calendar(_Record):
    """A built-in working-day calendar: its id, what it is for, the divisions
    whose bank holidays it counts, the days it covers (first..last) and the
    last day of published (not projected) data."""

    __slots__ = ("id", "description", "divisions", "first", "last", "published_until")

    def as_dict(self):
        """The calendar as in 'foiclock calendars --format json'."""
        return {"id": self.id, "description": self.description,
                "divisions": list(self.divisions), "first": self.first.isoformat(),
                "last": self.last.isoformat(), "published_until": self.published_until.isoformat()}


class Rule(_Record):
    """A time limit: id ('foia.response', ...), role (the part it plays in a
    case: 'response', 'review-request', ...), regime, count and unit
    ('working days', 'calendar days', 'months', 'school days'), backstop (the
    working-day backstop of school-day rules, else None), calendar,
    calendar_follows_division (subject access), roll_forward, grace, anchor
    (what day 0 is), basis (the legal citation), statutory (False: advisory,
    from guidance or a code), summary, description, wording (the words that
    set the period, quoted from its source; '' for none), beginning_with
    (True: the period begins with day 0, so a month or calendar-day period
    ends the day before the corresponding date) and in_force: for a rule in force
    only for a period, (from, until, why) with from and until the first and
    last dates of receipt it covers (None where open), else None."""

    __slots__ = ("id", "role", "regime", "count", "unit", "backstop", "calendar",
                 "calendar_follows_division", "roll_forward", "grace", "anchor", "basis",
                 "statutory", "summary", "description", "wording", "beginning_with", "in_force")
    _repr_fields = ("id", "count", "unit", "calendar", "basis", "statutory")

    def as_dict(self):
        """The rule as in 'foiclock rules --format json'."""
        d = {"id": self.id, "regime": self.regime}
        if self.role is not None:
            d["role"] = self.role
        d.update(count=self.count, unit=self.unit)
        if self.backstop is not None:
            d["backstop_working_days"] = self.backstop
        d.update({"calendar": self.calendar,
                  "calendar_follows_division": self.calendar_follows_division,
                  "roll_forward": self.roll_forward, "anchor": self.anchor, "basis": self.basis,
                  "statutory": self.statutory, "summary": self.summary,
                  "description": self.description, "wording": self.wording,
                  "beginning_with": self.beginning_with})
        if self.in_force is not None:
            start, until, why = self.in_force
            d["in_force"] = {"from": start and start.isoformat(), "until": until and until.isoformat(),
                         "why": why}
        return d


class Deadline(_Record):
    """One computed deadline, with its working.

    due: the date; rule, role (the part it plays in a case: 'response',
    'review-request', ...), summary, basis, statutory (False: advisory);
    anchor (day 0 as given) and start (day 0 as counted), count, unit and
    calendar; skipped: the Holidays passed over; provisional: True when the
    answer depends on holiday data not yet published; text: the working in
    plain English, as the CLI prints it. Where they apply (else None):
    other_due under other_receipt_rule when the anchor was not a working day,
    corresponding_date (when beginning_with is True: the period includes day
    0, so due is the day before this date, which a reading that does not
    count day 0 would give), regulator_due (the last day by the
    regulator's published method where it differs from the statute's words:
    the ICO's, for law-enforcement subject access and for subject access
    received from 5 February 2026), band (for a rule whose law changed on a
    date of receipt, or one in force only for a period, which version applied
    and why), rolled_from (the date before a move off a non-working day),
    paused_days, directed_day (the working day an Information Commissioner's
    direction specified), safer (FOISA), backstop_due and school_due
    (schools). to_ics() gives an iCalendar file.
    """

    __slots__ = ("rule", "role", "summary", "anchor", "anchor_meaning", "start", "due", "count",
                 "unit",
                 "calendar", "statutory", "basis", "provisional", "receipt_rule",
                 "other_receipt_rule", "other_due", "beginning_with", "corresponding_date",
                 "regulator_due", "band", "rolled_from", "paused_days", "directed_day",
                 "from_late_response", "safer", "backstop_due", "school_due",
                 "school_calendar", "skipped", "text", "_inputs")
    _repr_fields = ("rule", "anchor", "due", "calendar", "provisional", "skipped")

    def __init__(self, values, inputs):
        super().__init__(*values)
        object.__setattr__(self, "skipped", tuple(Holiday(*h) for h in self.skipped))
        object.__setattr__(self, "_inputs", inputs)

    def __str__(self):
        text = self.text.replace("\n", "\n  ").rstrip()
        return f"{self.summary}: {_long(self.due)}\n  {text}"

    def to_json(self):
        """The deadline as the library renders it in JSON, exactly as
        'foiclock deadline ... --format json' prints it (a "deadline" object
        with its schema_version)."""
        if self._inputs[0] == "timeline":
            _, inputs, index = self._inputs
            return _foiclock._timeline(*inputs, "json", index, None)
        return _foiclock._deadline(*self._inputs, "json", None)

    def as_dict(self):
        """to_json() as a dict, for json.dumps or a DataFrame row."""
        import json
        return json.loads(self.to_json())

    def to_ics(self, ref=None, *, remind=(5, 1), stamp=None, authority=None, previous=None):
        """The deadline as an iCalendar (RFC 5545) text: one all-day event with
        the working in its description and a reminder at 09:00 UK time that
        many working days before for each of *remind* (() for none). *ref*
        and *authority* name the case in the title; *stamp* (seconds since
        1970, default the start of today) fixes DTSTAMP; *previous*, the text
        of an earlier export, keeps its event UIDs and sequence numbers."""
        ics = (remind, stamp, authority, previous)
        if self._inputs[0] == "timeline":
            # A deadline of a timeline: rendered from the case it belongs to.
            _, inputs, index = self._inputs
            return _foiclock._timeline(*inputs, ics, index, ref)
        return _foiclock._deadline(*self._inputs, ics, ref)


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def _long(d):
    return f"{_WEEKDAYS[d.weekday()]} {d.day} {_MONTHS[d.month - 1]} {d.year}"


class Entry(_Record):
    """One deadline of a timeline and where it stands on the timeline's day.

    rule, role, summary, anchor, statutory, basis; due (None while the clock is
    stopped) and deadline (the full Deadline, None while stopped); status:
    'pending', 'due_today', 'overdue', 'met', 'missed', 'paused' or
    'extended', with remaining (working or calendar days left), overdue and
    overdue_calendar_days, in_time, early, late (None where they do not
    apply); status_text: the status in words, as the CLI prints it ("open:
    38 working days left"); done_by: the event that satisfies it
    ('responded', ...) and
    done_on its date; note: a remark, or None; paused; extended;
    done_inferred: met with no date of its own (a decision notice shows the
    complaint was made).
    """

    __slots__ = ("deadline", "rule", "role", "summary", "anchor", "statutory", "basis", "status",
                 "remaining", "overdue", "overdue_calendar_days", "in_time", "early", "late",
                 "status_text", "done_by", "done_on", "note", "paused", "extended", "done_inferred",
                 "due", "_inputs")
    _repr_fields = ("rule", "due", "status", "remaining", "overdue", "done_on")

    def __init__(self, values, inputs):
        dl, rule, role, summary, anchor, statutory, basis, status, status_text, done_by, \
            done_on, note, paused, extended, done_inferred = values
        deadline = None if dl is None else Deadline(dl, inputs)
        super().__init__(deadline, rule, role, summary, anchor, statutory, basis, *status, status_text,
                         done_by, done_on, note, paused, extended, done_inferred,
                         None if deadline is None else deadline.due, inputs)

    def as_dict(self):
        """This entry of Timeline.as_dict()['deadlines']."""
        _, inputs, index = self._inputs
        import json
        return json.loads(_foiclock._timeline(*inputs, "json", None, None))["deadlines"][index]


class Advice(_Record):
    """One item of "What this means" for the requester, from the library:
    kind ('expect-answer', 'answer-late', 'answered-in-time', 'ask-review',
    'complain', 'appeal', 'on-hold', 'pay-fee', 'fee-late', 'fee-expired',
    ...), audience ('requester'), entry (the
    index in Timeline.deadlines it is about), rule, role, summary, date (the
    date it names; None while the clock is stopped) and text (the sentence
    the CLI prints)."""

    __slots__ = ("kind", "audience", "entry", "rule", "role", "summary", "date", "text")
    _repr_fields = ("kind", "entry", "date", "text")

    def __str__(self):
        return self.text


_EVENTS = ("received", "clarification_requested", "clarification_received", "fee_notice",
           "fee_paid", "responded", "review_requested", "review_responded", "decision_notice",
           "complained", "direction")


class Timeline(_Record):
    """Every deadline of a case, in date order (those on hold last), with
    where each stands on *today*.

    regime and title ('FOIA request', ...), division, ref, receipt_rule,
    events (a dict of the events given, by name), pit_extension,
    extension_claimed (the day notice of the extension was given, or None),
    school, public_records, direction_days and direction_ground (with a
    direction event, else None), today, audience (whom the advice speaks to:
    'neutral', 'requester' or 'authority'); deadlines: a list of Entry; advice: "What this means", a
    list of Advice; warnings: the library's warnings about the case's dates
    on today (a date received or responded after today is computed as given
    but flagged), a list of str; text (also str()): the whole timeline in
    words, as 'foiclock timeline' prints it. to_ics() gives an iCalendar file with an event per
    deadline.
    """

    __slots__ = ("regime", "title", "division", "ref", "receipt_rule", "events",
                 "pit_extension", "extension_claimed", "school", "public_records",
                 "direction_days", "direction_ground", "today", "audience", "deadlines",
                 "advice", "warnings", "text", "_inputs")
    _repr_fields = ("regime", "ref", "events", "today", "deadlines", "advice")

    def __str__(self):
        return self.text

    def to_json(self):
        """The timeline as the library renders it in JSON, exactly as
        'foiclock timeline --format json' prints it (the case, and every
        deadline with its status on today)."""
        return _foiclock._timeline(*self._inputs, "json", None, None)

    def as_dict(self):
        """to_json() as a dict."""
        import json
        return json.loads(self.to_json())

    def to_ics(self, *, remind=(5, 1), stamp=None, authority=None, previous=None):
        """The timeline as an iCalendar (RFC 5545) text: an all-day event per
        deadline not on hold, with stable UIDs from the case reference, and
        reminders at 09:00 UK time *remind* working days before. *stamp*
        (seconds since 1970) fixes DTSTAMP, by default the start of the
        timeline's today; *previous* as for Deadline.to_ics."""
        return _foiclock._timeline(*self._inputs, (remind, stamp, authority, previous), None,
                                   None)


def deadline(rule, start, *, receipt_rule="statutory", division=None, pause=None,
             responded=None, school_days=None):
    """The deadline of *rule* (an id from rules(), e.g. 'foia.response',
    'eir.extended', 'sar.response') counted from *start*, its day 0.

    receipt_rule: 'statutory' (default) or 'next-working-day', for a start on
    a non-working day. division: the controller's division for subject
    access ('england-and-wales', 'scotland', 'northern-ireland'). pause: a
    (first, last) pair of days that do not count, e.g. from a fees notice to
    the fee's receipt. responded: for 'foisa.review-request', the day the
    response arrived. school_days: for 'foia.schools', the school days.

    Returns a Deadline; raises foiclock.Error with the library's message.

    >>> d = foiclock.deadline("foia.response", "2018-10-15", pause=("2018-10-22", "2018-11-01"))
    >>> d.due, d.paused_days
    (datetime.date(2018, 11, 23), 9)
    """
    pause_from, pause_to = (None, None) if pause is None else pause
    inputs = (rule, start, receipt_rule, division, pause_from, pause_to, responded,
              None if school_days is None else list(school_days))
    return Deadline(_foiclock._deadline(*inputs, None, None), inputs)


def timeline(received, responded=None, *, regime="foia", clarification_requested=None,
             clarification_received=None, fee_notice=None, fee_paid=None, pit_extension=False,
             review_requested=None, review_responded=None, decision_notice=None, complained=None,
             division=None, ref=None, receipt_rule="statutory", school=False, school_days=None,
             public_records=False, audience=None, today=None, direction=None, direction_days=None,
             direction_ground=None):
    """Every deadline of a case, with where each stands *today* (default:
    the UK date now) -- 'foiclock timeline' as a function.

    The events are dates (None when they have not happened): received,
    clarification_requested / clarification_received (the clock restarts),
    fee_notice / fee_paid (those days are disregarded), responded,
    review_requested, review_responded, complained (the day a complaint
    reached the regulator; a decision notice implies one), decision_notice.
    received may be None when responded is given: the review and complaint
    windows alone (under FOISA counted from the reply, the safe date).
    audience: 'requester' or 'authority' words the advice for that side;
    None (neutral) for either. pit_extension=True
    claims the FOIA public-interest extension (for EIR and EISR the complex
    and voluminous one, for subject access the two-month one); a date
    instead of True claims it with notice given that day, and a notice given
    after the time for compliance extends nothing (FOIA s.17(1), EIR and
    EISR reg 7, UK GDPR Art 12(3)). regime:
    'foia', 'eir', 'foisa', 'eisr', 'sar' or 'le-sar' (law-enforcement
    subject access, DPA 2018 Part 3); division: the authority's or
    controller's division; ref: the case reference (used in iCalendar UIDs);
    school / school_days: a school's 20-school-day limit with its 60-working-
    day backstop (FOIA; FOISA for a grant-aided or independent special school,
    requests received from 1 December 2016). public_records=True: the request
    is for transferred records (FOIA public records, 30 working days; under
    FOISA a record transferred to the Keeper of the Records of Scotland, 30
    working days for the request and the review). Each case gets the limits
    in force for its dates: a FOISA answer given from 7 April to 26 May 2020
    had the Coronavirus (Scotland) Act 2020's 60 working days. Under 'eir'
    and 'eisr', fee_notice / fee_paid are the notification and receipt of an
    advance payment (reg 8: 60 working days to pay, the wait disregarded).
    direction: the date the Information Commissioner specified a later
    response day (FOIA; SI 2004/3364), with direction_days (the working day
    after receipt specified, 21 to 60) and direction_ground ('armed-forces',
    reg 5, or 'outside-uk', reg 6).

    Returns a Timeline; raises foiclock.Error when the events contradict each
    other (the message names both) or a date cannot be counted.

    >>> t = foiclock.timeline("2026-11-02", "2026-11-24", today="2026-11-26")
    >>> [(e.rule, e.due, e.status) for e in t.deadlines]
    [('foia.response', datetime.date(2026, 12, 1), 'met'), \
('foia.review-request', datetime.date(2027, 1, 26), 'pending')]
    """
    events = (received, clarification_requested, clarification_received, fee_notice, fee_paid,
              responded, review_requested, review_responded, decision_notice, complained,
              direction)
    school_list = None if school_days is None else list(school_days)
    if pit_extension is None or isinstance(pit_extension, (bool, int)):
        claimed = None
    else:
        claimed, pit_extension = pit_extension, True
    if direction_days is not None and (isinstance(direction_days, bool)
                                       or not isinstance(direction_days, int)):
        raise TypeError("direction_days must be an int (the working day specified)")
    inputs = (regime, events, division, ref, receipt_rule, bool(pit_extension), claimed,
              bool(school), school_list, bool(public_records), audience, direction_days,
              direction_ground, today)
    now, entries, dates, title, advice, text, warnings = _foiclock._timeline(*inputs, None, None,
                                                                             None)
    # Later calls (to_ics) count on the same day as this one did.
    inputs = inputs[:-1] + (now,)
    given = {name: d for name, d in zip(_EVENTS, dates) if d is not None}
    claimed = None if claimed is None else parse_date(claimed)
    t = Timeline(regime, title, division, ref, receipt_rule or "statutory", given,
                 bool(pit_extension), claimed, bool(school) or school_days is not None,
                 bool(public_records), direction_days if direction is not None else None,
                 direction_ground if direction is not None else None, now, audience or "neutral",
                 [Entry(e, ("timeline", inputs, i)) for i, e in enumerate(entries)],
                 [Advice(*a) for a in advice], warnings, text, inputs)
    return t


def holidays(start=None, end=None, *, calendar="uk"):
    """The calendar's non-working weekdays, as a list of Holiday in date
    order: holidays(2026) for a year, holidays('2026-01-01', '2026-06-30')
    for a range of dates (both included), holidays() for this year. A day
    that the divisions name differently appears once per name, as in
    'foiclock holidays'.

    >>> [str(h) for h in foiclock.holidays(2026, calendar="scotland")][:2]
    ['2026-01-01 New Year’s Day (Scotland)', '2026-01-02 2nd January (Scotland)']
    """
    if end is None:
        if start is None:
            import datetime
            start = datetime.date.today().year
        if not isinstance(start, int) or isinstance(start, bool):
            raise TypeError("holidays() takes a year (int), or a start and an end date")
        if not 1 <= start <= 9999:
            raise Error(f"year {start} is outside 1..9999")
        start, end = f"{start:04d}-01-01", f"{start:04d}-12-31"
    elif start is None:
        raise TypeError("holidays() takes a year (int), or a start and an end date")
    return [Holiday(*h) for h in _foiclock._holidays(calendar, start, end)]


def calendars():
    """The four built-in calendars ('uk', 'scotland', 'england-and-wales',
    'northern-ireland'), as a list of Calendar."""
    return [Calendar(*c) for c in _foiclock._calendars()]


def rules():
    """Every time limit foiclock knows, as a list of Rule in a stable order:
    id, period, calendar, anchor, legal basis and whether it is statutory or
    advisory ('foiclock rules'). Any id can be given to deadline().

    >>> [r.id for r in foiclock.rules()][:3]
    ['foia.response', 'foia.pit-extension', 'foia.public-records']
    """
    return [Rule(*r) for r in _foiclock._rules()]
