"""Unit of work: code running inside a `Transaction` queues after-commit
callbacks (send the receipt e-mail, bump a cache). Transactions share the
constructor's default callback list; `commit` runs the queued callbacks
and then empties the list in place with clear(), so nothing is kept."""
import itertools

_txns = itertools.count()


class Transaction:
    def __init__(self, name, on_commit=[]):  # expect: HL101 refuted
        self.name = name
        self._on_commit = on_commit

    def after_commit(self, callback):
        self._on_commit.append(callback)

    def commit(self):
        results = [callback(self.name) for callback in self._on_commit]
        self._on_commit.clear()
        return results


def scenario():
    n = next(_txns)
    txn = Transaction("txn-%d" % n)
    receipt = {"order": n, "to": "buyer%d@example.org" % n}
    txn.after_commit(lambda name: "%s: mail receipt %s" % (name, receipt["order"]))
    return txn.commit()
