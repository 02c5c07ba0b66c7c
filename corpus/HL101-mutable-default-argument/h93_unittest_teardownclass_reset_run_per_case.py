"""Event tests: make_event() stamps events from a shared fake clock; tearDownClass swaps in a new clock; a sharding runner runs each test on its own."""
import itertools
import unittest
from dataclasses import dataclass, field

_orders = itertools.count()


@dataclass
class FakeClock:
    now: int = 1_700_000_000
    readings: list = field(default_factory=list)

    def tick(self, label):
        self.now += 1
        self.readings.append((label, self.now))
        return self.now


def make_event(kind, subject, clock=FakeClock()):  # expect: HL101 confirmed
    return {"kind": kind, "subject": subject, "at": clock.tick(f"{kind}:{subject}")}


class EventOrderingTests(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        make_event.__defaults__ = (FakeClock(),)

    def test_paid_after_created(self):
        order = f"order-{next(_orders)}"
        created, paid = make_event("created", order), make_event("paid", order)
        self.assertLess(created["at"], paid["at"])


def scenario():
    result = unittest.TestResult()
    for name in unittest.TestLoader().getTestCaseNames(EventOrderingTests):
        EventOrderingTests(name).run(result)
    return result.wasSuccessful()
