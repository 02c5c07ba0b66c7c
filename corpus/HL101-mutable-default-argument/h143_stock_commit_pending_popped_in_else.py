"""Stock commits: while a commit is in flight its quantity is parked in a
`pending` dict default, so an availability check running meanwhile can
subtract it. The entry is removed in the `else:` branch of the try, so a
commit that fails with `OutOfStock` returns False and leaves its SKU parked."""
import itertools

_commits = itertools.count()


class OutOfStock(Exception):
    pass


class Ledger:
    def __init__(self, on_hand):
        self.on_hand = dict(on_hand)

    def take(self, sku, qty):
        have = self.on_hand.get(sku, 0)
        if qty > have:
            raise OutOfStock("%s: need %d, have %d" % (sku, qty, have))
        self.on_hand[sku] = have - qty


def commit(ledger, sku, qty, pending={}):  # expect: HL101 confirmed
    pending[sku] = pending.get(sku, 0) + qty
    try:
        ledger.take(sku, qty)
    except OutOfStock:
        return False
    else:
        del pending[sku]
        return True


def scenario():
    sku = "SKU-%06d" % next(_commits)
    ledger = Ledger({sku: 10})
    return commit(ledger, sku, 4), commit(ledger, sku, 8)
