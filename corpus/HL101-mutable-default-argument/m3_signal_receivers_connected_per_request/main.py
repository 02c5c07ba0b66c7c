"""Web app: each request opens a DB session whose close() is connected to request_finished."""
import itertools

from app.middleware import handle_request

_requests = itertools.count()


def scenario():
    n = next(_requests)
    return handle_request({"path": f"/items/{n}", "user": f"u{n}"})
