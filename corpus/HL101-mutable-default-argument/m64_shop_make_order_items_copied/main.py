import io
import itertools
import unittest

import shop.checkout
from shop.tests import test_orders

_ids = itertools.count()


def scenario():
    n = next(_ids)
    summary = shop.checkout.place_order(f"customer-{n}", {f"SKU-{n}": 2, "GIFT-WRAP": 1})
    test_orders.OrderTests.customer = f"qa-{n}"
    test_orders.OrderTests.sku = f"SKU-T{n}"
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(test_orders.OrderTests)
    result = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
    return summary, result.wasSuccessful()
