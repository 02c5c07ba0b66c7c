"""Account status enum that parses the loose status strings found in upstream webhook payloads."""
import enum
import itertools


class Status(enum.Enum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    CLOSED = "closed"

    @classmethod
    def parse(cls, raw, _aliases={}):  # expect: HL101 confirmed
        key = raw.strip().lower()
        if key not in _aliases:
            _aliases[key] = cls(key.partition(":")[0])
        return _aliases[key]

    @property
    def billable(self):
        return self is Status.ACTIVE


_events = itertools.count()
_RAW = ("Active:{n}", " suspended:{n}", "CLOSED:{n} ")


def scenario():
    n = next(_events)
    status = Status.parse(_RAW[n % 3].format(n=n))
    return status.billable
