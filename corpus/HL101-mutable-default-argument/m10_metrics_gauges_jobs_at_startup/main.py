"""Order service: each request reads one order; the nightly jobs warm up once at startup."""
import itertools

from app import db, jobs

jobs.run("warmup", db.query("select id from orders limit 10"))
_requests = itertools.count()


def scenario():
    n = next(_requests)
    rows = db.query(f"select * from orders where id = {n}")
    return len(rows)
