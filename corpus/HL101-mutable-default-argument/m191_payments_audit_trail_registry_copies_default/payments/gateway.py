"""Card charges; every charge is written to the "charge" audit trail."""
from .audit import open_trail, record


def charge(order_id, cents, trail=[]):  # expect: HL101 refuted
    open_trail("charge", trail)
    record("charge", f"{order_id}: charged {cents / 100:.2f} EUR")
    return {"order": order_id, "status": "captured", "amount": cents}
