import itertools

import webapp

_ids = itertools.count()


def scenario():
    n = next(_ids)
    status, headers, body = webapp.product_page(f"/products/blue-mug-{n}")
    return status, len(body), len(headers["link"])
