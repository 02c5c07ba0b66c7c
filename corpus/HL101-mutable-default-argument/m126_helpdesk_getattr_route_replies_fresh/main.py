"""Helpdesk front end: each call is one new ticket, opened, checked, then escalated."""
import itertools

import router

_tickets = itertools.count(1)


def scenario():
    n = next(_tickets)
    req = {"id": f"T-{n:05d}", "subject": f"printer {n} jammed", "user": f"u{n % 7}"}
    return [router.dispatch(action, req) for action in ("open", "status", "escalate")]
