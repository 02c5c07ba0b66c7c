"""Warehouse picking: `reserved()` holds stock for an order while the picker
works and releases it afterwards. Holds are tracked per SKU in a default
dict; the release follows the `yield` without try/finally, so when a pick
fails inside the with block the hold for that order's SKU is never dropped."""
import contextlib
import itertools

_orders = itertools.count()


@contextlib.contextmanager
def reserved(stock, sku, qty, held={}):  # expect: HL101 confirmed
    if stock.get(sku, 0) - held.get(sku, 0) < qty:
        raise ValueError("out of stock: %s" % sku)
    held[sku] = held.get(sku, 0) + qty
    yield held[sku]
    held[sku] -= qty
    if not held[sku]:
        del held[sku]


def pick(stock, sku, qty, bin_found):
    with reserved(stock, sku, qty):
        if not bin_found:
            raise LookupError("bin empty for %s" % sku)
        stock[sku] -= qty
    return stock[sku]


def scenario():
    n = next(_orders)
    sku = "SKU-%06d" % n
    stock = {sku: 5}
    try:
        return pick(stock, sku, 2, bin_found=n % 3 == 0)
    except LookupError:
        return stock[sku]
