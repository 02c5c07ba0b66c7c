"""Shop front: every product page request renders a fresh ProductPage."""
import itertools

from shopapp.pages import ProductPage

_requests = itertools.count()


def scenario():
    n = next(_requests)
    request = {"path": f"/products/sku-{n:06d}", "user": f"u{n % 11}"}
    return len(ProductPage().render(request))
