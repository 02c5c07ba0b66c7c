"""Shipping service: loads the order's row, then prices it by region."""
from . import repository
from .constants import RATES, Region


def ship(order_id, region_code, weight):
    row = repository.find({"table": "orders", "key": order_id})
    cost = round(RATES[Region(region_code)] * weight * row["lines"], 2)
    return {"order": row["order"], "status": row["status"], "cost": cost}
