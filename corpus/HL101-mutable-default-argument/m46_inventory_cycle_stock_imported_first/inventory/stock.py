"""Stock levels per SKU; a take() that reaches the reorder point raises an alert."""
import inventory.alerts as alerts


class StockItem:
    def __init__(self, sku, on_hand, reorder_at=5, reorder_qty=20):
        self.sku = sku
        self.on_hand = on_hand
        self.reorder_at = reorder_at
        self.reorder_qty = reorder_qty

    def take(self, qty):
        if qty > self.on_hand:
            raise ValueError(f"only {self.on_hand} of {self.sku} on hand")
        self.on_hand -= qty
        if self.on_hand <= self.reorder_at:
            alerts.low_stock(self)
        return self.on_hand
