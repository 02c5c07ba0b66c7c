"""Ledger lock with a waiters view for deadlock reports: `acquired()` lists
the owner in its default `waiting` list first, and removes it as soon as the
lock is won, on the uncontended fast path before its early return as well
as on the slow path, so the list only holds owners still waiting."""
import contextlib
import itertools
import threading

_txns = itertools.count()
ledger_lock, ledger = threading.Lock(), {}


@contextlib.contextmanager
# heaplint-todo: the statement at line 17 that takes its items out again ends a generator, after tests heaplint could not decide: where they let it yield first, a consumer that stops taking items never resumes it there (heaplint: unknown)
def acquired(lock, owner, waiting=[]):  # expect: HL101 refuted
    waiting.append(owner)
    if lock.acquire(blocking=False):
        waiting.remove(owner)
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
