"""Cart API: price or check out one fresh cart per call."""
import itertools

from cart import CartService

_carts = itertools.count(1)
SERVICE = CartService({"book": 12.0, "pen": 1.5, "mug": 8.0})


def scenario():
    n = next(_carts)
    cart_id = f"cart-{n}"
    items = [("book", 1 + n % 3), ("pen", n % 5), ("mug", n % 2)]
    if n % 3 == 0:
        return SERVICE.checkout(cart_id, items, coupon="HALF" if n % 2 else None)
    return SERVICE.price(cart_id, items)
