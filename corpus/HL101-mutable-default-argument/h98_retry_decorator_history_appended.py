"""Payment client: `retrying` backs off on transient errors and logs each retry in a
`_history` list default that the metrics exporter reads via `wrapper.history`."""
import functools
import itertools


class TransientError(Exception):
    pass


def retrying(exceptions, tries=4, base=0.05, sleep=lambda s: None, _history=[]):  # expect: HL101 confirmed
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(tries - 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as exc:
                    delay = base * 2 ** attempt
                    _history.append((fn.__qualname__, attempt, delay, str(exc)))
                    sleep(delay)
            return fn(*args, **kwargs)
        wrapper.history = _history
        return wrapper
    return decorate


@retrying(TransientError)
def charge(order_id, cents, replies):
    if next(replies) == 503:
        raise TransientError("503 from acquirer for order %d" % order_id)
    return {"order": order_id, "cents": cents, "status": "captured"}


_seq = itertools.count()


def scenario():
    n = next(_seq)
    return charge(n, 100 + n % 900, replies=iter([503] * (n % 3 + 1) + [200]))["status"]
