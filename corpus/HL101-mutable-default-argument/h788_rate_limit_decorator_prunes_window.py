"""API gateway: `@throttled` rejects a client that calls again within the
window. The wrapper keeps each client's last call time in a default dict of
its own and prunes entries older than the window on every call, so only
clients seen in the last few ticks are kept."""
import functools
import itertools

_ticks = itertools.count()
WINDOW = 8


def throttled(fn):
    @functools.wraps(fn)
    def wrapper(client, now, *args, _last_call={}):  # expect: HL101 refuted
        for stale in [c for c, t in _last_call.items() if now - t > WINDOW]:
            del _last_call[stale]
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
