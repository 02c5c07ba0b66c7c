"""Database: begin() hands its ops log to a new Transaction."""
from minidb.transaction import Transaction


class Database:
    def __init__(self, url):
        self.url = url

    def begin(self, ops=[]):  # expect: HL101 refuted
        return Transaction(self, ops)

    def _on_begin(self, txn):
        raise NotImplementedError

    def _run(self, sql):
        raise NotImplementedError
