"""Shop back office: one order's confirmation and receipt e-mails per call."""
import itertools

from mailtpl import confirmation, receipts

_ids = itertools.count()


def scenario():
    n = next(_ids)
    order = f"ORD-{n:06d}"
    lines = [(f"SKU-{n:05d}", 1), ("GIFTWRAP", n % 2)]
    return confirmation.render(f"Customer {n}", order), receipts.render(order, lines)
