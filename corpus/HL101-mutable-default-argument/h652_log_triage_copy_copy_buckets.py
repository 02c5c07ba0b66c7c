"""Log triage: each line is matched against `LEVEL [component] message`
and filed under its level in a report seeded from a template. `copy.copy`
copies only the outer dict, so the per-level lists are the template's own
and every filed message lands in the default."""
import copy
import itertools
import re

_lines = itertools.count()
LINE_RE = re.compile(r"(?P<level>INFO|WARN|ERROR)\s+\[(?P<component>[\w.-]+)\]\s+(?P<message>.*)")


def triage(lines, template={"INFO": [], "WARN": [], "ERROR": []}):  # expect: HL101 confirmed
    report = copy.copy(template)
    for line in lines:
        match = LINE_RE.match(line)
        if match is None:
            continue
        entry = (match.group("component"), match.group("message"))
        report[match.group("level")].append(entry)
    return {level: len(entries) for level, entries in report.items()}


def scenario():
    n = next(_lines)
    levels = ("INFO", "WARN", "ERROR")
    lines = [f"{levels[n % 3]} [worker-{n % 4}] job {n} finished in {n % 97} ms", "garbage"]
    return triage(lines)
