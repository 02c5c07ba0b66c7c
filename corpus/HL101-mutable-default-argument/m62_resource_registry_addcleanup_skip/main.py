import io
import itertools
import unittest

from suites.test_inbox import InboxTests

_ids = itertools.count()


def scenario():
    n = next(_ids)
    suite = unittest.TestSuite()
    for mailbox in (f"team-{n}", f"legacy-{n}"):
        suite.addTest(InboxTests("test_single_handle", param=mailbox))
        suite.addTest(InboxTests("test_flags_start_empty", param=mailbox))
    result = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
    return result.testsRun, len(result.skipped), result.wasSuccessful()
