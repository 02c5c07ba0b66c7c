import io
import itertools
import unittest

import suites.test_accounts as accounts
from suites.test_reports import ReportTests

_ids = itertools.count()


def scenario():
    n = next(_ids)
    suite = unittest.TestSuite()
    for name in ("test_balance_starts_at_zero", "test_owner_matches"):
        suite.addTest(accounts.AccountTests(name, param=f"acct-{n}"))
    suite.addTest(ReportTests("test_header_names_report", param=f"monthly-{n}"))
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
    return result.wasSuccessful(), result.testsRun
