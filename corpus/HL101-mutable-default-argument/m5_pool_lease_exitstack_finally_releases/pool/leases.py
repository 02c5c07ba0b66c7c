"""Resource leases: a resource may be held by one job at a time."""
from contextlib import contextmanager


@contextmanager
def lease(resource, _held=set()):  # expect: HL101 refuted
    if resource in _held:
        raise RuntimeError(f"{resource} is already leased")
    _held.add(resource)
    try:
        yield resource
    finally:
        _held.discard(resource)
