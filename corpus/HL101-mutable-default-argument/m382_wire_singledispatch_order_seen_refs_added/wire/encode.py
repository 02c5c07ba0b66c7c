"""The generic encoder: scalars go on the wire as they are."""
import functools


@functools.singledispatch
def to_wire(obj, seen=None):
    return obj


@to_wire.register(float)
def _encode_float(obj, seen=None):
    return round(obj, 6)
