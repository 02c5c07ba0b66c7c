"""Smoke check run by the deploy job: exercise the webhook tests for a new order."""
import itertools
import unittest

from hookshot.tests.test_events import OrderEventTests as Events

_orders = itertools.count()


def scenario():
    n = next(_orders)
    Events.order_id = f"o-{n:06d}"
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(Events)
    result = unittest.TestResult()
    suite.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures + result.errors)
    return result.testsRun
