import itertools

from hookman import PluginManager
from hookman.builtin import CacheProvider, TerminalReporter

_tests = itertools.count(1)
pm = PluginManager("pytest")
pm.register(TerminalReporter(), "terminal")
pm.register(CacheProvider(), "cacheprovider")


class Report:
    def __init__(self, nodeid, outcome):
        self.nodeid = nodeid
        self.outcome = outcome


class ItemFinalizer:
    """Per-test plugin registered for the duration of one test item."""

    def __init__(self, nodeid):
        self.nodeid = nodeid

    def pytest_runtest_logreport(self, report):
        if report.nodeid == self.nodeid:
            return "finalized %s" % self.nodeid


def scenario():
    n = next(_tests)
    nodeid = "tests/test_api.py::test_case[%d]" % n
    name = pm.register(ItemFinalizer(nodeid))
    try:
        results = pm.call("pytest_runtest_logreport",
                          report=Report(nodeid, "failed" if n % 5 == 0 else "passed"))
        assert "finalized " + nodeid in results
    finally:
        pm.unregister(name)
