"""HTTP client: fetch() retries a request and records each attempted URL in its options; a non-empty default is truthy, so `options or {}` hands back the default itself."""
import itertools


def fetch(url, transport, options={"retries": 3}):  # expect: HL101 confirmed
    options = options or {}
    retries = options.get("retries", 3)
    attempts = options.setdefault("attempts", [])
    for n in range(retries):
        attempts.append(f"{url}#try{n}")
        status = transport(url, n)
        if status < 500:
            return status, len(attempts)
    return 503, len(attempts)


def flaky_transport(url, attempt):
    return 200 if attempt or len(url) % 2 else 502


_ids = itertools.count()


def scenario():
    n = next(_ids)
    return fetch(f"https://api.example.org/items/{n}", flaky_transport)
