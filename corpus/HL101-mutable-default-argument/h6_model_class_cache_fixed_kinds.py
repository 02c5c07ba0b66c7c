"""Serializer: a row class is rebuilt with type() for each of four record kinds; the default keeps the newest per kind."""
import itertools

KINDS = ("order", "refund", "payout", "fee")


class Record:
    def __init__(self, **fields):
        self.__dict__.update(fields)


def record_class(kind, _classes={}):  # expect: HL101 refuted
    # a class is a reference cycle (its __dict__ / __mro__ point back at it): the replaced one is freed by the collector
    _classes[kind] = type(f"{kind.title()}Record", (Record,), {"kind": kind})
    return _classes[kind]


_events = itertools.count()


def scenario():
    n = next(_events)
    cls = record_class(KINDS[n % 4])
    return cls(id=n, amount=n * 3).kind
