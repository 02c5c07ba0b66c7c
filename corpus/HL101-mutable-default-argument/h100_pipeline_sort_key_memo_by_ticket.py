"""Changelog builder: entries are ordered by a natural-order key of their
ticket id ("PROJ-9" before "PROJ-10"), for sorted() and max() alike. The
parsed key is memoised per ticket id in a dict default, and every release
brings new ticket ids, so the memo keeps growing."""
import itertools
import re

_releases = itertools.count()
_DIGITS = re.compile(r"(\d+)")


def natural_key(ticket, _memo={}):  # expect: HL101 confirmed
    key = _memo.get(ticket)
    if key is None:
        parts = _DIGITS.split(ticket)
        key = _memo[ticket] = tuple(int(p) if p.isdigit() else p.lower() for p in parts)
    return key


def render_changelog(entries):
    ordered = sorted(entries, key=lambda entry: natural_key(entry[0]))
    newest = max(entries, key=lambda entry: natural_key(entry[0]))
    lines = ["- {}: {}".format(ticket, text) for ticket, text in ordered]
    return "\n".join(lines), newest[0]


def scenario():
    n = next(_releases)
    entries = [("PROJ-%d" % (n * 3 + i), "change %d" % i) for i in (2, 0, 1)]
    return render_changelog(entries)
