from ..config import CURRENCY
from ..util.text import money


def order_response(cart, total, trail):
    return {"ref": cart.ref, "total": money(total, CURRENCY), "events": len(trail)}
