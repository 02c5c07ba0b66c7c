"""Audit middleware: a decorator wraps each view and counts calls per user
and route in a dict default, which the admin page reads. The key uses the
view's route template, not the raw path, so with a handful of clerks the
shared tally holds a fixed set of counters that are only incremented."""
import functools
import itertools


# heaplint-todo: called with new arguments as outside code would call it, wrapper grows it; but this application uses wrapper as a value (a table, an attribute, a callback) or the interpreter calls it, and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
def audited(view, tally={}):  # expect: HL101 refuted
    @functools.wraps(view)
    def wrapper(request, **kwargs):
        key = "%s %s %s" % (request["user"], request["method"], view.route)
        tally[key] = tally.get(key, 0) + 1
        return view(request, **kwargs)

    wrapper.tally = tally
    return wrapper


def route(template):
    def mark(view):
        view.route = template
        return view
    return mark


@audited
@route("/orders/<int:order_id>")
def order_detail(request, order_id):
    return {"status": 200, "body": "order %d for %s" % (order_id, request["user"])}


_orders = itertools.count(10_000)


def scenario():
    n = next(_orders)
    request = {"user": "clerk%d" % (n % 4), "method": "GET", "path": "/orders/%d" % n}
    return order_detail(request, order_id=n)["status"]
