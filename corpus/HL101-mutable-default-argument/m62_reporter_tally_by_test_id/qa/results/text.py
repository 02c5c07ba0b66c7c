import unittest

from ..stats import tally


class TallyResult(unittest.TextTestResult):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.counts = {}

    def addSuccess(self, test):
        super().addSuccess(test)
        self.counts = tally(test, "ok")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self.counts = tally(test, "fail")

    def addError(self, test, err):
        super().addError(test, err)
        self.counts = tally(test, "error")
