"""Recursive dict merge. The key path of the value being merged is kept in a
default list and passed down the recursion for error messages; each key is
popped after its value is merged, so a conflict raised deep down skips the
pops and leaves that tenant's path in the list."""
from .errors import ConfigConflict


def deep_merge(base, override, _path=[]):  # expect: HL101 confirmed
    merged = dict(base)
    for key, value in override.items():
        _path.append(key)
        old = merged.get(key)
        if isinstance(old, dict) and isinstance(value, dict):
            merged[key] = deep_merge(old, value, _path)
        elif old is not None and type(old) is not type(value):
            raise ConfigConflict(".".join(_path[-3:]), old, value)
        else:
            merged[key] = value
        _path.pop()
    return merged
