"""Request scopes: a request's instances live in ``active`` while it runs.

The scope is removed after the ``yield`` only when the body finishes
normally: a request that raises (every third one here) leaves its scope dict
and its Session in the shared ``active`` default for good.
"""
from contextlib import contextmanager

__all__ = ["request_scope"]


@contextmanager
def request_scope(request_id, active={}):  # expect: HL101 confirmed
    """Open the scope of one request; it is dropped when the request ends."""
    scope = active[request_id] = {"request_id": request_id}
    yield scope
    del active[request_id]
