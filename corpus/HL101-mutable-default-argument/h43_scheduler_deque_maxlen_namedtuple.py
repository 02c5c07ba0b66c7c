"""Scheduler: `log_run()` keeps recent job runs as `collections.namedtuple` records in a `deque(maxlen=32)` default.

Every tick appends a fresh record with a new run id, and nothing ever pops.
The deque was created with `maxlen=32`, so each append past the bound drops
the oldest record: the shared default never holds more than 32 runs.
"""
import collections
import datetime
import itertools

Run = collections.namedtuple("Run", "job run_id started finished ok")


class CronSpec:
    def __init__(self, minute="*", hour="*"):
        self.minute = minute
        self.hour = hour

    def matches(self, when):
        return all(
            field == "*" or int(field) == value
            for field, value in ((self.minute, when.minute), (self.hour, when.hour))
        )


def log_run(run, _recent=collections.deque(maxlen=32)):  # expect: HL101 refuted
    _recent.append(run)
    failures = sum(1 for r in _recent if not r.ok)
    return failures / len(_recent)


JOBS = {"rotate-logs": CronSpec(minute="0"), "heartbeat": CronSpec(), "report": CronSpec("30", "6")}
_T0 = datetime.datetime(2024, 1, 1, 0, 0)
_ticks = itertools.count()


def scenario():
    n = next(_ticks)
    now = _T0 + datetime.timedelta(minutes=n)
    rate = 0.0
    for name, spec in JOBS.items():
        if spec.matches(now):
            finished = now + datetime.timedelta(seconds=1 + n % 5)
            rate = log_run(Run(name, f"{name}-{n}", now, finished, n % 9 != 0))
    return rate
