"""Mini ORM: Field descriptors record their column on the model through __set_name__."""
import itertools


def _declare_column(owner, name, columns=[]):  # expect: HL101 refuted
    columns.append((owner.__name__, name))
    owner.__columns__ = [col for model, col in columns if model == owner.__name__]


class Field:
    def __init__(self, default=None):
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        _declare_column(owner, name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value


class Customer:
    email = Field()
    country = Field("NL")


_ids = itertools.count()


def scenario():
    n = next(_ids)
    row = Customer()
    row.email = f"c{n}@example.org"
    return len(Customer.__columns__) + len(row.email) + len(row.country)
