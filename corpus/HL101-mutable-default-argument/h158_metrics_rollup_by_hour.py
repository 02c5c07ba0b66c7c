"""Metrics rollup: samples are aggregated per hour, the timestamp truncated
with datetime.replace(minute=0, ...), into [count, sum] lists kept in a dict
default. The samples arrive seven hours apart, so every call opens a new hour
bucket (a datetime key and a list) that is never dropped."""
import itertools
from datetime import datetime, timedelta

_ids = itertools.count()
_START = datetime(2024, 3, 4, 9, 30)


def rollup(ts, value, buckets={}):  # expect: HL101 confirmed
    hour = ts.replace(minute=0, second=0, microsecond=0)
    bucket = buckets.setdefault(hour, [0, 0.0])
    bucket[0] += 1
    bucket[1] += value
    return bucket[1] / bucket[0]


def scenario():
    n = next(_ids)
    ts = _START + timedelta(hours=7 * n, minutes=n % 60, seconds=n % 7)
    return rollup(ts, 0.5 + (n % 11))
