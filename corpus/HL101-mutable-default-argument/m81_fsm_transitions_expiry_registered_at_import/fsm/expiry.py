"""expiry: unpaid orders are cancelled once their payment window closes."""
from .transitions import on

PAYMENT_WINDOW = 30


@on("new", "expire")
def expire(machine, now):
    window = getattr(machine, "window", PAYMENT_WINDOW)
    return "cancelled" if now - machine.created >= window else "new"
