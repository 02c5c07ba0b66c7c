"""Orders: imports inventory at module level to reserve stock for each order line."""
import inventory

_PREFIX = "ORD"


def order_ref(order_id):
    return f"{_PREFIX}-{order_id}"


def place_order(order_id, lines):
    reserved = [inventory.reserve(sku, qty, order_id) for sku, qty in lines]
    return {"ref": order_ref(order_id), "reserved": sum(reserved)}
