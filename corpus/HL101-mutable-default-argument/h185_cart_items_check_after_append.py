"""Shop: a `Cart` keeps its lines in the list passed as `items`, exposed
through an `items` property. `add()` appends the line first and checks it
afterwards. The quick-add form resubmits lines with quantity 0: the check
raises, but the rejected line is already in the shared default list."""
import itertools

_forms = itertools.count()


class Cart:
    def __init__(self, customer, items=[]):  # expect: HL101 confirmed
        self.customer = customer
        self._items = items

    @property
    def items(self):
        return self._items

    def add(self, sku, qty):
        line = (sku, qty, f"{self.customer}/{sku}")
        self._items.append(line)
        self._check(line)

    def _check(self, line):
        if line[1] <= 0:
            raise ValueError(f"quantity must be positive for {line[0]}")


def quick_add(customer, sku, qty):
    cart = Cart(customer)
    try:
        cart.add(sku, qty)
    except ValueError as exc:
        return f"form error: {exc}"
    return f"{len(cart.items)} lines"


def scenario():
    n = next(_forms)
    return quick_add(f"cust-{n}", f"SKU-{n:06d}", 0)
