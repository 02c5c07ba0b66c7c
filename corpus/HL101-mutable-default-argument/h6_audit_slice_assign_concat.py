"""Audit: entries are appended by slice assignment of a concatenation, which rewrites the default in place."""
import itertools


def audit(actor, action, trail=[]):  # expect: HL101 confirmed
    entry = f"{actor} {action}"
    trail[:] = trail + [entry]
    return len(trail)


def delete_invoice(user, invoice_id):
    audit(user, f"deleted invoice {invoice_id}")
    return invoice_id


_ids = itertools.count()


def scenario():
    n = next(_ids)
    delete_invoice(f"user{n % 9}", f"INV-{n}")
