import itertools

from orderdb import fetch_rows

_ids = itertools.count()


def scenario():
    n = next(_ids)
    table = ("orders", "customers", "invoices")[n % 3]
    sql = f"SELECT id, status FROM {table} WHERE id = {n};"
    rows = fetch_rows(sql, request_id=f"req-{n:06d}")
    return len(rows)
