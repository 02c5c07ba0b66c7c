"""valuekit: small immutable value types shared across the application."""
from .interning import Interned

__all__ = ["Interned", "Value"]


class Value(metaclass=Interned):
    def __setattr__(self, name, value):
        if name in self.__dict__:
            raise AttributeError(f"{type(self).__name__} is immutable")
        super().__setattr__(name, value)
