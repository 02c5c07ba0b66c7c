"""Audit middleware: a decorator wraps each view and counts calls per user
and path in a dict default, which the admin page reads. The key uses the raw
request path, which carries the order id, so every new order opens a new
entry in the shared tally and the tally grows for the life of the process."""
import functools
import itertools


def audited(view, tally={}):  # expect: HL101 confirmed
    @functools.wraps(view)
    def wrapper(request, **kwargs):
        key = "%s %s %s" % (request["user"], request["method"], request["path"])
        tally[key] = tally.get(key, 0) + 1
        return view(request, **kwargs)

    wrapper.tally = tally
    return wrapper


@audited
def order_detail(request, order_id):
    return {"status": 200, "body": "order %d for %s" % (order_id, request["user"])}


_orders = itertools.count(10_000)


def scenario():
    n = next(_orders)
    request = {"user": "clerk%d" % (n % 4), "method": "GET", "path": "/orders/%d" % n}
    return order_detail(request, order_id=n)["status"]
