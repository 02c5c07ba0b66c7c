"""Lint report: collect_warnings gathers messages through helpers.add_unique."""
from helpers import add_unique, format_warning


def collect_warnings(path, lines, found=[]):  # expect: HL101 confirmed
    for number, line in enumerate(lines, 1):
        if len(line) > 20:
            add_unique(found, format_warning(path, number, "line too long"))
    return len(found)
