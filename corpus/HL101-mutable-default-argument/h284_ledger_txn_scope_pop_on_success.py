"""Ledger: TransactionScope groups postings into a transaction. Scopes nest,
so each scope pushes itself on the active-scope stack on entry and leaves it
on exit; post_batch() rejects a batch whose postings do not balance."""
import itertools

_batches = itertools.count()


class TransactionScope:
    def __init__(self, name, stack=[]):  # expect: HL101 confirmed
        self.name = name
        self.stack = stack
        self.postings = []
        self.committed = False

    def __enter__(self):
        self.stack.append(self)
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.committed = True
            self.stack.pop()
        return False


def scenario():
    n = next(_batches)
    try:
        with TransactionScope(f"batch-{n}") as txn:
            txn.postings += [("cash", n), ("revenue", -n + n % 3)]
            if sum(amount for _, amount in txn.postings) != 0:
                raise ValueError(f"unbalanced batch {n}")
    except ValueError:
        return False
    return txn.committed
