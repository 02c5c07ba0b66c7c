"""CI smoke step: plot a fresh run's series and run the legend tests on it."""
import io
import itertools
import unittest

import graphlet
from graphlet.tests.test_legend import LegendTests

_runs = itertools.count(1)


def scenario():
    n = next(_runs)
    ax = graphlet.Axes(f"run-{n}")
    ax.plot([n, n + 2, n + 1], label=f"loss run {n}")
    drawn = ax.legend(loc="upper right").render()
    LegendTests.run_id = n
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(LegendTests)
    result = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
    return drawn, result.testsRun, len(result.failures)
