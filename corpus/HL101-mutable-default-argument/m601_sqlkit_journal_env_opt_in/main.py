"""Order repository: every lookup runs one parametrised query through sqlkit."""
import itertools

import sqlkit

_orders = itertools.count()


def find_order(order_id, tenant):
    sql = "SELECT id, total FROM orders WHERE id = :p AND tenant = :p"
    return sqlkit.execute(sql, (order_id, tenant))


def scenario():
    n = next(_orders)
    return find_order(100000 + n, f"tenant-{n:05d}-eu-west")
