"""Market feed: one tick generator is created at import; each quote request pulls the next tick."""
import itertools


def ticks(symbol, start, _history=[]):  # expect: HL101 confirmed
    price = start
    for step in itertools.count():
        price = round(price * (1.0 + ((step * 7919) % 21 - 10) / 1000.0), 4)
        _history.append((symbol, step, price))
        yield price


_feed = ticks("ACME", 100.0)


def quote(qty):
    price = next(_feed)
    return {"qty": qty, "price": price, "total": round(qty * price, 2)}


_orders = itertools.count()


def scenario():
    return quote(next(_orders) % 50 + 1)
