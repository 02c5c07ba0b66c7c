"""Catalog tests: setUpClass loads product fixtures once for the whole class."""
import collections
import itertools
import unittest
from decimal import Decimal

_batches = itertools.count()


Product = collections.namedtuple("Product", "sku price")


def fixture_rows(batch):
    for offset, price in enumerate(("9.99", "24.50", "3.25")):
        yield "SKU-%06d" % (batch * 10 + offset), price


def load_fixtures(rows, catalog={}):  # expect: HL101 confirmed
    for sku, price in rows:
        catalog[sku] = Product(sku, Decimal(price))
    return catalog


class CatalogTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        rows = list(fixture_rows(next(_batches)))
        cls.skus = [sku for sku, _ in rows]
        cls.catalog = load_fixtures(rows)

    @classmethod
    def tearDownClass(cls):
        del cls.catalog

    def test_lookup_price(self):
        self.assertEqual(self.catalog[self.skus[0]].price, Decimal("9.99"))

    def test_basket_total(self):
        self.assertEqual(sum(self.catalog[s].price for s in self.skus), Decimal("37.74"))


def scenario():
    result = unittest.TestResult()
    unittest.defaultTestLoader.loadTestsFromTestCase(CatalogTests).run(result)
    assert result.wasSuccessful(), result.errors + result.failures
