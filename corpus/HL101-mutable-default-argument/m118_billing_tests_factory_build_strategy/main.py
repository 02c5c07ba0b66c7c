"""Tiny test runner: each call runs every test function of tests.test_invoices once."""
from tests import test_invoices


def scenario():
    tests = [obj for name, obj in vars(test_invoices).items() if name.startswith("test_") and callable(obj)]
    for test in tests:
        test()
    return len(tests)
