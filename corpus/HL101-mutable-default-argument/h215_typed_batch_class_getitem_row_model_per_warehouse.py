"""Bulk import (pydantic-style generics): Batch[T] is a list subclass that
builds each element with T; __class_getitem__ creates the specialised class
once per T and memoises it in its `_specialised={}` default. Row models are
built with type() but memoised per warehouse by lru_cache, and there are only
three warehouses, so the memo holds three specialised batches at most."""
import functools
import itertools

_jobs = itertools.count()


class Row:
    def __init__(self, **values):
        for name in self.fields:
            setattr(self, name, values.get(name))


class Batch(list):
    item_type = dict

    def __class_getitem__(cls, item, _specialised={}):  # expect: HL101 refuted
        if item not in _specialised:
            _specialised[item] = type(f"Batch[{item.__name__}]", (cls,), {"item_type": item})
        return _specialised[item]

    def add(self, **values):
        self.append(self.item_type(**values))
        return self


@functools.lru_cache(maxsize=None)
def row_model(warehouse):
    return type(f"{warehouse.title()}Row", (Row,), {"fields": ("sku", "qty", "bin")})


def scenario():
    n = next(_jobs)
    batch = Batch[row_model(("north", "south", "east")[n % 3])]()
    batch.add(sku=f"SKU-{n}", qty=n % 7, bin=f"A{n % 40}").add(sku=f"SKU-{n + 1}", qty=1)
    return len(batch), batch[0].sku
