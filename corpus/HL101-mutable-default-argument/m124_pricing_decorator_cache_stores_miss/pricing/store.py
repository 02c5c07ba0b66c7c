"""Price cache shared by every quoting function, warmed with the staples."""
CACHE = {}


def warm(prices):
    CACHE.update(prices)


warm({"SKU-PEN": 1.2, "SKU-PAD": 3.5, "SKU-INK": 7.0})
