import io
import itertools
import unittest

from billing import invoice_for
from tests import test_cart

_ids = itertools.count()


def scenario():
    n = next(_ids)
    total = invoice_for(f"cust-{n}", [(f"SKU-{n}", 12.5, 2), ("SHIPPING", 4.99, 1)])
    test_cart.CartTests.owner = f"qa-{n}"
    test_cart.CartTests.sku = f"SKU-T{n}"
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(test_cart.CartTests)
    result = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
    return total, result.wasSuccessful()
