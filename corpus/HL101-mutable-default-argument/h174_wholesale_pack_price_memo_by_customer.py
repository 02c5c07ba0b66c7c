"""Wholesale shop: quotes the cheapest way to buy `qty` units from the pack
sizes on offer, by recursion over the remaining quantity with a memo dict
default. The memo key uses the customer's id, which is new for every order,
so each quote adds fresh (customer, qty) entries that no later quote reuses."""
import itertools

_orders = itertools.count()

PACKS = {1: 2.50, 6: 13.00, 12: 24.00}
TIERS = {"retail": 0.0, "trade": 0.05, "partner": 0.10}


def best_price(customer, qty, memo={}):  # expect: HL101 confirmed
    key = (customer["id"], qty)
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
