"""VAT rates per category, in percent, and gross price calculation."""

VAT_PERCENT = {"books": 7, "garden": 19, "kitchen": 19}
DEFAULT_VAT = 19


def with_vat(net_cents, category):
    """Gross price in cents, rounded half up."""
    rate = VAT_PERCENT.get(category, DEFAULT_VAT)
    return net_cents + (net_cents * rate + 50) // 100
