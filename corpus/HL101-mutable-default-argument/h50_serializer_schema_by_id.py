"""Dataclass-to-dict serializer with a lazily built schema cache."""
import itertools
from dataclasses import dataclass, fields

_seq = itertools.count()


@dataclass
class Invoice:
    number: int
    customer: str
    total: float


@dataclass
class Refund:
    number: int
    invoice: int
    amount: float


class Serializer:
    def __init__(self, obj, schema_cache={}):  # expect: HL101 confirmed
        self.obj = obj
        self._schemas = schema_cache

    @property
    def schema(self):
        key = id(self.obj)
        try:
            return self._schemas[key][1]
        except KeyError:
            names = tuple(f.name for f in fields(self.obj) if not f.name.startswith("_"))
            self._schemas[key] = (self.obj, names)  # keep the sample alive with its schema
            return names

    def to_dict(self):
        return {name: getattr(self.obj, name) for name in self.schema}


def scenario():
    n = next(_seq)
    doc = Invoice(n, f"cust-{n}", n * 9.5) if n % 3 else Refund(n, n - 1, 4.5)
    return Serializer(doc).to_dict()
