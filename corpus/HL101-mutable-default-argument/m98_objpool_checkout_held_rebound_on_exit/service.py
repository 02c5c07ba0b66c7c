"""Order service: every request borrows its connections from one process pool."""
from objpool import checked_out
from objpool.conns import ConnPool

DB = ConnPool("sqlite:///orders.db", maxsize=4)


@checked_out(DB)
def load_order(take, order_id, user):
    conn = take(f"order:{order_id}")
    if order_id % 5 == 0:
        raise LookupError(f"order {order_id} is archived")
    audit = take(f"audit:{user}")
    rows = conn.execute("SELECT * FROM orders WHERE id = ?", (order_id,))
    audit.execute("INSERT INTO audit VALUES (?, ?)", (user, order_id))
    return rows
