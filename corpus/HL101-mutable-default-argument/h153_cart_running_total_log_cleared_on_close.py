"""Cart pricing: `running_total()` is a generator-based coroutine, primed
with next(), that receives line amounts via send() and yields the running
total; every amount is also appended to an audit log default. When checkout
drops the pricer, CPython closes it: GeneratorExit at the yield runs the
finally, which empties the log, so no checkout's lines outlive it."""
import itertools

_carts = itertools.count()


def running_total(cart, log=[]):  # expect: HL101 refuted
    total = 0
    try:
        while True:
            amount = yield total
            log.append((cart, amount))
            total += amount
    finally:
        del log[:]


def checkout(cart, amounts):
    pricer = running_total(cart)
    next(pricer)
    for amount in amounts:
        total = pricer.send(amount)
    return total


def scenario():
    n = next(_carts)
    return checkout("cart-%d" % n, [1999 + n, 450, 1250 + n % 7])
