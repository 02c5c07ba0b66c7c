"""Test helpers for asserting on the log output of a payments module."""
import contextlib
import itertools
import logging
import unittest

_ids = itertools.count()
log = logging.getLogger("payments")


def charge(card, amount):
    if amount <= 0:
        log.warning("rejected charge of %s on card %s", amount, card)
    return amount > 0


class _ListHandler(logging.Handler):
    sink = None

    def emit(self, record):
        self.sink.append(record.getMessage())


@contextlib.contextmanager
def captured_logs(logger, messages=[]):  # expect: HL101 refuted
    del messages[:]
    handler = _ListHandler(logging.DEBUG)
    handler.sink = messages
    logger.addHandler(handler)
    try:
        yield messages
    finally:
        logger.removeHandler(handler)


class ChargeTests(unittest.TestCase):
    def test_rejected_charge_warns(self):
        card = f"4242-{next(_ids):06d}"
        with captured_logs(log) as messages:
            self.assertFalse(charge(card, 0))
        self.assertEqual(messages[-1], f"rejected charge of 0 on card {card}")


def scenario():
    ChargeTests("test_rejected_charge_warns").debug()
