class ItemsMixin:
    """Shared add() for item containers that keep `self.items`."""

    def add(self, sku, price, qty=1):
        self.items.append((sku, price, qty))
        return len(self.items)
