import unittest


class ParamTestCase(unittest.TestCase):
    def __init__(self, methodName="runTest", param=None):
        super().__init__(methodName)
        self.param = param

    def id(self):
        return f"{super().id()}[{self.param}]"

    def assertRanked(self, hits, expected, ignore_ids={"sponsored"}):  # expect: HL101 refuted
        self.assertEqual([h for h in hits if h not in ignore_ids], expected)


def search(index, query):
    return sorted((doc for doc, words in index.items() if query in words), key=len)


class SearchTests(ParamTestCase):
    def setUp(self):
        self.index = {"a": {self.param, "x"}, "sponsored": {self.param}, "bb": {"y"}}

    def test_finds_term(self):
        self.assertRanked(search(self.index, self.param), ["a"])

    def test_unknown_term(self):
        self.assertEqual(search(self.index, "zzz-none"), [])
