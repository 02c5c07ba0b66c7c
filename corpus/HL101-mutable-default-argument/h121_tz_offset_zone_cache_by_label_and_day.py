"""Timezone helper: a converter resolves fixed-offset labels such as
"UTC+05:30" into `datetime.timezone` objects and memoises them per label and
calendar day, ready for offsets that change with the date. The memo is the
method's default dict, shared by every converter instance, and each new day
of events adds entries that are never dropped."""
import datetime
import itertools

_events = itertools.count()
LABELS = ("UTC+00:00", "UTC+05:30", "UTC-08:00", "UTC+09:00", "UTC-03:30")


class TzConverter:
    def __init__(self, home="UTC+00:00"):
        self.home = home

    def zone(self, label, day, _cache={}):  # expect: HL101 confirmed
        key = (label, day.isoformat())
        if key not in _cache:
            sign = -1 if label[3] == "-" else 1
            offset = datetime.timedelta(hours=int(label[4:6]), minutes=int(label[7:9]))
            _cache[key] = datetime.timezone(sign * offset, label)
        return _cache[key]

    def localize(self, naive, label):
        aware = naive.replace(tzinfo=self.zone(label, naive.date()))
        return aware.astimezone(self.zone(self.home, naive.date()))


def scenario():
    n = next(_events)
    when = datetime.datetime(2021, 1, 1, 9, 0) + datetime.timedelta(days=n, minutes=n % 60)
    local = TzConverter().localize(when, LABELS[n % len(LABELS)])
    return "{:%Y-%m-%d %H:%M %Z}".format(local)
