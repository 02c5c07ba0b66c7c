"""Alerting: the messages raised at each Severity enum member are kept in a
list per member inside a dict default, for the "recent alerts" panel.
There are three keys, but nothing trims the lists, so every alert message
stays in the default."""
import enum
import itertools

_ids = itertools.count()


class Severity(enum.Enum):
    INFO = 1
    WARNING = 2
    ERROR = 3


def raise_alert(severity, message, recent={}):  # expect: HL101 confirmed
    bucket = recent.setdefault(severity, [])
    bucket.append(message)
    return len(bucket)


def scenario():
    n = next(_ids)
    severity = list(Severity)[n % 3]
    return raise_alert(severity, f"volume vol-{n} on host-{n % 40} is {80 + n % 20}% full")
