"""One shopper visit: view a product page, then add it to the cart."""
import itertools

from webapp.views import *

_visits = itertools.count(1)


def scenario():
    n = next(_visits)
    request = {"user": f"u{n % 9}", "sku": f"SKU-{n:06d}"}
    page = product_detail(request)
    badge = add_to_cart(request)
    return len(page) + len(badge)
