"""Webhook endpoint: each POST carries a small batch of provider events."""
import itertools

from webhooks import deliver_batch

_posts = itertools.count()


def scenario():
    n = next(_posts)
    events = [
        {"type": "payment", "id": f"evt_{n}a", "amount": 10 + n % 90},
        {"type": "payment", "id": f"evt_{n}a", "amount": 10 + n % 90},
        {"type": "payment", "id": f"evt_{n}b", "amount": 5},
    ]
    return deliver_batch(events)
