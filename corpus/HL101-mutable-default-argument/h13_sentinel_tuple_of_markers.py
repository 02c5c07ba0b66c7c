"""HTTP client: timeouts default to a marker instance; a tuple of markers lists the values that mean "use the session's"."""
import itertools


class _Default:
    __slots__ = ()

    def __bool__(self):
        return False


class _Unset:
    pass


USE_DEFAULT = _Default()
UNSET = _Unset()


def resolve_timeout(timeout=USE_DEFAULT, session_timeout=5.0, inherit=(USE_DEFAULT, UNSET, None)):
    if any(timeout is marker for marker in inherit):
        return session_timeout
    if isinstance(timeout, (_Default, _Unset)):
        raise TypeError("marker passed by value")
    return float(timeout)


_calls = itertools.count()


def scenario():
    n = next(_calls)
    return resolve_timeout(), resolve_timeout(n % 30 + 0.5), resolve_timeout(UNSET, session_timeout=n / 10)
