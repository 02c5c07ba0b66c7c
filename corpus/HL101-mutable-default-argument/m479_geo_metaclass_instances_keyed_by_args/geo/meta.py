"""Metaclasses shared by the geo helpers."""


class Reused(type):
    """Constructing with the same arguments returns the instance built the first time."""

    def __call__(cls, *args, _instances={}, **kwargs):  # expect: HL101 confirmed
        key = (cls, args, tuple(sorted(kwargs.items())))
        instance = _instances.get(key)
        if instance is None:
            instance = _instances[key] = super().__call__(*args, **kwargs)
        return instance
