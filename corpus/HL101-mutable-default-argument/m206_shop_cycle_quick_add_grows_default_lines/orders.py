"""Carts and order totals."""
import pricing


def open_cart(customer, lines={}):  # expect: HL101 confirmed
    """A cart for customer; lines maps sku -> quantity."""
    return {"customer": customer, "lines": lines, "coupon": None}


def total(cart):
    amount = 0
    for sku, qty in cart["lines"].items():
        amount += pricing.unit_price(sku) * qty
    if cart["coupon"]:
        amount = pricing.apply_coupon(amount, cart["coupon"])
    return amount
