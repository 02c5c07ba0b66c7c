"""Nightly self-check: run the grid tests around a different coordinate each time."""
import itertools
import unittest

from geoindex.tests import *

_ids = itertools.count()


def scenario():
    n = next(_ids)
    point = (10.0 + n * 0.013, 20.0 + n * 0.029)
    loader = unittest.defaultTestLoader
    result = unittest.TestResult()
    for case in (CellTests, BucketTests):
        case.point = point
        loader.loadTestsFromTestCase(case).run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures + result.errors)
    return result.testsRun
