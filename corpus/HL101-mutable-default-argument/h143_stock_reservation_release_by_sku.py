"""Stock reservations: `hold()` files each hold in a dict default, so the
stock page can list what is on hold, and the `Reservation` keeps a handle on
that ledger to release itself. Holds are filed under the reservation's `key`
property (SKU and order), but `release()` pops by bare SKU, so released
holds are never removed from the ledger."""
import dataclasses
import itertools

_orders = itertools.count()


@dataclasses.dataclass
class Reservation:
    sku: str
    order_id: str
    qty: int
    ledger: dict = dataclasses.field(repr=False)

    @property
    def key(self):
        return "%s/%s" % (self.sku, self.order_id)

    def release(self):
        return self.ledger.pop(self.sku, None)


def hold(sku, order_id, qty, ledger={}):  # expect: HL101 confirmed
    reservation = Reservation(sku, order_id, qty, ledger)
    ledger[reservation.key] = reservation
    return reservation


def scenario():
    n = next(_orders)
    reservation = hold("SKU-%05d" % (n % 500), "ORD-%d" % n, n % 4 + 1)
    reservation.release()
    return reservation.key
