"""Concrete databases."""
from minidb.database import Database


class SqliteDatabase(Database):
    def _on_begin(self, txn):
        txn.ops = txn.ops + [("BEGIN IMMEDIATE", txn.id)]

    def _run(self, sql):
        return 1 if sql.startswith("INSERT") else 0


class MemoryDatabase(Database):
    def _on_begin(self, txn):
        txn.ops = [("BEGIN", txn.id)]

    def _run(self, sql):
        return 0
