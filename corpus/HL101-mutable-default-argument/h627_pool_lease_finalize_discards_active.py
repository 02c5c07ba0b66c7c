"""Connection pool facade: every checkout wraps a pooled connection in a
Lease and records it in the `active` default, for the pool's "leases in
use" stats page; weakref.finalize discards the entry once the caller drops
the lease. The lease dies at the end of each request, so the set empties."""
import itertools
import weakref

_requests = itertools.count()


class Lease:
    def __init__(self, conn_id, owner):
        self.conn_id = conn_id
        self.owner = owner

    def query(self, sql):
        return f"[conn {self.conn_id}] {sql}"


def checkout(owner, conn_id, active=set()):  # expect: HL101 refuted
    lease = Lease(conn_id, owner)
    active.add((owner, conn_id))
    weakref.finalize(lease, active.discard, (owner, conn_id))
    return lease


def scenario():
    n = next(_requests)
    lease = checkout(f"worker-{n}", n % 8)
    return lease.query(f"SELECT total FROM orders WHERE id = {n}")
