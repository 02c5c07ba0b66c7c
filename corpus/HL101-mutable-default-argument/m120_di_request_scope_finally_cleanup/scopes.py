"""Request scopes: a request's instances live in ``active`` while it runs.

The scope is removed in a ``finally``, so a request that raises (every third
one here) drops its scope too: ``active`` only ever holds running requests.
"""
from contextlib import contextmanager

__all__ = ["request_scope"]


@contextmanager
def request_scope(request_id, active={}):  # expect: HL101 refuted
    """Open the scope of one request; it is dropped when the request ends."""
    scope = active[request_id] = {"request_id": request_id}
    try:
        yield scope
    finally:
        del active[request_id]
