"""Conversion: unknown codes are looked up once and kept in the rate table."""
from .tables import reference_rate

__all__ = ["to_euros"]


def to_euros(amount, code, rates={"EUR": 1.0, "USD": 0.92}):  # expect: HL101 refuted
    rate = rates.get(code)
    if rate is None:
        rate = rates[code] = reference_rate(code)
    return round(amount * rate, 2)


def _debug_rates(extra={}):  # expect: HL101 refuted
    return {**extra}
