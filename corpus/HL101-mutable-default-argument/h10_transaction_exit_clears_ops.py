"""Unit of work: a transaction collects operations in its (shared default) list and clears it on exit."""
import itertools


class Transaction:
    def __init__(self, name, ops=[]):  # expect: HL101 refuted
        self.name = name
        self.ops = ops

    def __enter__(self):
        return self

    def add(self, op):
        self.ops.append(op)

    def __exit__(self, exc_type, exc, tb):
        applied = len(self.ops)
        self.ops.clear()
        return False


_txns = itertools.count()


def scenario():
    n = next(_txns)
    with Transaction(f"tx{n}") as tx:
        tx.add(("insert", f"row{n}"))
        tx.add(("update", f"row{n + 1}"))
    return tx.name
