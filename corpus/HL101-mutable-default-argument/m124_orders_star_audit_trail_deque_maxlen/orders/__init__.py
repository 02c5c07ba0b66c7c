"""orders: placing orders, with every step audited."""
