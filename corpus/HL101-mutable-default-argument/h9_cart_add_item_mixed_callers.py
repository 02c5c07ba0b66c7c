"""Shop: add_item puts an item in a cart; checkout starts a cart explicitly, but the quick-buy button relies on the default."""
import itertools


def add_item(item, cart=[]):  # expect: HL101 confirmed
    cart.append(item)
    return cart


def checkout(sku, qty):
    cart = add_item({"sku": sku, "qty": qty}, [])
    return sum(line["qty"] for line in cart)


def quick_buy(sku):
    return len(add_item({"sku": sku, "qty": 1}))


_orders = itertools.count()


def scenario():
    n = next(_orders)
    checkout(f"SKU-{n}", n % 4 + 1)
    quick_buy(f"SKU-{n + 1}")
