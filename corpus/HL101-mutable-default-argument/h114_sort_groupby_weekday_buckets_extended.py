"""Grouping utilities: `bucket_by_weekday` sorts shift events, runs
`itertools.groupby` on the weekday and extends a per-day list in a
`defaultdict(list)` default, then renders one line per day. There are only
seven days, but every call extends the day lists with its own events, so the
shared buckets grow on each schedule rendered."""
import collections
import dataclasses
import itertools
from datetime import date, timedelta

_ids = itertools.count()


@dataclasses.dataclass(frozen=True)
class Shift:
    worker: str
    day: date
    hours: float


def bucket_by_weekday(shifts, buckets=collections.defaultdict(list)):  # expect: HL101 confirmed
    weekday = lambda s: s.day.strftime("%a")
    for name, group in itertools.groupby(sorted(shifts, key=weekday), key=weekday):
        buckets[name].extend(group)
    return {name: sum(s.hours for s in group) for name, group in buckets.items()}


def render_schedule(shifts):
    totals = bucket_by_weekday(shifts)
    return "\n".join(f"{day}: {hours:5.1f}h" for day, hours in sorted(totals.items()))


def scenario():
    n = next(_ids)
    start = date(2024, 1, 1) + timedelta(days=n % 28)
    return render_schedule([Shift(f"w{n}-{i}", start + timedelta(days=i), 4 + i % 5) for i in range(5)])
