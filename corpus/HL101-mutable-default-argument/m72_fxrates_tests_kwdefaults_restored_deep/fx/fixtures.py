"""Test fixtures: put module-level state back the way import left it."""
import copy

from . import rates

_saved = {}


def snapshot(*functions):
    for fn in functions:
        _saved[fn] = copy.deepcopy(fn.__kwdefaults__ or {})


def restore():
    for fn, kwdefaults in _saved.items():
        fn.__kwdefaults__ = copy.deepcopy(kwdefaults)


snapshot(rates.convert)
