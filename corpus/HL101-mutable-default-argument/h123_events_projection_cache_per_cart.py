"""Event sourcing read side: a `projection` decorator memoises each
projection's result with the stream version it was built from, so a query
does not replay a stream that has not changed. The cache is a default of the
decorator keyed by projection and aggregate id, and every shopping cart is a
new aggregate."""
import functools
import itertools

_carts = itertools.count()


def projection(fn, cache={}):  # expect: HL101 confirmed
    @functools.wraps(fn)
    def wrapper(aggregate_id, events):
        key = "%s:%s" % (fn.__name__, aggregate_id)
        hit = cache.get(key)
        if hit is not None and hit[0] == len(events):
            return hit[1]
        result = fn(events)
        cache[key] = (len(events), result)
        return result
    return wrapper


@projection
def cart_total(events):
    return sum(e["price"] * e["qty"] for e in events if e["type"] == "added")


def scenario():
    cart = "cart-%d" % next(_carts)
    events = [{"type": "added", "price": 5, "qty": n} for n in range(1, 4)]
    return cart_total(cart, events), cart_total(cart, events)
