"""Storefront: each request renders one order page from its view's context."""
import itertools

from webapp.views.orders import OrderDetail

_requests = itertools.count()
PAGE = "{user} | {object[number]} | {trail}"


def scenario():
    n = next(_requests)
    request = {"user": "shopper-%d" % n, "path": "/orders/%d" % n}
    ctx = OrderDetail(request, order_id=n).get_context()
    return PAGE.format(trail=" > ".join(label for label, _ in ctx["breadcrumbs"][-2:]), **ctx)
