import unittest


class CollectingResult(unittest.TextTestResult):
    """TextTestResult that also keeps (run label, test id, status) rows for the dashboard."""

    def __init__(self, stream, descriptions, verbosity, *, label="", outcomes=[], **kwargs):  # expect: HL101 refuted
        super().__init__(stream, descriptions, verbosity, **kwargs)
        self.label = label
        self.outcomes = outcomes

    def _row(self, test, status):
        self.outcomes.append((self.label, test.id(), status))

    def addSuccess(self, test):
        super().addSuccess(test)
        self._row(test, "ok")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._row(test, "fail")

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._row(test, "skip")
