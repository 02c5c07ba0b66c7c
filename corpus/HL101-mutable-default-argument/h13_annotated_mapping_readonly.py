"""Pricing: the discount table parameter is annotated Mapping[str, int] with a dict default, and only read."""
import itertools
from typing import Mapping


def price_after_discount(cents: int, tier: str, discounts: Mapping[str, int] = {"gold": 20, "silver": 10}) -> int:  # expect: HL101 refuted
    pct = discounts.get(tier, 0)
    return cents - cents * pct // 100


def checkout(order):
    return sum(price_after_discount(line, order["tier"]) for line in order["lines"])


_orders = itertools.count()


def scenario():
    n = next(_orders)
    return checkout({"tier": ("gold", "silver", "basic")[n % 3], "lines": [n % 1000, 250]})
