"""Metrics rollup: samples are aggregated per weekday, the timestamp
truncated with datetime.weekday(), into [count, sum] lists kept in a dict
default. The samples arrive seven hours apart, but there are only seven
weekdays, so the seven buckets are reused and updated in place."""
import itertools
from datetime import datetime, timedelta

_ids = itertools.count()
_START = datetime(2024, 3, 4, 9, 30)


def rollup(ts, value, buckets={}):  # expect: HL101 refuted
    day = ts.weekday()
    bucket = buckets.setdefault(day, [0, 0.0])
    bucket[0] += 1
    bucket[1] += value
    return bucket[1] / bucket[0]


def scenario():
    n = next(_ids)
    ts = _START + timedelta(hours=7 * n, minutes=n % 60, seconds=n % 7)
    return rollup(ts, 0.5 + (n % 11))
