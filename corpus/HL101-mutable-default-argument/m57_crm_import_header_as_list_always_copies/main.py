"""Nightly CRM sync: each batch of contacts is rendered as a table for the audit mail."""
import itertools

from importer import to_table

_batches = itertools.count()


def scenario():
    n = next(_batches)
    contacts = [
        {"id": n, "email": f"user{n}@example.test", f"cf_{n}": "gold"},
        {"id": n + 1, "email": f"user{n + 1}@example.test", "phone": f"555-{n:04d}"},
    ]
    return len(to_table(contacts))
