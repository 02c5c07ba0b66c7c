"""Stands in for a DB-API connection in the worker's demos and tests."""
__all__ = ["MemoryConnection"]


class MemoryConnection:
    def __init__(self, rows):
        self.rows = rows
        self.executed = 0

    def execute(self, statement, params):
        self.executed += 1
        return [row for row in self.rows if row["customer_id"] in params]
