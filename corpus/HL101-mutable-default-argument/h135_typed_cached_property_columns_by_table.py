"""ORM-style table metadata: `Table.columns` is a functools.cached_property
that parses the DDL once per instance and publishes the result into a registry
the migration planner reads. The registry is the `__init__` default and is
keyed by the qualified table name, so every table ever described stays in it."""
from __future__ import annotations

import itertools
import re
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

_COL = re.compile(r"(\w+)\s+(?:INTEGER|TEXT|REAL)", re.I)
_SCHEMAS = ("public", "audit", "staging")
_migrations = itertools.count()


class Table:
    def __init__(self, schema: str, name: str, ddl: str, registry: dict[str, tuple[str, ...]] = {}) -> None:  # expect: HL101 confirmed
        self.schema, self.name, self.ddl = schema, name, ddl
        self._registry = registry

    @cached_property
    def columns(self) -> tuple[str, ...]:
        cols = tuple(m.group(1).lower() for m in _COL.finditer(self.ddl))
        self._registry[f"{self.schema}.{self.name}"] = cols
        return cols

    def missing(self, live: Mapping[str, str]) -> list[str]:
        return sorted(c for c in self.columns if c not in live)


def scenario():
    n = next(_migrations)
    ddl = f"CREATE TABLE events_{n} (id INTEGER, payload TEXT, score_{n} REAL)"
    table = Table(_SCHEMAS[n % 3], f"events_{n}", ddl)
    return table.missing({"id": "INTEGER"}), table.columns
