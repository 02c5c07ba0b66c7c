"""Shop: a `Cart` keeps its lines in the list passed as `items`, exposed
through an `items` property. `add()` checks the line first and only then
appends it. The quick-add form resubmits lines with quantity 0, so the check
raises before the append and the default list stays empty."""
import itertools

_forms = itertools.count()


class Cart:
    # heaplint-todo: `Cart.items`, which can store into it at line 17, never ran in the scenario; code heaplint cannot see may call it (heaplint: unknown)
    def __init__(self, customer, items=[]):  # expect: HL101 refuted
        self.customer = customer
        self._items = items

    @property
    def items(self):
        return self._items

    def add(self, sku, qty):
        line = (sku, qty, f"{self.customer}/{sku}")
        self._check(line)
        self._items.append(line)

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
