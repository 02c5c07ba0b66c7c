"""Cart pricing: `running_total()` is a generator-based coroutine, primed
with next(), that receives line amounts via send() and yields the running
total; every amount is also appended to an audit log default. The pricer is
dropped (and closed) after checkout, but nothing ever empties the log, so
every checkout's (cart, amount) lines accumulate in it."""
import itertools

_carts = itertools.count()


def running_total(cart, log=[]):  # expect: HL101 confirmed
    total = 0
    while True:
        amount = yield total
        log.append((cart, amount))
        total += amount


def checkout(cart, amounts):
    pricer = running_total(cart)
    next(pricer)
    for amount in amounts:
        total = pricer.send(amount)
    return total


def scenario():
    n = next(_carts)
    return checkout("cart-%d" % n, [1999 + n, 450, 1250 + n % 7])
