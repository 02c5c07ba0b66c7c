"""Schema definitions: typed columns subclass a generic Field, whose base init builds its own validator list."""
import itertools
from typing import Generic, TypeVar

T = TypeVar("T")


class Field(Generic[T]):
    def __init__(self, name, default=None, validators=[]):  # expect: HL101 refuted
        self.name = name
        self.default = default
        self.validators = validators + [self.check_type]

    def check_type(self, value):
        return True

    def clean(self, value):
        return all(v(value) for v in self.validators)


class Column(Field[int]):
    def __init__(self, name, default=0):
        super().__init__(name, default)

    def check_type(self, value):
        return isinstance(value, int)


_tables = itertools.count()


def scenario():
    n = next(_tables)
    col = Column(f"col_{n}", default=n)
    return col.clean(n + 1)
