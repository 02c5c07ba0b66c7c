"""Settings: `lookup()` reads a key inside `with MissingKeyGuard():` and returns from the
block; the statement after the block, which records the key in the default `_misses` list,
is reached only when the guard's __exit__ swallows a KeyError. Here __exit__ returns True
for KeyError, so every lookup of a missing (per-tenant) key ends up in `_misses`."""
import itertools


class MissingKeyGuard:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and issubclass(exc_type, KeyError)


SETTINGS = {"theme": "light", "page_size": 25, "locale": "en"}


# heaplint-todo: whether `SETTINGS[key]` raises KeyError for `tenant.<id>.<name>` keys is not decided (the key's text is partly unknown), so the guard's suppression and the append after the block happen only on some paths (heaplint: unknown)
def lookup(key, default=None, _misses=[]):  # expect: HL101 confirmed
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
