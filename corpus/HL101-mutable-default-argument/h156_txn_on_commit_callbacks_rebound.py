"""Unit of work: code running inside a `Transaction` queues after-commit
callbacks (send the receipt e-mail, bump a cache). Transactions share the
constructor's default callback list; `commit` runs the queued callbacks
and then rebinds the attribute to a new list. The shared default is not
emptied, so it keeps every transaction's callback and its receipt."""
import itertools

_txns = itertools.count()


class Transaction:
    def __init__(self, name, on_commit=[]):  # expect: HL101 confirmed
        self.name = name
        self._on_commit = on_commit

    def after_commit(self, callback):
        self._on_commit.append(callback)

    def commit(self):
        results = [callback(self.name) for callback in self._on_commit[-1:]]
        self._on_commit = []
        return results


def scenario():
    n = next(_txns)
    txn = Transaction("txn-%d" % n)
    receipt = {"order": n, "to": "buyer%d@example.org" % n}
    txn.after_commit(lambda name: "%s: mail receipt %s" % (name, receipt["order"]))
    return txn.commit()
