"""Order handlers."""
from .registry import registry


@registry.on("PlaceOrder")
def place_order(command, reply):
    total = sum(qty * price for qty, price in command["lines"])
    reply({"order": command["id"], "total": total})
