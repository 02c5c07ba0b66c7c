"""Unit prices and discounts; carts come from orders (imported lazily: cycle)."""
import zlib

BASE_CENTS = 499


def unit_price(sku):
    return BASE_CENTS + zlib.crc32(sku.encode()) % 500


def apply_coupon(amount, code):
    percent = 10 if code.startswith("TEN") else 0
    return amount - amount * percent // 100


def quick_add(customer, sku, qty=1):
    import orders

    cart = orders.open_cart(customer)
    lines = cart["lines"]
    lines[sku] = lines.get(sku, 0) + qty
    return orders.total(cart)
