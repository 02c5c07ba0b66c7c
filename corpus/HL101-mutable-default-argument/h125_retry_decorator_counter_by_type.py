"""Retry decorator for flaky RPC calls: failures are tallied in a Counter so
an operator endpoint can show what keeps failing. The tally key is the
function and the exception class, a fixed handful of names, so the Counter
shared through the default only has its counts bumped."""
import collections
import functools
import itertools

_requests = itertools.count()
_flaky = {}


def retry(attempts=3, retry_on=(ConnectionError, TimeoutError), stats=collections.Counter()):  # expect: HL101 refuted
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return fn(*args, **kwargs)
                except retry_on as exc:
                    stats["%s: %s" % (fn.__qualname__, type(exc).__name__)] += 1
                    if attempt == attempts:
                        raise
        return wrapper
    return decorate


@retry(attempts=4)
def fetch_quote(request_id):
    tries = _flaky.pop(request_id, 0)
    if tries < 2:
        _flaky[request_id] = tries + 1
        raise ConnectionError(f"reset by peer (request {request_id})")
    return {"request": request_id, "price": 100 + request_id % 17}


def scenario():
    return fetch_quote(next(_requests))
