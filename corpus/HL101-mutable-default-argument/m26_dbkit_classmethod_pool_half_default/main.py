"""Tenant jobs: paid tenants get their own pool, free tenants share the default."""
import itertools

from dbkit import Connection, Session

_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    pool = {} if n % 2 else None
    session = Session(f"pg://db{n % 4}.internal/tenant_{n}?timeout=5", pool=pool)
    return Connection.describe(session.connection())
