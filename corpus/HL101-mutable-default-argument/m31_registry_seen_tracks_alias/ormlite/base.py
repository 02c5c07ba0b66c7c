"""Declarative base for ormlite models."""


class Model:
    __tablename__ = None
    __fields__ = ()

    def __init__(self, **values):
        unknown = set(values) - set(self.__fields__)
        if unknown:
            raise TypeError(f"unknown fields: {sorted(unknown)}")
        self.__dict__.update(values)

    def as_row(self):
        return tuple(getattr(self, f, None) for f in self.__fields__)
