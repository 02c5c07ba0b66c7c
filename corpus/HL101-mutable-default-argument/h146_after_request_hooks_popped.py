"""Micro web framework: a view registers response hooks with the
@after_this_request decorator (a closure that sets the Location of a
post-redirect-get, adds a cookie...). Hooks go into a list default; called
with no function, after_this_request() hands the framework that list, and
finish_request() pops each hook off the front before running it."""
import itertools
from urllib.parse import urlencode

_orders = itertools.count()


def after_this_request(func=None, _hooks=[]):  # expect: HL101 refuted
    if func is None:
        return _hooks
    _hooks.append(func)
    return func


def finish_request(response):
    hooks = after_this_request()
    while hooks:
        response = hooks.pop(0)(response) or response
    return response


def checkout_view(order_id, cart):
    @after_this_request
    def redirect_to_receipt(response):
        query = urlencode({"order": order_id, "items": len(cart), "utm_medium": "checkout"})
        response["headers"]["Location"] = "/receipts/?" + query

    return {"status": 303, "headers": {}, "body": b""}


def scenario():
    n = next(_orders)
    response = finish_request(checkout_view(n, ["sku-%d" % (n + i) for i in range(3)]))
    return response["status"], response["headers"]["Location"]
