"""Process-wide signals of the shop, created once at import."""
from signals import Signal

order_placed = Signal("order_placed")
order_refunded = Signal("order_refunded")
