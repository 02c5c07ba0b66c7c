"""Payment tests: capture_events() hands out the shared event sink and trims what the block added once the block ends."""
import contextlib
import itertools
import unittest

_refs = itertools.count()


@contextlib.contextmanager
def capture_events(sink=[]):  # expect: HL101 confirmed
    start = len(sink)
    yield sink
    del sink[start:]


class PaymentService:
    def __init__(self, emit):
        self.emit = emit

    def charge(self, ref, cents):
        self.emit(("charge.requested", ref, cents))
        if cents <= 0:
            self.emit(("charge.rejected", ref, f"amount {cents} must be positive"))
            raise ValueError(f"{ref}: invalid amount")
        self.emit(("charge.accepted", ref, cents))


class ChargeTests(unittest.TestCase):
    def test_rejects_zero_amount(self):
        ref = f"pay-{next(_refs)}"
        with self.assertRaises(ValueError), capture_events() as events:
            PaymentService(events.append).charge(ref, 0)
        self.assertEqual(events[-1][:2], ("charge.rejected", ref))


def scenario():
    result = unittest.TestResult()
    unittest.TestSuite([ChargeTests("test_rejects_zero_amount")]).run(result)
    return result.wasSuccessful()
