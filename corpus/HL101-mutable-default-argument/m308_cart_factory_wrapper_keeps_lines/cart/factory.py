"""Builds carts, optionally pre-filled with lines restored from a saved session."""
from .model import Cart


def new_cart(customer, lines=[]):  # expect: HL101 confirmed
    return Cart(customer, lines)
