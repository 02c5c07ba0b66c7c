"""Search indexer: each new ticket's subject is encoded to token ids."""
import itertools

from textkit import encode

_tickets = itertools.count()


def scenario():
    n = next(_tickets)
    return encode(f"Refund for order {n} requested by customer c{n * 7:07d}")
