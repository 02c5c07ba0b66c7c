from relay import Signal

order_placed = Signal("order_placed")
