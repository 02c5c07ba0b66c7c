"""VAT rates per region, as Decimals."""
from decimal import Decimal

VAT = {"DE": "0.19", "FR": "0.20", "NL": "0.21", "US": "0.00"}


def vat_rate(region):
    return Decimal(VAT.get(region, "0.00"))
