"""Alerting: the messages raised at each Severity enum member are kept in a
list per member inside a dict default, for the "recent alerts" panel.
Each list is trimmed to its last five messages right after the append, so
the default holds at most fifteen messages."""
import enum
import itertools

_ids = itertools.count()


class Severity(enum.Enum):
    INFO = 1
    WARNING = 2
    ERROR = 3


def raise_alert(severity, message, recent={}):  # expect: HL101 refuted
    bucket = recent.setdefault(severity, [])
    bucket.append(message)
    del bucket[:-5]
    return len(bucket)


def scenario():
    n = next(_ids)
    severity = list(Severity)[n % 3]
    return raise_alert(severity, f"volume vol-{n} on host-{n % 40} is {80 + n % 20}% full")
