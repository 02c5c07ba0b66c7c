"""Static catalogue data loaded with the package."""

BASE_PRICES = {"WID": 4.5, "GAD": 12.0, "SPR": 0.75, "BOLT": 0.2}
CATALOG = ("WID-100", "GAD-200", "SPR-300", "BOLT-400", "WID-101")
VAT = 1.2
