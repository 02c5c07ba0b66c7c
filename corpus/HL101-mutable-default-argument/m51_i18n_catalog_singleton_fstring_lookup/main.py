import itertools

import storefront.pages as pages

_visits = itertools.count()


def scenario():
    n = next(_visits)
    return pages.cart_header(f"customer{n}", n % 9)
