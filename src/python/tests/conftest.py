"""Shared pieces of the Python module's tests: the CLI they compare with."""
import json
import os
import subprocess

import pytest


def cli_path():
    path = os.environ.get("FOICLOCK_CLI")
    if not path:
        pytest.fail("FOICLOCK_CLI must name the foiclock command (CTest sets it)")
    return path


def run_cli(*args, stdin=None, check=True):
    """Runs the CLI with 'today' fixed and returns its standard output."""
    # No holiday files from the machine's own directories: the CLI's answers
    # must rest on the built-in data the module uses.
    env = dict(os.environ, FOICLOCK_TODAY="2026-11-26", LC_ALL="C",
               FOICLOCK_HOLIDAYS_DIR="/nonexistent/foiclock-holidays")
    p = subprocess.run([cli_path(), *args], input=stdin, capture_output=True, text=True, env=env)
    if check and p.returncode != 0:
        raise AssertionError(f"foiclock {' '.join(args)} failed: {p.stderr}")
    return p


def cli_json_lines(*args, stdin=None):
    out = run_cli(*args, stdin=stdin, check=False).stdout
    return [json.loads(line) for line in out.splitlines()]


# The CLI's JSON rebuilt from the module's attributes: comparing this with
# the CLI checks every attribute, not only the library's JSON rendering.
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def holiday_fields(h):
    return {"date": h.date.isoformat(), "weekday": WEEKDAYS[h.date.weekday()], "name": h.name,
            "division": list(h.divisions), "basis": h.basis, "substitute": h.substitute,
            "provisional": h.provisional, "source": h.source}


def deadline_fields(x):
    d = {"rule": x.rule}
    if x.role is not None:
        d["role"] = x.role
    d.update({"summary": x.summary, "anchor": x.anchor.isoformat(),
         "anchor_meaning": x.anchor_meaning, "start": x.start.isoformat(),
         "due": x.due.isoformat(), "weekday": WEEKDAYS[x.due.weekday()], "count": x.count,
         "unit": x.unit, "calendar": x.calendar, "statutory": x.statutory, "basis": x.basis,
         "provisional": x.provisional, "receipt_rule": x.receipt_rule})
    if x.other_due is not None:
        d.update(anchor_non_working=True, other_receipt_rule=x.other_receipt_rule,
                 other_due=x.other_due.isoformat())
    if x.beginning_with:
        d.update(beginning_with=True, corresponding_date=x.corresponding_date.isoformat())
    if x.regulator_due is not None:
        d["regulator_due"] = x.regulator_due.isoformat()
    if x.band is not None:
        d["band"] = x.band
    if x.rolled_from is not None:
        d["rolled_from"] = x.rolled_from.isoformat()
    if x.paused_days is not None:
        d["paused_days"] = x.paused_days
    if x.directed_day is not None:
        d["directed_day"] = x.directed_day
    if x.from_late_response:
        d["from_late_response"] = True
    if x.safer is not None:
        d["safer"] = x.safer.isoformat()
    if x.backstop_due is not None:
        d["backstop_due"] = x.backstop_due.isoformat()
        if x.school_due is not None:
            d["school_due"] = x.school_due.isoformat()
        d["school_calendar"] = x.school_calendar
    d["skipped"] = [holiday_fields(h) for h in x.skipped]
    return d


def entry_fields(e):
    if e.deadline is None:
        d = {"rule": e.rule}
        if e.role is not None:
            d["role"] = e.role
        d.update({"summary": e.summary, "anchor": e.anchor.isoformat(), "due": None,
                  "statutory": e.statutory, "basis": e.basis})
    else:
        d = deadline_fields(e.deadline)
    d["status"] = e.status
    for key, value in (("remaining", e.remaining), ("overdue", e.overdue),
                       ("overdue_calendar_days", e.overdue_calendar_days),
                       ("in_time", e.in_time), ("early", e.early), ("late", e.late)):
        if value is not None:
            d[key] = value
    d["status_text"] = e.status_text
    if e.done_by is not None:
        d["done_by"] = e.done_by
        if e.done_inferred:
            d["done_inferred"] = True
        elif e.done_on is not None:
            d["done_on"] = e.done_on.isoformat()
    if e.note is not None:
        d["note"] = e.note
    return d


EVENTS = ("received", "clarification_requested", "clarification_received", "fee_notice",
          "fee_paid", "responded", "review_requested", "review_responded", "decision_notice",
          "complained", "direction")


def timeline_fields(t):
    case = {"regime": t.regime, "title": t.title}
    if t.division is not None:
        case["division"] = t.division
    if t.ref is not None:
        case["ref"] = t.ref
    case["receipt_rule"] = t.receipt_rule
    for name in EVENTS:
        if name in t.events:
            case[name] = t.events[name].isoformat()
    case.update(pit_extension=t.pit_extension, school=t.school, public_records=t.public_records)
    if "direction" in t.events:
        case.update(direction_days=t.direction_days, direction_ground=t.direction_ground)
    case.update(today=t.today.isoformat(), audience=t.audience)
    advice = []
    for a in t.advice:
        item = {"kind": a.kind, "audience": a.audience, "entry": a.entry, "rule": a.rule}
        if a.role is not None:
            item["role"] = a.role
        item["summary"] = a.summary
        if a.date is not None:
            item["date"] = a.date.isoformat()
        item["text"] = a.text
        advice.append(item)
    return {"case": case, "deadlines": [entry_fields(e) for e in t.deadlines], "advice": advice,
            "warnings": list(t.warnings)}



def without_version(obj):
    """The CLI's object without its top-level schema_version."""
    return {k: v for k, v in obj.items() if k != "schema_version"}


def as_cli_message(err):
    """A foiclock.Error's message with the case inputs it names written as
    the CLI's options, as the CLI words the same failure."""
    text = str(err)
    for field in (err.field, err.other_field):
        if field:
            option = "--" + field.replace("_", "-")
            if text.startswith(field + ": "):
                text = option + text[len(field):]
            else:
                text = text.replace(field, option)
    return text
