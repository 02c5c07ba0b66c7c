"""Tenant jobs: each job opens a session on its tenant's database with its own pool."""
import itertools

from dbkit import Connection, Session

_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    session = Session(f"pg://db{n % 4}.internal/tenant_{n}?timeout=5", pool={})
    return Connection.describe(session.connection())
