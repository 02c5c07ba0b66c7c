"""Redraw an axis for a fresh data range and run the axis test-suite against it."""
import io
import itertools
import unittest

import plotkit
from plotkit.tests.test_axis import AxisLabelTests

_runs = itertools.count(1)


def scenario():
    n = next(_runs)
    lo, hi = n * 0.25, n * 0.25 + 10.0 + n / 7
    drawn = plotkit.Axis(lo, hi).labels()
    AxisLabelTests.lo, AxisLabelTests.hi = lo, hi
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(AxisLabelTests)
    result = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
    return drawn, result.testsRun, result.wasSuccessful()
