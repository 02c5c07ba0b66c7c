"""Connection pool facade: every checkout wraps a pooled connection in a
Lease; weakref.finalize records the lease in the `returned` default once
the caller drops it, for the pool's "recent returns" stats page. The
lease dies at the end of each request, so every finalizer runs and appends."""
import itertools
import weakref

_requests = itertools.count()


class Lease:
    def __init__(self, conn_id, owner):
        self.conn_id = conn_id
        self.owner = owner

    def query(self, sql):
        return f"[conn {self.conn_id}] {sql}"


def checkout(owner, conn_id, returned=[]):  # expect: HL101 confirmed
    lease = Lease(conn_id, owner)
    weakref.finalize(lease, returned.append, (owner, conn_id))
    return lease


def scenario():
    n = next(_requests)
    lease = checkout(f"worker-{n}", n % 8)
    return lease.query(f"SELECT total FROM orders WHERE id = {n}")
