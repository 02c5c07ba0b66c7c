import itertools
import unittest

import etl

_fixtures = itertools.count()


class LoaderTests(unittest.TestCase):
    def setUp(self):
        n = next(_fixtures)
        self.rows = [{"id": f"{n}-{i}", "total": n * 10 + i} for i in range(5)]

    def test_loader(self):
        self.assertEqual(etl.sniff(self.rows), ["id", "total"])
