"""CI step: run the presence tests for a freshly created chat session."""
import itertools
import unittest

import tests.test_presence

_sessions = itertools.count(1)


def scenario():
    n = next(_sessions)
    tests.test_presence.PresenceTests.session = f"room{n}"
    suite = unittest.defaultTestLoader.loadTestsFromModule(tests.test_presence)
    result = unittest.TestResult()
    suite.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures or result.errors)
    return result.testsRun
