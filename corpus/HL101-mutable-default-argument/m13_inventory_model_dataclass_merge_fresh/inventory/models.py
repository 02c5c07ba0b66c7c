import dataclasses

MODELS = {}


def model(cls):
    """Turn `cls` into a dataclass and register it for the admin screens."""
    cls = dataclasses.dataclass(cls)
    MODELS[cls.__name__.lower()] = cls
    return cls
