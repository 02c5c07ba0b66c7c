"""Warehouse loader: each nightly batch stages its facts, resolves the lookup
key for its region and records which source fed the audit table."""
import itertools

from warehouse.tables import AuditTable, FactTable, LookupTable

_batches = itertools.count()


def scenario():
    n = next(_batches)
    facts = FactTable(f"facts_{n}")
    regions = LookupTable(f"regions_{n}")
    audit = AuditTable(f"audit_{n}")
    audit.track_source(f"batch_{n}")
    return facts.create_sql(), regions.key_column(), audit.create_sql()
