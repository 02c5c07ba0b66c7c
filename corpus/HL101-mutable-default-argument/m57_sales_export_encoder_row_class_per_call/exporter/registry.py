"""Encoders by type, registered with @encoder(cls); lookups follow the MRO."""
ENCODERS = {}


def encoder(cls):
    def register(fn):
        ENCODERS[cls] = fn
        return fn

    return register


def encode(obj, _dispatch={}):  # expect: HL101 confirmed
    cls = type(obj)
    try:
        fn = _dispatch[cls]
    except KeyError:
        fn = next((ENCODERS[base] for base in cls.__mro__ if base in ENCODERS), str)
        _dispatch[cls] = fn
    return fn(obj)
