"""Warehouse loader: every staging table is a Table; FactTable brings its own
columns, AuditTable starts from the base default and gets one source column
per audited batch."""
import itertools

_batches = itertools.count()


class Table:
    def __init__(self, name, columns=[]):  # expect: HL101 confirmed
        self.name = name
        self.columns = columns

    def create_sql(self):
        cols = ", ".join(f"{c} TEXT" for c in self.columns[:12])
        return f"CREATE TABLE {self.name} ({cols})"


class FactTable(Table):
    def __init__(self, name):
        super().__init__(name, ["id", "amount", "booked_at"])


class AuditTable(Table):
    def __init__(self, name):
        super().__init__(name)

    def audit_source(self, source):
        self.columns.append(f"src_{source}")


def scenario():
    n = next(_batches)
    facts = FactTable(f"facts_{n}")
    audit = AuditTable(f"audit_{n}")
    audit.audit_source(f"batch{n}")
    return facts.create_sql(), audit.create_sql()
