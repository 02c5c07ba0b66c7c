"""API gateway: `@throttled` rejects a client that calls again within the
window. The wrapper keeps each client's last call time in a default dict of
its own, but only drops the calling client's own stale entry; clients that
call once and never come back stay in the dict."""
import functools
import itertools

_ticks = itertools.count()
WINDOW = 8


def throttled(fn):
    @functools.wraps(fn)
    def wrapper(client, now, *args, _last_call={}):  # expect: HL101 confirmed
        if client in _last_call and now - _last_call[client] > WINDOW:
            del _last_call[client]
        if now - _last_call.get(client, -WINDOW - 1) <= WINDOW:
            return 429, "slow down"
        _last_call[client] = now
        return fn(client, *args)
    return wrapper


@throttled
def get_quote(client, symbol):
    return 200, "%s:%s=%.2f" % (client, symbol, len(symbol) * 10.5)


def scenario():
    n = next(_ticks)
    return get_quote("client-%d" % n, n, "ACME")
