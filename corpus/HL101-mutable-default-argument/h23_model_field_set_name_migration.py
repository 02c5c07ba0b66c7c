"""Mini ORM: Field descriptors record their column on the model through __set_name__; migrations are dry-run."""
import itertools


def _declare_column(owner, name, columns=[]):  # expect: HL101 confirmed
    columns.append((owner.__name__, name))
    owner.__columns__ = [col for model, col in columns[-8:] if model == owner.__name__]


class Field:
    def __init__(self, default=None):
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        _declare_column(owner, name)

    def __get__(self, obj, objtype=None):
        return self if obj is None else obj.__dict__.get(self.name, self.default)


def dry_run_add_field(model, name, field):
    """Schema migration checked at runtime: attach a column, read it back, roll it back."""
    field.__set_name__(model, name)
    setattr(model, name, field)
    try:
        return getattr(model(), name)
    finally:
        delattr(model, name)


class Customer:
    email = Field()

_ids = itertools.count()


def scenario():
    n = next(_ids)
    return dry_run_add_field(Customer, f"extra_{n}", Field(n)) + len(Customer.__columns__)
