"""Shipping service: prices an order from its region's row."""
from . import repository
from .constants import Region


def ship(order_id, region_code, weight):
    region = Region(region_code)
    row = repository.find({"table": "regions", "key": region.value})
    cost = round(row["rate"] * weight, 2)
    return {"order": order_id, "region": row["region"], "cost": cost}
