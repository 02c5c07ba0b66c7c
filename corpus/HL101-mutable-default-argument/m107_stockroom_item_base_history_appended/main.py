"""Warehouse intake: each call receives two new stock lines."""
import itertools

import stockroom as sr

_deliveries = itertools.count(1)


def scenario():
    n = next(_deliveries)
    milk = sr.Perishable(f"MILK-{n}", 12 + n % 5, expires=f"2024-06-{n % 28 + 1:02d}")
    milk.log("shelved", 10)
    bolts = sr.Bulk(f"BOLT-{n}", 500, pallet=f"P{n % 40}")
    bolts.log("picked", -20)
    return milk.last(), bolts.on_hand()
