"""Serve one inbox request per call: the home page, a message, or a stray URL."""
import itertools

import inbox.routes

_requests = itertools.count()


def scenario():
    n = next(_requests)
    user = f"user{n % 50}"
    unread = {str(n): (f"Invoice #{n}", f"billing{n % 7}@example.com")}
    path = ("/", f"/messages/{n}", f"/old/{n}")[n % 3]
    return inbox.routes.dispatch(path, user, unread)
