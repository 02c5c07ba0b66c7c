import io
import itertools
import unittest

from suites.test_endpoints import make_endpoint_tests
from testing import marked

_ids = itertools.count()


def scenario():
    n = next(_ids)
    user_id = str(n)
    case_class = make_endpoint_tests(f"/api/users/{user_id}")
    suite = unittest.TestSuite(
        case_class(name, param=user_id) for name in marked(case_class, "http")
    )
    result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=2).run(suite)
    return result.testsRun, result.wasSuccessful()
