"""HTTP client helper that builds request headers; extra headers default to None."""
import itertools


def build_headers(token, extra=None):
    headers = {} if extra is None else dict(extra)
    headers["Authorization"] = "Bearer " + token
    headers.setdefault("Accept", "application/json")
    return headers


_tokens = itertools.count()


def scenario():
    n = next(_tokens)
    build_headers(f"tok-{n:06d}")
    build_headers(f"tok-{n:06d}", {"X-Request-Id": str(n)})
