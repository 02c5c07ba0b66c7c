"""Event sourcing read side: a `projection` decorator memoises each
projection's result with the stream version it was built from, so a query
does not replay a stream that has not changed. The cache is a default of the
decorator with one slot per projection: reads for a cart come in bursts, so
it only remembers the last aggregate each projection served."""
import functools
import itertools

_carts = itertools.count()


def projection(fn, cache={}):  # expect: HL101 refuted
    @functools.wraps(fn)
    def wrapper(aggregate_id, events):
        hit = cache.get(fn.__name__)
        if hit is not None and hit[:2] == (aggregate_id, len(events)):
            return hit[2]
        result = fn(events)
        cache[fn.__name__] = (aggregate_id, len(events), result)
        return result
    return wrapper


@projection
def cart_total(events):
    return sum(e["price"] * e["qty"] for e in events if e["type"] == "added")


def scenario():
    cart = "cart-%d" % next(_carts)
    events = [{"type": "added", "price": 5, "qty": n} for n in range(1, 4)]
    return cart_total(cart, events), cart_total(cart, events)
