from .markers import hookimpl


class TerminalReporter:
    def __init__(self):
        self.stats = {"passed": 0, "failed": 0}

    def pytest_runtest_logreport(self, report):
        self.stats[report.outcome] = self.stats.get(report.outcome, 0) + 1


class CacheProvider:
    def __init__(self):
        self.last_failed = None
        self.failures = 0

    @hookimpl(tryfirst=True)
    def pytest_runtest_logreport(self, report):
        if report.outcome == "failed":
            self.last_failed = report.nodeid
            self.failures += 1
        elif report.nodeid == self.last_failed:
            self.last_failed = None
