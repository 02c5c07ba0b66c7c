"""Payment client: `retrying` backs off on transient errors, memoising delays in a
`_schedule` list default extended per new attempt number: at most `tries - 1`."""
import functools
import itertools


class TransientError(Exception):
    pass


def retrying(exceptions, tries=4, base=0.05, sleep=lambda s: None, _schedule=[]):  # expect: HL101 refuted
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(tries - 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions:
                    while len(_schedule) <= attempt:
                        _schedule.append(base * 2 ** len(_schedule))
                    sleep(_schedule[attempt])
            return fn(*args, **kwargs)
        wrapper.schedule = _schedule
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
