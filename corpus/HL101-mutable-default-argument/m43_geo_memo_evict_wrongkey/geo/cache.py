"""Tiny memo used by the lookup helpers (avoids pulling in a cache backend)."""

__all__ = ["memoized_fetch", "CacheMiss"]


class CacheMiss(LookupError):
    pass


def memoized_fetch(key, loader, maxsize=256, _memo={}):  # expect: HL101 confirmed
    try:
        return _memo[key]
    except KeyError:
        pass
    value = loader(key)
    if value is None:
        raise CacheMiss(key)
    if len(_memo) >= maxsize:
        # make room for the fresh value
        _memo.pop(key, None)
    _memo[key] = value
    return value
