"""Webhooks: dispatch() parks deliveries of unknown kinds in its default list; the module's senders only ever emit kinds present in HANDLERS."""
import itertools

HANDLERS = {
    "invoice.paid": lambda p: ("mark_paid", p["invoice"]),
    "invoice.voided": lambda p: ("void", p["invoice"]),
    "customer.deleted": lambda p: ("forget", p["customer"]),
}


def dispatch(kind, payload, unhandled=[]):  # expect: HL101 refuted
    if kind not in HANDLERS:
        unhandled.append((kind, payload["delivery"]))
        return None
    return HANDLERS[kind](payload)


def receive(delivery, kind, **fields):
    return dispatch(kind, {"delivery": delivery, **fields})


_deliveries = itertools.count()


def scenario():
    n = next(_deliveries)
    kind = ("invoice.paid", "invoice.voided")[n % 2]
    return receive(f"dlv_{n:08x}", kind, invoice=f"in_{n}")
