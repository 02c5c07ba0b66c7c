"""A typed in-memory repository for domain entities: `Repository[T]` indexes
entities by key. A repository created without an index keeps the dict literal
default as `self._index`, so every unit of work's entities go into the same
dict and stay there after its repository is dropped."""
from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Dict, Generic, Optional, Type, TypeVar

_orders = itertools.count()


@dataclass(frozen=True)
class Customer:
    key: str
    email: str


T = TypeVar("T", bound=Customer)


class Repository(Generic[T]):
    def __init__(self, model: Type[T], index: Dict[str, T] = {}) -> None:  # expect: HL101 confirmed
        self.model = model
        self._index = index

    def add(self, entity: T) -> None:
        self._index[entity.key] = entity

    def get(self, key: str) -> Optional[T]:
        return self._index.get(key)


def scenario():
    n = next(_orders)
    repo: Repository[Customer] = Repository(Customer)
    repo.add(Customer(f"cust-{n}", f"c{n}@example.com"))
    return repo.get(f"cust-{n}") is not None
