"""Ledger service: `transaction()` registers each open transaction in a
dict default (read by a "long-running transactions" report), yields its
statement log, rolls back on LookupError (unknown account) and deregisters
after the try block. An overdraft raises ValueError, which propagates
through the yield and skips the `del`: the failed transaction stays."""
import contextlib
import itertools

_txns = itertools.count()


@contextlib.contextmanager
def transaction(txn_id, active={}):  # expect: HL101 confirmed
    active[txn_id] = statements = ["BEGIN %s" % txn_id]
    try:
        yield statements
    except LookupError:
        statements.append("ROLLBACK")
    del active[txn_id]


def transfer(txn_id, balances, src, dst, amount):
    with transaction(txn_id) as log:
        if balances[src] < amount:
            raise ValueError("insufficient funds in %s" % src)
        balances[src] -= amount
        balances[dst] = balances.get(dst, 0) + amount
        log.append("MOVE %s %s %d" % (src, dst, amount))
    return balances


def scenario():
    n = next(_txns)
    balances = {"acct-%d" % n: 100, "ops": 0}
    transfer("tx-%d-a" % n, balances, "acct-%d" % n, "ops", 60)
    try:
        transfer("tx-%d-b" % n, balances, "acct-%d" % n, "ops", 60)
    except ValueError:
        pass
    return balances
