"""Webhooks: dispatch() rejects unknown event kinds with ValueError, then appends every accepted delivery id to its default audit list."""
import itertools

HANDLERS = {
    "invoice.paid": lambda p: ("mark_paid", p["invoice"]),
    "invoice.voided": lambda p: ("void", p["invoice"]),
    "customer.deleted": lambda p: ("forget", p["customer"]),
}


def dispatch(kind, payload, audit=[]):  # expect: HL101 confirmed
    if kind not in HANDLERS:
        raise ValueError(f"unsupported webhook {kind!r}")
    audit.append(payload["delivery"])
    return HANDLERS[kind](payload)


def receive(delivery, kind, **fields):
    return dispatch(kind, {"delivery": delivery, **fields})


_deliveries = itertools.count()


def scenario():
    n = next(_deliveries)
    kind = ("invoice.paid", "invoice.voided")[n % 2]
    return receive(f"dlv_{n:08x}", kind, invoice=f"in_{n}")
