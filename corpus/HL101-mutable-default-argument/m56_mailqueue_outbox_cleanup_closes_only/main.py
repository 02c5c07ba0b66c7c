"""Self-check: run the bundled delivery tests against a fresh recipient."""
import itertools
import unittest

import mailqueue.tests.test_delivery as delivery

_ids = itertools.count()


def scenario():
    n = next(_ids)
    delivery.DeliveryTests.recipient = f"user{n}@example.test"
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(delivery.DeliveryTests)
    result = unittest.TestResult()
    suite.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures + result.errors)
    return result.testsRun
