PRICES = {"MUG": 1200, "TEE": 2500, "CAP": 1800}
GIFT_WRAP = 300


def price_of(sku):
    if sku.startswith("WRAP-"):
        return GIFT_WRAP
    return PRICES[sku]
