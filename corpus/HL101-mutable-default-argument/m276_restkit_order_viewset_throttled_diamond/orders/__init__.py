"""orders: the order API."""
