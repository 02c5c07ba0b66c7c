"""Ledger lock with a waiters view for deadlock reports: `acquired()` lists
the owner in its default `waiting` list first, and removes it once the lock
is won on the slow path. The uncontended fast path returns early without the
removal, so every uncontended owner stays listed."""
import contextlib
import itertools
import threading

_txns = itertools.count()
ledger_lock, ledger = threading.Lock(), {}


@contextlib.contextmanager
# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 16 (heaplint: unknown)
def acquired(lock, owner, waiting=[]):  # expect: HL101 confirmed
    waiting.append(owner)
    if lock.acquire(blocking=False):
        try:
            yield owner
        finally:
            lock.release()
        return
    lock.acquire()
    waiting.remove(owner)
    try:
        yield owner
    finally:
        lock.release()


def post(txn, account, amount):
    with acquired(ledger_lock, "txn-%d:%s" % (txn, account)):
        ledger[account] = ledger.get(account, 0) + amount


def scenario():
    n = next(_txns)
    post(n, "acct-%d" % (n % 7), n % 50)
    return ledger["acct-%d" % (n % 7)]
