"""Security dashboard: `hourly_profile` counts logins per hour of day in a
default `Counter` that lives for the whole process and reports the busiest
hour. Keys are `datetime.hour`, so the counter never holds more than 24
entries however many days of events pass through it."""
import itertools
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

EPOCH = datetime(2024, 1, 1)


@dataclass
class LoginEvent:
    user: str
    at: datetime


def hourly_profile(events, counts=Counter()):  # expect: HL101 refuted
    for event in events:
        counts[event.at.hour] += 1
    busiest = max(counts, key=counts.get)
    return busiest, counts[busiest]


_seq = itertools.count()


def scenario():
    n = next(_seq)
    events = [LoginEvent("user%d" % (n * 3 + i), EPOCH + timedelta(hours=n * 5 + i * 7, minutes=n % 60))
              for i in range(3)]
    hour, logins = hourly_profile(events)
    return "busiest %02d:00 (%d logins)" % (hour, logins)
