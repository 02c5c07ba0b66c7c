"""inventory: stock levels and low-stock alerts."""
