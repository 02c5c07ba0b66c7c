"""Wholesale shop: quotes the cheapest way to buy `qty` units from the pack
sizes on offer, by recursion over the remaining quantity with a memo dict
default. The price only depends on the customer's tier, so the memo is keyed
by (tier, qty): three tiers and order sizes below 40 bound the default dict,
which stops growing once every combination has been quoted."""
import itertools

_orders = itertools.count()

PACKS = {1: 2.50, 6: 13.00, 12: 24.00}
TIERS = {"retail": 0.0, "trade": 0.05, "partner": 0.10}


def best_price(customer, qty, memo={}):  # expect: HL101 refuted
    key = (customer["tier"], qty)
    if key not in memo:
        if qty <= 0:
            memo[key] = 0.0
        else:
            memo[key] = min(price * (1 - TIERS[customer["tier"]]) + best_price(customer, qty - size, memo)
                            for size, price in PACKS.items() if size <= qty)
    return memo[key]


def scenario():
    n = next(_orders)
    customer = {"id": f"cust-{n:06d}", "tier": ("retail", "trade", "partner")[n % 3]}
    return customer["id"], best_price(customer, 10 + n % 30)
