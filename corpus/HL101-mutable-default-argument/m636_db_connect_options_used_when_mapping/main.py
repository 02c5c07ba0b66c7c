"""Job runner: each call opens a connection for a newly spawned worker
(its name in the DSN) and dry-runs the migration of two shard DSNs."""
import itertools

import db

_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    conn = db.connect(f"postgres://app@db/orders?application_name=worker-{n:05d}&sslmode=require")
    db.plan_migration([f"postgres://db{n % 4}/s{n}?search_path=s{n}&search_path=public"])
    return conn
