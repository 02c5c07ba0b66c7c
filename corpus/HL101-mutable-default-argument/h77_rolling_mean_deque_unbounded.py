"""Sensor smoothing: timestamped readings pass through a moving-average filter over the most recent samples."""
import collections
import dataclasses
import datetime
import itertools
import statistics

WINDOW = 8
EPOCH = datetime.datetime(2024, 1, 1)


@dataclasses.dataclass
class Reading:
    at: datetime.datetime
    value: float


def rolling_mean(value, window=collections.deque()):  # expect: HL101 confirmed
    window.append(value)
    return statistics.fmean(itertools.islice(reversed(window), WINDOW))


def smooth(reading):
    return Reading(reading.at, round(rolling_mean(reading.value), 6))


_ticks = itertools.count()


def scenario():
    n = next(_ticks)
    raw = Reading(EPOCH + datetime.timedelta(seconds=n), 20.0 + (n % 17) * 0.37 + n * 1e-4)
    return smooth(raw).value
