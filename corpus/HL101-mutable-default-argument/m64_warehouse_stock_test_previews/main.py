import io
import itertools
import unittest

import warehouse
from warehouse.tests.test_stock import StockTests

_ids = itertools.count()


def scenario():
    n = next(_ids)
    report = warehouse.availability_report(f"wh-{n % 3}", ["SKU-RED", "SKU-BLUE"])
    StockTests.order_id = f"ord-{n:06d}"
    suite = unittest.TestSuite(
        StockTests(name) for name in unittest.getTestCaseNames(StockTests, "test"))
    result = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
    return report, result.wasSuccessful()
