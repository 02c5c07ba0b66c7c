"""Order batch submitter: `submit_batch()` validates every order first, then
builds one `_commit_hook()` closure per order, passing it the `journal` list,
keeps the hooks in a list and fires them once the batch is accepted.
`journal` is the default list and nothing empties it, so every batch's
(order id, total) entries stay in it."""
import itertools

_batches = itertools.count()


def _commit_hook(order, journal):
    def fire():
        total = sum(qty * price for qty, price in order["lines"])
        journal.append((order["id"], total))
        return total

    return fire


def submit_batch(orders, journal=[]):  # expect: HL101 confirmed
    hooks = []
    for order in orders:
        if not order["lines"]:
            raise ValueError("empty order %s" % order["id"])
        hooks.append(_commit_hook(order, journal))
    totals = [fire() for fire in hooks]
    return sum(totals), journal[-len(hooks):]


def scenario():
    n = next(_batches)
    orders = [{"id": "ord-%d-%d" % (n, i), "lines": [(i + 1, 9.5), (2, n % 7 + 1.25)]} for i in range(3)]
    return submit_batch(orders)
