"""Multi-tenant billing worker: each job creates one invoice for a new tenant."""
import itertools

import billing

_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    return billing.create_invoice("tenant_%d" % n, number="INV-%05d" % n, customer="c%d" % n)
