"""Job scheduler for a reporting service. `DailyJob` hands its blackout dates
(a default set) to `Job.__init__` through super(), and forwards the job's
own maintenance days and options through **kwargs. The base class merges the
two with `skip |= set(extra_skip)`, which updates a set in place: the default
blackout set collects every job's maintenance days."""
import itertools
from datetime import date, timedelta

_jobs = itertools.count()
HOLIDAYS = frozenset({date(2024, 12, 25), date(2025, 1, 1)})


class Job:
    def __init__(self, name, skip=frozenset(), extra_skip=(), **options):
        self.name, self.options = name, options
        skip |= set(extra_skip)
        self.skip = skip

    def next_run(self, after):
        day = after + timedelta(days=1)
        while day in self.skip or day.weekday() >= 5:
            day += timedelta(days=1)
        return day


class DailyJob(Job):
    def __init__(self, name, blackout=set(), **kwargs):  # expect: HL101 confirmed
        super().__init__(name, skip=blackout, **kwargs)


def scenario():
    n = next(_jobs)
    start = date(2024, 1, 1) + timedelta(weeks=n)
    job = DailyJob("report-%d" % n, extra_skip={start + timedelta(days=1), start + timedelta(days=2)} | HOLIDAYS,
                   tz="UTC")
    return "%s -> %s" % (job.name, job.next_run(start).isoformat())
