"""Change tracking: a dataclass model overrides __setattr__ so the value a
field had before its first change goes to `remember_original()`, which
keeps it with dict.setdefault in the `originals` dict default, keyed by
primary key and field. Every row that was ever edited stays there."""
import dataclasses
import itertools

_ids = itertools.count(1)


# heaplint-todo: remember_original, which can store into it at line 12, never ran in the scenario (its callers stopped at KeyError raised at line 23); code heaplint cannot see may call it (heaplint: unknown)
def remember_original(row, field, old, originals={}):  # expect: HL101 confirmed
    return originals.setdefault((row.pk, field), old)


@dataclasses.dataclass
class Customer:
    pk: int
    email: str
    plan: str = "free"

    def __setattr__(self, name, value):
        if name in self.__dict__ and self.__dict__[name] != value:
            remember_original(self, name, self.__dict__[name])
        object.__setattr__(self, name, value)


def scenario():
    n = next(_ids)
    customer = Customer(n, "c%d@example.org" % n)
    customer.plan = "pro"
    customer.email = "billing-%d@example.org" % n
    return customer
