"""Billing API: every request gets an audit trail for its user, which records
the login and the invoice the request touched."""
import itertools

from auditlog import AuditTrail

_requests = itertools.count()


def scenario():
    n = next(_requests)
    trail = AuditTrail(user=f"user-{n % 97}", request_id=f"req-{n:06d}")
    trail.record("login", "session")
    trail.record("update", f"invoice/{n}")
    return trail.count
