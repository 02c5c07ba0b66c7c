import io
import itertools
import unittest

import search_tests
from qa import results, stats

_ids = itertools.count()


def scenario():
    n = next(_ids)
    suite = unittest.TestSuite(
        search_tests.SearchTests(name, param=f"term{n}")
        for name in ("test_finds_term", "test_unknown_term")
    )
    runner = unittest.TextTestRunner(stream=io.StringIO(), resultclass=results.TallyResult)
    result = runner.run(suite)
    return result.wasSuccessful(), len(stats.flaky(result.counts))
