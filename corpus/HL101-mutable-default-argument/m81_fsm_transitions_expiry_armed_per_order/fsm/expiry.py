"""expiry: unpaid orders are cancelled once their payment window closes."""
from .transitions import on


def arm(order, minutes):
    """Give this order its own expiry handler, with its own payment window."""
    @on("new", "expire", order=order.id)
    def expire(machine, now):
        return "cancelled" if now - machine.created >= minutes else "new"
    return expire
