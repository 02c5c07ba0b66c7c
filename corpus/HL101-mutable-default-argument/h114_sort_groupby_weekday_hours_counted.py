"""Grouping utilities: `hours_by_weekday` sorts shift events, runs
`itertools.groupby` on the weekday and adds each group's hours to a
`collections.Counter` default, which keeps a running total per day across
schedules. There are only seven days and the totals are plain numbers, so the
shared counter never holds more than seven entries."""
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


def hours_by_weekday(shifts, totals=collections.Counter()):  # expect: HL101 refuted
    weekday = lambda s: s.day.strftime("%a")
    for name, group in itertools.groupby(sorted(shifts, key=weekday), key=weekday):
        totals[name] += sum(s.hours for s in group)
    return dict(totals)


def render_schedule(shifts):
    totals = hours_by_weekday(shifts)
    return "\n".join(f"{day}: {hours:7.1f}h" for day, hours in sorted(totals.items()))


def scenario():
    n = next(_ids)
    start = date(2024, 1, 1) + timedelta(days=n % 28)
    return render_schedule([Shift(f"w{n}-{i}", start + timedelta(days=i), 4 + i % 5) for i in range(5)])
