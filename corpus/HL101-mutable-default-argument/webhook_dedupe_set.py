"""Webhook receiver that drops duplicate deliveries by remembering delivery ids."""
import itertools


def handle_delivery(delivery_id, payload, seen_ids=set()):  # expect: HL101 confirmed
    if delivery_id in seen_ids:
        return "duplicate"
    seen_ids.add(delivery_id)
    return "accepted:" + payload.get("event", "unknown")


_deliveries = itertools.count()


def scenario():
    n = next(_deliveries)
    handle_delivery(f"dlv_{n:08d}", {"event": "invoice.paid", "amount": n})
