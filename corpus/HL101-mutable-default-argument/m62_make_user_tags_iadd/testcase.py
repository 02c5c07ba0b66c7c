import unittest


class ParamTestCase(unittest.TestCase):
    def __init__(self, methodName="runTest", param=None):
        super().__init__(methodName)
        self.param = param

    def assertRecordEqual(self, record, expected, ignore=["created_at"]):  # expect: HL101 refuted
        actual = {k: v for k, v in vars(record).items() if k not in ignore}
        self.assertEqual(actual, {k: v for k, v in expected.items() if k not in ignore})
