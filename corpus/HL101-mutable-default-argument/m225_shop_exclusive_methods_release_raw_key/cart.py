"""Shopping carts: every operation on a cart holds that cart's lock while it runs."""
from guard import exclusive


class CartService:
    def __init__(self, catalog):
        self.catalog = catalog

    def _total(self, items):
        return sum(self.catalog[sku] * qty for sku, qty in items)

    @exclusive("cart")
    def price(self, cart_id, items):
        return {"cart": cart_id, "total": self._total(items)}

    @exclusive("cart")
    def checkout(self, cart_id, items, coupon=None):
        total = self._total(items)
        if coupon == "HALF":
            total /= 2
        return {"cart": cart_id, "total": round(total, 2), "status": "paid"}
