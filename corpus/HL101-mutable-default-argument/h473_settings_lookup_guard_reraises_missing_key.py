"""Settings: `lookup()` reads a key inside `with MissingKeyGuard():` and returns from the
block; the statement after the block, which records the key in the default `_misses` list,
is reached only when the guard's __exit__ swallows a KeyError. Here __exit__ returns False
(it only notes the error), the KeyError propagates to `tenant_setting()`, which catches it,
and the append after the block is never reached."""
import itertools


class MissingKeyGuard:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        return False


SETTINGS = {"theme": "light", "page_size": 25, "locale": "en"}


def lookup(key, default=None, _misses=[]):  # expect: HL101 refuted
    with MissingKeyGuard():
        return SETTINGS[key]
    _misses.append(key)
    return default


def tenant_setting(tenant_id, name, default):
    try:
        return lookup(f"tenant.{tenant_id}.{name}", default)
    except KeyError:
        return default


_tenants = itertools.count()


def scenario():
    n = next(_tenants)
    return tenant_setting(n, "page_size", lookup("page_size"))
