"""Shop API: a visitor views their cart and saves a product for later."""
import itertools

from shop.cart import Cart
from shop.wishlist import Wishlist

_visits = itertools.count()


def scenario():
    n = next(_visits)
    user = f"user-{n}"
    cart = Cart(user)
    wishlist = Wishlist(user)
    wishlist.add(f"sku-{n}", 1999 + n)
    cart.add(f"gift-{n}", 0)
    return cart.total(), cart.is_empty(), len(wishlist.items)
