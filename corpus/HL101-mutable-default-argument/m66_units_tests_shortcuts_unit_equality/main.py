"""Training log: convert a run's pace to speed and run the dimkit test-suite on it."""
import io
import itertools
import unittest

import dimkit
from test_dimkit import PaceTests

_runs = itertools.count(1)


def scenario():
    n = next(_runs)
    pace = 4.0 + (n % 120) / 60 + n / 1e7
    speed = dimkit.convert_to(pace, "min/km", "km/h")
    PaceTests.pace = pace
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(PaceTests)
    result = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
    return f"run {n}: {speed:.2f} km/h", result.wasSuccessful()
