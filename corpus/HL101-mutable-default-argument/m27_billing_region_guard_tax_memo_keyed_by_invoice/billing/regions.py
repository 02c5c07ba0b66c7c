"""Supported billing regions, currencies and their standard tax rates."""
REGIONS = frozenset({"DE", "FR", "GB", "US", "CH"})
CURRENCIES = frozenset({"EUR", "GBP", "USD", "CHF"})
STANDARD_RATES = {"DE": 0.19, "FR": 0.20, "GB": 0.20, "US": 0.0, "CH": 0.081}
