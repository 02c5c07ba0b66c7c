"""Persistence for a typed domain model: the `unit_of_work` context manager's
default `IdentityMap`, created once at definition time, makes repeated loads
return the same entity; nothing evicts, so every entity ever loaded stays."""
import contextlib
import itertools
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Tuple

_requests = itertools.count()


@dataclass
class Invoice:
    id: int
    customer: str
    lines: List[Tuple[str, int]] = field(default_factory=list)


class IdentityMap(Dict[Tuple[type, int], object]):
    def get_or_add(self, cls: type, ident: int, factory: Callable[[], object]) -> object:
        key = (cls, ident)
        if key not in self:
            self[key] = factory()
        return self[key]


@contextlib.contextmanager
# heaplint-todo: it flows into the constructor of a base class defined elsewhere, which heaplint cannot see (heaplint: unknown)
def unit_of_work(identity_map=IdentityMap()):  # expect: HL101 confirmed
    yield identity_map


def scenario():
    n = next(_requests)
    with unit_of_work() as uow:
        invoice = uow.get_or_add(Invoice, n, lambda: Invoice(n, f"cust-{n % 9}"))
        invoice.lines.append((f"sku-{n}", 1))
        return len(invoice.lines)
