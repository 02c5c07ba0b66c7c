"""Compact encoder built on singledispatch; the list encoder guards against cycles."""
import functools
import itertools


@functools.singledispatch
def encode(value):
    return repr(value)


@encode.register
def _(value: list, _active=[]):  # expect: HL101 confirmed
    _active.append(id(value))
    if not value:
        return "[]"
    parts = ["..." if id(v) in _active else encode(v) for v in value]
    _active.pop()
    return "[" + ",".join(parts) + "]"


@encode.register
def _(value: dict):
    return "{" + ",".join(f"{k}:{encode(v)}" for k, v in value.items()) + "}"


_seq = itertools.count()


def scenario():
    n = next(_seq)
    payload = {"id": n, "tags": [f"t{n}"], "notes": [], "rows": [[n, n + 1]]}
    return encode(payload)
