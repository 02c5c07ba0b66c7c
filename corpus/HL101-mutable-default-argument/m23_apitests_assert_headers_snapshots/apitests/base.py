import unittest


class ApiTestCase(unittest.TestCase):
    def assertHeaders(self, resp, expected={}):  # expect: HL101 confirmed
        snapshot = expected.setdefault(resp["path"], dict(resp["headers"]))
        self.assertEqual(resp["headers"], snapshot)
