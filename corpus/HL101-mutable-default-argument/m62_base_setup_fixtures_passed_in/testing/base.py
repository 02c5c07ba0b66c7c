import unittest


class BaseTestCase(unittest.TestCase):
    """Parametrised test case: each instance runs one method against one `param`."""

    maxDiff = None

    def __init__(self, methodName="runTest", param=None):
        super().__init__(methodName)
        self.param = param

    def setUp(self, fixtures=[]):  # expect: HL101 refuted
        self.fixtures = fixtures

    def fixture(self, kind):
        matches = [item for item in self.fixtures if item["kind"] == kind]
        if not matches:
            self.fail(f"no {kind} fixture for {self.param}")
        return matches[-1]

    def __str__(self):
        return f"{self._testMethodName}[{self.param}] ({type(self).__qualname__})"
