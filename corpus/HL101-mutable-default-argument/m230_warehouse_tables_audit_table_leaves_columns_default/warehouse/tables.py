from .base import Table


class FactTable(Table):
    def __init__(self, name):
        super().__init__(name, ["id", "amount", "booked_at"])

    def measures(self):
        return [c for c in self.columns if c != "id"]


class LookupTable(Table):
    """Reference data: the schema comes from the source system."""

    def __init__(self, name):
        super().__init__(name)

    def key_column(self):
        return self.columns[0] if self.columns else "code"


class AuditTable(Table):
    def __init__(self, name):
        super().__init__(name)

    def track_source(self, source):
        self.columns.append(f"src_{source}")
