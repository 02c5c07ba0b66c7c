"""Metaclasses shared by the geo helpers."""


class Reused(type):
    """One instance per class: later constructions return the first one."""

    def __call__(cls, *args, _instances={}, **kwargs):  # expect: HL101 refuted
        key = cls
        instance = _instances.get(key)
        if instance is None:
            instance = _instances[key] = super().__call__(*args, **kwargs)
        return instance
