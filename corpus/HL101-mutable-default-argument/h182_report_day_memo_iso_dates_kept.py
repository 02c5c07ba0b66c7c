"""Report filter: `parse_day` memoises parsed dates in a `_memo` dict default
keyed by the text, computing and storing them in one chained assignment with
datetime.strptime. Here the scenario passes ISO dates that match the format,
so strptime succeeds and every request (a new day each time) adds a new key
and date object to the shared memo, which grows per call."""
import datetime
import itertools

_requests = itertools.count()
_EPOCH = datetime.date(2001, 1, 1)


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 14 (heaplint: unknown)
def parse_day(text, fmt="%Y-%m-%d", _memo={}):  # expect: HL101 confirmed
    if text in _memo:
        return _memo[text]
    day = _memo[text] = datetime.datetime.strptime(text, fmt).date()
    return day


def build_report(since_text):
    try:
        since = parse_day(since_text)
    except ValueError:
        return {"filter": None, "note": f"ignored date {since_text!r}"}
    return {"filter": since.isoformat()}


def scenario():
    n = next(_requests)
    day = _EPOCH + datetime.timedelta(days=n)
    return build_report(day.strftime("%Y-%m-%d"))
