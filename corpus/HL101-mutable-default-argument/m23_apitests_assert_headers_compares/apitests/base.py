import unittest


class ApiTestCase(unittest.TestCase):
    def assertHeaders(self, resp, expected={}):  # expect: HL101 refuted
        seen = {name: resp["headers"].get(name) for name in expected}
        self.assertEqual(seen, expected)
