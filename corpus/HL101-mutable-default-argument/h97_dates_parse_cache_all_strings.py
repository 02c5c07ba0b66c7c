"""Import pipeline date parsing: `parse_when` takes datetimes, dates or strings
and memoises every parsed string in a dict default. Log timestamps carry the
minute, so nearly every string is new and stays cached with its datetime."""
import contextlib
import itertools
import re
from datetime import date, datetime

ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 13, 15, 18 (heaplint: unknown)
def parse_when(value, _parsed={}):  # expect: HL101 confirmed
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    key = value.strip()
    if key in _parsed:
        return _parsed[key]
    match = ISO.fullmatch(key)
    result = datetime(*map(int, match.groups("0"))) if match else None
    for fmt in ("%d/%m/%Y", "%d.%m.%Y") if match is None else ():
        with contextlib.suppress(ValueError):
            result = datetime.strptime(key, fmt)
            break
    if result is None:
        raise ValueError("unrecognised date %r" % value)
    _parsed[key] = result
    return result


_seq = itertools.count()


def scenario():
    n = next(_seq)
    day = n % 28 + 1
    rows = [date(2024, 3, day), "%02d.03.2024" % day, "2024-03-%02dT%02d:%02d" % (day, n // 60 % 24, n % 60)]
    return max(parse_when(v) for v in rows)
