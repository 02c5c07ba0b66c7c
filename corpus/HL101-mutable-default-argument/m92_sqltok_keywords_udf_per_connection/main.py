"""Report worker: each job connects for its tenant and registers the tenant's scoring UDF."""
import itertools

import db
from sqltok.dialects import mysql, postgres

_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    dialect = postgres if n % 2 else mysql
    conn = db.connect(f"{dialect.NAME}://reports@db{n % 5}/tenant_{n}", dialect)
    try:
        conn.create_function(f"score_t{n}", lambda x, w=n % 3 + 1: x * w)
        return conn.execute(f"SELECT region, score_t{n}(total) FROM sales WHERE day = {n}")
    finally:
        conn.close()
