"""Persistence for a typed domain model: the `unit_of_work` context manager's
default `IdentityMap`, created once at definition time, makes repeated loads
return the same entity; it is an LRU map that evicts beyond 16 entries."""
import contextlib
import itertools
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Callable, List, Tuple

_requests = itertools.count()
MAX_ENTITIES = 16


@dataclass
class Invoice:
    id: int
    customer: str
    lines: List[Tuple[str, int]] = field(default_factory=list)


class IdentityMap(OrderedDict):
    def get_or_add(self, cls: type, ident: int, factory: Callable[[], object]) -> object:
        key = (cls, ident)
        self[key] = entity = self.pop(key, None) or factory()
        while len(self) > MAX_ENTITIES:
            self.popitem(last=False)
        return entity


@contextlib.contextmanager
def unit_of_work(identity_map=IdentityMap()):  # expect: HL101 refuted
    yield identity_map


def scenario():
    n = next(_requests)
    with unit_of_work() as uow:
        invoice = uow.get_or_add(Invoice, n, lambda: Invoice(n, f"cust-{n % 9}"))
        invoice.lines.append((f"sku-{n}", 1))
        return len(invoice.lines)
