"""Hand-rolled LRU in front of a duration parser used by a job scheduler's config."""
import itertools
from collections import OrderedDict

_ids = itertools.count()
MAXSIZE = 16
_UNITS = {"ms": 1e-3, "s": 1.0, "min": 60.0, "h": 3600.0}


def _parse(text):
    number, _, unit = text.strip().partition(" ")
    return float(number) * _UNITS[unit.lower()]


def parse_duration(text, _lru=OrderedDict()):  # expect: HL101 confirmed
    if text in _lru:
        _lru.move_to_end(text)
        return _lru[text]
    try:
        seconds = _parse(text)
    except (KeyError, ValueError):
        _lru[text] = None  # negative entry: don't re-parse junk
        return None
    else:
        _lru[text] = seconds
        if len(_lru) > MAXSIZE:
            _lru.popitem(last=False)
    return seconds


def job_timeouts(spec):
    timeouts = {}
    for item in spec.split(";"):
        name, _, raw = item.partition("=")
        value = parse_duration(raw)
        if value is not None:
            timeouts[name.strip()] = value
    return timeouts


def scenario():
    n = next(_ids)
    return job_timeouts("fetch=%d s; render=%d ms; retry=%d fortnights" % (n, n * 10, n))
