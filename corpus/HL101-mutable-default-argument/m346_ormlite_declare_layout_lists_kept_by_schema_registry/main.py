"""Migrations dry run: each tenant gets its own schema with an events table."""
import itertools

from ormlite import declare
from schema import SchemaRegistry

_tenants = itertools.count()


def scenario():
    n = next(_tenants)
    registry = SchemaRegistry()
    table = declare(f"t{n}_events", registry)
    registry.add_column(table, f"payload_v{n}")
    registry.add_index(table, ("id", f"payload_v{n}"))
    return registry.ddl(table)
