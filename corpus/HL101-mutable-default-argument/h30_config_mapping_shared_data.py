"""Tenant settings: a MutableMapping config whose update() (inherited) writes into the shared default dict."""
import collections.abc
import itertools


class Config(collections.abc.MutableMapping):
    # heaplint-todo: the inherited `MutableMapping.update` mixin that calls `__setitem__` is unseen code, so the store is not reached (heaplint: unknown)
    def __init__(self, data={}):  # expect: HL101 confirmed
        self._data = data

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


_tenants = itertools.count()


def scenario():
    n = next(_tenants)
    cfg = Config()
    cfg.update({f"tenant-{n}.theme": "dark", f"tenant-{n}.quota": n})
    return cfg.get(f"tenant-{n}.quota")
