#!/usr/bin/env python3
"""The rules table of the README and of foiclock(1), made from the rules
themselves (`foiclock rules --format json`), so that neither can drift.

usage: rules-table.py FOICLOCK README MANPAGE          (check; exit 1 on a difference)
       rules-table.py --write FOICLOCK README MANPAGE  (rewrite both tables)

The README's table sits between the lines RULES_BEGIN_MD and RULES_END_MD,
the manual's between RULES_BEGIN_MAN and RULES_END_MAN (below).
"""
import json
import os
import subprocess
import sys

RULES_BEGIN_MD = "<!-- rules table: made from the rules by tests/lint/rules-table.py; do not edit -->"
RULES_END_MD = "<!-- end of rules table -->"
RULES_BEGIN_MAN = '.\\" rules table: made from the rules by tests/lint/rules-table.py; do not edit'
RULES_END_MAN = '.\\" end of rules table'


def load_rules(foiclock):
    env = dict(os.environ, FOICLOCK_HOLIDAYS_DIR="/nonexistent/foiclock-holidays")
    out = subprocess.run([foiclock, "rules", "--format", "json"], check=True,
                         capture_output=True, text=True, env=env).stdout
    return json.loads(out)["rules"]


def period(r):
    unit = r["unit"]
    if r["count"] == 1:
        unit = {"months": "month", "working days": "working day",
                "calendar days": "calendar day"}.get(unit, unit)
    text = f'{r["count"]} {unit}'
    if r.get("backstop_working_days"):
        text += f', at most {r["backstop_working_days"]} working days'
    return text


def calendar(r):
    return "the division's" if r["calendar_follows_division"] else r["calendar"]


def on_calendar(r):
    return "the division's calendar" if r["calendar_follows_division"] else \
        f'the {r["calendar"]} calendar'



def counted(r):
    """How the period's end is found, in a few words."""
    parts = []
    if r["beginning_with"]:
        parts.append("beginning with day 0")
    if r["roll_forward"]:
        parts.append("rolls to the next working day")
    return "; ".join(parts) if parts else "-"


def in_force(r):
    band = r.get("in_force")
    if not band:
        return "always"
    f, u = band.get("from"), band.get("until")
    if f and u:
        return f"received {f} to {u}"
    if f:
        return f"received from {f}"
    return f"received until {u}"


def md_cell(text):
    return text.replace("|", "\\|")


def markdown(rules):
    lines = [RULES_BEGIN_MD,
             "| rule | period | from | calendar | end | in force | basis | |",
             "|---|---|---|---|---|---|---|---|"]
    for r in rules:
        kind = "statutory" if r["statutory"] else "advisory"
        cells = [f'`{r["id"]}`', period(r), r["anchor"], calendar(r), counted(r), in_force(r),
                 r["basis"], kind]
        lines.append("| " + " | ".join(md_cell(c) for c in cells) + " |")
    lines.append(RULES_END_MD)
    return lines


def man_text(text):
    # Backslashes and a leading dot or quote mean something to troff.
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + text if text[:1] in (".", "'") else text


def manpage(rules):
    lines = [RULES_BEGIN_MAN]
    for r in rules:
        kind = "statutory" if r["statutory"] else "advisory"
        lines += [".TP", f'.B {r["id"]}',
                  man_text(f'{period(r)} from the {r["anchor"]}, on {on_calendar(r)}; '
                           f'{kind}: {r["basis"]}.')]
        extra = []
        if counted(r) != "-":
            extra.append(f"End: {counted(r)}.")
        if r.get("in_force"):
            extra.append(f"In force: {in_force(r)}.")
        if extra:
            lines.append(man_text(" ".join(extra)))
    lines.append(RULES_END_MAN)
    return lines


def splice(path, begin, end, table, write):
    with open(path, encoding="utf-8") as f:
        text = f.read().split("\n")
    try:
        i, j = text.index(begin), text.index(end)
    except ValueError:
        sys.exit(f"{path}: the rules table's markers are missing")
    if text[i:j + 1] == table:
        return True
    if write:
        text[i:j + 1] = table
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(text))
        print(f"{path}: rules table rewritten")
        return True
    print(f"FAIL: {path}: the rules table differs from `foiclock rules`; "
          "run tests/lint/rules-table.py --write FOICLOCK README MANPAGE")
    for line in table:
        if line not in text[i:j + 1]:
            print(f"  missing or changed: {line}")
    return False


def main(argv):
    write = argv[:1] == ["--write"]
    if write:
        argv = argv[1:]
    if len(argv) != 3:
        sys.exit(__doc__)
    foiclock, readme, man = argv
    rules = load_rules(foiclock)
    if len(rules) < 10:
        sys.exit(f"FAIL: only {len(rules)} rules read from {foiclock}")
    ok = splice(readme, RULES_BEGIN_MD, RULES_END_MD, markdown(rules), write)
    ok = splice(man, RULES_BEGIN_MAN, RULES_END_MAN, manpage(rules), write) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
