"""Tenant settings: a MutableMapping config whose update() (inherited) writes into its own copy of the data."""
import collections.abc
import itertools


class Config(collections.abc.MutableMapping):
    def __init__(self, data={}):  # expect: HL101 refuted
        self._data = dict(data)

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
