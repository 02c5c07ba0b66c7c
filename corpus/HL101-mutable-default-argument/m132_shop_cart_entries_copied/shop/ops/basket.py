"""open_cart() makes an empty Cart; add_item() appends one priced Item to it."""
from ..models import Cart, Item
from ..store import Store

_store = Store()


def open_cart(owner):
    return Cart(owner)


def add_item(cart, sku, qty=1):
    item = Item(sku, _store.price(sku), qty)
    cart.entries.append(item)
    return item
