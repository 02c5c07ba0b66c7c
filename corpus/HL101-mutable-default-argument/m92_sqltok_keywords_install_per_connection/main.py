"""Report worker: each job opens a connection to its tenant's database and runs one query."""
import itertools

import db
from sqltok.dialects import mysql, postgres

_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    dialect = postgres if n % 2 else mysql
    conn = db.connect(f"{dialect.NAME}://reports@db{n % 5}/tenant_{n}", dialect)
    try:
        return conn.execute(
            f"SELECT region, coalesce(total_{n}, 0) FROM sales WHERE day = {n} LIMIT 10"
        )
    finally:
        conn.close()
