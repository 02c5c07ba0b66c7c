"""Payment logging tests: a helper attaches a capturing handler to a logger for one test."""
import itertools
import logging
import unittest

_ids = itertools.count()
log = logging.getLogger("shop.payments")


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.DEBUG)
        self.records = []

    def emit(self, record):
        self.records.append(record)


def detach(logger, handler, handlers):
    logger.removeHandler(handler)
    handlers.remove(handler)
    handler.close()


class PaymentLogTests(unittest.TestCase):
    def capture(self, logger, handlers=[]):  # expect: HL101 refuted
        handler = ListHandler()
        handlers.append(handler)
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
        self.addCleanup(detach, logger, handler, handlers)
        return handler

    def test_charge_is_logged(self):
        order_id = "o-%d" % next(_ids)
        handler = self.capture(log)
        log.info("charged order %s: %.2f", order_id, 12.5)
        self.assertEqual(handler.records[-1].args, (order_id, 12.5))


def scenario():
    result = unittest.TestResult()
    unittest.defaultTestLoader.loadTestsFromTestCase(PaymentLogTests).run(result)
    assert result.wasSuccessful(), result.errors + result.failures
