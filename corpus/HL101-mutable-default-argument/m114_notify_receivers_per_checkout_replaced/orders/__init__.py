"""orders: checkout and shipping."""
