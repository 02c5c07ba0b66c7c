"""Change tracking: a dataclass model overrides __setattr__ so the value a
field had before its first change goes to `remember_original_type()`,
which keeps its type with dict.setdefault in the `originals` dict default,
keyed by model and field, for the migration autodetector to spot type
drift. Models and fields are a fixed set, so the dict stops growing."""
import dataclasses
import itertools

_ids = itertools.count(1)


# heaplint-todo: remember_original_type, which can store into it at line 13, never ran in the scenario (its callers stopped at KeyError raised at line 23); code heaplint cannot see may call it (heaplint: unknown)
def remember_original_type(row, field, old, originals={}):  # expect: HL101 refuted
    return originals.setdefault((type(row).__name__, field), type(old))


@dataclasses.dataclass
class Customer:
    pk: int
    email: str
    plan: str = "free"

    def __setattr__(self, name, value):
        if name in self.__dict__ and self.__dict__[name] != value:
            remember_original_type(self, name, self.__dict__[name])
        object.__setattr__(self, name, value)


def scenario():
    n = next(_ids)
    customer = Customer(n, "c%d@example.org" % n)
    customer.plan = "pro"
    customer.email = "billing-%d@example.org" % n
    return customer
