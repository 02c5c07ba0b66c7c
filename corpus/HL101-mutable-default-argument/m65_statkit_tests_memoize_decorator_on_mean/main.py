"""Summarise a fresh batch of measurements and run the stats test-suite on it."""
import io
import itertools
import unittest

import statkit
from statkit.tests.test_stats import IntervalTests

_batches = itertools.count(1)


def scenario():
    n = next(_batches)
    sample = tuple(20.0 + ((n * 7 + i * 3) % 11) / (n + 3) for i in range(8))
    summary = statkit.interval(sample, 0.90)
    IntervalTests.sample = sample
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(IntervalTests)
    result = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
    return summary, result.wasSuccessful()
