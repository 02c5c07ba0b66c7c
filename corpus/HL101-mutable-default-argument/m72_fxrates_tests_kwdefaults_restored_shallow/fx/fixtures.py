"""Test fixtures: put module-level state back the way import left it."""
from . import rates

_saved = {}


def snapshot(*functions):
    for fn in functions:
        _saved[fn] = dict(fn.__kwdefaults__ or {})


def restore():
    for fn, kwdefaults in _saved.items():
        fn.__kwdefaults__ = dict(kwdefaults)


snapshot(rates.convert)
