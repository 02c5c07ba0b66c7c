"""Billing domain: @audited classes add every new instance to a recent-activity feed."""
import collections
import dataclasses
import datetime
import functools
import itertools


def audited(cls, feed=collections.deque()):  # expect: HL101 confirmed
    original_init = cls.__init__

    @functools.wraps(original_init)
    def __init__(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        feed.append((cls.__name__, repr(self)))

    cls.__init__ = __init__
    cls.recent_activity = staticmethod(lambda limit=5: list(feed)[-limit:])
    return cls


@audited
class Invoice:
    def __init__(self, number, total, issued):
        self.number, self.total, self.issued = number, total, issued

    def __repr__(self):
        return f"Invoice({self.number!r}, {self.total:.2f}, {self.issued:%Y-%m-%d})"


@audited
@dataclasses.dataclass
class Refund:
    invoice: Invoice
    amount: float


_orders = itertools.count()


def scenario():
    n = next(_orders)
    issued = datetime.date(2024, 1, 1) + datetime.timedelta(days=n % 365)
    Refund(Invoice(f"INV-{n:06d}", n * 1.25, issued), amount=n * 0.25)
    return Invoice.recent_activity(2)
