import unittest


class ParamTestCase(unittest.TestCase):
    def __init__(self, methodName="runTest", param=None):
        super().__init__(methodName)
        self.param = param
