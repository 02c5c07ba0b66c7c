import functools
import itertools

_request_ids = itertools.count(1)


def with_request_id(func):
    """Give every handled request an x-request-id header."""

    @functools.wraps(func)
    def wrapper(path, **kwargs):
        headers = kwargs.setdefault("headers", {})
        headers.setdefault("x-request-id", str(next(_request_ids)))
        return func(path, **kwargs)

    return wrapper
