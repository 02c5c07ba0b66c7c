"""Retry helper for flaky HTTP/DB calls that keeps a short failure history for debugging."""
import itertools

_ids = itertools.count()
MAX_HISTORY = 8


class TransientError(Exception):
    pass


class RetryError(Exception):
    pass


def call_with_retry(fn, attempts=4, history=[]):  # expect: HL101 confirmed
    for attempt in range(1, attempts + 1):
        try:
            return fn(attempt)
        except TransientError as exc:
            history.append((fn.__name__, attempt, str(exc)))
    del history[:-MAX_HISTORY]
    raise RetryError(f"{fn.__name__} failed after {attempts} attempts", history[-1])


def fetch_page(url):
    def fetch_page(attempt):
        if attempt < 3:
            raise TransientError(f"503 Service Unavailable from {url} (try {attempt})")
        return {"url": url, "status": 200}

    try:
        return call_with_retry(fetch_page)
    except RetryError:
        return {"url": url, "status": 599}


def scenario():
    n = next(_ids)
    page = fetch_page(f"https://api.example.com/items/{n}")
    assert page["status"] == 200
