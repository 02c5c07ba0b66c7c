"""HTTP client: retry back-off state is memoised in an OrderedDict default keyed by `"%s#%d" % (host, request_id)`.

`backoff_for()` uses move_to_end() like an LRU, and evicts only when
`maxsize` is non-zero; the default `maxsize=0` means "unbounded" (the same
convention as some caching libraries). The key embeds the per-request id, so
every request adds an entry that is never evicted.
"""
import collections
import itertools


class RetryState:
    __slots__ = ("attempts", "delay")

    def __init__(self, delay):
        self.attempts = 0
        self.delay = delay

    def bump(self, factor, cap):
        self.attempts += 1
        self.delay = min(self.delay * factor, cap)
        return self.delay


def backoff_for(host, request_id, maxsize=0, _states=collections.OrderedDict()):  # expect: HL101 confirmed
    key = "%s#%d" % (host, request_id)
    state = _states.get(key)
    if state is None:
        state = _states[key] = RetryState(0.1)
    else:
        _states.move_to_end(key)
    if maxsize and len(_states) > maxsize:
        _states.popitem(last=False)
    return state


def send(host, request_id, statuses):
    """Simulate a request that sees the given status codes in turn."""
    waited = 0.0
    for status in statuses:
        if status < 500:
            return status, round(waited, 3)
        waited += backoff_for(host, request_id).bump(2.0, 5.0)
    return 599, round(waited, 3)


_HOSTS = ("api.example.com", "cdn.example.com", "auth.example.com")
_ids = itertools.count(1000)


def scenario():
    rid = next(_ids)
    statuses = [503, 502, 200] if rid % 2 else [503, 200]
    return send(_HOSTS[rid % 3], rid, statuses)
