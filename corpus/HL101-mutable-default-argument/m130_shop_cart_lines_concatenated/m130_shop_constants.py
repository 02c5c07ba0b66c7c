"""Shop-wide constants."""
CURRENCY = "EUR"
TAX_RATE = 0.2
MAX_QTY = 99
SKU_PREFIX = "SKU-"
