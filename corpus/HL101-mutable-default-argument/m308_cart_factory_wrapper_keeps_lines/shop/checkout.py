"""Checkout flow: fills a new cart from the basket and prices it."""
import cart as carts


def checkout(customer, basket):
    current = carts.new_cart(customer)
    for sku, quantity, unit_cents in basket:
        current.add(sku, quantity, unit_cents)
    return customer, current.total_cents()
