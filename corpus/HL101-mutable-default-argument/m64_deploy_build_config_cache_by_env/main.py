import io
import itertools
import unittest

from deploy import release
from tests import test_release

_ids = itertools.count()


def scenario():
    n = next(_ids)
    plan = release.plan_release("production", f"v2.{n}.0")
    test_release.ReleasePlanTests.version = f"v2.{n}.0-rc1"
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(test_release.ReleasePlanTests)
    result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
    return len(plan), result.wasSuccessful()
