"""Async API client: a request coroutine is retried on transient errors; the failures of the current streak are kept for the error report."""
import itertools


class TransientError(Exception):
    pass


async def fetch(url, attempt):
    if attempt == 0:
        raise TransientError(f"503 from {url}")
    return {"url": url, "attempt": attempt}


async def with_retries(request, attempts=3, _streak=[]):  # expect: HL101 refuted
    for attempt in range(attempts):
        try:
            result = await request(attempt)
        except TransientError as exc:
            _streak.append(exc)
            continue
        failures = len(_streak)
        _streak.clear()
        return result, failures
    raise RuntimeError(f"gave up after {attempts} attempts") from _streak[-1]


async def get_user(user_id):
    url = f"https://api.example/users/{user_id}"
    payload, failures = await with_retries(lambda attempt: fetch(url, attempt))
    return payload["url"], failures


def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise RuntimeError("coroutine suspended on a real future")


_users = itertools.count()


def scenario():
    return run(get_user(next(_users)))
