import itertools

import shop.apps  # noqa: F401  (connects the app's receivers, like INSTALLED_APPS)
from shop.orders import place_order

_ids = itertools.count(1000)


def scenario():
    pk = next(_ids)
    lines = [("sku-%d" % (pk % 3 + 1), pk % 4 + 1)]
    order = place_order(pk, "customer-%d@example.com" % pk, lines)
    assert order.status == "paid"
